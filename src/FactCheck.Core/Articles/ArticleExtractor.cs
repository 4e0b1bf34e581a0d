using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Html.Parser;

namespace FactCheck.Core.Articles;

/// <summary>Pulls the article out of a page's HTML with AngleSharp. Pure: no I/O.</summary>
public sealed partial class ArticleExtractor
{
    // One parser for the process: it holds only immutable options and a context without
    // loaders, and every ParseDocument call builds its own tokenizer and tree builder, so
    // concurrent calls share nothing mutable.
    private static readonly HtmlParser Parser = new(
        new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false },
        BrowsingContext.New(Configuration.Default));

    public Article Extract(string html, Uri? url)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = Parser.ParseDocument(html);
        var metadata = HtmlMetadata.Read(document, url);
        var body = ContentExtractor.Extract(document);

        var title = metadata.Title;
        var authors = metadata.Authors.ToList();
        var captions = body.Captions.ToList();
        var blocks = Keep(body.Blocks, title, authors, captions);

        // Paywalled and script-rendered pages print a teaser and state the whole text in JSON-LD.
        if (StructuredBody.ShouldReplace(blocks.Sum(b => b.Text.Length), metadata.ArticleBody))
        {
            blocks = Keep(StructuredBody.Blocks(metadata.ArticleBody!, Parser), title, authors, captions);
        }

        var standfirst = Standfirst.Find(document, metadata.Lead, blocks);
        if (standfirst is not null)
        {
            blocks.Insert(0, new ArticleBlock(BlockKind.Standfirst, standfirst));
        }

        return new Article
        {
            Title = title ?? blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading)?.Text,
            Authors = authors,
            Published = metadata.Published,
            Modified = metadata.Modified,
            SiteName = metadata.SiteName,
            Language = metadata.Language,
            Url = url?.ToString(),
            CanonicalUrl = metadata.CanonicalUrl,
            Lead = metadata.Lead ?? standfirst ?? Standfirst.Marked(document).FirstOrDefault(),
            Blocks = blocks,
            Captions = captions.Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>
    /// The body's blocks without the page's furniture: the headline repeated, bylines (read into
    /// <paramref name="authors"/> when the metadata named none), datelines, picture credits (moved
    /// to <paramref name="captions"/>), junk and trailing chrome.
    /// </summary>
    private static List<ArticleBlock> Keep(IReadOnlyList<ArticleBlock> found, string? title, List<string> authors, List<string> captions)
    {
        var blocks = new List<ArticleBlock>(found.Count);
        foreach (var block in found)
        {
            if (title is not null && block.Kind is BlockKind.Heading or BlockKind.Paragraph && TextCleanup.SameText(block.Text, title))
            {
                continue;
            }

            if (block.Kind == BlockKind.Paragraph && TryReadByline(block.Text, out var names))
            {
                if (authors.Count == 0)
                {
                    authors.AddRange(names);
                }

                continue;
            }

            // A dateline on a line of its own ("23.10.2018", "Aktualisiert: 11.04.2020, 10:27",
            // "Posted on April 22, 2022 by Adi Tzlil") is the page's metadata, already read into Published, not a statement to check.
            // A heading that is only a date orders a schedule or a live blog, so it goes only when it names a writer.
            if ((block.Kind == BlockKind.Paragraph && block.Text.Length <= 80 && DatelineOnly().IsMatch(block.Text))
                || (block.Kind is BlockKind.Paragraph or BlockKind.Heading && TextDates.IsDateLine(block.Text, bylineOnly: block.Kind == BlockKind.Heading)))
            {
                continue;
            }

            // A picture's caption or credit set as a paragraph of its own ("Lee Elder in 1975. |
            // © Augusta National/Getty Images", "© Agency | Photographer", "Crédits photos : Bestimage", "图为…": "pictured: …");
            // "© 2026 Site. All rights reserved." is the site's notice, left to the trailing-chrome rule.
            // A sentence that only mentions a picture on its way to a figure ("A picture by Banksy sold for
            // $25.4 million.") is news; one that opens with the credit ("Photo: …") or carries "©" is a caption.
            if (block.Kind == BlockKind.Paragraph && block.Text.Length <= 200 && PictureCredit().IsMatch(block.Text)
                && (OpensWithCredit().IsMatch(block.Text) || !TextCleanup.ReportsFigure(block.Text)))
            {
                captions.Add(block.Text);
                continue;
            }

            if (block.Kind != BlockKind.Table && (TextCleanup.IsJunkLine(block.Text, title) || TextCleanup.IsTeaserLine(block.Text) || TextCleanup.IsDisclosure(block.Text)))
            {
                continue;
            }

            // Responsive templates repeat a heading for each layout; repeated paragraphs are
            // kept, since dropping text an editor may want checked is the worse mistake.
            if (block.Kind == BlockKind.Heading && blocks.Count > 0 && blocks[^1] == block)
            {
                continue;
            }

            blocks.Add(block);
        }

        TextCleanup.TrimLeadingChrome(blocks);
        TextCleanup.TrimTrailingChrome(blocks);

        // "Erin Cunningham is an Egypt-based correspondent for The Post.": the author's bio closing the page is
        // about the writer, not the story (its "covered 30 countries" is no claim to check).
        while (blocks.Count > 1 && blocks[^1] is { Kind: BlockKind.Paragraph, Text.Length: <= MaxBioChars } last
               && authors.Any(a => a.Contains(' ', StringComparison.Ordinal) && last.Text.StartsWith(a + " ", StringComparison.Ordinal))
               && AuthorBio().IsMatch(last.Text))
        {
            blocks.RemoveAt(blocks.Count - 1);
        }

        return blocks;
    }

    private const int MaxBioChars = 400;

    /// <summary>An article from pasted plain text: paragraphs split on blank lines.</summary>
    public Article FromText(string text, string? title)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

        title = string.IsNullOrWhiteSpace(title) ? null : TextCleanup.Normalize(title);
        if (title is null)
        {
            var first = lines.Select(TextCleanup.Normalize).FirstOrDefault(l => l.Length > 0);
            if (first is not null && LooksLikeTitle(first))
            {
                title = first;
            }
        }

        var blocks = new List<ArticleBlock>();
        var captions = new List<string>();
        var authors = new List<string>();
        foreach (var paragraph in SplitParagraphs(lines, title))
        {
            if (title is not null && TextCleanup.SameText(paragraph, title))
            {
                // The first line became the title, and pasted pages often repeat the headline.
                continue;
            }

            if (TextCleanup.IsJunkLine(paragraph, title))
            {
                continue;
            }

            if (IsCaptionLine(paragraph))
            {
                captions.Add(paragraph);
                continue;
            }

            if (TryReadByline(paragraph, out var names))
            {
                authors.AddRange(names);
                continue;
            }

            blocks.Add(new ArticleBlock(BlockKind.Paragraph, paragraph));
        }

        return new Article { Title = title, Authors = authors.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), Blocks = blocks, Captions = captions };
    }

    private static bool LooksLikeTitle(string line) =>
        line.Length <= 200 && !".!?,;:".Contains(line[^1], StringComparison.Ordinal);

    /// <summary>
    /// Paragraphs are separated by blank lines. Within a chunk, lines are joined when the chunk
    /// looks hard-wrapped or a line plainly continues the previous one (no final punctuation,
    /// lowercase start); otherwise each line is its own paragraph, because scraped text puts
    /// datelines, labels and captions on lines of their own without blank lines between them.
    /// Junk lines go first so that "back" and "topic" never merge into "back topic".
    /// </summary>
    private static IEnumerable<string> SplitParagraphs(string[] lines, string? title)
    {
        var chunk = new List<string>();
        foreach (var raw in lines.Append(string.Empty))
        {
            var line = TextCleanup.Normalize(raw);
            if (line.Length > 0)
            {
                if (!TextCleanup.IsJunkLine(line, title))
                {
                    chunk.Add(line);
                }

                continue;
            }

            if (chunk.Count == 0)
            {
                continue;
            }

            if (IsHardWrapped(chunk))
            {
                yield return string.Join(' ', chunk);
            }
            else
            {
                var paragraph = chunk[0];
                foreach (var next in chunk.Skip(1))
                {
                    if (!EndsSentence(paragraph) && char.IsLower(next[0]))
                    {
                        paragraph += " " + next;
                        continue;
                    }

                    yield return paragraph;
                    paragraph = next;
                }

                yield return paragraph;
            }

            chunk.Clear();
        }
    }

    private static bool EndsSentence(string line) => ".!?:;\"”)".Contains(line[^1], StringComparison.Ordinal);

    /// <summary>
    /// Hard-wrapped prose has lines of nearly equal length (the wrap column) that mostly end
    /// mid-sentence; scraped lines of a page differ in length and end where their item ends.
    /// </summary>
    private static bool IsHardWrapped(List<string> chunk)
    {
        if (chunk.Count < 2)
        {
            return false;
        }

        var head = chunk.Take(chunk.Count - 1).ToList();
        var longest = head.Max(l => l.Length);
        var shortest = head.Min(l => l.Length);
        var midSentence = head.Count(l => !EndsSentence(l));
        return shortest >= 40 && longest - shortest <= Math.Max(20, longest / 4) && midSentence * 2 > head.Count;
    }

    // A credit marks a photo caption; without one a line is kept as body text.
    private static bool IsCaptionLine(string line) =>
        line.Length <= 400 && PhotoCredit().IsMatch(line);

    internal static bool TryReadByline(string text, out IReadOnlyList<string> names)
    {
        names = [];
        if (text.Length > 100)
        {
            return false;
        }

        var m = BylineLine().Match(text);
        if (!m.Success)
        {
            // "By Jane Doe | 14 Oct 2025": a byline running on into its dateline after a separator.
            var cut = text.IndexOfAny(['|', '•', '·']);
            if (cut <= 0 || !text.AsSpan(cut).ContainsAny("0123456789") || !(m = BylineLine().Match(text[..cut].TrimEnd())).Success)
            {
                return false;
            }
        }

        names = AuthorNames.Split(m.Groups[1].Value);
        return names.Count > 0;
    }

    [GeneratedRegex(@"^\S+(?: \S+){1,3} (?:is|was|has been) (?:an? |the )?(?:[\w-]+ ){0,6}(?:reporter|correspondent|writer|editor|columnist|contributor|journalist|author|producer|critic|fellow)\b")]
    private static partial Regex AuthorBio();

    [GeneratedRegex(@"(?:^|[\s.(])(?:Photo|Photograph|Image|Picture|Credit)s?\s*(?::|by\b)|\((?:Photo|Image)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();

    // The words that name a picture's credit, in the credit patterns below.
    private const string CreditWords = @"photo|photos|photograph|image|picture|credits?|foto|fotos|bild|bildquelle|crédits?(?: photos?)?";

    [GeneratedRegex(@"(?:^|[\s.(|,])(?:" + CreditWords + @")\s*(?::|by\b)|\((?:photo|image|foto)\b|\S\s*©|^©\s*\p{L}[^.]*$|\b(?:getty images|istock(?:photo)?(?:\.com)?|shutterstock(?:\.com)?)\W*$|^[（(]?(?:图为|圖為|图注|圖註|图片来源|圖片來源|图/|圖/)", RegexOptions.IgnoreCase)]
    private static partial Regex PictureCredit();

    [GeneratedRegex(@"^\W*(?:" + CreditWords + @")\s*(?::|by\b)|©", RegexOptions.IgnoreCase)]
    private static partial Regex OpensWithCredit();

    [GeneratedRegex(@"^(?:(?:published|updated|last updated|posted|veröffentlicht|publiziert|aktualisiert|erschienen|stand|datum|date|publié|mis à jour|publicado|actualizado)(?:\s+(?:am|on|le|el))?\s*[:\-–]?\s*)?(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s*(?:-\s*|um\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:Uhr|h))?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DatelineOnly();

    [GeneratedRegex(@"^(?:By|BY|Written by|Words by)[:\s]+(\p{Lu}[\p{L}'’.,\-]*(?:\s+(?:\p{Lu}[\p{L}'’.,\-]*|and|&|,|de|van|von|da|del|bin)){0,12}\.?)$")]
    private static partial Regex BylineLine();
}
