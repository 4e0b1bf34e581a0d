using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace FactCheck.Core.Articles;

/// <summary>
/// The standfirst: the summary a news page prints between headline and body, often outside the
/// element that holds the body, and often carrying the article's headline figure. Pages state it
/// as their description, or mark the box that prints it ("article__perex", "dek"); either is
/// taken only where a reader sees it: in the page's visible text, before the body begins, and
/// not already part of it.
/// </summary>
internal static partial class Standfirst
{
    private const int MinChars = 30;
    private const int MaxChars = 600;

    // Enough to reach the top of any article; the visible text of a hostile page stops here.
    private const int MaxVisibleChars = 2_000_000;

    // Boxes marked as a standfirst that are looked at. A page has one or two (its own and, at
    // most, a sidebar's); the cap keeps a hostile page of ten thousand such boxes linear.
    private const int MaxMarkedBoxes = 30;

    // A standfirst box holds a sentence or two; reading stops past this many nodes.
    private const int MaxBoxNodes = 200;

    // How far above the body's first words a marked box may print: the headline, bylines, share
    // buttons and a lead picture's caption fit in this; a summary above a whole column of other
    // stories belongs to something else. The description needs no such limit: the page itself
    // says it summarises this article.
    private const int MaxGapChars = 5_000;

    // Ancestors looked at for a picture or a story card around a marked box.
    private const int MaxAncestors = 6;

    /// <summary>The standfirst to open the body with, or null.</summary>
    public static string? Find(IDocument document, string? description, IReadOnlyList<ArticleBlock> blocks)
    {
        if (blocks.Count == 0)
        {
            return null;
        }

        var visible = new Lazy<string>(() => VisibleText(document));
        if (description is not null && Acceptable(TextCleanup.Normalize(description), blocks) is { } lead
            && PrintedAboveBody(visible.Value, lead, blocks[0].Text, MaxVisibleChars))
        {
            return lead;
        }

        foreach (var box in Marked(document))
        {
            if (Acceptable(box, blocks) is { } text && PrintedAboveBody(visible.Value, text, blocks[0].Text, MaxGapChars, bodyMustShow: true))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>
    /// The texts of the boxes the template marks as the standfirst ("article__perex", "standfirst",
    /// "dek", itemprop="description") that read as one, in page order: a sentence or two, not a
    /// picture's box, a story card or a kicker.
    /// </summary>
    public static IEnumerable<string> Marked(IDocument document)
    {
        if (document.Body is not { } root)
        {
            yield break;
        }

        var seen = 0;
        foreach (var element in root.GetElementsByTagName("*"))
        {
            var hint = Hint(element);
            if (!StandfirstHint().IsMatch(hint) && !string.Equals(element.GetAttribute("itemprop"), "description", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (++seen > MaxMarkedBoxes)
            {
                yield break;
            }

            if (!NotStandfirstHint().IsMatch(hint) && !InPictureOrCard(element) && BoxText(element) is { } text && SentenceEnd().IsMatch(text))
            {
                yield return text;
            }
        }
    }

    /// <summary>
    /// The text a candidate prints, normalised, when it is long enough and whole: a description
    /// cut short ("… the company said it would…") is a teaser, not a text the page prints whole.
    /// Null when the body already holds it, or it restates the body's opening.
    /// </summary>
    private static string? Acceptable(string text, IReadOnlyList<ArticleBlock> blocks)
    {
        if (text.Length is < MinChars or > MaxChars || text.EndsWith('…') || text.EndsWith("...", StringComparison.Ordinal))
        {
            return null;
        }

        var body = string.Join(' ', blocks.Select(b => b.Text));
        return body.Contains(text, StringComparison.OrdinalIgnoreCase) || Overlaps(text, blocks[0].Text) ? null : text;
    }

    /// <summary>
    /// The text is printed above the body's first words, at most <paramref name="maxGap"/>
    /// characters before them. A body that is not in the page's text (one rebuilt from JSON-LD)
    /// gives no position to compare with: a description printed anywhere counts then, a marked
    /// box does not.
    /// </summary>
    private static bool PrintedAboveBody(string visible, string text, string firstBlock, int maxGap, bool bodyMustShow = false)
    {
        var at = visible.IndexOf(text, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        var bodyAt = visible.IndexOf(firstBlock[..Math.Min(firstBlock.Length, 60)], StringComparison.OrdinalIgnoreCase);
        return bodyAt < 0 ? !bodyMustShow : at < bodyAt && bodyAt - (at + text.Length) <= maxGap;
    }

    /// <summary>A box of one paragraph at most, with no list, heading or picture, and few links; its visible text.</summary>
    private static string? BoxText(IElement box)
    {
        var paragraphs = 0;
        var nodes = 0;
        var linkChars = 0;
        var stack = new Stack<INode>();
        stack.Push(box);
        while (stack.Count > 0)
        {
            if (++nodes > MaxBoxNodes)
            {
                return null;
            }

            if (stack.Pop() is IElement element)
            {
                // The box itself may be a heading ("<h2 class="dek">"); one inside it is a card's.
                switch (element.LocalName)
                {
                    case "h1" or "h2" or "h3" when element == box:
                        break;
                    case "li" or "h1" or "h2" or "h3" or "figure" or "img" or "picture" or "video":
                        return null;
                    case "p" when ++paragraphs > 1:
                        return null;
                    case "a":
                        linkChars += element.TextContent.Length;
                        break;
                }

                foreach (var child in element.ChildNodes)
                {
                    stack.Push(child);
                }
            }
        }

        var sb = new StringBuilder();
        Append(box, sb);
        var text = TextCleanup.Normalize(sb.ToString());
        return text.Length is >= MinChars and <= MaxChars && linkChars * 3 <= text.Length ? text : null;
    }

    /// <summary>A marked box inside a figure (a picture's description) or a story card (another story's summary).</summary>
    private static bool InPictureOrCard(IElement element)
    {
        var ancestor = element.ParentElement;
        for (var i = 0; i < MaxAncestors && ancestor is not null; i++, ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName is "figure" or "figcaption" || NotStandfirstHint().IsMatch(Hint(ancestor)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Hint(IElement element) =>
        ContentExtractor.Head(element.ClassName ?? string.Empty) + " " + ContentExtractor.Head(element.Id ?? string.Empty);

    // "standfirst" and "perex" name nothing else, so they count inside a longer class name
    // ("articleStandfirst"); the short words only as words of their own.
    [GeneratedRegex(@"standfirst|perex|(?:^|[\s_-])(?:dek|deck|lede|subheadline|article-summary|article-intro|article-lead|story-summary|story-intro)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StandfirstHint();

    // The lead picture's box is often "lede" too; story cards have summaries of their own.
    [GeneratedRegex(@"(?:^|[\s_-])(?:caption\w*|credit\w*|photo\w*|image\w*|media|video\w*|card\w*|teaser\w*|promo\w*|related\w*)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotStandfirstHint();

    // A kicker ("Politik"), a label or a headline in such a box ends without a full stop, and a
    // teaser cut short ends in an ellipsis.
    [GeneratedRegex(@"(?<!\.\.)[.!?。！？][\p{Pf}\p{Pe}""']*$")]
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
