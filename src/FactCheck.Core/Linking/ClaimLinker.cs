using System.Globalization;
using FactCheck.Core.Claims;
using FactCheck.Core.Storage;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace FactCheck.Core.Linking;

/// <summary>
/// Finds, for each claim, the dataset record that states the same thing: same unit dimension, the same period,
/// and the claim's actors and measure in the record's description. Picks a link only when it is clearly the
/// best; otherwise says "no matching record" and why.
/// </summary>
public sealed class ClaimLinker(RecordIndex index)
{
    /// <summary>Links below this confidence are not made.</summary>
    public const double Threshold = 0.7;

    private const int CandidateCount = 20;

    public IReadOnlyList<ClaimLink> Link(IReadOnlyList<Claim> claims) => claims.Select(Link).ToList();

    public ClaimLink Link(Claim claim)
    {
        var q = claim.Quantity;
        if (q.Normalized is null || q.Dimension is Dimension.None or Dimension.Multiplier || q.IsRange || q.Per is not null)
        {
            return None(claim, "not a single amount that a table could state");
        }

        if (claim.Period is not { From: { } from, To: { } to })
        {
            return None(claim, "no period to match a record against");
        }

        var measureTerms = Terms(claim.Measure);
        if (claim.Actors.Count == 0 && measureTerms.Count == 0)
        {
            return None(claim, "neither actors nor a measure to match");
        }

        var scored = Scored(claim, measureTerms, from, to, requireTerms: true, CandidateCount);
        if (scored.Count == 0)
        {
            return None(claim, $"no record of {StoredForms.DimensionName(q.Dimension)} for {claim.Period.Text} mentions {Describe(claim)}");
        }

        var (best, score) = scored[0];
        if (scored.Count > 1 && scored[1].Score.Confidence >= score.Confidence - 0.05 && scored[1].Record.Normalized != best.Normalized)
        {
            return None(claim, $"two records fit equally well ({best.Description}; {scored[1].Record.Description})");
        }

        return score.Confidence >= Threshold
            ? new ClaimLink(claim.Ordinal, best, score.Confidence, score.Explanation)
            : new ClaimLink(claim.Ordinal, null, score.Confidence, $"best record only partly matches: {score.Explanation} ({best.Description})");
    }

    /// <summary>
    /// Records an editor may choose from to replace a claim's link: the same unit dimension (and unit) and period,
    /// those naming the claim's actors or measure first, but also the others, since the right one may share no word.
    /// </summary>
    public IReadOnlyList<(LinkedRecord Record, double Confidence)> Candidates(Claim claim, int limit = 10)
    {
        var q = claim.Quantity;
        if (q.Normalized is null || q.Dimension is Dimension.None or Dimension.Multiplier || claim.Period is not { From: { } from, To: { } to })
        {
            return [];
        }

        return Scored(claim, Terms(claim.Measure), from, to, requireTerms: false, limit)
            .Select(c => (c.Record, c.Score.Confidence))
            .ToList();
    }

    private List<(LinkedRecord Record, (double Confidence, string Explanation) Score)> Scored(
        Claim claim, IReadOnlyList<string> measureTerms, DateOnly from, DateOnly to, bool requireTerms, int limit)
    {
        var q = claim.Quantity;
        var query = new BooleanQuery
        {
            { new TermQuery(new Term("dimension", StoredForms.DimensionName(q.Dimension))), Occur.MUST },
            { NumericRangeQuery.NewInt32Range("period_from", from.DayNumber, from.DayNumber, true, true), Occur.MUST },
            { NumericRangeQuery.NewInt32Range("period_to", to.DayNumber, to.DayNumber, true, true), Occur.MUST },
        };
        var should = new BooleanQuery();
        foreach (var term in claim.Actors.SelectMany(Terms).Concat(measureTerms).Distinct())
        {
            should.Add(new TermQuery(new Term("about", term)), Occur.SHOULD);
        }

        if (should.Clauses.Count > 0)
        {
            query.Add(should, requireTerms ? Occur.MUST : Occur.SHOULD);
        }

        return index.Search(query, limit)
            .Where(c => c.Record.CanonicalUnit == q.CanonicalUnit)
            .Select(c => (c.Record, Score: Score(claim, measureTerms, c.Record)))
            .OrderByDescending(c => c.Score.Confidence)
            .ThenBy(c => c.Record.RecordId)
            .ToList();
    }

    private (double Confidence, string Explanation) Score(Claim claim, IReadOnlyList<string> measureTerms, LinkedRecord record)
    {
        var about = Terms(record.About).ToHashSet(StringComparer.Ordinal);
        var described = Terms(record.Dataset).Concat(about).ToHashSet(StringComparer.Ordinal);
        // An actor must be a whole dimension value (or its alias): "Ukraine" is not the firm "Ukraine-0042".
        var values = record.About.Split(" | ").Select(v => string.Join(' ', Terms(v))).ToHashSet(StringComparer.Ordinal);
        var actors = claim.Actors.Where(a => values.Contains(string.Join(' ', Terms(a)))).ToList();
        var measure = measureTerms.Where(described.Contains).ToList();
        double actorScore = claim.Actors.Count == 0 ? 0.5 : (double)actors.Count / claim.Actors.Count;
        double measureScore = measureTerms.Count == 0 ? 0.5 : (double)measure.Count / measureTerms.Count;
        var confidence = Math.Round((0.55 * actorScore) + (0.45 * measureScore), 3);
        var parts = new List<string>();
        if (actors.Count > 0)
        {
            parts.Add("actors " + string.Join(", ", actors));
        }

        if (measure.Count > 0)
        {
            parts.Add($"measure words {string.Join(", ", measure)} of \"{claim.Measure}\"");
        }

        parts.Add($"period {record.Period}");
        parts.Add($"unit dimension {record.Dimension}");
        return (confidence, "matched " + string.Join("; ", parts) + string.Create(CultureInfo.InvariantCulture, $" (confidence {confidence:0.00})"));
    }

    private static string Describe(Claim claim) =>
        string.Join(" and ", new[] { claim.Actors.Count > 0 ? string.Join(", ", claim.Actors) : null, claim.Measure }.OfType<string>());

    private static ClaimLink None(Claim claim, string why) => new(claim.Ordinal, null, 0, "no matching record: " + why);

    /// <summary>The analysed terms of a text, as the index stores them (stemmed, lower-case, no stop words).</summary>
    private List<string> Terms(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        using var stream = index.Analyzer.GetTokenStream("about", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
