namespace FactCheck.Core.Indexing;

/// <summary>A claim search: Lucene query syntax on the text plus structured filters.</summary>
public sealed record ClaimQuery
{
    /// <summary>Lucene query syntax over sentence, measure, actors and title; empty matches everything.</summary>
    public string? Text { get; init; }

    /// <summary>Unit dimension, e.g. "length", "currency".</summary>
    public string? Dimension { get; init; }

    /// <summary>Bounds on the normalised value (in the dimension's canonical unit).</summary>
    public double? Min { get; init; }

    public double? Max { get; init; }

    /// <summary>Claims whose period overlaps [From, To].</summary>
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public long? SubmissionId { get; init; }

    /// <summary>Only claims naming this actor (a country or organisation, as the extractor names it).</summary>
    public string? Actor { get; init; }

    /// <summary>True: only claims an open or confirmed flag involves; false: only claims no such flag involves.</summary>
    public bool? HasFlag { get; init; }

    /// <summary>"relevance" (default) or "date": newest period first.</summary>
    public string? Sort { get; init; }

    public int Limit { get; init; } = 50;
}

public sealed record ClaimHit
{
    public required long SubmissionId { get; init; }
    public required int Ordinal { get; init; }
    public string? Title { get; init; }
    public required string Sentence { get; init; }
    public required string Quantity { get; init; }
    public required string Unit { get; init; }
    public required string Dimension { get; init; }
    public double? Normalized { get; init; }
    public string? CanonicalUnit { get; init; }
    public string? Measure { get; init; }
    public string? Period { get; init; }

    public bool Flagged { get; init; }

    /// <summary>The sentence cut into plain and matching parts, so pages can mark hits without trusting HTML.</summary>
    public required IReadOnlyList<SnippetPart> Snippet { get; init; }

    public float Score { get; init; }
}

/// <param name="Text">A run of the sentence.</param>
/// <param name="Hit">It matches the query.</param>
/// <param name="Quantity">It is the claim's own quantity, so hits on one sentence with several claims can be told apart.</param>
public sealed record SnippetPart(string Text, bool Hit, bool Quantity = false);

/// <param name="Facets">How many matching claims fall in each unit dimension.</param>
public sealed record ClaimSearchResult(int Total, IReadOnlyList<ClaimHit> Hits, IReadOnlyDictionary<string, int>? Facets = null);

/// <summary>A query the parser could not read, with its message.</summary>
public sealed class InvalidSearchException(string message, Exception? inner = null) : Exception(message, inner);
