using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Tests.Claims;

/// <summary>The period a figure covers, as written and as dates (null where the text cannot be pinned down).</summary>
public sealed record GoldPeriod(string? Text, DateOnly? From, DateOnly? To);

/// <summary>One figure of a gold sentence and the context an editor reads around it.</summary>
public sealed record GoldContext(
    string Quantity,
    string? Measure,
    string? Origin,
    string? Destination,
    GoldPeriod? Period,
    string? Place,
    string? Attribution);

/// <summary>A gold sentence: its text, the day it was published (to resolve "in August"), and its figures in order.</summary>
public sealed record GoldSentence(int Id, string Text, DateOnly Published, IReadOnlyList<GoldContext> Claims);

/// <summary>How one field of one gold figure came out.</summary>
public sealed record FieldOutcome(GoldSentence Sentence, GoldContext Gold, string Field, string? Expected, string? Actual, bool Correct);

/// <summary>Field-by-field accuracy of the claim extractor on a gold set.</summary>
public sealed record ClaimContextScore(int Sentences, int Figures, int FiguresFound, IReadOnlyList<FieldOutcome> Outcomes)
{
    public static readonly string[] Fields = ["measure", "origin", "destination", "period", "place", "attribution"];

    /// <summary>Right answers (a stated value, or rightly none) over the figures the extractor found.</summary>
    public double Accuracy(string field) => Ratio(Outcomes.Count(o => o.Field == field && o.Correct), Outcomes.Count(o => o.Field == field));

    /// <summary>Of the values the extractor stated, how many are right.</summary>
    public double Precision(string field) => Ratio(Outcomes.Count(o => o.Field == field && o.Actual is not null && o.Correct), Outcomes.Count(o => o.Field == field && o.Actual is not null));

    /// <summary>Of the values the gold states, how many the extractor got.</summary>
    public double Recall(string field) => Ratio(Outcomes.Count(o => o.Field == field && o.Expected is not null && o.Correct), Outcomes.Count(o => o.Field == field && o.Expected is not null));

    public int Stated(string field) => Outcomes.Count(o => o.Field == field && o.Expected is not null);

    private static double Ratio(int n, int d) => d == 0 ? 1 : (double)n / d;
}

/// <summary>
/// A gold set for what the claim extractor reads around each figure (JSON Lines of <see cref="GoldSentence"/>), and its
/// scoring. A gold figure is matched to the claim whose quantity overlaps its place in the sentence; each field is then
/// compared the way an editor would: measures by their words with plurals folded, periods by their dates (by their text
/// where the gold gives no dates), attributions by the overlap of their words.
/// </summary>
public static class ClaimGoldSet
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static IReadOnlyList<GoldSentence> Read(TextReader reader)
    {
        var sentences = new List<GoldSentence>();
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                sentences.Add(JsonSerializer.Deserialize<GoldSentence>(line, Json) ?? throw new FormatException($"not a gold sentence: {line}"));
            }
        }

        return sentences;
    }

    public static ClaimContextScore Score(IReadOnlyList<GoldSentence> gold, ClaimExtractor extractor)
    {
        var outcomes = new List<FieldOutcome>();
        var figures = 0;
        var found = 0;
        foreach (var sentence in gold)
        {
            var published = new DateTimeOffset(sentence.Published.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
            var claims = extractor.Extract(sentence.Text, published);
            var from = 0;
            foreach (var g in sentence.Claims)
            {
                figures++;
                var at = sentence.Text.IndexOf(g.Quantity, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    throw new FormatException($"gold sentence {sentence.Id}: \"{g.Quantity}\" is not in its text");
                }

                from = at + g.Quantity.Length;
                var claim = claims.FirstOrDefault(c => c.Quantity.Start < at + g.Quantity.Length && at < c.Quantity.End);
                if (claim is null)
                {
                    continue;
                }

                found++;
                outcomes.Add(Outcome(sentence, g, "measure", g.Measure, claim.Measure, SameWords(g.Measure, claim.Measure)));
                outcomes.Add(Outcome(sentence, g, "origin", g.Origin, claim.Origin, SameWords(g.Origin, claim.Origin)));
                outcomes.Add(Outcome(sentence, g, "destination", g.Destination, claim.Destination, SameWords(g.Destination, claim.Destination)));
                outcomes.Add(Outcome(sentence, g, "period", Show(g.Period), Show(claim.Period), SamePeriod(g.Period, claim.Period)));
                outcomes.Add(Outcome(sentence, g, "place", g.Place, claim.Place, SameWords(g.Place, claim.Place)));
                outcomes.Add(Outcome(sentence, g, "attribution", g.Attribution, claim.Attribution, SameAttribution(g.Attribution, claim.Attribution)));
            }
        }

        return new ClaimContextScore(gold.Count, figures, found, outcomes);
    }

    private static FieldOutcome Outcome(GoldSentence s, GoldContext g, string field, string? expected, string? actual, bool correct) =>
        new(s, g, field, expected, actual, correct);

    private static string? Show(GoldPeriod? p) => p is null ? null : Show(p.Text, p.From, p.To);

    private static string? Show(Period? p) => p is null ? null : Show(p.Text, p.From, p.To);

    private static string? Show(string? text, DateOnly? from, DateOnly? to) => from is null ? text : $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}";

    private static bool SamePeriod(GoldPeriod? gold, Period? actual) =>
        gold is null ? actual is null
        : actual is not null && (gold.From is not null
            ? gold.From == actual.From && gold.To == actual.To
            : actual.From is null && SameWords(gold.Text, actual.Text));

    /// <summary>
    /// The same words, articles and plurals aside: "lithium-ion batteries" = "lithium-ion battery", "the unemployment
    /// rate" = "unemployment rate", "the Netherlands" = "Netherlands".
    /// </summary>
    private static bool SameWords(string? gold, string? actual) =>
        gold is null ? actual is null : actual is not null && Words(gold).SetEquals(Words(actual));

    /// <summary>The same source named: most of the words of the shorter phrase are in the longer one.</summary>
    private static bool SameAttribution(string? gold, string? actual)
    {
        if (gold is null || actual is null)
        {
            return gold is null && actual is null;
        }

        var a = Words(gold);
        var b = Words(actual);
        var shared = a.Intersect(b).Count();
        return shared * 2 >= Math.Min(a.Count, b.Count) && shared > 0;
    }

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "the", "a", "an", "its", "their", "of", "'s", "’s" };

    private static HashSet<string> Words(string? text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in (text ?? string.Empty).ToLower(CultureInfo.InvariantCulture).Split([' ', ',', '.', '(', ')', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.EndsWith("'s", StringComparison.Ordinal) || raw.EndsWith("’s", StringComparison.Ordinal) ? raw[..^2] : raw;
            if (Ignored.Contains(w))
            {
                continue;
            }

            // Plurals folded the simple way: "batteries" -> "battery", "vehicles" -> "vehicle".
            set.Add(w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4 ? w[..^3] + "y"
                : w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && w.Length > 3 ? w[..^1] : w);
        }

        return set;
    }
}
