using System.Text;
using AngleSharp.Dom;

namespace FactCheck.Core.Articles;

/// <summary>
/// The standfirst: the summary a news page prints between headline and body, often outside the
/// element that holds the body, and often carrying the article's headline figure. Pages state it
/// again as their description, so the description is taken as the standfirst only where a reader
/// sees it: in the page's visible text, before the body begins, and not already part of it.
/// </summary>
internal static class Standfirst
{
    private const int MinChars = 30;
    private const int MaxChars = 600;

    // Enough to reach the top of any article; the visible text of a hostile page stops here.
    private const int MaxVisibleChars = 2_000_000;

    public static string? Find(IDocument document, string? description, IReadOnlyList<ArticleBlock> blocks)
    {
        if (description is null || blocks.Count == 0)
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

        var visible = VisibleText(document);
        var at = visible.IndexOf(lead, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var first = blocks[0].Text;
        var bodyAt = visible.IndexOf(first[..Math.Min(first.Length, 60)], StringComparison.OrdinalIgnoreCase);
        return bodyAt < 0 || at < bodyAt ? lead : null;
    }

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
