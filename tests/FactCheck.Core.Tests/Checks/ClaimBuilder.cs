using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Core.Articles;
using FactCheck.Core.Checks;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Tests.Checks;

/// <summary>
/// Builds claims by hand, as the extractor would, from short figures like "about 120 miles",
/// so check tests do not depend on the extractor. Steps follow the extractor's rule: written
/// decimals, or trailing zeros of a whole number ("328,000" → 1,000).
/// </summary>
internal sealed partial class ClaimBuilder
{
    private static readonly Dictionary<string, (string Unit, Dimension Dimension, double Factor, string Canonical)> Units =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["mile"] = ("mile", Dimension.Length, 1.609344, "km"),
            ["miles"] = ("mile", Dimension.Length, 1.609344, "km"),
            ["mi"] = ("mile", Dimension.Length, 1.609344, "km"),
            ["km"] = ("kilometre", Dimension.Length, 1, "km"),
            ["kilometre"] = ("kilometre", Dimension.Length, 1, "km"),
            ["kilometres"] = ("kilometre", Dimension.Length, 1, "km"),
            ["kilometers"] = ("kilometer", Dimension.Length, 1, "km"),
            ["metres"] = ("metre", Dimension.Length, 0.001, "km"),
            ["feet"] = ("foot", Dimension.Length, 0.0003048, "km"),
            ["kg"] = ("kilogram", Dimension.Mass, 1, "kg"),
            ["pounds"] = ("pound", Dimension.Mass, 0.45359237, "kg"),
            ["tonnes"] = ("tonne", Dimension.Mass, 1000, "kg"),
            ["million"] = ("dollar", Dimension.Currency, 1_000_000, "USD"),
            ["billion"] = ("dollar", Dimension.Currency, 1_000_000_000, "USD"),
            ["mm"] = ("millimetre", Dimension.Length, 0.000001, "km"),
            ["-mile"] = ("mile", Dimension.Length, 1.609344, "km"),
            ["drone makers"] = ("drone maker", Dimension.Count, 1, ""),
            ["drone manufacturers"] = ("drone manufacturer", Dimension.Count, 1, ""),
            ["suppliers"] = ("supplier", Dimension.Count, 1, ""),
        };

    private readonly string _text;
    private string? _conversion;
    private string? _measure = "fiber-optic cable";
    private string[] _actors = ["China", "Russia"];
    private Period? _period;
    private int _ordinal;
    private string? _sentence;
    private int _sentenceStart;
    private string? _destination;

    public ClaimBuilder(string text) => _text = text;

    public static ClaimBuilder Of(string text) => new(text);

    public ClaimBuilder ConvertedTo(string text)
    {
        _conversion = text;
        return this;
    }

    public ClaimBuilder Measure(string? measure)
    {
        _measure = measure;
        return this;
    }

    public ClaimBuilder Actors(params string[] actors)
    {
        _actors = actors;
        return this;
    }

    /// <summary>A month of 2025, as "in May" resolves for an article published in October 2025.</summary>
    public ClaimBuilder In(string month)
    {
        var number = DateTime.ParseExact(month, "MMMM", CultureInfo.InvariantCulture).Month;
        var from = new DateOnly(2025, number, 1);
        _period = new Period(month, from, from.AddMonths(1).AddDays(-1));
        return this;
    }

    public ClaimBuilder To(string destination)
    {
        _destination = destination;
        return this;
    }

    public ClaimBuilder At(int ordinal)
    {
        _ordinal = ordinal;
        return this;
    }

    public ClaimBuilder InSentence(string sentence)
    {
        _sentence = sentence;
        return this;
    }

    /// <summary>Places the claim in its own sentence starting at <paramref name="start"/>, as a later paragraph would be.</summary>
    public ClaimBuilder InSentence(string sentence, int start)
    {
        _sentence = sentence;
        _sentenceStart = start;
        return this;
    }

    public Claim Build()
    {
        var quantity = Parse(_text, 0);
        var surface = _conversion is null ? _text : $"{_text} ({_conversion})";
        return new Claim
        {
            Ordinal = _ordinal,
            Quantity = quantity,
            Conversion = _conversion is null ? null : Parse(_conversion, quantity.End + 2),
            Destination = _destination,
            Sentence = _sentence ?? surface,
            SentenceStart = _sentenceStart,
            Measure = _measure,
            Actors = _actors,
            Period = _period,
        };
    }

    public static implicit operator Claim(ClaimBuilder builder) => builder.Build();

    public static CheckContext Context(params Claim[] claims) => new(new Article(), claims);

    /// <summary>Numbers claims 0, 1, 2 … in the order given, as they would appear in an article.</summary>
    public static CheckContext Article(params ClaimBuilder[] claims) =>
        Context(claims.Select((c, i) => c.At(i).Build()).ToArray());

    internal static Quantity Parse(string text, int start)
    {
        var match = Figure().Match(text);
        if (!match.Success)
        {
            throw new ArgumentException($"Cannot read the figure \"{text}\".", nameof(text));
        }

        var hedge = match.Groups["hedge"].Value.ToLowerInvariant() switch
        {
            "about" or "nearly" or "roughly" or "almost" => Hedge.Approximate,
            "more than" or "over" or "at least" => Hedge.AtLeast,
            "up to" or "under" or "less than" => Hedge.AtMost,
            _ => Hedge.Exact,
        };
        var (value, step) = Number(match.Groups["value"].Value);
        double? high = null;
        if (match.Groups["high"].Success)
        {
            var (h, highStep) = Number(match.Groups["high"].Value);
            high = h;
            step = Math.Min(step, highStep);
        }

        var (unit, dimension, factor, canonical) = Units[match.Groups["unit"].Value.Trim()];
        return new Quantity
        {
            Text = text,
            Start = start,
            End = start + text.Length,
            Value = value * (dimension == Dimension.Currency ? factor : 1),
            High = high * (dimension == Dimension.Currency ? factor : 1),
            Unit = unit,
            Dimension = dimension,
            Normalized = dimension == Dimension.Count ? null : value * factor,
            NormalizedHigh = high * factor,
            CanonicalUnit = canonical.Length == 0 ? null : canonical,
            Step = step * (dimension == Dimension.Currency ? factor : 1),
            Hedge = hedge,
        };
    }

    private static (double Value, double Step) Number(string digits)
    {
        var plain = digits.Replace(",", "", StringComparison.Ordinal);
        var value = double.Parse(plain, CultureInfo.InvariantCulture);
        var dot = plain.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            return (value, Math.Pow(10, -(plain.Length - dot - 1)));
        }

        var zeros = plain.Length - plain.TrimEnd('0').Length;
        return (value, value == 0 ? 1 : Math.Pow(10, zeros));
    }

    [GeneratedRegex(@"^(?<hedge>about|nearly|roughly|almost|more than|over|at least|up to|under|less than)?\s*\$?(?<value>[\d,]+(\.\d+)?)(\s*million)?(\s*(to|and|–)\s*\$?(?<high>[\d,]+(\.\d+)?))?\s*(?<unit>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();
}
