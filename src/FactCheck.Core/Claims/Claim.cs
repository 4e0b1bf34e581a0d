namespace FactCheck.Core.Claims;

/// <summary>A statement carrying a quantity: what it measures, who, when, where, says who.</summary>
public sealed record Claim
{
    /// <summary>Position of the claim in its article, 0-based; stable for the same text.</summary>
    public required int Ordinal { get; init; }

    public required Quantity Quantity { get; init; }

    /// <summary>
    /// A conversion stated alongside the quantity: "328,000 miles (527,865 km)" or "40 miles, or 64 km".
    /// </summary>
    public Quantity? Conversion { get; init; }

    /// <summary>The sentence holding the quantity.</summary>
    public required string Sentence { get; init; }

    /// <summary>Offset of <see cref="Sentence"/> in the analysed text.</summary>
    public required int SentenceStart { get; init; }

    /// <summary>The measured thing, e.g. "fiber-optic cable"; null when it cannot be told.</summary>
    public string? Measure { get; init; }

    /// <summary>Who the figure is about, e.g. ["China", "Russia"].</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>The actor something moved from ("from China"); null when the sentence names none.</summary>
    public string? Origin { get; init; }

    /// <summary>The actor something moved to ("to Russia"); null when the sentence names none.</summary>
    public string? Destination { get; init; }

    public Period? Period { get; init; }

    public string? Place { get; init; }

    /// <summary>e.g. "according to customs data reviewed by The Washington Post".</summary>
    public string? Attribution { get; init; }
}

/// <summary>A time period as written and, where it could be resolved, as dates (inclusive).</summary>
public sealed record Period(string Text, DateOnly? From, DateOnly? To);
