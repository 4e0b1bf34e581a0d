using System.Globalization;
using FactCheck.Core.Claims;
using FactCheck.Core.Linking;

namespace FactCheck.Core.Checks;

/// <summary>
/// A claim whose figure, with the rounding its digits allow and its hedge, cannot be the value of the dataset
/// record it is linked to, after both are normalised to the same unit.
/// </summary>
public sealed class DatasetMismatchCheck : ICheck
{
    /// <summary>Beyond this relative difference the mismatch is an error, below it a warning (a rounding or revision question).</summary>
    public const double ErrorFraction = 0.05;

    public string Type => FlagTypes.DatasetMismatch;

    public IEnumerable<Flag> Run(CheckContext context)
    {
        var claims = context.Claims.ToDictionary(c => c.Ordinal);
        foreach (var link in context.LinksOrEmpty)
        {
            if (link is not { Record: { Normalized: { } recorded } record } || link.Confidence < ClaimLinker.Threshold
                || !claims.TryGetValue(link.ClaimOrdinal, out var claim))
            {
                continue;
            }

            var q = claim.Quantity;
            if (Tolerance.ToCanonical(q, Tolerance.Of(q)) is not { } allowed || q.Normalized is not { } stated || allowed.Contains(recorded))
            {
                continue;
            }

            var unit = q.CanonicalUnit ?? "";
            var difference = stated == 0 ? 1 : Math.Abs(recorded - stated) / Math.Abs(recorded == 0 ? stated : recorded);
            var source = $"{record.Dataset}, version {record.Version}{(record.AsReported ? ", figures as reported" : "")}";
            yield return new Flag
            {
                Type = Type,
                Severity = difference > ErrorFraction ? Severity.Error : Severity.Warning,
                Message = $"{q.Text} {(claim.Period is null ? "" : "for " + claim.Period.Text + " ")}disagrees with {source}, which gives {Figures.Plain(record.Value)} {record.Unit} for {record.Description}, {record.Period}.",
                ClaimOrdinals = [claim.Ordinal],
                Values =
                [
                    new FlagValue("Article", Figures.Stated(q), $"{Figures.Bound(stated)} {unit}"),
                    new FlagValue($"Dataset (line {record.Line})", $"{Figures.Plain(record.Value)} {record.Unit}", $"{Figures.Bound(recorded)} {record.CanonicalUnit}"),
                ],
                Computation = $"article {Figures.Stated(q)} = {Figures.Bound(stated)} {unit}, allowed {Figures.Bound(allowed.Low)}–{Figures.Bound(allowed.High)} {unit} by its digits{(q.Hedge == Hedge.Exact ? "" : " and hedge")}; "
                    + $"record {Figures.Plain(record.Value)} {record.Unit} = {Figures.Bound(recorded)} {record.CanonicalUnit} ({source}, line {record.Line}); "
                    + $"difference {(difference * 100).ToString("0.#", CultureInfo.InvariantCulture)}%",
                Fingerprint = Fingerprint.For(Type, [claim], "record " + record.RecordId.ToString(CultureInfo.InvariantCulture)),
            };
        }
    }
}
