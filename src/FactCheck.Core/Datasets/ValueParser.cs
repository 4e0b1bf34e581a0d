using System.Globalization;
using System.Text.RegularExpressions;

namespace FactCheck.Core.Datasets;

/// <summary>What a value cell held: a number, an explicit "no data", or something that is neither.</summary>
public readonly record struct CellValue(double? Number, bool Missing, string? Footnote, string? Error);

/// <summary>
/// Reads the numbers statistics tables actually contain: thousands separators, footnote markers, signs, and
/// the many ways of writing "no data". Anything else is an error the editor sees with its line.
/// </summary>
public static partial class ValueParser
{
    private static readonly HashSet<string> MissingMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "n/a", "na", "n.a.", "..", "...", "-", "–", "—", "x", ":", "nan", "null", "none", "not available", "(na)", "(x)",
    };

    public static CellValue Parse(string cell)
    {
        var text = cell.Trim();
        if (MissingMarkers.Contains(text))
        {
            return new CellValue(null, true, null, null);
        }

        string? footnote = null;
        var marker = Footnote().Match(text);
        if (marker.Success)
        {
            footnote = marker.Groups["mark"].Value;
            text = marker.Groups["number"].Value.Trim();
        }

        var negative = text.StartsWith('(') && text.EndsWith(')');
        if (negative)
        {
            text = text[1..^1];
        }

        text = text.Replace('\u2212', '-').Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal);
        if (ThousandsComma().IsMatch(text))
        {
            text = text.Replace(",", "", StringComparison.Ordinal);
        }
        else if (ThousandsSpace().IsMatch(text))
        {
            text = text.Replace(" ", "", StringComparison.Ordinal);
        }

        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
        {
            return new CellValue(negative ? -value : value, false, footnote, null);
        }

        return new CellValue(null, false, null, $"\"{Shorten(cell)}\" is not a number");
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "...";

    // "1,234*", "567 (p)", "12.5 e", "89†", "42[3]": the number, then a short mark the publisher explains elsewhere.
    [GeneratedRegex(@"^(?<number>[-+(]?[\d.,\s\u00A0\u202F]*\d\)?)\s*(?<mark>[*†‡§¹²³]+|\[\w{1,3}\]|\((?:[a-z]{1,2}|\d{1,2})\)|\b[a-z]{1,2}\b)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Footnote();

    [GeneratedRegex(@"^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsComma();

    [GeneratedRegex(@"^[-+]?\d{1,3}( \d{3})+(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsSpace();
}
