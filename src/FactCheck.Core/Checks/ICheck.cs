using FactCheck.Core.Articles;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Checks;

/// <summary>A rule over an article's claims. Pure: no I/O, same input, same flags.</summary>
public interface ICheck
{
    /// <summary>The flag type this check raises.</summary>
    string Type { get; }

    IEnumerable<Flag> Run(CheckContext context);
}

/// <summary>
/// Everything a check may look at. Checks that use outside data (linked dataset records)
/// get it through here, so they plug in the same way as checks over the article alone.
/// </summary>
public sealed record CheckContext(
    Article Article,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Linking.ClaimLink>? Links = null,
    IReadOnlyList<PeerClaim>? Peers = null)
{
    /// <summary>The claims' links to dataset records; empty when no dataset was consulted.</summary>
    public IReadOnlyList<Linking.ClaimLink> LinksOrEmpty => Links ?? [];

    /// <summary>Claims of other articles that may state the same quantities; empty when none were looked up.</summary>
    public IReadOnlyList<PeerClaim> PeersOrEmpty => Peers ?? [];
}

/// <summary>A claim of another article, for comparing the same quantity across articles.</summary>
public sealed record PeerClaim(long SubmissionId, string? Title, Claim Claim);
