namespace FactCheck.Core.Claims;

/// <summary>How a figure is bounded by its wording: "about 5" is not "more than 5".</summary>
public enum Hedge
{
    /// <summary>An exact figure (=).</summary>
    Exact,

    /// <summary>about, nearly, roughly, almost (~).</summary>
    Approximate,

    /// <summary>more than, over, at least (&gt;).</summary>
    AtLeast,

    /// <summary>less than, under, up to (&lt;).</summary>
    AtMost,
}

public enum Change
{
    None,
    Up,
    Down,
}

/// <summary>What a unit measures; quantities of different dimensions are never compared.</summary>
public enum Dimension
{
    None,
    Count,
    Length,
    Mass,
    Volume,
    Area,
    Speed,
    Energy,
    Power,
    Duration,
    Temperature,
    Information,
    Currency,
    Percentage,
    Multiplier,
}

/// <summary>One number found in text.</summary>
public sealed record Quantity
{
    /// <summary>Surface text exactly as written, e.g. "328,000 miles".</summary>
    public required string Text { get; init; }

    /// <summary>Character offset of <see cref="Text"/> in the analysed text.</summary>
    public required int Start { get; init; }

    /// <summary>Exclusive end offset.</summary>
    public required int End { get; init; }

    /// <summary>The value scaled to a plain number ("$54 million" → 54,000,000); the low end of a range.</summary>
    public required double Value { get; init; }

    /// <summary>The high end of a range ("$11 to $12 million"); null for a single figure.</summary>
    public double? High { get; init; }

    /// <summary>The unit's English name in words ("kilometre", "mile", "dollar", "worker"); empty for a bare number.</summary>
    public string Unit { get; init; } = "";

    public Dimension Dimension { get; init; }

    /// <summary>Value in <see cref="CanonicalUnit"/> (km, kg, USD, …); null where no conversion applies.</summary>
    public double? Normalized { get; init; }

    public double? NormalizedHigh { get; init; }

    /// <summary>Symbol of the canonical unit of the dimension ("km", "kg", "m³", "USD", "%").</summary>
    public string? CanonicalUnit { get; init; }

    /// <summary>
    /// The rounding step the written digits allow, in the quantity's own unit:
    /// "116 km" → 1, "1.5 km" → 0.1, "$54 million" → 1,000,000. Used by checks to build tolerances.
    /// </summary>
    public double Step { get; init; } = 1;

    public Hedge Hedge { get; init; }

    public Change Change { get; init; }

    /// <summary>
    /// The denominator of a rate written after the figure, singular: "$11 million per month" → "month",
    /// "$1,200 per capita" → "capita", "300 barrels a day" → "day"; null when the figure is not a rate.
    /// Kept apart from <see cref="Unit"/> so a monthly and a total figure of one currency still share a
    /// dimension; checks that compare values must also compare <see cref="Per"/>.
    /// Not part of <see cref="Text"/>.
    /// </summary>
    public string? Per { get; init; }

    public bool IsRange => High is not null;
}

/// <summary>What a number is when it is not a quantity.</summary>
public enum NonQuantityKind
{
    None,
    Date,
    Time,
    Year,
    Ordinal,
    Age,
    Phone,
    Url,
    Identifier,
    Reference,
    Address,
    ListMarker,
    Score,
    Name,
    Pronoun,

    /// <summary>The base of a rate: "38 cases per 100,000 residents".</summary>
    RateBase,
}

/// <summary>A number recognised for what it is and never reported as a quantity: "16 May", "F-16", "3rd".</summary>
public sealed record NonQuantity(string Text, int Start, int End, NonQuantityKind Kind);

/// <summary>Everything the extractor read in a text: its quantities and the numbers that are not.</summary>
public sealed record Extraction(IReadOnlyList<Quantity> Quantities, IReadOnlyList<NonQuantity> Ignored);
