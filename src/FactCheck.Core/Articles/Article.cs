namespace FactCheck.Core.Articles;

/// <summary>What the extractor made of a page or of pasted text.</summary>
public sealed record Article
{
    public string? Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public string? SiteName { get; init; }
    public string? Language { get; init; }
    public string? Url { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Lead { get; init; }
    public IReadOnlyList<ArticleBlock> Blocks { get; init; } = [];

    /// <summary>Image captions, kept apart from the body so they never become claims.</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];

    /// <summary>
    /// The body as one string: blocks joined by a blank line. Claim spans index into this text,
    /// so it must be derived the same way everywhere.
    /// </summary>
    public string Text => string.Join(BlockSeparator, Blocks.Select(b => b.Text));

    public const string BlockSeparator = "\n\n";
}

public enum BlockKind
{
    Paragraph,
    Heading,
    Quote,
    ListItem,
    Caption,
    Table,

    /// <summary>The summary printed above the body (the page's description, where readers see it).</summary>
    Standfirst,
}

public sealed record ArticleBlock(BlockKind Kind, string Text);
