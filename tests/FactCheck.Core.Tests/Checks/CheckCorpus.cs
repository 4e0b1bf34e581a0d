using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FactCheck.Core.Checks;
using FactCheck.Core.Pipeline;

namespace FactCheck.Core.Tests.Checks;

/// <summary>
/// The labelled check corpus (Fixtures/Checks/corpus.jsonl) and its scoring, shared by the corpus test and
/// the `checks` bench (linked into bench/FactCheck.Bench) so both count the same way.
/// </summary>
/// <remarks>
/// A raised flag matches an expected one when the types are equal and every expected surface string is the
/// text of a claim the flag involves (the figure or its stated conversion). Each expected flag is matched at
/// most once; unmatched raised flags are false positives, unmatched expected flags false negatives.
/// </remarks>
internal static class CheckCorpus
{
    public sealed record Expected(
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("quantities")] IReadOnlyList<string> Quantities);

    public sealed record Entry(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("title")] string? Title,
        [property: JsonPropertyName("published")] string? Published,
        [property: JsonPropertyName("expected")] IReadOnlyList<Expected> Expected);

    public sealed record Raised(string Type, IReadOnlyList<string> Surfaces, string Message);

    public sealed record ArticleResult(Entry Entry, IReadOnlyList<Raised> Raised, IReadOnlyList<Raised> FalsePositives, IReadOnlyList<Expected> FalseNegatives);

    public sealed record Counts(int TruePositives, int FalsePositives, int FalseNegatives)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    }

    public static IReadOnlyList<Entry> Load(string path) =>
        File.ReadLines(path)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<Entry>(l) ?? throw new InvalidDataException($"Bad corpus line: {l}"))
            .ToList();

    public static ArticleResult Run(ArticlePipeline pipeline, Entry entry)
    {
        var article = pipeline.ExtractText(entry.Text, entry.Title) with
        {
            Published = entry.Published is null ? null : DateTimeOffset.Parse(entry.Published, CultureInfo.InvariantCulture),
        };
        var analysis = pipeline.Analyze(article);
        var byOrdinal = analysis.Claims.ToDictionary(c => c.Ordinal);
        var raised = analysis.Flags
            .Select(f => new Raised(
                f.Type,
                f.ClaimOrdinals.SelectMany(o => (string?[])[byOrdinal[o].Quantity.Text, byOrdinal[o].Conversion?.Text]).OfType<string>().ToList(),
                f.Message))
            .ToList();

        var open = entry.Expected.ToList();
        var falsePositives = new List<Raised>();
        foreach (var flag in raised)
        {
            var match = open.FindIndex(e => e.Type == flag.Type
                && e.Quantities.All(q => flag.Surfaces.Contains(q, StringComparer.OrdinalIgnoreCase)));
            if (match >= 0)
            {
                open.RemoveAt(match);
            }
            else
            {
                falsePositives.Add(flag);
            }
        }

        return new ArticleResult(entry, raised, falsePositives, open);
    }

    /// <summary>Counts per flag type, plus "overall".</summary>
    public static IReadOnlyDictionary<string, Counts> Score(IEnumerable<ArticleResult> results)
    {
        var tp = new Dictionary<string, int>(StringComparer.Ordinal);
        var fp = new Dictionary<string, int>(StringComparer.Ordinal);
        var fn = new Dictionary<string, int>(StringComparer.Ordinal);
        static void Add(Dictionary<string, int> d, string key) => d[key] = d.GetValueOrDefault(key) + 1;
        foreach (var r in results)
        {
            foreach (var e in r.Entry.Expected)
            {
                if (!r.FalseNegatives.Contains(e))
                {
                    Add(tp, e.Type);
                    Add(tp, Overall);
                }
            }

            foreach (var f in r.FalsePositives)
            {
                Add(fp, f.Type);
                Add(fp, Overall);
            }

            foreach (var e in r.FalseNegatives)
            {
                Add(fn, e.Type);
                Add(fn, Overall);
            }
        }

        return tp.Keys.Concat(fp.Keys).Concat(fn.Keys).Distinct()
            .OrderBy(k => k == Overall ? 1 : 0).ThenBy(k => k, StringComparer.Ordinal)
            .ToDictionary(k => k, k => new Counts(tp.GetValueOrDefault(k), fp.GetValueOrDefault(k), fn.GetValueOrDefault(k)));
    }

    public const string Overall = "overall";

    /// <summary>Types every article's flags are scored on; unknown types in the file are a corpus error.</summary>
    public static readonly IReadOnlySet<string> Types = new HashSet<string>(StringComparer.Ordinal)
    {
        FlagTypes.MixedUnits, FlagTypes.ConversionMismatch, FlagTypes.ConflictingValues, FlagTypes.ArithmeticMismatch,
        FlagTypes.BoundConflict, FlagTypes.UnitConfusion, FlagTypes.Unverifiable,
    };
}
