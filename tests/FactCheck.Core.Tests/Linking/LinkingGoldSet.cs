using System.Text.Json;
using FactCheck.Core.Claims;
using FactCheck.Core.Linking;
using FactCheck.Core.Samples;
using FactCheck.Core.Storage;

namespace FactCheck.Core.Tests.Linking;

/// <summary>The record a claim should link to: a sample dataset (by its name in Samples/Datasets), dimension values and period.</summary>
public sealed record GoldRecord(string Dataset, IReadOnlyDictionary<string, string> Dimensions, string Period);

/// <summary>One labelled sentence: the figure in it to link (as written there), and the record it is about, or null for "no matching record".</summary>
public sealed record GoldClaim(string Id, string Text, string Quantity, GoldRecord? Record);

/// <summary>What the linker did with one gold claim.</summary>
public sealed record GoldOutcome(GoldClaim Gold, Claim? Claim, ClaimLink? Link)
{
    public bool Linked => Link?.Record is not null;

    /// <summary>The top answer is the gold one: the gold record, or no record when the gold says none.</summary>
    public bool Correct { get; init; }
}

/// <summary>Linking quality on a gold set.</summary>
public sealed record LinkingScore(IReadOnlyList<GoldOutcome> Outcomes)
{
    public int Claims => Outcomes.Count;
    public int WithRecord => Outcomes.Count(o => o.Gold.Record is not null);
    public int LinksMade => Outcomes.Count(o => o.Linked);
    public int CorrectLinks => Outcomes.Count(o => o.Linked && o.Correct);

    /// <summary>Top answer right over every claim, "none" included.</summary>
    public double PrecisionAt1 => Ratio(Outcomes.Count(o => o.Correct), Claims);

    /// <summary>Top answer right over the claims that have a gold record.</summary>
    public double PrecisionAt1WithRecord => Ratio(Outcomes.Count(o => o.Gold.Record is not null && o.Correct), WithRecord);

    /// <summary>"No matching record" said where the gold says none.</summary>
    public double NoneAccuracy => Ratio(Outcomes.Count(o => o.Gold.Record is null && o.Correct), Claims - WithRecord);

    public double PrecisionOfLinks => Ratio(CorrectLinks, LinksMade);
    public double Recall => Ratio(CorrectLinks, WithRecord);

    private static double Ratio(int n, int d) => d == 0 ? 1 : (double)n / d;
}

/// <summary>
/// A gold set for the linker (JSON Lines of <see cref="GoldClaim"/>) and its scoring: each sentence goes through the
/// claim extractor, the claim carrying the gold figure is linked, and the top answer is compared with the gold.
/// </summary>
public static class LinkingGoldSet
{
    /// <summary>Articles are dated so that "in June" resolves; the gold sentences name years where it matters.</summary>
    public static readonly DateTimeOffset Published = new(2025, 10, 20, 12, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<GoldClaim> Read(TextReader reader)
    {
        var claims = new List<GoldClaim>();
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                claims.Add(JsonSerializer.Deserialize<GoldClaim>(line, StoredForms.Json) ?? throw new FormatException($"not a gold claim: {line}"));
            }
        }

        return claims;
    }

    public static LinkingScore Score(IEnumerable<GoldClaim> gold, ClaimExtractor extractor, ClaimLinker linker)
    {
        var names = SampleDatasets.Names.ToDictionary(n => n, n => SampleDatasets.Mapping(n).Dataset, StringComparer.Ordinal);
        var outcomes = new List<GoldOutcome>();
        foreach (var g in gold)
        {
            // The claim whose figure covers the gold figure's place in the sentence.
            var at = g.Text.IndexOf(g.Quantity, StringComparison.Ordinal);
            var claim = extractor.Extract(g.Text, Published).FirstOrDefault(c => c.Quantity.Start < at + g.Quantity.Length && at < c.Quantity.End);
            var link = claim is null ? null : linker.Link(claim);
            var correct = link?.Record is { } r
                ? g.Record is { } want && names.GetValueOrDefault(want.Dataset) == r.Dataset && want.Period == r.Period && Same(want.Dimensions, r.Description)
                : g.Record is null;
            outcomes.Add(new GoldOutcome(g, claim, link) { Correct = correct });
        }

        return new LinkingScore(outcomes);
    }

    /// <summary>Dimension values against a record's description ("partner: Russia; commodity: cable").</summary>
    private static bool Same(IReadOnlyDictionary<string, string> dimensions, string description)
    {
        var described = description.Split("; ").Select(p => p.Split(": ", 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return described.Count == dimensions.Count && dimensions.All(d => described.GetValueOrDefault(d.Key) == d.Value);
    }
}
