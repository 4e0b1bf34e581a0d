using System.Text.Json;
using FactCheck.Core.Claims;
using FactCheck.Core.Storage;

namespace FactCheck.Core.Linking;

/// <summary>
/// The searchable text of a record: its dimension values, each country also under the name claims use for
/// it ("Russian Federation" → Russia), and commodity names with their common spellings.
/// </summary>
public static class RecordText
{
    private static readonly (string Form, string Also)[] Spellings =
    [
        ("fibre", "fiber"), ("optical fibre", "fiber-optic"), ("optical fiber", "fiber-optic"), ("li-ion", "lithium-ion"),
        ("co2", "carbon dioxide emissions"), ("twh", "energy"), ("electricity", "power"),
    ];

    public static string About(string dimensionsJson)
    {
        var dimensions = JsonSerializer.Deserialize<Dictionary<string, string>>(dimensionsJson, StoredForms.Json) ?? [];
        var parts = new List<string>();
        foreach (var value in dimensions.Values)
        {
            parts.Add(value);
            if (Lexicon.Countries.TryGetValue(value.Trim(), out var country) && country != value.Trim())
            {
                parts.Add(country);
            }

            foreach (var (form, also) in Spellings)
            {
                if (value.Contains(form, StringComparison.OrdinalIgnoreCase))
                {
                    parts.Add(also);
                }
            }
        }

        return string.Join(" | ", parts);
    }
}
