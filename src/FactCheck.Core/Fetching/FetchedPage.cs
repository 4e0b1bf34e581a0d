namespace FactCheck.Core.Fetching;

/// <summary>The raw bytes fetched for a URL and what the server said about them.</summary>
public sealed record FetchedPage
{
    public required Uri Url { get; init; }
    public required Uri FinalUrl { get; init; }
    public required int Status { get; init; }
    public required string ContentType { get; init; }

    /// <summary>Charset from headers, BOM or meta; null when none was declared.</summary>
    public string? Charset { get; init; }

    public required IReadOnlyDictionary<string, string> Headers { get; init; }
    public required DateTimeOffset FetchedAt { get; init; }
    public required byte[] Body { get; init; }
}

public enum FetchErrorKind
{
    InvalidUrl,
    Refused,
    Unreachable,
    Timeout,
    TooLarge,
    UnsupportedContentType,
    HttpError,
    TooManyRedirects,
    RobotsDisallowed,
}

/// <summary>A fetch that failed for a reason an editor can read.</summary>
public sealed class FetchException(FetchErrorKind kind, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public FetchErrorKind Kind { get; } = kind;
}

public interface IPageFetcher
{
    Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken);
}
