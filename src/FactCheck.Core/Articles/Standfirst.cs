using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace FactCheck.Core.Articles;

/// <summary>
/// The standfirst: the summary a news page prints between headline and body, often outside the
/// element that holds the body, and often carrying the article's headline figure. Pages state it
/// again as their description, so the description is taken as the standfirst only where a reader
/// sees it: in the page's visible text, before the body begins, and not already part of it.
/// </summary>
internal static partial class Standfirst
{
    private const int MinChars = 30;
    private const int MaxChars = 600;

    // Enough to reach the top of any article; the visible text of a hostile page stops here.
    private const int MaxVisibleChars = 2_000_000;

    public static string? Find(IDocument document, string? description, IReadOnlyList<ArticleBlock> blocks)
    {
        if (blocks.Count == 0)
        {
            return null;
        }

        return FromDescription(document, description, blocks) ?? FromMarkup(document, blocks);
    }

    private static string? FromDescription(IDocument document, string? description, IReadOnlyList<ArticleBlock> blocks)
    {
        if (description is null)
        {
            return null;
        }

        var lead = TextCleanup.Normalize(description);

        // A description cut short ("… the company said it would…") is a teaser, not a text the page prints whole.
        if (lead.Length is < MinChars or > MaxChars || lead.EndsWith('…') || lead.EndsWith("...", StringComparison.Ordinal))
        {
            return null;
        }

        var body = string.Join(' ', blocks.Select(b => b.Text));
        if (body.Contains(lead, StringComparison.OrdinalIgnoreCase) || Overlaps(lead, blocks[0].Text))
        {
            return null;
        }

        return PrintedAboveBody(document, lead, blocks[0].Text) ? lead : null;
    }

    /// <summary>The text is printed just above the body's first words (or the body is not found in the page's text).</summary>
    private static bool PrintedAboveBody(IDocument document, string text, string firstBlock)
    {
        var visible = VisibleText(document);
        var at = visible.IndexOf(text, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        var bodyAt = visible.IndexOf(firstBlock[..Math.Min(firstBlock.Length, 60)], StringComparison.OrdinalIgnoreCase);
        return bodyAt < 0 || (at < bodyAt && bodyAt - (at + text.Length) <= MaxGapChars);
    }

    // Elements scanned for a standfirst box; its template puts it by the headline, near the top.
    private const int MaxScannedElements = 20_000;

    // How far above the body's first words a standfirst may print: the headline, bylines, share
    // buttons and a lead picture's caption fit in this; a summary above a whole column of other
    // stories belongs to something else.
    private const int MaxGapChars = 5_000;

    /// <summary>
    /// A box the template names as the standfirst ("article__perex", "standfirst", "dek"), printed
    /// just above the body: pages often shorten or rephrase it in their description, so the
    /// description alone misses it.
    /// </summary>
    private static string? FromMarkup(IDocument document, IReadOnlyList<ArticleBlock> blocks)
    {
        if (Marked(document) is not { } found)
        {
            return null;
        }

        var body = string.Join(' ', blocks.Select(b => b.Text));
        if (body.Contains(found, StringComparison.OrdinalIgnoreCase) || Overlaps(found, blocks[0].Text))
        {
            return null;
        }

        return PrintedAboveBody(document, found, blocks[0].Text) ? found : null;
    }

    /// <summary>
    /// The text of the first box the template marks as the standfirst ("article__perex",
    /// "standfirst", "dek", itemprop="description") that reads as one: a sentence or two, not a
    /// picture's box, a story card or a kicker.
    /// </summary>
    public static string? Marked(IDocument document)
    {
        if (document.Body is not { } root)
        {
            return null;
        }

        foreach (var element in root.GetElementsByTagName("*").Take(MaxScannedElements))
        {
            var hint = Hint(element);
            if (!(StandfirstHint().IsMatch(hint) || string.Equals(element.GetAttribute("itemprop"), "description", StringComparison.OrdinalIgnoreCase))
                || NotStandfirstHint().IsMatch(hint)
                || element.QuerySelector("li, h1, h2, h3, figure, img, picture, video") is not null || element.QuerySelectorAll("p").Length > 1)
            {
                continue;
            }

            // A kicker ("Politik"), a label or a headline in such a box ends without a full stop.
            var text = TextCleanup.Normalize(element.TextContent);
            if (text.Length is >= MinChars and <= MaxChars && SentenceEnd().IsMatch(text)
                && element.QuerySelectorAll("a").Sum(a => a.TextContent.Length) * 3 <= text.Length)
            {
                return text;
            }
        }

        return null;
    }

    private static string Hint(IElement element)
    {
        var hint = (element.ClassName ?? string.Empty) + " " + (element.Id ?? string.Empty);
        return hint.Length > 256 ? hint[..256] : hint;
    }

    [GeneratedRegex(@"(?:^|[\s_-])(?:perex|standfirst|dek|deck|lede|subheadline|article-summary|article-intro|article-lead|story-summary|story-intro)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StandfirstHint();

    // The lead picture's box is often "lede" too; story cards have summaries of their own.
    [GeneratedRegex(@"caption|credit|photo|image|media|video|card|teaser|promo|related", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotStandfirstHint();

    [GeneratedRegex(@"[.!?…][\p{Pf}\p{Pe}""']*$")]
    private static partial Regex SentenceEnd();

    /// <summary>The description restates the body's opening (one sentence of it, or more).</summary>
    private static bool Overlaps(string lead, string firstBlock)
    {
        var head = lead[..Math.Min(lead.Length, 50)];
        return firstBlock.StartsWith(head, StringComparison.OrdinalIgnoreCase) || lead.Contains(firstBlock, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The text a reader sees, whitespace collapsed: no scripts, styles, templates or head.</summary>
    private static string VisibleText(IDocument document)
    {
        var sb = new StringBuilder();
        if (document.Body is { } body)
        {
            Append(body, sb);
        }

        return TextCleanup.Normalize(sb.ToString());
    }

    private static void Append(INode root, StringBuilder sb)
    {
        // Iterative, since hostile pages nest deeper than the stack allows.
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0 && sb.Length < MaxVisibleChars)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                sb.Append(text.Data);
                continue;
            }

            if (node is IElement element)
            {
                if (element.LocalName is "script" or "style" or "noscript" or "template" or "head" or "svg" or "iframe"
                    || element.HasAttribute("hidden"))
                {
                    continue;
                }

                // Block boundaries become spaces so that adjacent paragraphs never fuse into one word;
                // inline markup inside a word ("wor<b>d</b>") must not split it.
                if (!ContentExtractor.InlineTags.Contains(element.LocalName))
                {
                    sb.Append(' ');
                }
            }

            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push(child);
            }
        }
    }
}
