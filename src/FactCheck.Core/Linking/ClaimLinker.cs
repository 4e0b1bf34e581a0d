using System.Collections.Concurrent;
using System.Collections.Frozen;
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
public sealed class ClaimLinker
{
    /// <summary>Links below this confidence are not made.</summary>
    public const double Threshold = 0.7;

    private const int CandidateCount = 20;

    private const int MaxCached = 100_000;

    /// <summary>The row of a table that stands for the whole world (Our World in Data's "World").</summary>
    private const string World = "World";

    private readonly RecordIndex index;

    /// <summary>Single-word country names, demonyms and words for the world as analysed terms: in a measure they name an actor, scored as one.</summary>
    private readonly FrozenSet<string> placeTerms;

    /// <summary>
    /// Terms of the parts records are about ("Chile", "Chilean", "wheat"), analysed once: the
    /// same few thousand parts recur across millions of records. Emptied when it grows past <see cref="MaxCached"/>.
    /// </summary>
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> cachedTerms = new(StringComparer.Ordinal);

    /// <summary>Each dataset title's terms, with its spellings: every candidate of a dataset shares them.</summary>
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> titleTerms = new(StringComparer.Ordinal);

    public ClaimLinker(RecordIndex index)
    {
        this.index = index;
        placeTerms = Lexicon.Countries.Keys.Concat(RecordText.WorldWords).Select(Terms).Where(t => t.Count == 1).Select(t => t[0]).ToFrozenSet(StringComparer.Ordinal);
    }

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

        var wanted = Wanted.Of(claim, this);
        if (wanted.Actors.Count == 0 && wanted.Measure.Count == 0)
        {
            return None(claim, "neither actors nor a measure to match");
        }

        var scored = Scored(claim, wanted, from, to, requireTerms: true, CandidateCount);
        if (scored.Count == 0)
        {
            return None(claim, $"no record of {StoredForms.DimensionName(q.Dimension)} for {claim.Period.Text} mentions {Describe(claim)}");
        }

        var (best, score) = scored[0];
        if (score.Confidence < Threshold)
        {
            return new ClaimLink(claim.Ordinal, null, score.Confidence, $"best record only partly matches: {score.Explanation} ({best.Description})");
        }

        // Two records fitting as well are a coin toss, unless only one names the claim's first actor (its subject, usually).
        return scored.Count > 1 && scored[1].Score.Confidence >= score.Confidence - 0.05 && scored[1].Record.Normalized != best.Normalized
            && !(score.NamesFirstActor && !scored[1].Score.NamesFirstActor)
            ? None(claim, $"two records fit equally well ({best.Description}; {scored[1].Record.Description})")
            : new ClaimLink(claim.Ordinal, best, score.Confidence, score.Explanation);
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

        return Scored(claim, Wanted.Of(claim, this), from, to, requireTerms: false, limit)
            .Select(c => (c.Record, c.Score.Confidence))
            .ToList();
    }

    /// <summary>What a claim asks of a record: its actors (the world too, for a claim about it that names no country) and its measure's terms.</summary>
    private sealed record Wanted(IReadOnlyList<string> Actors, IReadOnlyList<string> Measure)
    {
        public static Wanted Of(Claim claim, ClaimLinker linker)
        {
            var actors = !claim.Actors.Any(IsPlace) && RecordText.SpeaksOfTheWorld(claim.Sentence) ? [.. claim.Actors, World] : claim.Actors;
            // With no measure found, what comes before the figure says what it measures ("Canada's wheat harvest came
            // to"); without it any figure of a country's year would fit its record.
            var at = claim.Quantity.Start - claim.SentenceStart;
            var text = !string.IsNullOrWhiteSpace(claim.Measure) ? claim.Measure : at > 0 && at <= claim.Sentence.Length ? claim.Sentence[..at] : null;
            var actorTerms = actors.SelectMany(linker.Terms).ToHashSet(StringComparer.Ordinal);
            var measure = linker.Terms(text is null ? null : RecordText.Canonical(text))
                .Where(t => !linker.placeTerms.Contains(t) && !actorTerms.Contains(t) && !t.All(char.IsAsciiDigit))
                .Distinct().ToList();
            return new Wanted(actors, measure);
        }
    }

    private sealed record Score(double Confidence, string Explanation, bool NamesFirstActor);

    private List<(LinkedRecord Record, Score Score)> Scored(Claim claim, Wanted wanted, DateOnly from, DateOnly to, bool requireTerms, int limit)
    {
        var q = claim.Quantity;
        var query = new BooleanQuery
        {
            { new TermQuery(new Term("link_key", RecordIndex.LinkKey(StoredForms.DimensionName(q.Dimension), from, to))), Occur.MUST },
        };
        var should = new BooleanQuery();
        foreach (var term in wanted.Actors.SelectMany(Terms).Concat(wanted.Measure).Distinct())
        {
            should.Add(new TermQuery(new Term("about", term)), Occur.SHOULD);
        }

        if (should.Clauses.Count > 0)
        {
            query.Add(should, requireTerms ? Occur.MUST : Occur.SHOULD);
        }

        return index.Search(query, limit)
            .Where(c => c.Record.CanonicalUnit == q.CanonicalUnit)
            .Select(c => (c.Record, Score: ScoreOf(claim, wanted, c.Record)))
            .OrderByDescending(c => c.Score.Confidence)
            .ThenByDescending(c => c.Score.NamesFirstActor)
            .ThenBy(c => c.Record.RecordId)
            .ToList();
    }

    private Score ScoreOf(Claim claim, Wanted wanted, LinkedRecord record)
    {
        // Each part of what the record is about analysed once; an actor must be a whole part (a dimension value or
        // one of its names): "Ukraine" is not the firm "Ukraine-0042".
        var values = record.About.Split(" | ");
        var partTerms = values.Select(CachedTerms).ToList();
        var valueTerms = partTerms.Select(t => string.Join(' ', t)).ToHashSet(StringComparer.Ordinal);
        var described = titleTerms.GetOrAdd(record.Dataset, name => Terms(RecordText.Title(name))).Concat(partTerms.SelectMany(t => t)).ToHashSet(StringComparer.Ordinal);
        var actors = wanted.Actors.Where(a => valueTerms.Contains(string.Join(' ', Terms(a)))).ToList();
        var measure = wanted.Measure.Where(described.Contains).ToList();
        // A record about other places than the claim's ("China → Russia" for "China → Kazakhstan") is not its record,
        // however well the rest fits.
        var recordPlaces = values.Where(IsPlace).ToHashSet(StringComparer.Ordinal);
        var claimPlaces = wanted.Actors.Where(IsPlace).ToList();
        var otherPlaces = recordPlaces.Any(p => !claimPlaces.Contains(p)) && claimPlaces.Any(p => !recordPlaces.Contains(p));
        double actorScore = otherPlaces ? 0 : wanted.Actors.Count == 0 ? 0.5 : (double)actors.Count / wanted.Actors.Count;
        double measureScore = wanted.Measure.Count == 0 ? 0.5 : (double)measure.Count / wanted.Measure.Count;
        var confidence = Math.Round((0.55 * actorScore) + (0.45 * measureScore), 3);
        var parts = new List<string>();
        if (actors.Count > 0)
        {
            parts.Add("actors " + string.Join(", ", actors));
        }

        if (otherPlaces)
        {
            parts.Add($"but the record is about {string.Join(", ", recordPlaces.Where(p => !claimPlaces.Contains(p)))}");
        }

        if (measure.Count > 0)
        {
            parts.Add($"measure words {string.Join(", ", measure)} of \"{claim.Measure}\"");
        }

        parts.Add($"period {record.Period}");
        parts.Add($"unit dimension {record.Dimension}");
        var explanation = "matched " + string.Join("; ", parts) + string.Create(CultureInfo.InvariantCulture, $" (confidence {confidence:0.00})");
        return new Score(confidence, explanation, wanted.Actors.Count > 0 && actors.Contains(wanted.Actors[0]));
    }

    /// <summary>A country under the name claims use for it, or the world.</summary>
    private static bool IsPlace(string name) =>
        name == World || (Lexicon.Countries.TryGetValue(name, out var country) && country == name);

    private static string Describe(Claim claim) =>
        string.Join(" and ", new[] { claim.Actors.Count > 0 ? string.Join(", ", claim.Actors) : null, claim.Measure }.OfType<string>());

    private static ClaimLink None(Claim claim, string why) => new(claim.Ordinal, null, 0, "no matching record: " + why);

    private IReadOnlyList<string> CachedTerms(string text)
    {
        if (cachedTerms.Count > MaxCached)
        {
            cachedTerms.Clear();
        }

        return cachedTerms.GetOrAdd(text, Terms);
    }

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
