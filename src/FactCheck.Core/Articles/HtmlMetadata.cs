using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Json;
using AngleSharp.Dom;

namespace FactCheck.Core.Articles;

/// <summary>Title, authors, times, site, language, canonical URL and lead from a page's markup.</summary>
internal sealed partial record HtmlMetadata
{
    public string? Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public string? SiteName { get; init; }
    public string? Language { get; init; }
    public string? CanonicalUrl { get; init; }
    /// <summary>The page's own summary from its meta tags or JSON-LD; the printed standfirst is found with the body.</summary>
    public string? Lead { get; init; }

    /// <summary>The article's text as its JSON-LD states it (raw, up to the JSON-LD size bound).</summary>
    public string? ArticleBody { get; init; }

    // JSON-LD beyond this is not metadata but an attack or a data dump.
    private const int MaxJsonLdChars = 1_000_000;
    private const int MaxMetaChars = 2_000;

    private static readonly string[] ArticleTypes =
    [
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "TechArticle",
        "ScholarlyArticle", "SocialMediaPosting",
    ];

    public static HtmlMetadata Read(IDocument document, Uri? url)
    {
        var meta = ReadMetaTags(document);
        var ld = JsonLd.Find(document);

        var siteName = First(Get(meta, "og:site_name"), ld?.Publisher, Get(meta, "application-name"));
        var headings = document.QuerySelectorAll("h1, h2").Take(10)
            .Select(h => Clean(h.TextContent))
            .OfType<string>()
            .Where(h => h.Length >= 3 && (siteName is null || !TextCleanup.SameText(h, siteName)))
            .ToList();
        var metaTitle = First(
            CleanTitle(ld?.Headline, siteName, headings, isDocumentTitle: false),
            CleanTitle(Get(meta, "og:title"), siteName, headings, isDocumentTitle: false),
            CleanTitle(Get(meta, "twitter:title"), siteName, headings, isDocumentTitle: false));
        var headline = SingleHeadline(document, siteName);
        string? title;
        if (metaTitle is not null)
        {
            // Metadata titles are often an SEO variant of the visible headline ("Zitronenkuchen
            // vom Blech" for "Saftiger Zitronenkuchen vom Blech: einfach köstlich!"); readers
            // and editors quote the headline. A headline about something else is a section name.
            title = headline is not null && SharedWords(headline, metaTitle) >= 0.5 ? headline : metaTitle;
        }
        else
        {
            var documentTitle = IsHomeLinkText(document, document.Title, url) ? null : CleanTitle(document.Title, siteName, headings, isDocumentTitle: true);
            title = headline is not null && (documentTitle is null || SharedWords(headline, documentTitle) >= 0.5 || IsShownOutside(document, documentTitle, headline))
                ? headline
                : documentTitle ?? headings.FirstOrDefault();
        }

        var modified = FirstDate(
            ld?.Modified, Get(meta, "article:modified_time"), Get(meta, "og:updated_time"),
            Get(meta, "itemprop:datemodified"), Get(meta, "dcterms.modified"), Get(meta, "last-modified"),
            Attr(document.QuerySelector("[itemprop=dateModified]"), "datetime", "content"));
        var stated = FirstDate(
            ld?.Published, Get(meta, "article:published_time"), Get(meta, "og:published_time"), Get(meta, "article:published"),
            Get(meta, "itemprop:datepublished"), Get(meta, "datepublished"), Get(meta, "pubdate"), Get(meta, "publishdate"),
            Get(meta, "publish-date"), Get(meta, "publish_date"), Get(meta, "publication_date"), Get(meta, "published_time"),
            Get(meta, "date"), Get(meta, "dc.date"), Get(meta, "dc.date.issued"), Get(meta, "dc.date.created"), Get(meta, "dcterms.created"),
            Get(meta, "dcterms.issued"), Get(meta, "sailthru.date"), Get(meta, "parsely-pub-date"), Get(meta, "itemprop:uploaddate"),
            Attr(document.QuerySelector("[itemprop=datePublished]"), "datetime", "content"),
            Attr(document.QuerySelector("article time[datetime]") ?? document.QuerySelector("time[datetime]"), "datetime"),
            Attr(document.QuerySelector("[itemprop=dateCreated]"), "datetime", "content"),
            Attr(document.QuerySelector("[property$=datePublished], [property$=dateCreated]"), "content"));
        var published = stated is { } markup
            ? OnVisibleDay(document, InLocalTime(document, markup))
            : DateInUrl(document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href"), Get(meta, "og:url"), url?.AbsolutePath)
                ?? DateInText(document)
                ?? DateNearHeadline(document)
                ?? DateAfterLabel(document)
                ?? DateInTitle(document, Get(meta, "og:title"))
                ?? LoneDateAfterHeadline(document)
                ?? DatelineOpeningParagraph(document)
                ?? DateInScriptData(document)

                // A page that states only when it changed was first published no later than that.
                ?? modified;
        return new HtmlMetadata
        {
            Title = title,
            Authors = ReadAuthors(document, meta, ld, siteName),
            Published = published,
            Modified = modified,
            SiteName = siteName,
            Language = NormalizeLanguage(First(
                document.DocumentElement.GetAttribute("lang"), Get(meta, "content-language"), ld?.Language, Get(meta, "og:locale"))),
            CanonicalUrl = Absolute(document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href"), url)
                ?? Absolute(Get(meta, "og:url"), url),
            Lead = First(Get(meta, "og:description"), Get(meta, "description"), Get(meta, "twitter:description"), ld?.Description),
            ArticleBody = ld?.ArticleBody,
        };
    }

    /// <summary>Meta tags keyed by lowercased name, property, http-equiv or itemprop; first one wins.</summary>
    private static Dictionary<string, string> ReadMetaTags(IDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in document.QuerySelectorAll("meta"))
        {
            var content = m.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content) || content.Length > MaxMetaChars)
            {
                continue;
            }

            foreach (var key in new[] { m.GetAttribute("property"), m.GetAttribute("name"), m.GetAttribute("http-equiv") })
            {
                if (!string.IsNullOrWhiteSpace(key) && key.Length < 100)
                {
                    meta.TryAdd(key.Trim(), content);
                }
            }

            if (m.GetAttribute("itemprop") is { Length: > 0 and < 100 } itemprop)
            {
                meta.TryAdd("itemprop:" + itemprop.Trim(), content);
            }
        }

        return meta;
    }

    private static IReadOnlyList<string> ReadAuthors(IDocument document, Dictionary<string, string> meta, JsonLd? ld, string? siteName)
    {
        var names = ReadAuthorsFromMarkup(document, meta, ld, siteName);
        if (names is [var single] && char.IsUpper(single[0]) && !single.Contains(' ', StringComparison.Ordinal) && FullName(document, single) is { } full)
        {
            return [full];
        }

        return names.Count > 0 ? names : BylineNearHeadline(document);
    }

    /// <summary>
    /// Structured data often names the author by first name or handle only ("Todd"), while the
    /// byline or author box on the page gives the full name ("By Todd Bates").
    /// </summary>
    private static string? FullName(IDocument document, string name)
    {
        foreach (var element in document.QuerySelectorAll("[class*=author], [class*=byline], [class*=name], [rel=author], [itemprop=author]").Take(30))
        {
            // A short element that is a byline of one longer name, not a sentence about the author.
            var text = element.TextContent;
            if (text.Length <= 80 && AuthorNames.Split(text) is [var full]
                && full.StartsWith(name + " ", StringComparison.Ordinal) && full.Count(c => c == ' ') <= 3
                && !full.EndsWith(" " + name, StringComparison.Ordinal))
            {
                return full;
            }
        }

        return null;
    }

    /// <summary>The site itself ("Rob Picheta, CNN", "finanztreff.de") is not an author.</summary>
    private static bool IsPublisherName(string name, string? siteName) =>
        (siteName is not null && (TextCleanup.SameText(name, siteName) || (name.Length >= 3 && siteName.Contains(name, StringComparison.OrdinalIgnoreCase))))
        || DomainName().IsMatch(name);

    [GeneratedRegex(@"^(?:written by|verfasst von|geschrieben von|autor(?:in)?|author|écrit par|escrito por)$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorLabel();

    [GeneratedRegex(@"^[\w\-]+(?:\.[\w\-]+)*\.(?:com|net|org|de|at|ch|fr|it|es|pl|uk|eu|info|io|co|news|tv)$", RegexOptions.IgnoreCase)]
    private static partial Regex DomainName();

    /// <summary>
    /// The first source that names a person: a source naming only the site itself (JSON-LD
    /// author "Example News") gives way to the next one, which may name the journalist.
    /// </summary>
    private static IReadOnlyList<string> ReadAuthorsFromMarkup(IDocument document, Dictionary<string, string> meta, JsonLd? ld, string? siteName)
    {
        List<string> People(IEnumerable<string> names) => names.Where(name => !IsPublisherName(name, siteName)).ToList();

        if (ld is not null && People(ld.Authors) is { Count: > 0 } inJsonLd)
        {
            return inJsonLd;
        }

        // Yoast writes the author as a labelled Twitter card field: twitter:label1 "Written by", twitter:data1 the name.
        for (var i = 1; i <= 3; i++)
        {
            if (Get(meta, $"twitter:label{i}") is { } label && AuthorLabel().IsMatch(label)
                && People(AuthorNames.Split(Get(meta, $"twitter:data{i}"))) is { Count: > 0 } labelled)
            {
                return labelled;
            }
        }

        foreach (var key in new[] { "author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl" })
        {
            // article:author is often a profile URL, which AuthorNames discards.
            var names = People(AuthorNames.Split(Get(meta, key)));
            if (names.Count > 0)
            {
                return names;
            }
        }

        // Several authors of one article share a byline; author links elsewhere on the page
        // belong to teasers of other articles.
        var authorLinks = document.QuerySelectorAll("a[rel~=author]").Take(50).ToList();
        var linked = People(authorLinks
            .Where(a => a.ParentElement == authorLinks[0].ParentElement || a.ParentElement?.ParentElement == authorLinks[0].ParentElement?.ParentElement)
            .SelectMany(a => AuthorNames.Split(a.TextContent))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(10));
        if (linked.Count > 0)
        {
            return linked;
        }

        if (People(AuthorNames.Split(LabelledName(document))) is { Count: > 0 } labelledOnPage && labelledOnPage.All(n => PersonName().IsMatch(n)))
        {
            return labelledOnPage;
        }

        foreach (var selector in new[]
        {
            "[itemprop=author] [itemprop=name]", "[itemprop=author]", "[rel=author]", ".byline", ".author", "[class*=byline]", "[data-testid*=byline]", "[class*=author-name]",
            "[class*=author] .fn", ".vcard .fn", "[class*=author] a[href*='/author']", "a[href*='/author/']", "[class*=wrote]", "[class*=autor]", "[class*=author]", "[class*=Author]", "[id*=author]",
        })
        {
            foreach (var element in document.QuerySelectorAll(selector).Take(5))
            {
                // Comment forms label their "author" field ("Name", "E-Mail"); they name no author.
                var text = element.GetAttribute("content") ?? element.TextContent;
                if (text.Length > 300 || (selector.Contains("*=", StringComparison.Ordinal) && text.Length > 100)
                    || element.LocalName is "label" or "input" or "textarea" || element.Closest("form") is not null || IsInComments(element))
                {
                    continue;
                }

                var names = People(AuthorNames.Split(text));
                if (names.Count > 0)
                {
                    return names;
                }
            }
        }

        return [];
    }

    /// <summary>Comment threads name their commenters with the same markup as bylines (".vcard .fn").</summary>
    private static bool IsInComments(IElement element) =>
        element.Closest("[id^=comment], [class^=comment], [class*=' comment']") is { } thread && thread.LocalName != "body" && thread.LocalName != "html";

    /// <summary>
    /// A name set beside its label: "&lt;h4&gt;Autor&lt;/h4&gt;&lt;p&gt;Nikolai Huke&lt;/p&gt;",
    /// "&lt;span&gt;Author: &lt;/span&gt;&lt;span&gt;Jane Doe&lt;/span&gt;".
    /// </summary>
    private static string? LabelledName(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        var walker = document.CreateTreeWalker(body, FilterSettings.Text);
        var steps = 0;
        while (walker.ToNext() is IText text && steps++ < 20_000)
        {
            if (text.Data.Length > 30 || !NameLabel().IsMatch(text.Data) || text.ParentElement is not { } label
                || label.LocalName is "script" or "style" or "option" or "button" || label.Closest("form") is not null || IsInComments(label))
            {
                continue;
            }

            // The names follow in the same element ("Von <a>Jane Doe</a> und <a>John Roe</a>") or in the next one.
            var next = text.NextSibling is not null
                ? string.Concat(FollowingSiblings(text).Take(20).Select(n => n.TextContent))
                : (label.TextContent.Trim() == text.Data.Trim() ? label.NextElementSibling?.TextContent : null);
            if (next is { Length: > 0 and <= 80 })
            {
                return next;
            }
        }

        return null;
    }

    private static IEnumerable<INode> FollowingSiblings(INode node)
    {
        for (var next = node.NextSibling; next is not null; next = next.NextSibling)
        {
            yield return next;
        }
    }

    // Two to four capitalised words, particles allowed: a label's neighbour must look like a person.
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|von|van|de|der|den|da|del|della|la|le|bin|al|zu)){1,3}$")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"^\s*(?:Autor(?:in)?|Author|Autoren|Authors|Written by|Verfasst von|Geschrieben von|Text|By|Von)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NameLabel();

    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " : ", " » ", " « ", " › ", " · ", " • ", " / ", " ~ "];

    /// <summary>
    /// Titles often carry the site name ("Headline | Site"). A part naming the site is dropped
    /// and a heading the title contains wins. Only the &lt;title&gt; element is also split
    /// blindly (keeping the side with more words), because og:title and headlines are
    /// usually clean and may contain a dash of their own.
    /// </summary>
    private static string? CleanTitle(string? raw, string? siteName, List<string> headings, bool isDocumentTitle)
    {
        var title = Clean(raw);
        if (title is null || (siteName is not null && TextCleanup.SameText(title, siteName)))
        {
            return null;
        }

        var separator = TitleSeparators.FirstOrDefault(sep => title.Contains(sep, StringComparison.Ordinal));
        if (separator is null)
        {
            return title;
        }

        if (headings.FirstOrDefault(h => h.Length < title.Length && title.Contains(h, StringComparison.OrdinalIgnoreCase)) is { } heading)
        {
            return heading;
        }

        var at = title.LastIndexOf(separator, StringComparison.Ordinal);
        var head = title[..at].Trim();
        var tail = title[(at + separator.Length)..].Trim();
        if (siteName is not null && (TextCleanup.SameText(tail, siteName) || tail.Contains(siteName, StringComparison.OrdinalIgnoreCase)))
        {
            return head;
        }

        if (siteName is not null && (TextCleanup.SameText(head, siteName) || head.Contains(siteName, StringComparison.OrdinalIgnoreCase)))
        {
            return tail;
        }

        if (!isDocumentTitle)
        {
            return title;
        }

        // "Site | Headline" is rarer than "Headline | Site"; pick the side with more words.
        return WordCount(head) >= WordCount(tail) ? head : tail;
    }

    /// <summary>The page's only &lt;h1&gt;, its visible headline; several h1s (logo, teasers) say nothing.</summary>
    private static string? SingleHeadline(IDocument document, string? siteName)
    {
        var h1s = document.QuerySelectorAll("h1");
        if (h1s.Length != 1 || Clean(h1s[0].TextContent) is not { Length: >= 3 and <= 300 } headline)
        {
            return null;
        }

        return siteName is not null && TextCleanup.SameText(headline, siteName) ? null : headline;
    }

    /// <summary>
    /// A &lt;title&gt; shown elsewhere on the page (in the header, as the logo) is the site's
    /// label, not the page's title.
    /// </summary>
    private static bool IsShownOutside(IDocument document, string title, string headline)
    {
        if (headline.Contains(title, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var body = TextCleanup.Normalize(document.Body?.TextContent ?? string.Empty);
        return body.Contains(title, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The share of the shorter text's words that the other one also has.</summary>
    internal static double SharedWords(string a, string b)
    {
        var wa = TitleWords(a);
        var wb = TitleWords(b);
        if (wa.Count == 0 || wb.Count == 0)
        {
            return 0;
        }

        return (double)wa.Count(wb.Contains) / Math.Min(wa.Count, wb.Count);
    }

    private static HashSet<string> TitleWords(string text)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in text.Split([' ', ',', '.', ':', ';', '!', '?', '-', '–', '—', '|', '"', '“', '”', '„', '«', '»', '(', ')', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 2)
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>
    /// Whether the text is what a link to the site's front page says ("THE HARBOUR NEWS WIRE"):
    /// a &lt;title&gt; that only names the site is not the article's title.
    /// </summary>
    private static bool IsHomeLinkText(IDocument document, string? text, Uri? url)
    {
        var title = Clean(text);
        if (title is null || title.Length > 80)
        {
            return false;
        }

        foreach (var link in document.QuerySelectorAll("a[href]").Take(300))
        {
            var href = link.GetAttribute("href")!.Trim();
            var home = href is "/" or "./" or "/index.html"
                || (url is not null && Uri.TryCreate(href, UriKind.Absolute, out var target)
                    && target.AbsolutePath == "/" && target.Host.Equals(url.Host, StringComparison.OrdinalIgnoreCase));
            if (home && Clean(link.TextContent) is { } name && TextCleanup.SameText(StripArticle(name), StripArticle(title)))
            {
                return true;
            }
        }

        return false;
    }

    private static string StripArticle(string name) =>
        name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

    private const string DateElements =
        "[class*=date], [class*=Date], [class*=time], [class*=publish], [class*=publication], [class*=posted], [class*=datum], [class*=fecha], [id*=date], [itemprop*=date], "
        + "abbr.published, .entry-meta, .post-meta, .postmetadata, .meta, .byline, .dateline, time";

    /// <summary>A date written for readers near the top of the page, when the markup states none.</summary>
    private static DateTimeOffset? DateInText(IDocument document)
    {
        var lang = document.DocumentElement.GetAttribute("lang") ?? string.Empty;
        var monthFirst = lang.Length == 0 || lang.Equals("en", StringComparison.OrdinalIgnoreCase) || lang.StartsWith("en-us", StringComparison.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll(DateElements).Take(30))
        {
            // An empty <span class="updated" title="2013-04-04T18:52:11+00:00"> states it in its title.
            var text = element.GetAttribute("title") is { Length: > 0 and < 100 } title && (element.LocalName == "abbr" || string.IsNullOrWhiteSpace(element.TextContent))
                ? title
                : element.TextContent;
            if (text.Length <= 200 && (TextDates.Find(text, monthFirst) ?? (text.Length <= 64 ? ParseDate(text) : null)) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// The day in an article's address ("/2016/05/22/slug", "/2016-05-22-slug"), which news and
    /// blog systems set when the article is first published and keep when it is updated.
    /// </summary>
    internal static DateTimeOffset? DateInUrl(params string?[] urls)
    {
        foreach (var url in urls)
        {
            if (url is { Length: > 0 and < 2048 } && UrlDate().Match(url) is { Success: true } m)
            {
                var (y, mo, d) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
                if (d <= DateTime.DaysInMonth(y, mo))
                {
                    return new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero);
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")]
    private static partial Regex UrlDate();

    /// <summary>
    /// The date a reader sees beside the headline ("Von A. Autor | 31.10.2023"), for pages whose
    /// markup states none.
    /// </summary>
    private static DateTimeOffset? DateNearHeadline(IDocument document)
    {
        if (HeadlineContext(document) is not var (before, after))
        {
            return null;
        }

        var lang = document.DocumentElement.GetAttribute("lang") ?? string.Empty;
        var monthFirst = lang.Length == 0 || lang.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        return TextDates.Find(after.Length > 300 ? after[..300] : after, monthFirst)
            ?? TextDates.Find(before.Length > 200 ? before[^200..] : before, monthFirst);
    }

    /// <summary>
    /// A date the page labels as its publication anywhere in the text ("Erschienen am:
    /// 01.11.2023", "Published on 3 May 2022", "Aktualisiert am 17.01.2021"), for pages whose
    /// headline area and markup state none.
    /// </summary>
    private static DateTimeOffset? DateAfterLabel(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        var lang = document.DocumentElement.GetAttribute("lang") ?? string.Empty;
        var monthFirst = lang.Length == 0 || lang.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var walker = document.CreateTreeWalker(body, FilterSettings.Text);
        var steps = 0;
        while (walker.ToNext() is IText text && steps++ < 20_000)
        {
            if (text.ParentElement?.LocalName is "script" or "style" or "noscript" or "template" || DateLabel().Match(text.Data) is not { Success: true } label)
            {
                continue;
            }

            // The date may sit in the same text or in the next elements ("Stand: <b>17.01.2021</b>").
            var window = new System.Text.StringBuilder(text.Data[label.Index..]);
            for (var next = walker.ToNext(); next is IText following && window.Length < 80; next = walker.ToNext())
            {
                window.Append(' ').Append(following.Data);
            }

            var part = TextCleanup.Normalize(window.ToString());
            if (TextDates.Find(part.Length > 80 ? part[..80] : part, monthFirst) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:(?:veröffentlicht|erschienen|publiziert|aktualisiert|published|posted|updated|publié|publicado|actualizado|submitted|gespeichert|geschrieben|verfasst|erstellt)(?:\s+(?:am|on|le|el))?\s*:?|(?:datum|stand)\b\s*[:\-–]?|date\s*:|last (?:edited|modified)(?:\s+on)?|zuletzt (?:bearbeitet|geändert)(?:\s+am)?)", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    /// <summary>
    /// A date standing alone in an element after the headline ("&lt;em&gt;10.11.2021&lt;/em&gt;",
    /// "&lt;div class="authored"&gt;2021-11-10 11:35&lt;/div&gt;"), however far below it: the
    /// page's only dateline when nothing labels it.
    /// </summary>
    private static DateTimeOffset? LoneDateAfterHeadline(IDocument document)
    {
        if (VisibleHeadline(document) is not { } headline)
        {
            return null;
        }

        var walker = document.CreateTreeWalker(document.Body ?? document.DocumentElement, FilterSettings.Text);
        var steps = 0;
        var seen = false;
        while (walker.ToNext() is IText text && steps++ < 5_000)
        {
            if (!seen)
            {
                seen = headline.Contains(text);
                continue;
            }

            if (text.Data.Length <= 60 && LoneDate().IsMatch(text.Data) && text.ParentElement?.LocalName is not ("script" or "style" or "option"))
            {
                return TextDates.Find(text.Data, monthFirst: false);
            }
        }

        return null;
    }

    // "10.11.2021", "2021-11-10", "10.11.2021, 13:36 Uhr": a numeric date and perhaps its time, nothing else.
    [GeneratedRegex(@"^\s*(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s*(?:-\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:Uhr|h))?)?\s*$")]
    private static partial Regex LoneDate();

    /// <summary>
    /// Press releases open their first paragraph with the date, perhaps after the place
    /// ("27.1.2022 - Bei der Erinnerung …", "WASHINGTON, May 3, 2022 — The …", "01.02.2022 „Der …").
    /// </summary>
    private static DateTimeOffset? DatelineOpeningParagraph(IDocument document)
    {
        var lang = document.DocumentElement.GetAttribute("lang") ?? string.Empty;
        var monthFirst = lang.Length == 0 || lang.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        foreach (var paragraph in document.QuerySelectorAll("p").Take(60))
        {
            var text = paragraph.TextContent;
            var head = TextCleanup.Normalize(text.Length > 120 ? text[..120] : text);
            if (OpeningDateline().Match(head) is { Success: true } m && TextDates.Find(m.Groups[1].Value, monthFirst) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}.\- ]{1,30},\s*)?((?:\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|\d{1,2}\.?\s+\p{L}{3,10}\.?\s+(?:19|20)\d\d|\p{L}{3,10}\.?\s+\d{1,2},\s+(?:19|20)\d\d))\s*(?:[-–—:|/„“""(]|$)")]
    private static partial Regex OpeningDateline();

    /// <summary>
    /// Press releases and agency pages put the date in the title ("23.01.2022 - Team wins",
    /// "Elephants in Guinea | DW | 23.05.2011").
    /// </summary>
    private static DateTimeOffset? DateInTitle(IDocument document, string? ogTitle)
    {
        var lang = document.DocumentElement.GetAttribute("lang") ?? string.Empty;
        var monthFirst = lang.Length == 0 || lang.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        foreach (var title in new[] { Clean(document.Title), ogTitle })
        {
            if (title is { Length: > 0 } && TextDates.Find(title, monthFirst) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// A publication date in the page's JSON state ("datePublished", "published_at"), which
    /// script-rendered pages carry when neither markup nor text states one.
    /// </summary>
    private static DateTimeOffset? DateInScriptData(IDocument document)
    {
        foreach (var script in document.Scripts.Take(100))
        {
            var text = script.Text;
            if (text.Length is < 20 or > MaxJsonLdChars)
            {
                continue;
            }

            if (ScriptDate().Match(text) is { Success: true } m && ParseDate(m.Groups[1].Value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    [GeneratedRegex(@"""(?:datePublished|date_published|published_at|publishedAt|publishedDate|publishDate|publish_date|pubDate|firstPublished)""\s*:\s*""(\d{4}-\d\d-\d\d[^""]{0,30})""")]
    private static partial Regex ScriptDate();

    /// <summary>
    /// The first &lt;h1&gt; that is not a screen-reader label: accessible templates open with
    /// "&lt;h1 class="navSkip"&gt;Navigation und Service&lt;/h1&gt;" before the headline.
    /// </summary>
    private static IElement? VisibleHeadline(IDocument document) =>
        document.QuerySelectorAll("h1").Take(5).FirstOrDefault(h => !ScreenReaderOnly().IsMatch(((h.ClassName ?? string.Empty) + " " + h.Id).ToLowerInvariant()))
        ?? document.QuerySelector("h1");

    [GeneratedRegex(@"skip|sr-only|screen-?reader|visually-?hidden|offscreen|hidden|invisible")]
    private static partial Regex ScreenReaderOnly();

    /// <summary>The visible text just before and just after the headline, where datelines and bylines sit.</summary>
    private static (string Before, string After)? HeadlineContext(IDocument document)
    {
        // Pages without an <h1> set their headline as the article's first <h2>.
        if ((VisibleHeadline(document) ?? document.QuerySelector("article h2, main h2") ?? document.QuerySelector("h2")) is not { } h1)
        {
            return null;
        }

        var after = new StringBuilder();
        var before = new Queue<string>();
        var seenHeadline = false;
        var steps = 0;
        var walker = document.CreateTreeWalker(document.Body ?? document.DocumentElement, FilterSettings.Text);
        while (walker.ToNext() is IText text && steps++ < 20_000)
        {
            if (text.ParentElement?.LocalName is "script" or "style" or "noscript" or "template" || string.IsNullOrWhiteSpace(text.Data))
            {
                continue;
            }

            if (h1.Contains(text))
            {
                seenHeadline = true;
                continue;
            }

            if (!seenHeadline)
            {
                before.Enqueue(text.Data);
                if (before.Count > 8)
                {
                    before.Dequeue();
                }

                continue;
            }

            // Blocks are separated, so "Von Jane Doe" and the paragraph after it do not merge.
            after.Append(text.Data).Append(" | ");
            if (after.Length > 600)
            {
                break;
            }
        }

        return (TextCleanup.Normalize(string.Join(" | ", before)), TextCleanup.Normalize(after.ToString()));
    }

    /// <summary>"Von: Björn Jahner", "Posted on 21 September by Adi Tzlil" beside the headline: two to four capitalised words.</summary>
    private static IReadOnlyList<string> BylineNearHeadline(IDocument document)
    {
        if (HeadlineContext(document) is not var (before, after))
        {
            return [];
        }

        foreach (var text in new[] { after.Length > 300 ? after[..300] : after, before.Length > 200 ? before[^200..] : before })
        {
            if (NearByline().Match(text) is { Success: true } m)
            {
                var names = AuthorNames.Split(m.Groups[1].Value);
                if (names.Count > 0)
                {
                    return names;
                }
            }
        }

        return [];
    }

    // "Photo by …" credits a picture, not the article.
    [GeneratedRegex(@"(?:^|[\s|·•,(])(?<!(?:[Pp]hoto|PHOTO|[Ff]oto|[Ii]mage|[Pp]icture|[Bb]ild|[Ii]llustration)s?\s)(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|[Pp]or|Autor(?:in)?|Author|Text)\s*:?(?:\s*\|)?\s+(\p{Lu}[\p{Ll}'’\-]+\.?(?:\s+(?:\p{Lu}[\p{Ll}'’\-]*\.?|de|van|von|da|del|la|le)){1,3}(?:(?:\s*,\s*|\s+(?:and|und|&)\s+)\p{Lu}[\p{Ll}'’\-]+\.?(?:\s+(?:\p{Lu}[\p{Ll}'’\-]*\.?|de|van|von|da|del|la|le)){1,3}){0,5})(?=$|[\s|·•,;:)\-–—])")]
    private static partial Regex NearByline();

    private static string? Get(Dictionary<string, string> meta, string key) =>
        meta.TryGetValue(key, out var value) ? Clean(value) : null;

    private static string? Attr(IElement? element, params string[] names)
    {
        if (element is null)
        {
            return null;
        }

        return names.Select(element.GetAttribute).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
    }

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>
    /// Metadata often states the time in UTC ("2023-11-09T05:30:59Z") while the page's
    /// &lt;time&gt; element gives the same moment in the newsroom's zone, with its offset
    /// ("2023-11-08T23:30:59-06:00") or as bare local time ("2023-11-08 23:30:59"); the local
    /// form is kept, since the day it falls on is the day readers see.
    /// </summary>
    private static DateTimeOffset InLocalTime(IDocument document, DateTimeOffset published)
    {
        if (published is not { Offset.Ticks: 0 } utc)
        {
            return published;
        }

        foreach (var time in document.QuerySelectorAll("time[datetime]").Take(10))
        {
            var raw = time.GetAttribute("datetime")!.Trim();
            if (raw.Length > 64 || !raw.Contains(':', StringComparison.Ordinal) || ParseDate(raw) is not { } local)
            {
                continue;
            }

            if (ExplicitOffset().IsMatch(raw))
            {
                if (local.Offset != TimeSpan.Zero && local.UtcTicks == utc.UtcTicks)
                {
                    return local;
                }

                continue;
            }

            // A bare local time: the offset is what separates its clock from the UTC one.
            var offset = local.DateTime - utc.UtcDateTime;
            if (offset != TimeSpan.Zero && offset.Duration() <= TimeSpan.FromHours(14) && offset.Ticks % TimeSpan.FromMinutes(15).Ticks == 0)
            {
                return new DateTimeOffset(local.DateTime, offset);
            }
        }

        return published;
    }

    /// <summary>
    /// A UTC time late or early in the day falls on another day where the newsroom is; when the
    /// date printed on the page is that neighbouring day, the same moment is kept with the
    /// smallest whole-hour offset that puts it there, since the printed day is what readers cite.
    /// Only offsets of common newsroom zones count (up to five hours east, eight west): a
    /// neighbouring date further from the UTC time is some other date on the page.
    /// </summary>
    private static DateTimeOffset OnVisibleDay(IDocument document, DateTimeOffset published)
    {
        var timeOfDay = published.UtcDateTime.TimeOfDay;
        if (published.Offset != TimeSpan.Zero || (timeOfDay >= TimeSpan.FromHours(8) && timeOfDay < TimeSpan.FromHours(19))
            || (DateInText(document) ?? DateNearHeadline(document)) is not { } visible)
        {
            return published;
        }

        var days = (visible.Date - published.UtcDateTime.Date).Days;
        var offset = days switch
        {
            1 when timeOfDay >= TimeSpan.FromHours(19) => TimeSpan.FromHours(Math.Ceiling((TimeSpan.FromDays(1) - timeOfDay).TotalHours)),
            -1 when timeOfDay < TimeSpan.FromHours(8) => -TimeSpan.FromHours(Math.Floor(timeOfDay.TotalHours) + 1),
            _ => TimeSpan.Zero,
        };
        return offset == TimeSpan.Zero ? published : published.ToOffset(offset);
    }

    [GeneratedRegex(@"(?:Z|[+-]\d\d:?\d\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitOffset();

    private static DateTimeOffset? FirstDate(params string?[] values)
    {
        foreach (var value in values)
        {
            if (ParseDate(value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Keeps the offset the page stated; a time without one is taken as UTC.</summary>
    internal static DateTimeOffset? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 64)
        {
            return null;
        }

        value = value.Trim();

        // "Jan 04" alone would be read in the current year, so the result would depend on the day
        // the page is extracted; a date is read only where the text states its year.
        if (!StatedYear().IsMatch(value))
        {
            return null;
        }

        // "06.05.2023" is day first wherever dots separate it; the invariant culture would read
        // it month first.
        if (DottedDate().IsMatch(value))
        {
            return TextDates.Find(value, monthFirst: false);
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var date)
            && date.Year is >= 1900 and <= 2200)
        {
            return date;
        }

        // "2022-01-28T11:05:37+0100": an ISO offset without its colon.
        if (OffsetWithoutColon().Match(value) is { Success: true } offset
            && DateTimeOffset.TryParse(value[..offset.Index] + offset.Groups[1].Value + ":" + offset.Groups[2].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date)
            && date.Year is >= 1900 and <= 2200)
        {
            return date;
        }

        // "Fri Feb 18 10:27:24 2022", "18.02.2022", "18. Februar 2022": the calendar date only.
        return TextDates.Find(value, monthFirst: false);
    }

    [GeneratedRegex(@"^\D{0,20}\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b")]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"([+-]\d\d)(\d\d)$")]
    private static partial Regex OffsetWithoutColon();

    // "2015", or the short year of "3/09/15".
    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d|\b\d{1,2}[/.-]\d{1,2}[/.-]\d\d\b")]
    private static partial Regex StatedYear();

    private static string? NormalizeLanguage(string? lang)
    {
        if (string.IsNullOrWhiteSpace(lang) || lang.Length > 35)
        {
            return null;
        }

        return lang.Trim().Replace('_', '-');
    }

    private static string? Absolute(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href) || href.Length > 4096)
        {
            return null;
        }

        Uri? result;
        if (baseUrl is not null)
        {
            Uri.TryCreate(baseUrl, href.Trim(), out result);
        }
        else
        {
            Uri.TryCreate(href.Trim(), UriKind.Absolute, out result);
        }

        return result is { Scheme: "http" or "https" } ? result.ToString() : null;
    }

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = TextCleanup.Normalize(System.Net.WebUtility.HtmlDecode(value.Length > MaxMetaChars ? value[..MaxMetaChars] : value));
        return text.Length == 0 ? null : text;
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The article object of the page's schema.org JSON-LD, if any.</summary>
    private sealed record JsonLd
    {
        public string? Headline { get; init; }
        public IReadOnlyList<string> Authors { get; init; } = [];
        public string? Published { get; init; }
        public string? Modified { get; init; }
        public string? Publisher { get; init; }
        public string? Description { get; init; }
        public string? Language { get; init; }
        public string? ArticleBody { get; init; }

        private static readonly JsonDocumentOptions Options = new()
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = 64,
        };

        public static JsonLd? Find(IDocument document)
        {
            JsonLd? fallback = null;
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                var json = script.TextContent;
                if (json.Length > MaxJsonLdChars)
                {
                    continue;
                }

                try
                {
                    using var doc = Parse(json.Trim().Trim(';'));

                    // A graph names its people once and refers to them by @id ("author": {"@id": "#/person/1"}).
                    var people = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var item in Objects(doc.RootElement))
                    {
                        if (Text(item, "@id") is { } id && Text(item, "name") is { } name)
                        {
                            people.TryAdd(id, name);
                        }
                    }

                    foreach (var candidate in Objects(doc.RootElement))
                    {
                        var types = Types(candidate);
                        if (types.Any(t => ArticleTypes.Contains(t, StringComparer.OrdinalIgnoreCase)))
                        {
                            return From(candidate, people);
                        }

                        if (fallback is null && types.Any(t => t.Equals("WebPage", StringComparison.OrdinalIgnoreCase)))
                        {
                            fallback = From(candidate, people);
                        }
                    }
                }
                catch (JsonException)
                {
                    // Broken JSON-LD is common; the meta tags still speak for the page.
                }
            }

            return fallback;
        }

        /// <summary>
        /// Templates paste article text into JSON-LD strings with its raw line breaks and tabs,
        /// which JSON forbids; outside strings they are whitespace anyway, so a second try reads
        /// them as spaces.
        /// </summary>
        private static JsonDocument Parse(string json)
        {
            try
            {
                return JsonDocument.Parse(json, Options);
            }
            catch (JsonException) when (json.Any(char.IsControl))
            {
                return JsonDocument.Parse(string.Create(json.Length, json, (span, source) =>
                {
                    for (var i = 0; i < source.Length; i++)
                    {
                        span[i] = source[i] < ' ' ? ' ' : source[i];
                    }
                }), Options);
            }
        }

        /// <summary>Top-level objects, items of top-level arrays and of @graph; no deeper.</summary>
        private static IEnumerable<JsonElement> Objects(JsonElement root)
        {
            var queue = new Queue<JsonElement>();
            queue.Enqueue(root);
            var seen = 0;
            while (queue.Count > 0 && seen++ < 500)
            {
                var e = queue.Dequeue();
                if (e.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in e.EnumerateArray())
                    {
                        queue.Enqueue(item);
                    }
                }
                else if (e.ValueKind == JsonValueKind.Object)
                {
                    yield return e;
                    if (e.TryGetProperty("@graph", out var graph))
                    {
                        queue.Enqueue(graph);
                    }

                    // WebPage objects often carry the article as mainEntity.
                    if (e.TryGetProperty("mainEntity", out var main))
                    {
                        queue.Enqueue(main);
                    }
                }
            }
        }

        private static List<string> Types(JsonElement e)
        {
            if (!e.TryGetProperty("@type", out var type))
            {
                return [];
            }

            return type.ValueKind switch
            {
                JsonValueKind.String => [type.GetString()!],
                JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList(),
                _ => [],
            };
        }

        private static JsonLd From(JsonElement e, Dictionary<string, string> people) => new()
        {
            Headline = Clean(Text(e, "headline") ?? Text(e, "name")),
            Authors = Names(e, "author", people).Concat(Names(e, "creator", people)).Distinct(StringComparer.OrdinalIgnoreCase).Take(20).ToList(),
            Published = Text(e, "datePublished") ?? Text(e, "dateCreated"),
            Modified = Text(e, "dateModified"),
            Publisher = e.TryGetProperty("publisher", out var publisher) && publisher.ValueKind == JsonValueKind.Object
                ? Clean(Text(publisher, "name"))
                : null,
            Description = Clean(Text(e, "description")),
            Language = Text(e, "inLanguage"),
            ArticleBody = Text(e, "articleBody"),
        };

        private static string? Text(JsonElement e, string property) =>
            e.TryGetProperty(property, out var v) ? v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Array => v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()).FirstOrDefault(),
                _ => null,
            }
            : null;

        private static IEnumerable<string> Names(JsonElement e, string property, Dictionary<string, string> people)
        {
            if (!e.TryGetProperty(property, out var v))
            {
                yield break;
            }

            var items = v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : [v];
            foreach (var item in items)
            {
                var raw = item.ValueKind switch
                {
                    JsonValueKind.String => item.GetString(),
                    JsonValueKind.Object => Text(item, "name") ?? (Text(item, "@id") is { } id && people.TryGetValue(id, out var named) ? named : null),
                    _ => null,
                };
                foreach (var name in AuthorNames.Split(Clean(raw)))
                {
                    yield return name;
                }
            }
        }
    }
}
