using System.Globalization;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Checks;

/// <summary>
/// One series of the same measure reported in different units of one dimension:
/// "119,000 miles in May, 209,215 km in June and 527,865 km in August".
/// </summary>
/// <remarks>
/// <para>
/// A series is the claims of one <see cref="Dimension"/> (physical ones only: counts, money and
/// percentages have no competing units) with the same measure after light normalisation (case,
/// hyphens, a leading article, a plural s) and compatible actors. Actors are compatible when one set
/// contains the other, so ["Russia"] joins ["China", "Russia"]; ["China", "Russia"] and
/// ["China", "Ukraine"] are two series. A claim that fits several series, or has no actors while there
/// are several, belongs to none: guessing would merge Russia's figures with Ukraine's. Grouping is by
/// sets, not by reading order, so the result does not depend on which claim comes first.
/// </para>
/// <para>
/// A claim with a stated conversion ("328,000 miles (527,865 km)") is reported in both units: the
/// writer is helping, not mixing. A series is flagged only when one member is given only in unit A
/// and another only in unit B.
/// </para>
/// </remarks>
public sealed class MixedUnitsCheck : ICheck
{
    public string Type => FlagTypes.MixedUnits;

    public IEnumerable<Flag> Run(CheckContext context)
    {
        var members = context.Claims
            .Where(c => IsCandidate(c.Quantity) && MeasureKey(c.Measure) is { Length: > 0 })
            .OrderBy(c => c.Ordinal)
            .Select(c => new Member(c, Units(c)))
            .ToList();

        return members
            .GroupBy(m => (m.Claim.Quantity.Dimension, Measure: MeasureKey(m.Claim.Measure)))
            .OrderBy(g => g.Min(m => m.Claim.Ordinal))
            .SelectMany(g => SplitByActors(g.ToList()))
            .Select(ToFlag)
            .OfType<Flag>()
            .ToList();
    }

    /// <summary>"Fiber-optic cables" and "the fiber optic cable" are one measure.</summary>
    internal static string MeasureKey(string? measure)
    {
        if (string.IsNullOrWhiteSpace(measure))
        {
            return "";
        }

        var words = measure.ToLowerInvariant()
            .Split([' ', '-', '\u2010', '\u2011', '\u00a0', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .ToList();
        if (words.Count > 1 && words[0] is "the" or "a" or "an")
        {
            words.RemoveAt(0);
        }

        var last = words[^1];
        if (last.Length > 3 && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal))
        {
            words[^1] = last[..^1];
        }

        return string.Join(' ', words);
    }

    private static bool IsCandidate(Quantity quantity) =>
        quantity.Unit.Length > 0
        && quantity.Dimension is not (Dimension.None or Dimension.Count or Dimension.Currency
            or Dimension.Percentage or Dimension.Multiplier);

    /// <summary>The unit keys a claim is reported in: its own, plus its conversion's.</summary>
    private static IReadOnlyList<string> Units(Claim claim)
    {
        var units = new List<string> { Figures.UnitKey(claim.Quantity.Unit) };
        if (claim.Conversion is { Unit.Length: > 0 } conversion && conversion.Dimension == claim.Quantity.Dimension)
        {
            units.Add(Figures.UnitKey(conversion.Unit));
        }

        return units.Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<List<Member>> SplitByActors(List<Member> bucket)
    {
        var sets = bucket.Select(m => ActorSet(m.Claim.Actors)).ToList();

        // The series are the actor sets no other set contains; every claim joins the one series it fits.
        var maximal = sets.Where(s => s.Count > 0)
            .DistinctBy(s => string.Join('\u0001', s.Select(a => a.ToUpperInvariant()).Order(StringComparer.Ordinal)))
            .Where(s => !sets.Any(o => o.Count > s.Count && s.IsSubsetOf(o)))
            .ToList();
        if (maximal.Count == 0)
        {
            yield return bucket;
            yield break;
        }

        var series = maximal.Select(_ => new List<Member>()).ToList();
        for (var i = 0; i < bucket.Count; i++)
        {
            var fits = Enumerable.Range(0, maximal.Count).Where(k => sets[i].IsSubsetOf(maximal[k])).ToList();
            if (fits.Count == 1)
            {
                series[fits[0]].Add(bucket[i]);
            }
        }

        foreach (var s in series)
        {
            yield return s;
        }
    }

    private static HashSet<string> ActorSet(IEnumerable<string> actors) =>
        actors.Select(a => a.Trim()).Where(a => a.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private Flag? ToFlag(List<Member> series)
    {
        // Only members reported in a single unit can show the mix; conversion pairs show both.
        var only = series.Where(m => m.Units.Count == 1).GroupBy(m => m.Units[0]).ToList();
        if (series.Count < 2 || only.Count < 2)
        {
            return null;
        }

        // One sentence with no periods lists attributes, not a series: "72 km long (45 miles) and up to 300
        // metres deep" gives a length, its conversion and a depth.
        if (series.All(m => m.Claim.SentenceStart == series[0].Claim.SentenceStart && m.Claim.Period is null))
        {
            return null;
        }

        var ordered = series.OrderBy(m => m.Claim.Period?.From ?? DateOnly.MaxValue)
            .ThenBy(m => m.Claim.Ordinal)
            .ToList();
        var target = MajorityUnit(ordered);
        var targetFactor = FactorOf(ordered, target);
        var values = ordered.Select(m => Value(m, target, targetFactor)).ToList();

        var first = ordered[0].Claim;
        var measure = first.Measure!.Trim();
        var subject = Subject(measure, series);

        var byUnit = only
            .OrderBy(g => ordered.FindIndex(m => m.Units[0] == g.Key))
            .Select(g => $"in {UnitName(g)} for {Labels(ordered.Where(g.Contains))}")
            .ToList();
        var count = Count(only.Count);

        return new Flag
        {
            Type = Type,
            Severity = Severity.Warning,
            Message = $"One series, {count} units: {subject} is given {JoinAnd(byUnit)}.",
            ClaimOrdinals = series.Select(m => m.Claim.Ordinal).Order().ToList(),
            Values = values,
            Computation = string.Join("; ", values.Select(Explain)) + $" — one series, {count} units",
            Fingerprint = Fingerprint.For(Type, series.Select(m => m.Claim), MeasureKey(measure)),
        };
    }

    /// <summary>
    /// Names the series the way an editor would: by its direction when every member agrees on it
    /// ("fiber-optic cable from China to Russia"), else by the actors all members share.
    /// </summary>
    private static string Subject(string measure, List<Member> series)
    {
        string? Common(Func<Claim, string?> field)
        {
            var values = series.Select(m => field(m.Claim)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            return values.Count == 1 ? values[0] : null;
        }

        var origin = Common(c => c.Origin);
        var destination = Common(c => c.Destination);
        if (origin is not null || destination is not null)
        {
            return measure + (origin is null ? "" : $" from {origin}") + (destination is null ? "" : $" to {destination}");
        }

        var shared = series.Select(m => ActorSet(m.Claim.Actors)).Aggregate((a, b) => { a.IntersectWith(b); return a; });
        var actors = series[0].Claim.Actors.Where(shared.Contains).ToList();
        return actors.Count == 0 ? measure : $"{measure} ({string.Join(", ", actors)})";
    }

    private static string Explain(FlagValue value) =>
        value.Stated == value.Normalized ? $"{value.Label}: {value.Stated}" : $"{value.Label}: {value.Stated} = {value.Normalized}";

    /// <summary>
    /// The unit most members use, counting a conversion pair for both; a tie goes to the canonical
    /// unit, since that is what "normalised" means elsewhere, then to the earliest.
    /// </summary>
    private static string MajorityUnit(List<Member> ordered)
    {
        var canonical = ordered[0].Claim.Quantity.CanonicalUnit is { } c ? Figures.UnitKey(c) : null;
        return ordered.SelectMany(m => m.Units)
            .GroupBy(u => u)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key == canonical)
            .ThenBy(g => ordered.FindIndex(m => m.Units.Contains(g.Key)))
            .First().Key;
    }

    /// <summary>The canonical-unit factor of <paramref name="unit"/>, taken from a member written in it.</summary>
    private static double? FactorOf(List<Member> members, string unit) =>
        members.SelectMany(m => (Quantity?[])[m.Claim.Quantity, m.Claim.Conversion])
            .OfType<Quantity>()
            .Where(q => Figures.UnitKey(q.Unit) == unit)
            .Select(Tolerance.CanonicalFactor)
            .FirstOrDefault(f => f is not null and not 0);

    private static FlagValue Value(Member member, string target, double? targetFactor)
    {
        var claim = member.Claim;
        var label = claim.Period?.Text is { Length: > 0 } period ? period : Undated;
        var stated = claim.Conversion is { } c && member.Units.Count == 2
            ? $"{Figures.Stated(claim.Quantity)} ({Figures.Stated(c)})"
            : Figures.Stated(claim.Quantity);

        // Prefer the writer's own figure in the target unit over our arithmetic.
        if (Figures.UnitKey(claim.Quantity.Unit) == target)
        {
            return new(label, stated, Figures.Stated(claim.Quantity));
        }

        if (claim.Conversion is { } conversion && Figures.UnitKey(conversion.Unit) == target)
        {
            return new(label, stated, Figures.Stated(conversion));
        }

        if (targetFactor is { } factor && Tolerance.CanonicalFactor(claim.Quantity) is { } own)
        {
            var ratio = own / factor;
            var step = Figures.NearestDecade(Math.Abs(claim.Quantity.Step * ratio));
            var text = InTarget(claim.Quantity.Value * ratio, step);
            if (claim.Quantity.High is { } high)
            {
                text += "–" + InTarget(high * ratio, step);
            }

            return new(label, stated, $"{text} {target}");
        }

        return new(label, stated, stated);
    }

    private static string InTarget(double value, double step) =>
        Figures.Number(value, Figures.ComputedDecimals(value, step));

    private const string Undated = "undated";

    private static string Labels(IEnumerable<Member> members)
    {
        var list = members.ToList();
        var periods = list.Select(m => m.Claim.Period?.Text).OfType<string>().Where(t => t.Length > 0).ToList();
        var undated = list.Count - periods.Count;
        if (undated > 0)
        {
            periods.Add(undated == 1 ? "one undated figure" : $"{Count(undated)} undated figures");
        }

        return JoinAnd(periods);
    }

    private static string UnitName(IGrouping<string, Member> group) => Figures.Plural(group.First().Claim.Quantity.Unit);

    private static string JoinAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static string Count(int n) => n switch
    {
        2 => "two",
        3 => "three",
        4 => "four",
        5 => "five",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    private sealed record Member(Claim Claim, IReadOnlyList<string> Units);
}
