using System.Globalization;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Checks;

/// <summary>
/// Writes figures for flags the way an editor reads them: thousands separators, invariant culture,
/// unit symbols, and no more decimals than the figure has earned.
/// </summary>
internal static class Figures
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // Names the extractor may give, their symbol and plural. Unknown units fall back to their name,
    // so a missing entry makes a message clumsier, never wrong.
    private static readonly (string[] Names, string Symbol, string Plural)[] Units =
    [
        (["kilometre", "kilometer", "km"], "km", "kilometres"),
        (["metre", "meter", "m"], "m", "metres"),
        (["centimetre", "centimeter", "cm"], "cm", "centimetres"),
        (["millimetre", "millimeter", "mm"], "mm", "millimetres"),
        (["mile", "statute mile", "mi"], "mi", "miles"),
        (["nautical mile", "nmi"], "nmi", "nautical miles"),
        (["foot", "feet", "ft"], "ft", "feet"),
        (["inch", "in"], "in", "inches"),
        (["yard", "yd"], "yd", "yards"),
        (["kilogram", "kilogramme", "kg"], "kg", "kilograms"),
        (["gram", "gramme", "g"], "g", "grams"),
        (["tonne", "metric ton", "t"], "t", "tonnes"),
        (["ton", "short ton"], "ton", "tons"),
        (["pound", "lb"], "lb", "pounds"),
        (["ounce", "oz"], "oz", "ounces"),
        (["litre", "liter", "l"], "L", "litres"),
        (["millilitre", "milliliter", "ml"], "mL", "millilitres"),
        (["gallon", "gal"], "gal", "gallons"),
        (["barrel", "bbl"], "bbl", "barrels"),
        (["cubic metre", "cubic meter", "m³"], "m³", "cubic metres"),
        (["square kilometre", "square kilometer", "km²"], "km²", "square kilometres"),
        (["square mile", "sq mi"], "sq mi", "square miles"),
        (["hectare", "ha"], "ha", "hectares"),
        (["acre"], "acre", "acres"),
        (["kilometre per hour", "kilometer per hour", "km/h"], "km/h", "kilometres per hour"),
        (["mile per hour", "mph"], "mph", "miles per hour"),
        (["knot", "kn"], "kn", "knots"),
        (["kilowatt-hour", "kilowatt hour", "kwh"], "kWh", "kilowatt-hours"),
        (["megawatt-hour", "megawatt hour", "mwh"], "MWh", "megawatt-hours"),
        (["watt", "w"], "W", "watts"),
        (["kilowatt", "kw"], "kW", "kilowatts"),
        (["megawatt", "mw"], "MW", "megawatts"),
        (["gigawatt", "gw"], "GW", "gigawatts"),
    ];

    /// <summary>A key under which spellings and plurals of one unit compare equal ("kilometers" = "kilometre").</summary>
    public static string UnitKey(string unit) => Find(unit)?.Symbol ?? Singular(Clean(unit));

    public static string Symbol(string unit) => Find(unit)?.Symbol ?? Clean(unit);

    public static string Plural(string unit)
    {
        if (Find(unit) is { } known)
        {
            return known.Plural;
        }

        var name = Singular(Clean(unit));
        return name.Length == 0 ? name : name + "s";
    }

    /// <summary>"328,000 mi", "$11–12 million" style: the value with the decimals its step shows.</summary>
    public static string Stated(Quantity quantity)
    {
        var decimals = StepDecimals(quantity.Step);
        var value = Number(quantity.Value, decimals);
        if (quantity.High is { } high)
        {
            value = $"{value}–{Number(high, decimals)}";
        }

        var symbol = Symbol(quantity.Unit);
        return symbol.Length == 0 ? value : $"{value} {symbol}";
    }

    public static string Number(double value, int decimals) =>
        value.ToString("N" + Math.Clamp(decimals, 0, 9).ToString(Invariant), Invariant);

    /// <summary>A computed value or interval bound: three decimals at most, open bounds as ∞.</summary>
    public static string Bound(double value) =>
        double.IsInfinity(value) ? (value > 0 ? "∞" : "−∞") : value.ToString("#,##0.###", Invariant);

    /// <summary>A tolerance or factor as short as it can be without losing digits: 0.5, 500, 1.609344.</summary>
    public static string Plain(double value) => value.ToString("#,##0.######", Invariant);

    /// <summary>Decimals a step shows: 1,000 → 0, 1 → 0, 0.1 → 1, 0.05 → 2.</summary>
    public static int StepDecimals(double step)
    {
        step = Math.Abs(step);
        if (step == 0 || step >= 1 || double.IsInfinity(step))
        {
            return 0;
        }

        // The epsilon keeps 0.1 (stored as 0.1000…01) at one decimal.
        return Math.Clamp((int)Math.Ceiling(-Math.Log10(step) - 1e-9), 0, 9);
    }

    /// <summary>
    /// Decimals for a computed value: at least what <paramref name="step"/> shows and at least three
    /// significant digits, so 64.37 prints as 64.4 and 527,864.8 as 527,865.
    /// </summary>
    public static int ComputedDecimals(double value, double step)
    {
        var significant = value == 0 || double.IsInfinity(value)
            ? 0
            : 2 - (int)Math.Floor(Math.Log10(Math.Abs(value)));
        return Math.Clamp(Math.Max(StepDecimals(step), significant), 0, 9);
    }

    /// <summary>
    /// The power of ten nearest to a step carried into another unit: a 1-mile step is 1.6 km,
    /// shown as whole kilometres rather than to one decimal.
    /// </summary>
    public static double NearestDecade(double step) =>
        step <= 0 || double.IsInfinity(step) ? step : Math.Pow(10, Math.Round(Math.Log10(step)));

    private static (string[] Names, string Symbol, string Plural)? Find(string unit)
    {
        var name = Clean(unit);
        if (name.Length == 0)
        {
            return null;
        }

        foreach (var candidate in (string[])[name, Singular(name)])
        {
            foreach (var entry in Units)
            {
                if (entry.Names.Contains(candidate, StringComparer.OrdinalIgnoreCase))
                {
                    return entry;
                }
            }
        }

        return null;
    }

    private static string Clean(string unit) => unit.Trim().ToLowerInvariant();

    private static string Singular(string name) =>
        name switch
        {
            "feet" => "foot",
            _ when name.EndsWith("inches", StringComparison.Ordinal) => name[..^2],
            _ when name.Length > 3 && name.EndsWith('s') && !name.EndsWith("ss", StringComparison.Ordinal) => name[..^1],
            _ => name,
        };
}
