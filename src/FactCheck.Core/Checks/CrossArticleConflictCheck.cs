using System.Globalization;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Checks;

/// <summary>
/// The same quantity — same measure, actors, period, unit dimension and rate — stated in another article with a
/// value that cannot also hold, after rounding and hedges on both sides.
/// </summary>
public sealed class CrossArticleConflictCheck : ICheck
{
    public string Type => FlagTypes.CrossArticleConflict;

    public IEnumerable<Flag> Run(CheckContext context)
    {
        if (context.PeersOrEmpty.Count == 0)
        {
            yield break;
        }

        var peers = context.PeersOrEmpty
            .Where(p => Comparable(p.Claim))
            .ToLookup(p => Key(p.Claim));
        foreach (var claim in context.Claims.Where(Comparable))
        {
            var q = claim.Quantity;
            var allowed = Tolerance.ToCanonical(q, Tolerance.Of(q))!.Value;
            var conflict = peers[Key(claim)]
                .Where(p => SameActors(claim, p.Claim))
                .Select(p => (Peer: p, Allowed: Tolerance.ToCanonical(p.Claim.Quantity, Tolerance.Of(p.Claim.Quantity))!.Value))
                .Where(p => !p.Allowed.Overlaps(allowed))
                .OrderBy(p => p.Peer.SubmissionId)
                .FirstOrDefault();
            if (conflict.Peer is not { } peer)
            {
                continue;
            }

            var other = peer.Claim.Quantity;
            var unit = q.CanonicalUnit ?? "";
            var title = peer.Title is null ? $"article {peer.SubmissionId}" : $"\"{peer.Title}\"";
            yield return new Flag
            {
                Type = Type,
                Severity = Severity.Warning,
                Message = $"{q.Text} for {claim.Period!.Text} disagrees with {other.Text} in {title} for the same {claim.Measure} ({string.Join(", ", claim.Actors)}).",
                ClaimOrdinals = [claim.Ordinal],
                Values =
                [
                    new FlagValue("This article", Figures.Stated(q), $"{Figures.Bound(q.Normalized!.Value)} {unit}"),
                    new FlagValue($"Article {peer.SubmissionId}", Figures.Stated(other), $"{Figures.Bound(other.Normalized!.Value)} {unit}"),
                ],
                Computation = $"this article allows {Figures.Bound(allowed.Low)}–{Figures.Bound(allowed.High)} {unit}; {title} allows {Figures.Bound(conflict.Allowed.Low)}–{Figures.Bound(conflict.Allowed.High)} {unit} "
                    + $"(each by its digits and hedge); the ranges do not meet (gap {Figures.Bound(allowed.Gap(conflict.Allowed))} {unit})",
                Fingerprint = Fingerprint.For(Type, [claim], "article " + peer.SubmissionId.ToString(CultureInfo.InvariantCulture)),
            };
        }
    }

    private static bool Comparable(Claim c) =>
        c.Quantity.Normalized is not null && !c.Quantity.IsRange && c.Quantity.Dimension is not (Dimension.None or Dimension.Multiplier)
        && c.Period is { From: not null, To: not null } && c.Actors.Count > 0 && MixedUnitsCheck.MeasureKey(c.Measure).Length > 0
        && Tolerance.ToCanonical(c.Quantity, Tolerance.Of(c.Quantity)) is not null;

    private static (Dimension, string?, string, DateOnly?, DateOnly?, string?, Change) Key(Claim c) =>
        (c.Quantity.Dimension, c.Quantity.CanonicalUnit, MixedUnitsCheck.MeasureKey(c.Measure), c.Period!.From, c.Period.To, c.Quantity.Per, c.Quantity.Change);

    private static bool SameActors(Claim a, Claim b) =>
        a.Actors.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(b.Actors);
}
