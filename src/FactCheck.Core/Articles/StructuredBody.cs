using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FactCheck.Core.Articles;

/// <summary>
/// The body a page states in its JSON-LD <c>articleBody</c>. Paywalled and script-rendered pages
/// ship the whole text there while their markup holds a teaser or nothing. The markup is still
/// preferred whenever it gave a fair share of that text, because it keeps headings, lists and
/// captions apart and the JSON-LD copy is often a cut or an older version.
/// </summary>
internal static partial class StructuredBody
{
    // A teaser-length articleBody says no more than the markup's own teaser.
    private const int MinChars = 500;

    // Below this the markup found no article at all, only a standfirst or a sign-up box.
    private const int ShortMarkupChars = 500;

    // Sentences are grouped into paragraphs of about this size when the text has no line breaks.
    private const int ParagraphChars = 400;

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "dt", "dd", "figure",
    };

    private static readonly HashSet<string> SkipTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "figcaption", "iframe", "svg", "button", "form",
    };

    /// <summary>
    /// The structured text replaces the markup's only when the markup gave far less: under
    /// <see cref="ShortMarkupChars"/> and at most half of it, or at most a quarter of it.
    /// </summary>
    public static bool ShouldReplace(int markupChars, string? articleBody)
    {
        // Normalizing only shortens the text, so most pages stop here without copying it.
        if (articleBody is null || articleBody.Length < MinChars || articleBody.Length < 2 * markupChars)
        {
            return false;
        }

        var chars = TextCleanup.Normalize(articleBody).Length;
        return chars >= MinChars && chars >= 2 * markupChars && (markupChars < ShortMarkupChars || chars >= 4 * markupChars);
    }

    /// <summary>Paragraphs of the text: its lines, or its sentences grouped when it has no line breaks.</summary>
    public static IReadOnlyList<ArticleBlock> Blocks(string articleBody, HtmlParser parser)
    {
        var text = articleBody;

        // Some templates put the body's HTML there, some escape it once more.
        if (!Markup().IsMatch(text) && text.Contains("&lt;", StringComparison.Ordinal))
        {
            text = WebUtility.HtmlDecode(text);
        }

        text = Markup().IsMatch(text) ? FromHtml(text, parser) : WebUtility.HtmlDecode(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(TextCleanup.Normalize)
            .Where(l => l.Length > 0)
            .ToList();
        if (lines.Count == 1)
        {
            lines = GroupSentences(lines[0]);
        }

        return lines.Select(l => new ArticleBlock(BlockKind.Paragraph, l)).ToList();
    }

    /// <summary>Text of an HTML fragment with a line break at each block boundary and &lt;br&gt;.</summary>
    private static string FromHtml(string html, HtmlParser parser)
    {
        using var document = parser.ParseDocument(html);
        var sb = new StringBuilder(html.Length);
        var stack = new Stack<(INode Node, bool Close)>();
        if (document.Body is { } body)
        {
            stack.Push((body, false));
        }

        while (stack.Count > 0)
        {
            var (node, close) = stack.Pop();
            if (close)
            {
                sb.Append('\n');
                continue;
            }

            if (node is IText t)
            {
                sb.Append(t.Data.Replace('\n', ' ').Replace('\r', ' '));
                continue;
            }

            if (node is not IElement e || SkipTags.Contains(e.LocalName))
            {
                continue;
            }

            if (e.LocalName == "br")
            {
                sb.Append('\n');
                continue;
            }

            var block = BlockTags.Contains(e.LocalName);
            if (block)
            {
                sb.Append('\n');
                stack.Push((e, true));
            }

            for (var i = e.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push((e.ChildNodes[i], false));
            }
        }

        return sb.ToString();
    }

    private static List<string> GroupSentences(string text)
    {
        var paragraphs = new List<string>();
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(text))
        {
            var cut = end.Index + end.Length;
            if (cut - start >= ParagraphChars && !Abbreviation().IsMatch(text[Math.Max(0, end.Index - 6)..(end.Index + 1)]))
            {
                paragraphs.Add(text[start..cut].Trim());
                start = cut;
            }
        }

        if (start < text.Length && text[start..].Trim() is { Length: > 0 } rest)
        {
            paragraphs.Add(rest);
        }

        return paragraphs;
    }

    [GeneratedRegex(@"</?(?:p|br|div|h[1-6]|li|ul|ol|blockquote|strong|em|b|i|a|span)\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();

    // A sentence end followed by the next sentence's capital, digit or opening quote.
    [GeneratedRegex(@"[.!?][""”’»)]?(?=\s+[\p{Lu}\d""“‘«(])")]
    private static partial Regex SentenceEnd();

    // "Mr." or "U.S." before a name is no sentence end.
    [GeneratedRegex(@"(?:^|[\s(])(?:\p{L}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Sen|Rep|Gov|No|vs|\p{L}\.\p{L})\.$")]
    private static partial Regex Abbreviation();
}
