using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Datasets;

/// <summary>Reads the periods tables use: a year, a quarter, a month, a day, as a date range.</summary>
public static partial class PeriodParser
{
    private static readonly string[] MonthFormats = ["yyyy-MM", "yyyy/MM", "MMM yyyy", "MMMM yyyy", "MMM-yyyy", "yyyyMMM", "MM/yyyy", "yyyy'M'MM"];
    private static readonly string[] DayFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "d MMM yyyy", "d MMMM yyyy", "MMM d, yyyy", "MMMM d, yyyy", "dd.MM.yyyy"];

    public static Period? Parse(string cell)
    {
        var text = cell.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (Year().IsMatch(text))
        {
            var year = int.Parse(text, CultureInfo.InvariantCulture);
            return new Period(text, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        var quarter = Quarter().Match(text);
        if (quarter.Success)
        {
            var year = int.Parse(quarter.Groups["year"].Value, CultureInfo.InvariantCulture);
            var q = int.Parse(quarter.Groups["q"].Value, CultureInfo.InvariantCulture);
            var from = new DateOnly(year, (q * 3) - 2, 1);
            return new Period(text, from, from.AddMonths(3).AddDays(-1));
        }

        if (DateOnly.TryParseExact(text, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new Period(text, day, day);
        }

        if (DateTime.TryParseExact(text, MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            var from = new DateOnly(month.Year, month.Month, 1);
            return new Period(text, from, from.AddMonths(1).AddDays(-1));
        }

        return null;
    }

    [GeneratedRegex(@"^(1[5-9]|2[01])\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?<year>(1[5-9]|2[01])\d\d)[\s\-/]?Q(?<q>[1-4])$|^Q(?<q>[1-4])[\s\-/]?(?<year>(1[5-9]|2[01])\d\d)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();
}
