using System.Globalization;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Tests.Claims;

/// <summary>
/// Round trips: a number formatted the ways news writes it and put in a sentence comes back with its
/// value and unit. Hand-rolled generators with fixed seeds, so a failure names its sentence and repeats.
/// </summary>
public class QuantityExtractorPropertyTests
{
    private const int Cases = 400;
    private static readonly QuantityExtractor Extractor = new();
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Carriers with no word that could read as a unit, count noun, year lead or hedge.</summary>
    private static readonly string[] Carriers =
    [
        "Officials reported {0} in the survey.", "The figure was {0}, the ministry said.", "{0} is the latest estimate.",
        "Analysts expect {0} by the end of the quarter.", "According to the filing, it was {0}.",
    ];

    private static readonly (string Written, string Unit, bool Touching)[] UnitsAfter =
    [
        ("km", "kilometre", false), ("km", "kilometre", true), ("kilometres", "kilometre", false), ("miles", "mile", false),
        ("kg", "kilogram", false), ("tonnes", "metric ton", false), ("%", "percentage", true), ("percent", "percentage", false),
        ("per cent", "percentage", false), ("euros", "euro", false), ("dollars", "dollar", false), ("yuan", "yuan", false),
        ("litres", "litre", false), ("hectares", "hectare", false), ("mm", "millimetre", true), ("MW", "megawatt", false),
    ];

    private static readonly (string Symbol, string Unit)[] CurrencySymbols = [("$", "dollar"), ("€", "euro"), ("£", "pound sterling"), ("US$", "dollar")];

    private static readonly (string Word, decimal Scale)[] Scales = [("thousand", 1e3m), ("million", 1e6m), ("billion", 1e9m), ("trillion", 1e12m)];

    private static readonly (string Abbreviation, decimal Scale)[] CurrencyScales = [("m", 1e6m), ("bn", 1e9m), ("k", 1e3m), ("million", 1e6m)];

    [Fact]
    public void Extract_ReturnsValue_WhenIntegerIsFormattedWithOrWithoutSeparators()
    {
        var rng = new Random(11);
        Check(rng, () =>
        {
            var n = Magnitude(rng, 9);
            // A bare four-digit number in 1900–2100 is a year by design, not a failed round trip.
            if (n is >= 1900 and <= 2100)
            {
                n += 300;
            }

            if (rng.Next(2) == 0)
            {
                return (n.ToString("N0", Inv), (double)n, "");
            }

            // Five digits and more without separators read as an id unless they count something (by design).
            return n >= 10_000 ? ($"{n.ToString(Inv)} people", n, "person") : (n.ToString(Inv), n, "");
        });
    }

    [Fact]
    public void Extract_ReturnsValue_WhenDecimalOrNegativeIsWritten()
    {
        var rng = new Random(12);
        Check(rng, () =>
        {
            var places = rng.Next(1, 4);
            var d = Math.Round((decimal)rng.NextDouble() * Magnitude(rng, 6), places);
            if (d == Math.Truncate(d))
            {
                d += 0.5m;
            }

            var negative = rng.Next(4) == 0;
            var text = d.ToString(rng.Next(2) == 0 ? "N" + places : "F" + places, Inv);
            return ((negative ? "-" : "") + text, (double)(negative ? -d : d), "");
        });
    }

    [Fact]
    public void Extract_ReturnsScaledValue_WhenScaleWordFollows()
    {
        var rng = new Random(13);
        Check(rng, () =>
        {
            var (word, scale) = Scales[rng.Next(Scales.Length)];
            var d = rng.Next(2) == 0 ? rng.Next(2, 999) : Math.Round((decimal)rng.NextDouble() * 99 + 1, rng.Next(1, 3));
            return ($"{d.ToString(Inv)} {word}", (double)(d * scale), "");
        });
    }

    [Fact]
    public void Extract_ReturnsValueAndCurrency_WhenSymbolPrecedesAmount()
    {
        var rng = new Random(14);
        Check(rng, () =>
        {
            var (symbol, unit) = CurrencySymbols[rng.Next(CurrencySymbols.Length)];
            if (rng.Next(2) == 0)
            {
                var n = Magnitude(rng, 7);
                return ($"{symbol}{n.ToString(rng.Next(2) == 0 ? "N0" : "D", Inv)}", n, unit);
            }

            var (abbreviation, scale) = CurrencyScales[rng.Next(CurrencyScales.Length)];
            var d = Math.Round((decimal)rng.NextDouble() * 500 + 1, rng.Next(0, 2));
            var space = abbreviation.Length > 2 ? " " : "";
            return ($"{symbol}{d.ToString(Inv)}{space}{abbreviation}", (double)(d * scale), unit);
        });
    }

    [Fact]
    public void Extract_ReturnsValueAndUnit_WhenUnitFollowsNumber()
    {
        var rng = new Random(15);
        Check(rng, () =>
        {
            var (written, unit, touching) = UnitsAfter[rng.Next(UnitsAfter.Length)];
            var d = rng.Next(2) == 0 ? Magnitude(rng, 5) : Math.Round((decimal)rng.NextDouble() * 1000, rng.Next(1, 3));
            var number = d >= 1000 && rng.Next(2) == 0 ? d.ToString("N" + Places(d), Inv) : d.ToString(Inv);
            return ($"{number}{(touching ? "" : " ")}{written}", (double)d, unit);
        });
    }

    [Fact]
    public void Extract_ReturnsValue_WhenNumberIsSpelled()
    {
        string[] small = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        var rng = new Random(16);
        Check(rng, () =>
        {
            var n = rng.Next(2, 100);
            var words = n < 20 ? small[n] : tens[n / 10] + (n % 10 == 0 ? "" : "-" + small[n % 10]);
            if (rng.Next(3) == 0)
            {
                var (word, scale) = Scales[rng.Next(Scales.Length)];
                return ($"{words} {word}", (double)(n * scale), "");
            }

            return (words, n, "");
        });
    }

    [Fact]
    public void Extract_ReturnsInterval_WhenRangeIsWritten()
    {
        string[] joins = [" to ", "–", "-", " – "];
        var rng = new Random(17);
        var failures = new List<string>();
        for (var i = 0; i < Cases; i++)
        {
            var (written, unit, touching) = UnitsAfter[rng.Next(UnitsAfter.Length)];
            var lo = rng.Next(1, 500);
            var hi = lo + rng.Next(1, 500);
            var join = joins[rng.Next(joins.Length)];
            var between = rng.Next(4) == 0;
            var figure = between
                ? $"between {lo} and {hi}{(touching ? "" : " ")}{written}"
                : $"{lo}{join}{hi}{(touching ? "" : " ")}{written}";
            var sentence = string.Format(Inv, Carriers[rng.Next(Carriers.Length)], figure);
            var found = Extractor.Extract(sentence);
            if (found.Count != 1 || found[0].Value != lo || found[0].High != hi || found[0].Unit != unit)
            {
                failures.Add($"{sentence} => got " + string.Join("; ", found.Select(q => $"{q.Value}-{q.High} '{q.Unit}' [{q.Text}]")));
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    private static void Check(Random rng, Func<(string Written, double Value, string Unit)> generate)
    {
        var failures = new List<string>();
        for (var i = 0; i < Cases; i++)
        {
            var (written, value, unit) = generate();
            var sentence = string.Format(Inv, Carriers[rng.Next(Carriers.Length)], written);
            var found = Extractor.Extract(sentence);
            if (found.Count != 1 || !Close(found[0].Value, value) || found[0].Unit != unit || found[0].High is not null)
            {
                failures.Add($"{sentence} => expected {value.ToString("R", Inv)} '{unit}', got "
                             + string.Join("; ", found.Select(q => $"{q.Value.ToString("R", Inv)} '{q.Unit}' [{q.Text}]")));
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    private static bool Close(double actual, double expected) =>
        Math.Abs(actual - expected) <= 1e-9 * Math.Max(1, Math.Abs(expected));

    /// <summary>An integer whose digit count is spread evenly up to <paramref name="maxDigits"/>.</summary>
    private static long Magnitude(Random rng, int maxDigits)
    {
        var digits = rng.Next(1, maxDigits + 1);
        var low = (long)Math.Pow(10, digits - 1);
        return rng.NextInt64(low == 1 ? 0 : low, low * 10);
    }

    private static int Places(decimal d) => (decimal.GetBits(d)[3] >> 16) & 0xFF;
}
