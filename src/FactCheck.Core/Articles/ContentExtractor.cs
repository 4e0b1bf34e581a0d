using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace FactCheck.Core.Articles;

/// <summary>
/// Finds the main content container by readability-style scoring and turns it into blocks.
/// Every walk over the tree is iterative: hostile pages nest thousands of levels deep.
/// </summary>
internal static partial class ContentExtractor
{
    public sealed record Result(IReadOnlyList<ArticleBlock> Blocks, IReadOnlyList<string> Captions);

    [Flags]
    private enum Has
    {
        None = 0,
        Block = 1,
        ContentBlock = 2,
        Table = 4,
    }

    private sealed class Stats
    {
        public int Text;
        public int LinkText;
        public int Commas;
        public int Paragraphs;

        // Images, videos and embeds, form fields, and text inside headings: what Readability's
        // conditional cleaning weighs against the paragraphs of a box.
        public int Media;
        public int Inputs;
        public int PTags;
        public int HeadingText;
        public int HeadingLinkText;

        // Text (without links) in runs directly inside the element, beside block children:
        // "<div>text<br>text<div>…</div></div>". Readability wraps such runs in <p>.
        public int OwnText;
        public int OwnCommas;
        public Has Descendants;
        public double Score;
        public bool Scored;

        public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;
    }

    // Sibling navigation (NextSibling, PreviousElementSibling) looks the node up in its parent's
    // child list, which is quadratic on wide pages; index into ChildNodes instead.
    // MathML stays: a formula inside a sentence is part of it ("when a ≠ 0, there are two
    // solutions"), though its TeX source (annotation) is not. Ruby readings (rt, rp) are the
    // small pronunciation guide over the words, not words of the sentence.
    private static readonly HashSet<string> SkipTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "nav", "footer", "aside", "iframe", "svg", "button",
        "input", "select", "textarea", "option", "object", "embed", "canvas", "audio", "video", "map", "dialog",
        "menu", "head", "link", "meta", "img", "picture", "source", "label", "fieldset", "frameset", "frame",
        "annotation", "annotation-xml", "rt", "rp",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "details", "dialog", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
        "caption", "ul", "center", "summary", "body", "html",
    };

    private static readonly HashSet<string> ContentBlockTags = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "pre", "table", "article", "section",
    };

    /// <summary>Phrasing elements: they sit inside a sentence, often inside a word, and never end a block.</summary>
    internal static readonly HashSet<string> InlineTags = new(StringComparer.Ordinal)
    {
        "a", "span", "em", "strong", "b", "i", "u", "s", "font", "small", "abbr", "cite", "q", "mark", "sup", "sub", "code", "tt", "var", "dfn",
        "time", "bdi", "bdo",
    };

    private static readonly HashSet<string> SkipRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "complementary", "contentinfo", "banner", "search", "dialog", "alertdialog", "menu", "menubar",
    };

    // Class and id attributes longer than this are junk (or an attack); their head decides.
    private const int MaxHintChars = 256;

    /// <summary>How much the class and id hints may remove; later passes trust them less.</summary>
    private enum Strictness
    {
        AllHints,
        StrongHints,
        TagsOnly,
    }

    // Below this many characters the hints probably removed the article itself (a layout class
    // like "two-col-sidebar" on its wrapper), so extraction is retried with fewer of them.
    private const int MinimumArticleChars = 500;
    private const int ShortArticleChars = 1500;
    private const int TinyCandidateChars = 200;

    // A paragraph with this much text (outside links) is prose, whatever its class or id.
    private const int ParagraphProseChars = 100;

    // A story card's teaser under its headline is a sentence or two, cut short.
    private const int TeaserChars = 400;

    // "Image", "Photo 3 of 12", "Video": longer words outside a figure's caption are a quote or code.
    private const int MaxFigureLabelChars = 24;

    public static Result Extract(IDocument document)
    {
        var body = document.Body ?? document.DocumentElement;
        var kept = MainContentAncestors(body);
        Result? best = null;
        var bestLength = 0;
        foreach (var strictness in Enum.GetValues<Strictness>())
        {
            var stats = Measure(body, strictness, kept, out var weaklyRemoved);
            var roots = ChooseRoots(body, stats, strictness);

            var blocks = new List<ArticleBlock>();
            var captions = new List<string>();
            foreach (var root in roots)
            {
                Emit(root, stats, blocks, captions);
            }

            AddArticleCaptions(roots[0], stats, captions);

            // A looser pass must find much more to be worth its extra boilerplate; a short
            // article is not a reason to take the page's menus and link lists too.
            var length = blocks.Sum(b => b.Text.Length);
            if (best is null || length >= 2 * bestLength)
            {
                best = new Result(blocks, captions);
                bestLength = length;
            }

            // A layout class that happens to contain "hidden" or "sidebar" can remove the article
            // and leave a cookie notice of 600 characters; when the weak hints took away much more
            // prose than such a short find, the next pass (which ignores them) gets its chance. A
            // longer find stands: photo galleries and widgets carry more prose than many articles.
            if (bestLength >= MinimumArticleChars && (bestLength >= ShortArticleChars || weaklyRemoved < 2 * bestLength))
            {
                break;
            }
        }

        return best!;
    }

    /// <summary>
    /// The lead image often sits in the &lt;article&gt; above the text container; its caption
    /// belongs to the article even though its figure is outside the chosen root.
    /// </summary>
    private static void AddArticleCaptions(IElement root, Dictionary<IElement, Stats> stats, List<string> captions)
    {
        var article = root;
        while (article is not null && article.LocalName != "article")
        {
            article = article.ParentElement;
        }

        if (article is null)
        {
            return;
        }

        foreach (var figcaption in article.QuerySelectorAll("figcaption").Take(50))
        {
            if (stats.ContainsKey(figcaption) && Gather(figcaption, stats) is { Length: > 0 } caption && !captions.Contains(caption))
            {
                captions.Add(caption);
            }
        }
    }

    /// <summary>
    /// The ancestors of the page's main &lt;article&gt; (or articleBody), which no tag, role or
    /// hint may remove: broken markup leaves whole articles inside an unclosed &lt;header
    /// role="banner"&gt; or an &lt;aside&gt;. Teaser cards are articles too, so only those
    /// with at least half the text of the longest one count.
    /// </summary>
    private static HashSet<IElement> MainContentAncestors(IElement body)
    {
        var kept = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        var articles = body.QuerySelectorAll("article, [itemprop~=articleBody]").Take(30)
            .Select(e => (Element: e, Chars: CountText(e.TextContent).Chars))
            .ToList();
        if (articles.Count == 0)
        {
            return kept;
        }

        var longest = articles.Max(a => a.Chars);
        foreach (var (element, chars) in articles)
        {
            if (chars < MinimumArticleChars || chars * 2 < longest)
            {
                continue;
            }

            for (var e = element.ParentElement; e is not null && kept.Add(e); e = e.ParentElement)
            {
            }
        }

        return kept;
    }

    /// <summary>Post-order pass collecting text, link text, commas and descendant kinds per element.</summary>
    private static Dictionary<IElement, Stats> Measure(IElement root, Strictness strictness, HashSet<IElement> kept, out int weaklyRemoved)
    {
        weaklyRemoved = 0;
        var stats = new Dictionary<IElement, Stats>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(IElement Element, bool Done, bool InText, bool InCode)>();
        stack.Push((root, false, false, false));
        while (stack.Count > 0)
        {
            var (element, done, inText, inCode) = stack.Pop();
            if (!done)
            {
                if (element != root && Removal(element, strictness, kept, inText, inCode) is var removal && removal != Removed.No)
                {
                    if (removal == Removed.ByWeakHint)
                    {
                        weaklyRemoved = Math.Max(weaklyRemoved, ProseChars(element));
                    }

                    continue;
                }

                stack.Push((element, true, inText, inCode));
                var childrenInCode = inCode || element.LocalName is "pre" or "code";
                var children = element.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    if (children[i] is IElement child)
                    {
                        var besideWords = (i > 0 && HasWords(children[i - 1])) || (i + 1 < children.Length && HasWords(children[i + 1]));
                        stack.Push((child, false, besideWords, childrenInCode));
                    }
                }

                continue;
            }

            var s = new Stats();
            var isLink = element.LocalName == "a";
            foreach (var node in element.ChildNodes)
            {
                if (node is IText text)
                {
                    var (chars, commas) = CountText(text.Data);
                    s.Text += chars;
                    s.Commas += commas;
                    if (isLink)
                    {
                        s.LinkText += chars;
                    }
                    else
                    {
                        s.OwnText += chars;
                        s.OwnCommas += commas;
                    }
                }
                else if (node is IElement child && stats.TryGetValue(child, out var c))
                {
                    s.Text += c.Text;
                    s.Commas += c.Commas;
                    s.LinkText += isLink ? c.Text : c.LinkText;
                    s.Paragraphs += c.Paragraphs;
                    s.Media += c.Media;
                    s.Inputs += c.Inputs;
                    s.Descendants |= c.Descendants;
                    var name = child.LocalName;
                    s.PTags += c.PTags + (name == "p" ? 1 : 0);
                    var isHeading = name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
                    s.HeadingText += isHeading ? c.Text : c.HeadingText;
                    s.HeadingLinkText += isLink ? (isHeading ? c.Text : c.HeadingText) : isHeading ? c.LinkText : c.HeadingLinkText;
                    if (!isLink && !BlockTags.Contains(name) && (c.Descendants & Has.Block) == 0)
                    {
                        s.OwnText += c.Text - c.LinkText;
                        s.OwnCommas += c.Commas;
                    }

                    if (BlockTags.Contains(name))
                    {
                        s.Descendants |= Has.Block;
                    }

                    if (ContentBlockTags.Contains(name))
                    {
                        s.Descendants |= Has.ContentBlock;
                    }

                    if (name == "table")
                    {
                        s.Descendants |= Has.Table;
                    }
                }
                else if (node is IElement removed)
                {
                    // Skipped when measuring, but still counted.
                    switch (removed.LocalName)
                    {
                        case "img" or "picture" or "video" or "iframe" or "embed" or "object" or "canvas":
                            s.Media++;
                            break;
                        case "input" or "select" or "textarea" or "button":
                            s.Inputs++;
                            break;
                    }
                }
            }

            if (element.LocalName == "p" && s.Text >= 25)
            {
                s.Paragraphs++;
            }

            stats[element] = s;
        }

        return stats;
    }

    private static bool HasWords(INode node) => node is IText text && text.Data.Any(char.IsLetterOrDigit);

    /// <summary>Readability's scoring: paragraphs vote for their parent and, less, for further ancestors.</summary>
    private static List<IElement> ChooseRoots(IElement body, Dictionary<IElement, Stats> stats, Strictness strictness)
    {
        var candidates = new List<IElement>();
        foreach (var (element, s) in stats)
        {
            var name = element.LocalName;
            var isParagraph = name is "p" or "pre" or "td"
                || (name is "div" or "section" or "article" && (s.Descendants & Has.Block) == 0);
            var hasTextRuns = !isParagraph && s.OwnText >= 100 && name is "div" or "section" or "article" or "main" or "body" or "blockquote" or "center" or "font";
            if ((!isParagraph || s.Text < 25) && !hasTextRuns)
            {
                continue;
            }

            var score = isParagraph
                ? 1 + s.Commas + Math.Min(s.Text / 100, 3)
                : 1 + s.OwnCommas + Math.Min(s.OwnText / 100, 3);

            // Text runs are the element's own paragraphs, so it takes their first vote itself.
            var ancestor = isParagraph ? element.ParentElement : element;
            for (var level = 0; level < 5 && ancestor is not null; level++, ancestor = ancestor.ParentElement)
            {
                if (!stats.TryGetValue(ancestor, out var a))
                {
                    break;
                }

                if (!a.Scored)
                {
                    a.Scored = true;
                    a.Score = BaseScore(ancestor, strictness);
                    candidates.Add(ancestor);
                }

                a.Score += level switch
                {
                    0 => score,
                    1 => score / 2.0,
                    _ => score / (level * 3.0),
                };
            }
        }

        foreach (var candidate in candidates)
        {
            var s = stats[candidate];
            s.Score *= 1 - s.LinkDensity;
        }

        candidates.Sort((a, b) => stats[b].Score.CompareTo(stats[a].Score));
        var top = candidates.Count > 0 ? JoinRepeatedContainers(PromoteTop(candidates, body, stats), candidates, body, stats) : null;
        var topScore = top is not null && stats.TryGetValue(top, out var ts) ? ts.Score : 0;

        if (top is null || top.ParentElement is null || top == body)
        {
            return [top ?? body];
        }

        // Articles split into sibling containers (ads or figures between them) need the siblings too.
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.ClassName;
        var inner = BestCandidateInside(top.ParentElement, candidates, stats);
        var innerThreshold = Math.Max(10, stats[candidates[0]].Score * 0.25);
        var roots = new List<IElement>();
        var pendingHeadings = new List<IElement>();
        foreach (var sibling in top.ParentElement.ChildNodes.OfType<IElement>())
        {
            if (!stats.TryGetValue(sibling, out var s))
            {
                continue;
            }

            var include = sibling == top;
            if (!include)
            {
                var bonus = !string.IsNullOrEmpty(topClass) && sibling.ClassName == topClass ? topScore * 0.2 : 0;
                include = (s.Scored && s.Score + bonus >= threshold)
                    || (inner.TryGetValue(sibling, out var best) && best >= innerThreshold && s.LinkDensity < 0.3)
                    || (sibling.LocalName == "p" && s.LinkDensity < 0.25 && s.Text > 80)
                    || (sibling.LocalName == "p" && s.LinkDensity == 0 && s.Text > 0 && Gather(sibling, stats).Contains(". ", StringComparison.Ordinal));
            }

            if (sibling.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "figure")
            {
                pendingHeadings.Add(sibling);
                continue;
            }

            if (include)
            {
                if (roots.Count > 0 || pendingHeadings.Count <= 2)
                {
                    roots.AddRange(pendingHeadings);
                }

                roots.Add(sibling);
            }

            pendingHeadings.Clear();
        }

        return roots;
    }

    /// <summary>
    /// For each child of the parent, the best score of a candidate inside it that has the class
    /// of the best candidate of all. A CMS that splits an article into blocks repeats its text
    /// container in each ("post__content" five levels down, the lead in the first block); the
    /// blocks themselves get only a fraction of those votes, and would be left out if only their
    /// own score counted. Teaser boxes beside the article have text containers of their own kind.
    /// </summary>
    private static Dictionary<IElement, double> BestCandidateInside(IElement parent, List<IElement> candidates, Dictionary<IElement, Stats> stats)
    {
        var best = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        var textClass = candidates[0].ClassName;
        if (string.IsNullOrWhiteSpace(textClass))
        {
            return best;
        }

        foreach (var candidate in candidates)
        {
            if (candidate.ClassName != textClass)
            {
                continue;
            }

            var e = candidate;
            for (var steps = 0; steps < 32 && e.ParentElement is { } up && up != parent; steps++)
            {
                e = up;
            }

            if (e.ParentElement == parent)
            {
                var score = stats[candidate].Score;
                best[e] = best.TryGetValue(e, out var known) ? Math.Max(known, score) : score;
            }
        }

        return best;
    }

    /// <summary>
    /// An article cut into parts by a rail of adverts beside each one repeats its text container in
    /// a wrapper per part ("blah &gt; container &gt; section.s-cms-content" three times); the parts
    /// are then cousins rather than siblings of the best one, and the sibling search starts at the
    /// wrapper under the ancestor that holds them all, at most three levels up.
    /// </summary>
    private static IElement JoinRepeatedContainers(IElement top, List<IElement> ranked, IElement body, Dictionary<IElement, Stats> stats)
    {
        var textClass = ranked[0].ClassName;
        if (string.IsNullOrWhiteSpace(textClass) || top.ParentElement is not { } parent)
        {
            return top;
        }

        var threshold = Math.Max(10, stats[ranked[0]].Score * 0.25);
        var parts = ranked.Skip(1).Take(50)
            .Where(c => c.ClassName == textClass && stats[c].Score >= threshold && !parent.Contains(c))
            .ToList();
        if (parts.Count == 0)
        {
            return top;
        }

        var wrapper = top;
        for (var level = 0; level < 3 && wrapper.ParentElement is { } up && up != body && up.ParentElement is { } above && above != body; level++)
        {
            wrapper = up;
            if (parts.All(above.Contains))
            {
                return wrapper;
            }
        }

        return top;
    }

    /// <summary>
    /// Readability's corrections to the best-scoring element: articles split into several
    /// similar containers (one per step or section) move up to their common ancestor, and a
    /// parent that scores higher, or that only wraps the candidate, takes its place.
    /// </summary>
    private static IElement PromoteTop(List<IElement> ranked, IElement body, Dictionary<IElement, Stats> stats)
    {
        var top = ranked[0];
        var topScore = stats[top].Score;

        var alternatives = ranked.Skip(1).Take(4).Where(c => topScore > 0 && stats[c].Score / topScore >= 0.75).ToList();
        if (alternatives.Count >= 3)
        {
            // Ancestor sets once per alternative keep this linear in depth on hostile nesting.
            var ancestorSets = alternatives.Select(Ancestors).ToList();
            for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
            {
                if (ancestorSets.Count(set => set.Contains(parent)) >= 3)
                {
                    top = parent;
                    break;
                }
            }
        }

        var lastScore = stats.TryGetValue(top, out var own) ? own.Score : topScore;
        var threshold = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (!stats.TryGetValue(parent, out var p) || !p.Scored)
            {
                continue;
            }

            if (p.Score < threshold)
            {
                break;
            }

            if (p.Score > lastScore)
            {
                top = parent;
                break;
            }

            lastScore = p.Score;
        }

        // A class bonus ("story", "article") can lift a video box or a heading strip with a line
        // of text above the container holding the paragraphs; the winner must hold some prose.
        while (stats.TryGetValue(top, out var held) && held.Text - held.LinkText < TinyCandidateChars
            && top.ParentElement is { } holder && holder != body && stats.TryGetValue(holder, out var h) && h.Scored
            && h.Text - h.LinkText >= 2 * MinimumArticleChars)
        {
            top = holder;
        }

        top = OutOfTable(top, body, stats);

        while (top.ParentElement is { } wrapper && wrapper != body && wrapper.ChildElementCount == 1 && stats.ContainsKey(wrapper))
        {
            top = wrapper;
        }

        return top;
    }

    /// <summary>
    /// A table cell full of commas (a list of signatories, a long data cell) can outscore the
    /// paragraphs around its table; when the element holding the table has paragraphs and prose
    /// of its own, the table is part of the article, not the article (and the holder keeps it).
    /// Layout tables that hold the whole page sit under the body and are left alone.
    /// </summary>
    private static IElement OutOfTable(IElement top, IElement body, Dictionary<IElement, Stats> stats)
    {
        if (top.LocalName is not ("td" or "th" or "tr" or "tbody" or "thead" or "table"))
        {
            return top;
        }

        var table = top;
        for (var level = 0; level < 4 && table.LocalName != "table" && table.ParentElement is { } up; level++)
        {
            table = up;
        }

        if (table.LocalName != "table" || table.ParentElement is not { } holder || holder == body
            || !stats.TryGetValue(table, out var t) || !stats.TryGetValue(holder, out var h))
        {
            return top;
        }

        var outside = (h.Text - h.LinkText) - (t.Text - t.LinkText);
        return h.PTags - t.PTags >= 3 && outside >= MinimumArticleChars && h.LinkDensity < 0.25
            ? holder
            : top;
    }

    private static HashSet<IElement> Ancestors(IElement element)
    {
        var set = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            set.Add(parent);
        }

        return set;
    }

    private static double BaseScore(IElement element, Strictness strictness)
    {
        var score = element.LocalName switch
        {
            "div" => 5,
            "article" => 10,
            "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            score += 30;
        }

        foreach (var h in strictness == Strictness.TagsOnly ? [] : Hints(element))
        {
            if (h.Length == 0)
            {
                continue;
            }

            if (PositiveHint().IsMatch(h))
            {
                score += 25;
            }

            if (StrongNegativeHint().IsMatch(h) || WeakNegativeHint().IsMatch(h) || MildNegativeHint().IsMatch(h))
            {
                score -= 25;
            }
        }

        return score;
    }

    private enum Removed
    {
        No,
        ByMarkup,
        ByStrongHint,
        ByWeakHint,
    }

    /// <summary>Whether (and why) a subtree is navigation, an advert, a share bar, comments or similar.</summary>
    private static Removed Removal(IElement element, Strictness strictness, HashSet<IElement> kept, bool inText, bool inCode)
    {
        var name = element.LocalName;
        if (name == "noscript")
        {
            // Without scripting the parser builds noscript's content; some blogs put the whole
            // post there (and in a script template), but consent dialogs and notices live there
            // too, so it is read only by the last pass, when nothing else gave an article.
            return strictness != Strictness.TagsOnly || CountText(element.TextContent).Chars < 200 ? Removed.ByMarkup : Removed.No;
        }

        var holdsArticle = kept.Contains(element);
        if (SkipTags.Contains(name) && !(holdsArticle && name is "aside" or "nav" or "footer" or "menu" or "dialog"))
        {
            return Removed.ByMarkup;
        }

        if (name is "html" or "body" or "main")
        {
            return Removed.No;
        }

        if (element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            || (element.GetAttribute("style") is { Length: > 0 } style && HiddenStyle().IsMatch(Head(style))))
        {
            return Removed.ByMarkup;
        }

        if (holdsArticle)
        {
            return Removed.No;
        }

        if (element.GetAttribute("role") is { } role && SkipRoles.Contains(role.Trim()))
        {
            return Removed.ByMarkup;
        }

        // Syntax highlighters wrap each token of a code sample in a span named for its kind
        // ("token comment", "keyword", "tag"); those names say nothing about the page.
        if (strictness == Strictness.TagsOnly || inCode
            || (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)))
        {
            return Removed.No;
        }

        // A link or span with words of the sentence on either side is part of that sentence,
        // whatever its class says ("popup" on a glossary note), unless the class hides it.
        if (inText && InlineTags.Contains(name))
        {
            return Hints(element).Any(h => HiddenClass().IsMatch(h) || ScreenReaderClass().IsMatch(h)) ? Removed.ByMarkup : Removed.No;
        }

        var strong = false;
        var weak = false;
        var positive = false;
        // A table's own header cells ("header_cell", "table-header") are its column names, not the
        // page's header; a bare "header" on a cell is still a layout table's page header.
        var tablePart = name is "tr" or "th" or "td" or "thead";
        foreach (var h in Hints(element))
        {
            strong |= StrongNegativeHint().IsMatch(h);
            weak |= WeakNegativeHint().IsMatch(tablePart && h.Contains("header", StringComparison.Ordinal) ? TableHeaderHint().Replace(h, " ") : h) || HiddenClass().IsMatch(h);
            positive |= PositiveHint().IsMatch(h);
        }

        // Strong hints (comments, share, sponsor…) win even on "article-comments"; weak ones
        // (sidebar, header, menu…) lose to a content hint, as in "article-header".
        if (strong)
        {
            return Removed.ByStrongHint;
        }

        // Weak hints name containers of chrome (a menu, a sidebar, a header); a paragraph of
        // prose is none of them, and a generated id can start with their letters ("NavzzU").
        return weak && !positive && strictness == Strictness.AllHints && !(name == "p" && ProseChars(element) >= ParagraphProseChars)
            ? Removed.ByWeakHint
            : Removed.No;
    }

    /// <summary>
    /// The class and id an element's hints are read from, lowercased. Class tokens naming the
    /// post's taxonomy terms say nothing about the element ("category-no-newsletter",
    /// "custom_tags-werbung"): a WordPress post wrapper ("hentry", "status-publish") keeps only
    /// its markers ("type-post", "post-123"), and elsewhere "category-…" and "tag-…" tokens are dropped.
    /// </summary>
    private static string[] Hints(IElement element)
    {
        var id = string.IsNullOrEmpty(element.Id) || IsHeadingAnchor(element) ? string.Empty : Head(element.Id);
        if (string.IsNullOrEmpty(element.ClassName))
        {
            return [id];
        }

        var head = Head(element.ClassName);
        if (!head.Contains("entry", StringComparison.Ordinal) && !head.Contains("status-", StringComparison.Ordinal)
            && !head.Contains("tag", StringComparison.Ordinal) && !head.Contains("categor", StringComparison.Ordinal)
            && !head.Contains("topic", StringComparison.Ordinal))
        {
            return [head, id];
        }

        var tokens = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var isPost = tokens.Any(t => t is "hentry" or "h-entry" or "status-publish");
        var classes = string.Join(' ', tokens.Where(t => isPost ? PostMarker().IsMatch(t) : !TaxonomyTerm().IsMatch(t)));
        return [classes, id];
    }

    /// <summary>
    /// Documentation and long-form pages give each section (or the heading itself) the slug of
    /// its heading as id ("evolve-shared-mutable-history", "nav_nur_die_folie__1"); such an id
    /// says what the section is about, not that it is a share bar or navigation.
    /// </summary>
    private static bool IsHeadingAnchor(IElement element)
    {
        var id = element.Id!;
        var heading = element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? element : element.FirstElementChild;
        if (id.Length > MaxHintChars || id.IndexOfAny(['-', '_']) < 0
            || heading is not { LocalName: "h1" or "h2" or "h3" or "h4" or "h5" or "h6" })
        {
            return false;
        }

        static string Letters(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        var slug = Letters(id).TrimEnd("0123456789".ToCharArray());
        var text = Letters(heading.TextContent.Length > 2 * MaxHintChars ? heading.TextContent[..(2 * MaxHintChars)] : heading.TextContent);

        // The slug may carry a short prefix of its own: "nav_nur_die_folie__1" for "Nur die Folie bleibt zurück".
        for (var skip = 0; skip <= 4 && slug.Length - skip >= 8; skip++)
        {
            if (text.StartsWith(slug[skip..], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Non-link text characters of a subtree, skipping scripts and styles; iterative.</summary>
    private static int ProseChars(IElement element)
    {
        var chars = 0;
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                chars += CountText(text.Data).Chars;
                continue;
            }

            if (node is IElement e && e.LocalName is "a" or "script" or "style" or "template" or "noscript" or "svg")
            {
                continue;
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return chars;
    }

    /// <summary>
    /// Readability's conditional cleaning of boxes inside the article: a gallery with more
    /// pictures than paragraphs, a form, a box of a few words (player controls: "Auto", "HD"),
    /// or a box whose text is largely links. Boxes with ten or more commas or 500 characters of
    /// prose stay; data tables are never touched here.
    /// </summary>
    private static bool IsClutterBox(IElement element, Stats s, Dictionary<IElement, Stats> stats)
    {
        var name = element.LocalName;
        if (name is not ("div" or "section" or "ul" or "ol" or "form" or "fieldset") || s.Commas >= 10)
        {
            return false;
        }

        var isList = name is "ul" or "ol";
        var weight = 0;
        foreach (var h in Hints(element))
        {
            if (PositiveHint().IsMatch(h))
            {
                weight += 25;
            }

            if (StrongNegativeHint().IsMatch(h) || WeakNegativeHint().IsMatch(h) || MildNegativeHint().IsMatch(h))
            {
                weight -= 25;
            }
        }

        var inFigure = false;
        for (var (up, level) = (element.ParentElement, 0); up is not null && level < 8 && !inFigure; up = up.ParentElement, level++)
        {
            inFigure = up.LocalName == "figure";
        }

        return (s.Media > 1 && s.PTags * 2 < s.Media && !inFigure)
            || s.Inputs > s.PTags / 3
            || (!isList && s.Text < 25 && (s.Media == 0 || s.Media > 2) && s.HeadingText < 0.9 * s.Text && !inFigure && !IsShortProse(element, s, stats))
            || (s.Text - s.LinkText < 500 && ((!isList && weight < 25 && s.LinkDensity > 0.2) || (weight >= 25 && s.LinkDensity > 0.5)));
    }

    private const int SignUpBoxChars = 1000;
    private const int SignUpHeadingScan = 11;

    /// <summary>
    /// One link around a sentence that ends in a full stop and states a figure; a teaser's headline
    /// ends without one, or with "!", and a linked offer ("Subscribe today and get 50% off.") is the site's.
    /// </summary>
    private static bool IsLinkedStatement(IElement paragraph, Dictionary<IElement, Stats> stats) =>
        paragraph.QuerySelectorAll("a[href]").Length == 1
        && Gather(paragraph, stats) is var text && text.TrimEnd('"', '”', '’', ')').EndsWith('.')
        && TextCleanup.ReportsFigure(text) && !TextCleanup.IsCallToAction(text);

    /// <summary>The box opens with a sign-up heading: its first words are the heading's, so it heads the box, not a part of it.</summary>
    private static bool IsSignUpBox(IElement box)
    {
        // The box's own heading comes within its first few elements; nested boxes are not searched
        // to the bottom again at every level.
        var heading = box.Descendants<IElement>().Take(SignUpHeadingScan)
            .FirstOrDefault(e => e.LocalName is "h2" or "h3" or "h4" or "h5" or "h6");
        if (heading is null || heading.TextContent.Length >= 120)
        {
            return false;
        }

        var title = TextCleanup.Normalize(heading.TextContent);
        return SignUpHeading().IsMatch(title) && TextCleanup.Normalize(box.TextContent).StartsWith(title, StringComparison.Ordinal);
    }

    /// <summary>
    /// A box of a few words that is text, not a control: a line of dialogue set as a &lt;div&gt;
    /// of its own ("They both took one.", a sentence with its closing mark and no link, as a
    /// player's "Auto" or "0:00" has not), or a code sample or data series in &lt;pre&gt;/&lt;code&gt;.
    /// </summary>
    private static bool IsShortProse(IElement element, Stats s, Dictionary<IElement, Stats> stats)
    {
        if (element.QuerySelector("pre, code") is not null)
        {
            return true;
        }

        if (s.LinkText > 0)
        {
            return false;
        }

        var text = Gather(element, stats).TrimEnd('"', '”', '’', '»', ')');
        return text.Length > 1 && text[^1] is '.' or '!' or '?' && !text.EndsWith("..", StringComparison.Ordinal)
            && text.Any(char.IsLetter);
    }

    /// <summary>
    /// A box that opens with a headline and then a byline ("By Jane Doe for Agency") is a story
    /// of its own, set into the article as a side read; the article's own subheadings are not
    /// followed by a byline.
    /// </summary>
    private static bool IsEmbeddedStory(IElement box, Dictionary<IElement, Stats> stats)
    {
        if (box.LocalName is not ("div" or "section" or "article"))
        {
            return false;
        }

        IElement? heading = null;
        var seen = 0;
        foreach (var e in box.Descendants<IElement>())
        {
            if (++seen > 50)
            {
                return false;
            }

            if (!stats.TryGetValue(e, out var es) || es.Text == 0)
            {
                continue;
            }

            var isHeading = e.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
            if (heading is null)
            {
                if (isHeading)
                {
                    heading = e;
                }
                else if (e.LocalName is "p" or "li" or "blockquote" or "table" || es.OwnText > 0)
                {
                    // Text before any headline: the box is part of the article.
                    return false;
                }

                continue;
            }

            if (heading.Contains(e))
            {
                continue;
            }

            if (isHeading || e.LocalName is "p" or "li" or "blockquote" or "table" || es.OwnText > 0)
            {
                return es.Text <= 100 && EmbeddedByline().IsMatch(Gather(e, stats));
            }
        }

        return false;
    }

    private static bool IsPaywallOffer(IElement element) =>
        PaywallHint().IsMatch(Head(element.ClassName ?? string.Empty))
        || PaywallHint().IsMatch(Head(element.Id ?? string.Empty))
        || (element.GetAttribute("data-testid") is { } testId && PaywallHint().IsMatch(Head(testId)));

    /// <summary>A class or id attribute as hints are read from it: lower-cased, and only its head when it is junk-long.</summary>
    internal static string Head(string s) => (s.Length > MaxHintChars ? s[..MaxHintChars] : s).ToLowerInvariant();

    /// <summary>Walks a chosen container in document order and emits its content blocks.</summary>
    private static void Emit(IElement root, Dictionary<IElement, Stats> stats, List<ArticleBlock> blocks, List<string> captions)
    {
        var run = new StringBuilder();
        var runKind = BlockKind.Paragraph;

        // A box holding half the container's text is the article itself, whatever it looks like.
        var rootText = stats.TryGetValue(root, out var rootStats) ? rootStats.Text : 0;
        var stack = new Stack<(INode Node, BlockKind Kind, bool Flush)>();
        stack.Push((root, BlockKind.Paragraph, false));

        void FlushRun()
        {
            if (run.Length == 0)
            {
                return;
            }

            foreach (var paragraph in TextCleanup.SplitOnBlankLines(run.ToString()))
            {
                blocks.Add(new ArticleBlock(runKind, paragraph));
            }

            run.Clear();
        }

        while (stack.Count > 0)
        {
            var (node, kind, flush) = stack.Pop();
            if (flush)
            {
                runKind = kind;
                FlushRun();
                continue;
            }

            if (node is IText text)
            {
                if (run.Length == 0)
                {
                    runKind = kind;
                }

                AppendText(run, text.Data);
                continue;
            }

            if (node is not IElement element || !stats.TryGetValue(element, out var s))
            {
                // Elements without stats were skipped as boilerplate when measuring.
                continue;
            }

            var name = element.LocalName;
            if (name == "br")
            {
                run.Append('\n');
                continue;
            }

            if (IsCaptionBox(element, s))
            {
                runKind = kind;
                FlushRun();
                if (Gather(element, stats) is { Length: > 0 } caption)
                {
                    captions.Add(caption);
                }

                continue;
            }

            var isBlock = BlockTags.Contains(name) || (s.Descendants & Has.Block) != 0;
            if (!isBlock)
            {
                if (run.Length == 0)
                {
                    runKind = kind;
                }

                run.Append(GatherRaw(element, stats, captions));
                continue;
            }

            runKind = kind;
            FlushRun();

            // Link lists inside the article (related stories, "read more") are not its text; an
            // item that is a link in a list of prose ("Here's our year in review!") is part of it.
            // A paragraph that is one linked sentence stating a figure ("Inflation rose to 4.2% in
            // March, the statistics office said.", linked to the release) is the article's.
            if ((name is "ul" or "ol" or "p" or "li" or "dl" && s.Text > 0 && s.LinkDensity > 0.6 && !InProseList(element, stats) && !HasProseItem(element, stats)
                    && !(name == "p" && IsLinkedStatement(element, stats)))
                || (name is "ul" or "ol" && IsTeaserList(element, stats)))
            {
                // Its label ("Related stories", "Read also:") goes with it.
                if (name is "ul" or "ol" or "dl" && blocks.Count > 0
                    && (blocks[^1].Kind == BlockKind.Heading || (blocks[^1].Text.Length <= 60 && blocks[^1].Text.EndsWith(':'))))
                {
                    blocks.RemoveAt(blocks.Count - 1);
                }

                continue;
            }

            if (name == "form" && s.Paragraphs < 3)
            {
                continue;
            }

            // Outside its caption a figure's words are labels for screen readers ("Image",
            // "Photo 3 of 12"), not the article's; its caption still goes with the captions.
            if (name == "figure" && IsLabelledPicture(element, s, stats, captions))
            {
                continue;
            }

            if (element != root && 2 * s.Text < rootText && IsClutterBox(element, s, stats))
            {
                continue;
            }

            // A box set into the article under a sign-up heading ("Sign up for the Gazette newsletter"),
            // whatever its class: its sentences are the offer, not the story.
            if (element != root && name is "div" or "section" or "aside" && s.Text < SignUpBoxChars && 2 * s.Text < rootText
                && IsSignUpBox(element))
            {
                continue;
            }

            // Another story set into this one: a box under its own headline and byline.
            if (element != root && 2 * s.Text < rootText && s.HeadingText > 0 && s.PTags >= 3 && IsEmbeddedStory(element, stats))
            {
                continue;
            }

            // A subscription offer inside the article ("Keep reading for $1") is short; some
            // sites mark the paid body itself "paywall", and that one is long and kept.
            if (s.Text < 600 && IsPaywallOffer(element))
            {
                continue;
            }

            switch (name)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Add(blocks, BlockKind.Heading, Gather(element, stats));
                    continue;
                case "table" when (s.Descendants & (Has.ContentBlock | Has.Table)) == 0:
                    Add(blocks, BlockKind.Table, TableText(element, stats));
                    continue;
                case "pre":
                    Add(blocks, kind == BlockKind.Paragraph ? BlockKind.Paragraph : kind, Gather(element, stats));
                    continue;
                case "hr":
                    continue;
            }

            var childKind = name switch
            {
                "blockquote" => BlockKind.Quote,
                "li" => BlockKind.ListItem,
                "dt" or "dd" => BlockKind.Paragraph,
                _ => kind,
            };

            stack.Push((element, childKind, true));
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                var child = children[i];
                if (child is IText or IElement)
                {
                    stack.Push((child, childKind, false));
                }
            }
        }

        FlushRun();
    }

    /// <summary>
    /// A text node's own wording, with the whitespace at its edges as one space. Pretty-printed
    /// markup puts inline elements on lines of their own (a formula's digits in MathML, a link),
    /// and the line breaks of its indentation, joined, read as a blank line that split the
    /// sentence into paragraphs; a browser shows them as one space. Blank lines inside a text
    /// node, where the writer set paragraphs in plain text, still separate paragraphs, and so
    /// does a line break after a &lt;br&gt;: blogs end each paragraph or list line with "&lt;br /&gt;\n".
    /// </summary>
    private static void AppendText(StringBuilder sb, string data)
    {
        if (sb.Length > 0 && sb[^1] == '\n')
        {
            sb.Append(data);
            return;
        }

        var start = 0;
        while (start < data.Length && char.IsWhiteSpace(data[start]))
        {
            start++;
        }

        if (start == data.Length)
        {
            if (data.Length > 0)
            {
                sb.Append(' ');
            }

            return;
        }

        var end = data.Length;
        while (char.IsWhiteSpace(data[end - 1]))
        {
            end--;
        }

        if (start > 0)
        {
            sb.Append(' ');
        }

        sb.Append(data, start, end - start);
        if (end < data.Length)
        {
            sb.Append(' ');
        }
    }

    private static bool InProseList(IElement element, Dictionary<IElement, Stats> stats) =>
        element.LocalName == "li" && element.ParentElement is { LocalName: "ul" or "ol" } list
        && stats.TryGetValue(list, out var l) && l.LinkDensity <= 0.6;

    /// <summary>
    /// A list whose links outweigh its words can still hold an item of prose ("We've got the
    /// green light for another round…" above a sub-list of bug links); such a list is walked
    /// item by item, so that the prose stays and the link items go. An item with a link of its
    /// own is not enough: the notes under "Further information" describe their links.
    /// </summary>
    private static bool HasProseItem(IElement list, Dictionary<IElement, Stats> stats) =>
        list.LocalName is "ul" or "ol"
        && list.Children.Any(item => item.LocalName == "li" && stats.TryGetValue(item, out var s) && s.LinkText == 0 && s.Text >= ParagraphProseChars);

    /// <summary>
    /// A list of story cards (each item a linked headline over a short teaser: "Recommended for
    /// you") is other articles, though its teasers read like prose; an article's own list items
    /// rarely carry linked headings over only a few lines each.
    /// </summary>
    private static bool IsTeaserList(IElement list, Dictionary<IElement, Stats> stats)
    {
        var items = 0;
        var cards = 0;
        foreach (var item in list.Children)
        {
            if (item.LocalName != "li" || !stats.TryGetValue(item, out var s))
            {
                continue;
            }

            items++;
            if (s.HeadingText > 0 && s.HeadingLinkText * 10 >= s.HeadingText * 6 && s.Text - s.HeadingText < TeaserChars)
            {
                cards++;
            }
        }

        return cards >= 2 && cards * 4 >= items * 3;
    }

    private static bool IsLabelledPicture(IElement figure, Stats s, Dictionary<IElement, Stats> stats, List<string> captions)
    {
        var boxes = figure.QuerySelectorAll("*").Take(200)
            .Where(e => stats.TryGetValue(e, out var es) && IsCaptionBox(e, es))
            .ToList();
        var captionText = boxes.Where(b => !boxes.Any(o => o != b && o.Contains(b))).Sum(b => stats[b].Text);
        if (s.Text - captionText > MaxFigureLabelChars)
        {
            return false;
        }

        foreach (var box in boxes)
        {
            if (Gather(box, stats) is { Length: > 0 } caption && !captions.Contains(caption))
            {
                captions.Add(caption);
            }
        }

        return true;
    }

    private static bool IsCaptionBox(IElement element, Stats s) =>
        element.LocalName == "figcaption"
        || (element.LocalName != "body" && s.Text < 1000 && CaptionHint().IsMatch(Head(element.ClassName ?? string.Empty)));

    private static void Add(List<ArticleBlock> blocks, BlockKind kind, string text)
    {
        if (text.Length > 0)
        {
            blocks.Add(new ArticleBlock(kind, text));
        }
    }

    /// <summary>A data table as rows of " | "-separated cells, one row per line.</summary>
    private static string TableText(IElement table, Dictionary<IElement, Stats> stats)
    {
        var rows = new List<string>();
        if (table.QuerySelector("caption") is { } caption && Gather(caption, stats) is { Length: > 0 } c)
        {
            rows.Add(c);
        }

        foreach (var row in table.QuerySelectorAll("tr"))
        {
            var cells = row.Children
                .Where(cell => cell.LocalName is "td" or "th")
                .Select(cell => Gather(cell, stats))
                .ToList();
            if (cells.Any(cell => cell.Length > 0))
            {
                rows.Add(string.Join(" | ", cells));
            }
        }

        return string.Join('\n', rows);
    }

    private static string Gather(IElement element, Dictionary<IElement, Stats> stats) =>
        TextCleanup.Normalize(GatherRaw(element, stats));

    /// <summary>Text of a subtree with '\n' for each &lt;br&gt;, skipping boilerplate; iterative.</summary>
    /// A caption inside an inline element of a paragraph ("&lt;p&gt;&lt;span class="rte-image"&gt;&lt;img&gt;
    /// &lt;span class="image-caption"&gt;Photo: …&lt;/span&gt;&lt;/span&gt;text…") goes to
    /// <paramref name="captions"/> when given, instead of into the text.
    private static string GatherRaw(IElement element, Dictionary<IElement, Stats> stats, List<string>? captions = null)
    {
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                AppendText(sb, text.Data);
                continue;
            }

            if (node is not IElement e || !stats.ContainsKey(e))
            {
                continue;
            }

            if (e.LocalName == "br")
            {
                sb.Append('\n');
                continue;
            }

            if (captions is not null && e != element && IsCaptionBox(e, stats[e]))
            {
                if (Gather(e, stats) is { Length: > 0 } caption)
                {
                    captions.Add(caption);
                }

                continue;
            }

            // Table cells and list items glued together would merge their words.
            if (e != element && BlockTags.Contains(e.LocalName))
            {
                sb.Append(' ');
            }

            var children = e.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return sb.ToString();
    }

    private static (int Chars, int Commas) CountText(string text)
    {
        var chars = 0;
        var commas = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars++;
                if (c is ',' or '，' or '、' or '،')
                {
                    commas++;
                }
            }
        }

        return (chars, commas);
    }

    [GeneratedRegex(@"(?:^|[\s_-])(?:ad|ads|adv|advert\w*|advertisement|adslot|ad-?slot|dfp|sponsor\w*|promo(?!ted)\w*|share(?!d)\w*|sharing|social\w*|related\w*|comments?|comment-?(?:list|section|area|form|respond)|respond|disqus\w*|newsletter\w*|subscribe\w*|subscription|signup|cookie\w*|consent|gdpr|tags|tagcloud|tag-?cloud|tag-?list|keywords?|(?:bread-?)?crumbs?|outbrain\w*|taboola\w*|popup|modal|recommended|trending|most-?read|more-?stories|byline|author-?(?:bio|box|info)|(?:post|entry|article)-?meta\w*)(?:$|[\s_-])")]
    private static partial Regex StrongNegativeHint();

    [GeneratedRegex(@"^(?:By|BY|Written by)\s+\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3})?(?:,?\s+(?:for|in|at)\s+\S.{0,50})?$")]
    private static partial Regex EmbeddedByline();

    [GeneratedRegex(@"(?:^|[\s_-])(?:nav\w*|menu\w*|footer|sidebar\w*|widget\w*|banner|masthead|header|toolbar|pagination|pager|skip\w*|sr-only|visually-hidden|print-only|rss|shoutbox|skyscraper|overlay)(?:$|[\s_-])")]
    private static partial Regex WeakNegativeHint();

    [GeneratedRegex(@"^(?:sign up|sign-up|subscribe)\b.{0,60}\b(?:newsletters?|updates|inbox|emails?|alerts)\b|^(?:get|join|receive)\b.{0,60}\b(?:newsletters?|inbox)\b|\bour (?:\w+ )?newsletter\b|^newsletters?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex SignUpHeading();

    [GeneratedRegex(@"(?:table|col|column|row|cell)[_-]?header|header[_-]?(?:cell|col|column|row)")]
    private static partial Regex TableHeaderHint();

    // "hidden" only as a whole class: "field-label-hidden" and "rt-hidden" are layout states.
    [GeneratedRegex(@"(?:^|\s)(?:hidden|hide|is-hidden|d-none)(?:$|\s)")]
    private static partial Regex HiddenClass();

    [GeneratedRegex(@"(?:^|[\s_-])(?:sr-only|screen-reader\w*|visually-hidden|print-only|offscreen)(?:$|[\s_-])")]
    private static partial Regex ScreenReaderClass();

    [GeneratedRegex(@"^(?:hentry|h-entry|type-[\w-]+|status-publish|format-[\w-]+|post-\d+)$")]
    private static partial Regex PostMarker();

    [GeneratedRegex(@"^(?:category|categories|tag|tags|post_tag|topic|topics)[_-]")]
    private static partial Regex TaxonomyTerm();

    [GeneratedRegex(@"(?:^|[\s_-])(?:meta|media|contact|combx|masthead|extra|foot)(?:$|[\s_-])")]
    private static partial Regex MildNegativeHint();

    [GeneratedRegex(@"(?:^|[\s_-])(?:article\w*|content|entry\w*|main|story\w*|post|post-?(?:body|content|text)|text|body|blog|hentry|h-entry|prose|page)(?:$|[\s_-])")]
    private static partial Regex PositiveHint();

    [GeneratedRegex(@"(?:^|[\s_-])(?:wp-caption-text|caption|figcaption|image-caption|photo-caption|img-caption)(?:$|[\s_-])")]
    private static partial Regex CaptionHint();

    [GeneratedRegex(@"(?:^|[\s_-])(?:paywall\w*|pay-wall|regwall|piano\w*|meter(?:ed)?-?(?:wall|box|offer)|subscriber-?only|subscription-?(?:offer|box|wall|prompt)|premium-?(?:offer|wall|box|teaser))(?:$|[\s_-])")]
    private static partial Regex PaywallHint();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden")]
    private static partial Regex HiddenStyle();
}
