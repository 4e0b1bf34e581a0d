using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;

namespace FactCheck.Core.Articles;

/// <summary>Title, authors, times, site, language, canonical URL and lead from a page's markup.</summary>
internal sealed record HtmlMetadata
{
    public string? Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public string? SiteName { get; init; }
    public string? Language { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Lead { get; init; }

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
        var title = First(
            CleanTitle(ld?.Headline, siteName, headings, isDocumentTitle: false),
            CleanTitle(Get(meta, "og:title"), siteName, headings, isDocumentTitle: false),
            CleanTitle(Get(meta, "twitter:title"), siteName, headings, isDocumentTitle: false),
            IsHomeLinkText(document, document.Title, url) ? null : CleanTitle(document.Title, siteName, headings, isDocumentTitle: true),
            headings.FirstOrDefault());

        return new HtmlMetadata
        {
            Title = title,
            Authors = ReadAuthors(document, meta, ld),
            Published = FirstDate(
                ld?.Published, Get(meta, "article:published_time"), Get(meta, "itemprop:datepublished"),
                Get(meta, "pubdate"), Get(meta, "publishdate"), Get(meta, "publish-date"), Get(meta, "date"),
                Get(meta, "dc.date"), Get(meta, "dc.date.issued"), Get(meta, "dcterms.created"), Get(meta, "sailthru.date"),
                Get(meta, "parsely-pub-date"), Attr(document.QuerySelector("[itemprop=datePublished]"), "datetime", "content"),
                Attr(document.QuerySelector("article time[datetime]") ?? document.QuerySelector("time[datetime]"), "datetime"))
                ?? DateInText(document),
            Modified = FirstDate(
                ld?.Modified, Get(meta, "article:modified_time"), Get(meta, "og:updated_time"),
                Get(meta, "itemprop:datemodified"), Get(meta, "dcterms.modified"),
                Attr(document.QuerySelector("[itemprop=dateModified]"), "datetime", "content")),
            SiteName = siteName,
            Language = NormalizeLanguage(First(
                document.DocumentElement.GetAttribute("lang"), Get(meta, "content-language"), ld?.Language, Get(meta, "og:locale"))),
            CanonicalUrl = Absolute(document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href"), url)
                ?? Absolute(Get(meta, "og:url"), url),
            Lead = First(Get(meta, "og:description"), Get(meta, "description"), Get(meta, "twitter:description"), ld?.Description, Standfirst(document)),
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

    private static IReadOnlyList<string> ReadAuthors(IDocument document, Dictionary<string, string> meta, JsonLd? ld)
    {
        if (ld is { Authors.Count: > 0 })
        {
            return ld.Authors;
        }

        foreach (var key in new[] { "author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl" })
        {
            // article:author is often a profile URL, which AuthorNames discards.
            var names = AuthorNames.Split(Get(meta, key));
            if (names.Count > 0)
            {
                return names;
            }
        }

        var linked = document.QuerySelectorAll("a[rel~=author]")
            .SelectMany(a => AuthorNames.Split(a.TextContent))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(10)
            .ToList();
        if (linked.Count > 0)
        {
            return linked;
        }

        foreach (var selector in new[] { "[itemprop=author] [itemprop=name]", "[itemprop=author]", "[rel=author]", ".byline", ".author", "[class*=byline]", "[class*=author-name]" })
        {
            foreach (var element in document.QuerySelectorAll(selector).Take(5))
            {
                var text = element.GetAttribute("content") ?? element.TextContent;
                if (text.Length > 300)
                {
                    continue;
                }

                var names = AuthorNames.Split(text);
                if (names.Count > 0)
                {
                    return names;
                }
            }
        }

        return [];
    }

    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " › ", " · ", " / ", " ~ "];

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

    private static string? Standfirst(IDocument document)
    {
        foreach (var selector in new[] { ".standfirst", "[class*=standfirst]", ".dek", "[class*=subheadline]", ".article-summary", ".lede", "[itemprop=description]" })
        {
            var text = Clean(document.QuerySelector(selector)?.TextContent);
            if (text is { Length: >= 20 and <= 600 })
            {
                return text;
            }
        }

        return null;
    }

    private const string DateElements =
        "[class*=date], [class*=Date], [class*=time], [class*=publish], [class*=posted], [id*=date], [itemprop*=date], "
        + "abbr.published, .entry-meta, .post-meta, .postmetadata, .meta, .byline, .dateline, time";

    /// <summary>A date written for readers near the top of the page, when the markup states none.</summary>
    private static DateTimeOffset? DateInText(IDocument document)
    {
        var lang = document.DocumentElement.GetAttribute("lang") ?? string.Empty;
        var monthFirst = lang.Length == 0 || lang.Equals("en", StringComparison.OrdinalIgnoreCase) || lang.StartsWith("en-us", StringComparison.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll(DateElements).Take(30))
        {
            var text = element.GetAttribute("title") is { Length: > 0 and < 100 } title && element.LocalName == "abbr" ? title : element.TextContent;
            if (text.Length <= 200 && TextDates.Find(text, monthFirst) is { } date)
            {
                return date;
            }
        }

        return null;
    }

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

        if (DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var date)
            && date.Year is >= 1900 and <= 2200)
        {
            return date;
        }

        return null;
    }

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
                    using var doc = JsonDocument.Parse(json.Trim().Trim(';'), Options);
                    foreach (var candidate in Objects(doc.RootElement))
                    {
                        var types = Types(candidate);
                        if (types.Any(t => ArticleTypes.Contains(t, StringComparer.OrdinalIgnoreCase)))
                        {
                            return From(candidate);
                        }

                        if (fallback is null && types.Any(t => t.Equals("WebPage", StringComparison.OrdinalIgnoreCase)))
                        {
                            fallback = From(candidate);
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

        private static JsonLd From(JsonElement e) => new()
        {
            Headline = Clean(Text(e, "headline") ?? Text(e, "name")),
            Authors = Names(e, "author").Concat(Names(e, "creator")).Distinct(StringComparer.OrdinalIgnoreCase).Take(20).ToList(),
            Published = Text(e, "datePublished") ?? Text(e, "dateCreated"),
            Modified = Text(e, "dateModified"),
            Publisher = e.TryGetProperty("publisher", out var publisher) && publisher.ValueKind == JsonValueKind.Object
                ? Clean(Text(publisher, "name"))
                : null,
            Description = Clean(Text(e, "description")),
            Language = Text(e, "inLanguage"),
        };

        private static string? Text(JsonElement e, string property) =>
            e.TryGetProperty(property, out var v) ? v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Array => v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()).FirstOrDefault(),
                _ => null,
            }
            : null;

        private static IEnumerable<string> Names(JsonElement e, string property)
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
                    JsonValueKind.Object => Text(item, "name"),
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
