namespace FactCheck.Core.Claims;

/// <summary>Groups quantities into claims with their measure, actors, period, place and attribution. Pure.</summary>
public sealed class ClaimExtractor(QuantityExtractor quantities)
{
    /// <param name="text">The article text (<see cref="Articles.Article.Text"/>).</param>
    /// <param name="published">Publish time, to resolve "in August" to a year.</param>
    public IReadOnlyList<Claim> Extract(string text, DateTimeOffset? published) =>
        quantities is null ? [] : throw new NotImplementedException();
}
