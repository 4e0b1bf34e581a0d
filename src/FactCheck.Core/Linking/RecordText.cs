using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactCheck.Core.Claims;
using FactCheck.Core.Storage;

namespace FactCheck.Core.Linking;

/// <summary>
/// The searchable text of a record: its dimension values, each country also under the name claims use for
/// it ("Russian Federation" → Russia) and its other names and demonyms, commodity codes with their Harmonized System description, and names in
/// one spelling for both records and claims ("optical fibre cables" → fiber-optic cables, "carbon dioxide" → CO2).
/// </summary>
public static partial class RecordText
{
    /// <summary>Ways of writing the same thing, rewritten to one form on both sides of a match; longest first.</summary>
    private static readonly (Regex Variant, string Canonical)[] Spellings =
    [
        (Word("optical fibre|optical fiber|fibre[- ]optic|fiber optic"), "fiber-optic"),
        (Word("fibres|fibre"), "fiber"),
        (Word("li-ion"), "lithium-ion"),
        (Word("carbon dioxide"), "CO2"),
        (Word("carbon emissions|carbon emission"), "CO2 emissions"),
        (Word("energy use|energy usage|use of energy"), "energy consumption"),
    ];

    /// <summary>Words a record also answers to, on the record's side only: a TWh table is about energy.</summary>
    private static readonly (string Form, string Also)[] Related = [("twh", "energy"), ("electricity", "power")];

    /// <summary>How claims speak of the "World" row of a table.</summary>
    internal static readonly FrozenSet<string> WorldWords = new[] { "world", "global", "globally", "worldwide" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<FrozenDictionary<string, string>> HsDescriptions = new(LoadHs);

    private static readonly Lazy<ILookup<string, string>> CountryForms = new(() => Lexicon.Countries.ToLookup(c => c.Value, c => c.Key, StringComparer.Ordinal));

    public static string About(string dimensionsJson)
    {
        var dimensions = JsonSerializer.Deserialize<Dictionary<string, string>>(dimensionsJson, StoredForms.Json) ?? [];
        var parts = new List<string>();
        foreach (var raw in dimensions.Values)
        {
            var value = raw.Trim();
            parts.Add(value);
            if (Lexicon.Countries.TryGetValue(value, out var country))
            {
                // Searchable under every name of the country: "Russian Federation", "Russian", "Russia".
                parts.Add(country);
                parts.AddRange(CountryForms.Value[country]);
            }

            if (HsCode().Match(value) is { Success: true } code && HsDescriptions.Value.TryGetValue(code.Groups[1].Value + code.Groups[2].Value, out var described))
            {
                parts.Add(described);
                parts.Add(Canonical(described));
            }

            parts.AddRange(Also(value));
        }

        return string.Join(" | ", parts.Distinct(StringComparer.Ordinal));
    }

    /// <summary>A dataset's title with its words also in the claims' spelling: "CO2 emissions …" is about carbon dioxide.</summary>
    public static string Title(string name) => string.Join(" | ", new[] { name }.Concat(Also(name)).Distinct(StringComparer.Ordinal));

    /// <summary>The text in the one spelling records and claims share.</summary>
    public static string Canonical(string text)
    {
        foreach (var (variant, canonical) in Spellings)
        {
            text = variant.Replace(text, canonical);
        }

        return text;
    }

    /// <summary>Whether a claim that names no country speaks of the whole world ("global emissions", "the world used").</summary>
    public static bool SpeaksOfTheWorld(string text) =>
        WordSplit().Split(text).Any(w => WorldWords.Contains(Lexicon.StripPossessive(w)));

    private static IEnumerable<string> Also(string value)
    {
        var canonical = Canonical(value);
        if (canonical != value)
        {
            yield return canonical;
        }

        foreach (var (form, also) in Related)
        {
            if (canonical.Contains(form, StringComparison.OrdinalIgnoreCase))
            {
                yield return also;
            }
        }
    }

    private static Regex Word(string alternatives) =>
        new($@"\b(?:{alternatives})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>"8544", "854470", "8544.70", "HS 854470".</summary>
    [GeneratedRegex(@"^(?:HS\s*)?(\d{4})\.?(\d{2})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HsCode();

    [GeneratedRegex(@"[^\p{L}\p{N}'’]+")]
    private static partial Regex WordSplit();

    /// <summary>HS 2022 headings and subheadings from Linking/Data/hs2022.tsv (public domain, PDDL 1.0).</summary>
    private static FrozenDictionary<string, string> LoadHs()
    {
        using var stream = typeof(RecordText).Assembly.GetManifestResourceStream("FactCheck.Core.Linking.Data.hs2022.tsv")
            ?? throw new InvalidOperationException("hs2022.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith('#') && line.Split('\t', 2) is [var code, var description])
            {
                codes[code] = description;
            }
        }

        return codes.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
