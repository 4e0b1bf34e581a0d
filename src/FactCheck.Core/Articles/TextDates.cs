using System.Globalization;
using System.Text.RegularExpressions;

namespace FactCheck.Core.Articles;

/// <summary>
/// Dates written for readers ("6 August 2009", "Aug. 6, 2009", "06.08.2009"), for pages that
/// carry no machine-readable time. Only the calendar date is read; it is returned as UTC midnight
/// because the text states no offset.
/// </summary>
internal static partial class TextDates
{
    public static DateTimeOffset? Find(string text, bool monthFirst)
    {
        if (text.Length > 300)
        {
            text = text[..300];
        }

        if (Iso().Match(text) is { Success: true } iso)
        {
            return Make(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value);
        }

        if (DayMonthName().Match(text) is { Success: true } dmy && Months.TryGetValue(dmy.Groups[2].Value.ToLowerInvariant(), out var m1))
        {
            return Make(dmy.Groups[3].Value, m1, dmy.Groups[1].Value);
        }

        if (MonthNameDay().Match(text) is { Success: true } mdy && Months.TryGetValue(mdy.Groups[1].Value.ToLowerInvariant(), out var m2))
        {
            return Make(mdy.Groups[3].Value, m2, mdy.Groups[2].Value);
        }

        if (Numeric().Match(text) is { Success: true } num)
        {
            var a = int.Parse(num.Groups[1].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(num.Groups[2].Value, CultureInfo.InvariantCulture);

            // 06/08/2009 is ambiguous; the page's language decides, a day above 12 overrides it.
            // Dots (06.08.2009) are only ever written day first.
            var dotted = num.Value.Contains('.', StringComparison.Ordinal);
            var (day, month) = monthFirst && !dotted && a <= 12 && b > 0 ? (b, a) : (a, b);
            if (month > 12 && day <= 12)
            {
                (day, month) = (month, day);
            }

            return Make(num.Groups[3].Value, month, day.ToString(CultureInfo.InvariantCulture));
        }

        // "31.10.23": the German short form, day first, in this century.
        if (ShortYear().Match(text) is { Success: true } s)
        {
            return Make("20" + s.Groups[3].Value, int.Parse(s.Groups[2].Value, CultureInfo.InvariantCulture), s.Groups[1].Value);
        }

        return null;
    }

    /// <summary>
    /// A line that only says when (and by whom) the page was posted: "December 18, 2020",
    /// "Posted on April 22, 2022 by Adi Tzlil", "2/26/2015 7:11 AM PST BY TMZ STAFF",
    /// "Tuesday 15 October 2019". What is left after the date, the times, the weekdays and the
    /// label words may be a short name after "by", nothing more.
    /// </summary>
    public static bool IsDateLine(string line, bool bylineOnly = false)
    {
        if (line.Length > MaxDateLineChars || Find(line, monthFirst: true) is null || (bylineOnly && !BylineCue().IsMatch(line)))
        {
            return false;
        }

        var rest = Iso().Replace(line, " ");
        rest = DayMonthName().Replace(rest, m => Months.ContainsKey(m.Groups[2].Value.ToLowerInvariant()) ? " " : m.Value);
        rest = MonthNameDay().Replace(rest, m => Months.ContainsKey(m.Groups[1].Value.ToLowerInvariant()) ? " " : m.Value);
        rest = Numeric().Replace(rest, " ");
        rest = DateLineWords().Replace(rest, " ");
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        // Words left over are a name only when the line says so ("by", "von"): "Einsendeschluss:
        // 03.11.2019 (Poststempel)" is a deadline stated in the text, not the page's date.
        // A heading qualifies only in the wire's capitals ("2/26/2015 7:11 AM PST BY TMZ STAFF"), so a title-case
        // headline that happens to hold "By" ("Lockdown Ordered By Johnson") stays.
        return words.Length == 0
            || (words.Length <= MaxDateLineNameWords && BylineCue().IsMatch(line) && words.All(w => char.IsUpper(w[0]) && !w.Any(char.IsDigit))
                && (!bylineOnly || words.All(w => w.All(c => !char.IsLetter(c) || char.IsUpper(c)))));
    }

    private const int MaxDateLineChars = 100;

    // "Markus M. Haefliger, London": two names or a name and a place.
    private const int MaxDateLineNameWords = 6;

    private static DateTimeOffset? Make(string year, string month, string day) =>
        Make(year, int.Parse(month, CultureInfo.InvariantCulture), day);

    private static DateTimeOffset? Make(string year, int month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y is < 1990 or > 2100 || month is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        return new DateTimeOffset(y, month, d, 0, 0, 0, TimeSpan.Zero);
    }

    // Spelled out rather than taken from CultureInfo so the result does not depend on the ICU
    // data installed in a container.
    private static readonly string[][] MonthNames =
    [
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        ["jänner", "feber", "maerz", "sept", "sep", "okt", "dez", "janv", "févr", "avr", "juil", "déc", "ene", "abr", "ago", "dic"],
    ];

    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var language in MonthNames.Take(4))
        {
            for (var i = 0; i < 12; i++)
            {
                months.TryAdd(language[i], i + 1);

                // English and German three-letter abbreviations ("Aug", "Okt") come from the names.
                months.TryAdd(language[i][..3], i + 1);
            }
        }

        int[] extra = [1, 2, 3, 9, 9, 10, 12, 1, 2, 4, 7, 12, 1, 4, 8, 12];
        for (var i = 0; i < extra.Length; i++)
        {
            months.TryAdd(MonthNames[4][i], extra[i]);
        }

        return months;
    }

    // "2022-01-10T22:06:08:684Z": a malformed time after the "T" still leaves the day readable.
    [GeneratedRegex(@"\b((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?:\b|(?=T\d))")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?((?:19|20)\d\d)\b")]
    private static partial Regex DayMonthName();

    // "Feb 18 10:27:24 2022" (C's asctime) puts the time between day and year.
    [GeneratedRegex(@"\b(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:\d\d?:\d\d(?::\d\d)?\s+)?((?:19|20)\d\d)\b")]
    private static partial Regex MonthNameDay();

    [GeneratedRegex(@"\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)\b\.?)?(?:\s*(?:[A-Z]{1,2}[SD]T|ET|CET|CEST|GMT|UTC|BST|MEZ)\b)?|\b(?:posted|published|updated|last|created|written|modified|news|date|on|at|by|and|in|am|um|uhr|von|vom|par|le|el|de|publicado|publié|actualizado|veröffentlicht|aktualisiert|erstellt|geschrieben|stand|datum|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b|[|•·,:;/\-–—().]", RegexOptions.IgnoreCase)]
    private static partial Regex DateLineWords();

    [GeneratedRegex(@"\b(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|[Pp]or)\s+\p{Lu}")]
    private static partial Regex BylineCue();

    [GeneratedRegex(@"\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)\b")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d\d)(?![\d.])")]
    private static partial Regex ShortYear();
}
