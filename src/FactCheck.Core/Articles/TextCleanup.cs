using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FactCheck.Core.Articles;

/// <summary>Whitespace normalisation and the junk-line rules shared by HTML and pasted text.</summary>
internal static partial class TextCleanup
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            // Zero-width characters and soft hyphens split numbers and words invisibly; a claim
            // span must not depend on them.
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Splits text gathered with '\n' for each &lt;br&gt; into paragraphs at blank lines.</summary>
    public static IEnumerable<string> SplitOnBlankLines(string text)
    {
        foreach (var part in BlankLine().Split(text))
        {
            var normalized = Normalize(part);
            if (normalized.Length > 0)
            {
                yield return normalized;
            }
        }
    }

    /// <summary>
    /// Aggregator junk that carries no article content. Deliberately narrow: a false positive
    /// silently deletes a sentence an editor wanted checked, a false negative only leaves noise.
    /// </summary>
    public static bool IsJunkLine(string line, string? title)
    {
        var t = line.Trim();
        if (t.Length == 0)
        {
            return true;
        }

        // Sponsor and advert labels injected between paragraphs.
        if (t.StartsWith("Sponsor:", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("Sponsored:", StringComparison.OrdinalIgnoreCase)
            || t.Equals("Advertisement", StringComparison.OrdinalIgnoreCase)
            || t.Equals("Sponsored", StringComparison.OrdinalIgnoreCase)
            || t.Equals("Sponsored content", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Navigation link labels that survive copy-paste as lone words ("back", "topic").
        if (t.Equals("back", StringComparison.OrdinalIgnoreCase) || t.Equals("topic", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A control's label left as a line of its own ("Share on Pinterest", "click to enlarge",
        // "Jump to navigation"): the page's buttons, not its text.
        if (t.Length < 80 && ControlLabel().IsMatch(t))
        {
            return true;
        }

        // Stray counters and separators ("0", "|"): no letters and too short to state anything.
        // A lone "5%" or "$4" still says something, so percent and currency signs keep a line.
        if (t.Length <= 3 && !t.Any(c => char.IsLetter(c) || c == '%' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol))
        {
            return true;
        }

        return IsKeywordSalad(t, title);
    }

    /// <summary>
    /// An SEO keyword string: all lowercase, no sentence punctuation, and made largely of the
    /// title's words. All three must hold, so a real lowercase sentence is never dropped unless it
    /// also parrots the title without a full stop.
    /// </summary>
    public static bool IsKeywordSalad(string line, string? title)
    {
        if (title is null || line.Any(char.IsUpper) || line.IndexOfAny(['.', '!', '?', ';', ':', '"', '“', '”']) >= 0)
        {
            return false;
        }

        var words = Words(line);
        if (words.Count < 6)
        {
            return false;
        }

        var titleWords = Words(title).Where(w => w.Length > 2).ToHashSet(StringComparer.Ordinal);
        if (titleWords.Count < 3)
        {
            return false;
        }

        var shared = titleWords.Count(words.Contains);
        return shared >= 3 && shared * 2 >= titleWords.Count;
    }

    /// <summary>
    /// The site's notice that it earns from the links or products on the page ("We may receive
    /// compensation when you click…", "*Werbung. Dieser Beitrag enthält Werbung"): a statement
    /// about the page, wherever it stands, not one the article makes.
    /// </summary>
    public static bool IsDisclosure(string line) =>
        line.Length < 400 && Disclosure().IsMatch(line);

    /// <summary>
    /// "Read also: …", "MIRA: …", "Lesen Sie auch: …": a pointer to another article placed
    /// between paragraphs. Its headline would be checked as if this article said it.
    /// </summary>
    public static bool IsTeaserLine(string line) =>
        (line.Length < 250 && TeaserLabel().IsMatch(line)) || (line.Length < 60 && RelatedLabel().IsMatch(line));

    /// <summary>
    /// The post's taxonomy ("Tags: budget, council", "Filed under Politics", "Posted inLatest
    /// News" where the category is a link): labels for the site's archive, not statements. Only
    /// where it opens or closes the article: in the middle, "Kategorie: Kinderbuch" lists the
    /// category of a prize.
    /// </summary>
    public static bool IsTaxonomyLine(string line) =>
        line.Length < 150 && !line.EndsWith('.') && TaxonomyLine().IsMatch(line);

    /// <summary>Taxonomy lines above the article's first statement.</summary>
    public static void TrimLeadingChrome(List<ArticleBlock> blocks)
    {
        while (blocks.Count > 1 && blocks[0].Kind == BlockKind.Paragraph && IsTaxonomyLine(blocks[0].Text))
        {
            blocks.RemoveAt(0);
        }
    }

    /// <summary>
    /// Articles end in the site's calls to action: subscribe, follow us, download the app,
    /// copyright lines, "Weiter »". Removed from the end backwards while they last; a notice
    /// in the middle of the text is left alone, since it may be what the article is about.
    /// </summary>
    public static void TrimTrailingChrome(List<ArticleBlock> blocks)
    {
        while (blocks.Count > 1)
        {
            // "To read the full story, subscribe": what follows a paywall prompt is its offer,
            // however long ("When you join, you get unlimited access…"), not the article.
            var prompt = -1;
            for (var i = Math.Max(1, blocks.Count - 4); i < blocks.Count && prompt < 0; i++)
            {
                if (blocks[i].Text.Length < 300 && PaywallPrompt().IsMatch(blocks[i].Text))
                {
                    prompt = i;
                }
            }

            if (prompt > 0)
            {
                blocks.RemoveRange(prompt, blocks.Count - prompt);
                continue;
            }

            // A call to action may be followed by a line or two of its own ("© 2022 Site",
            // then "Terms"); the earliest one among the last few blocks ends the article if
            // only short lines follow it.
            var cut = -1;
            for (var i = blocks.Count - 1; i >= Math.Max(1, blocks.Count - 4); i--)
            {
                if (IsTrailingChrome(blocks, i))
                {
                    cut = i;
                }
                else if (blocks[i].Text.Length >= 200 || ReportsFigure(blocks[i].Text))
                {
                    // The article goes on after a line that only looked like chrome (an inline
                    // "Read more:" link): its last short paragraphs, when they state a figure
                    // ("The vote was 21 to 9."), are still its own.
                    break;
                }
            }

            if (cut < 0)
            {
                return;
            }

            blocks.RemoveRange(cut, blocks.Count - cut);
        }
    }

    private const int SentenceWords = 6;

    /// <summary>
    /// A sentence of some length with a number standing as a word of its own: a statement with a
    /// figure, as no licence line ("CC-BY-4.0"), credit or call to action reads.
    /// </summary>
    public static bool ReportsFigure(string text) =>
        SentenceEnd().IsMatch(text) && text.Count(c => c == ' ') + 1 >= SentenceWords && StandaloneNumber().IsMatch(text);

    /// <summary>The site speaking to the reader (subscribe, follow us, buy, © …), not quoting anyone.</summary>
    public static bool IsCallToAction(string text) => CallToAction().IsMatch(text) && !Attributed().IsMatch(text);

    private static bool IsTrailingChrome(List<ArticleBlock> blocks, int i)
    {
        var text = blocks[i].Text;

        // A heading at the very end introduces nothing ("Mehr zum Thema", "Schon gelesen?"):
        // what it introduced was a link list, already gone.
        // A call to action is the site speaking; a sentence that quotes someone ("…, the regulator
        // said") reports the news, whatever words it shares with one.
        return (text.Length < 300 && IsCallToAction(text))
            || (i == blocks.Count - 1 && IsTaxonomyLine(text))
            || (text.Length < 150 && CreditLine().IsMatch(text))
            || (text.Length < 60 && blocks[i].Kind == BlockKind.Heading && i == blocks.Count - 1 && blocks.Count > 3)

            // Nor does a label ending in a colon ("Mehr Themen:", "You might also like:").
            || (text.Length < 60 && text[^1] == ':' && i == blocks.Count - 1 && blocks.Count > 3)
            || (text.Length < 60 && text[^1] is '»' or '›' or '→');
    }

    /// <summary>Title and heading comparison that ignores case, spacing and trailing punctuation.</summary>
    public static bool SameText(string a, string b) =>
        string.Equals(Key(a), Key(b), StringComparison.OrdinalIgnoreCase);

    private static string Key(string s) => Normalize(s).TrimEnd('.', '!', '?', ':', ' ');

    private static HashSet<string> Words(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Word().Matches(text))
        {
            // Keyword strings drop thousands separators ("328000"), so compare digits only.
            set.Add(m.Value.Replace(",", string.Empty, StringComparison.Ordinal).ToLower(CultureInfo.InvariantCulture));
        }

        return set;
    }

    [GeneratedRegex(@"^(?:read (?:more|also|next)|see also|also read|related(?: stories| articles)?|lesen sie (?:auch|mehr|hier)|lies auch|auch interessant|mehr zum thema|weiterlesen|zum weiterlesen|das könnte sie auch interessieren|mira|lea (?:también|más)|lee también|ver también|te puede interesar|voir aussi|lire aussi|à lire aussi|puedes ver|lee más|lea además|czytaj (?:też|także|więcej)|zobacz (?:też|także))\b\s*[:.…»>|–—-]", RegexOptions.IgnoreCase)]
    private static partial Regex TeaserLabel();

    // Labels of related-content boxes whose links are already gone: "Mehr zum Thema", "You might also like".
    [GeneratedRegex(@"^(?:mehr zum thema|neueste artikel|empfehlungen aus der redaktion|schon gelesen|explore further|related (?:stories|articles|posts|content|coverage)|more (?:stories|from|on this)|you (?:might|may) also like|recommended(?: for you| stories)?|top stories|most (?:read|popular)|(?:das|dieses)(?: thema)? könnte (?:sie|dich) auch interessieren|zum weiterlesen|weitere artikel|ähnliche (?:artikel|beiträge)|meistgelesen\w*|noticias relacionadas|sur le même sujet|vorschau auf den nächsten artikel|kommentar verfassen|jump to recipe)\s*[:?!.]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedLabel();

    // The site's own calls and notices. Each alternative wants the call itself ("Subscribe now", "Follow us on",
    // "our newsletter", "© 2026", "14 comments"), mostly at the start of the line: a sentence that only mentions
    // subscribers, a copyright case or a newsletter ("The service added 8.8 million subscribers") is news.
    [GeneratedRegex(@"\b(?:^(?:please |and )?subscribe\b|subscribe (?:now|today|here)\b|subscribe to (?:our|us)\b|^subscription (?:offers?|plans?|options)\b|subscription required|^(?:for )?subscribers? only\b|\(subscribers? only\)|already a subscriber|^become a (?:subscriber|member)\b|^(?:please )?sign up\b|sign up (?:now|today|here)\b|sign up (?:for|to) our\b|(?:our|free|daily|weekly|morning|evening) (?:\w+ )?newsletters?\b|^follow (?:us|our)\b|follow us on\b|^follow the \w+ on\b|^download (?:our|the \w+ app)\b|download our app\b|(?:download|get it|available|erhältlich|herunterladen)\b[^.!?]{0,30}\b(?:app store|google play)|^(?:app store|google play)\b|^buy (?:now|it|the|one|this|tickets|here)\b|\bat amazon\b|\d+% off\b|(?:unlimited|digital) access\b|for (?:just|only) [$£€]|all rights reserved|^copyright\b(?=.{0,60}$)|(?<=\|\s*)copyright\b|copyright (?:©|\(c\)|\d{4})|^share this\b|bookmark the permalink|this entry was posted|(?:leave|add|post) a comment|comments (?:are )?closed|^\W*\d[\d,]* comments?\W*$|comments? \(\d+\)|kommentar schreiben|kommentare (?:geschlossen|insgesamt)|\d+ kommentare|abonnier\w*|abonnement|jetzt anmelden|alle rechte vorbehalten|folgen sie uns|hazte miembro|suscr[ií]b\w*|s[ií]guenos|únete|derechos reservados|abonnez|tous droits réservés|^read more\b|schon gelesen|(?:artikel|beitrag|seite) (?:teilen|nützlich)|was this (?:article|page|story) helpful|share this (?:article|story|page)|if you (?:enjoyed|liked|value) (?:reading )?this|(?:support|supporting) (?:our|independent) (?:work|journalism|reporting)|while you(?:'re|’re| are) here|straight to your (?:inbox|phone)|(?:is|are) not responsible for the (?:opinions|views|content)|help us continue|^we(?:['’]d| would)? (?:want|like|love) to hear (?:from you|what you think)|^(?:submit|send|write)(?: us)? (?:a|your) letter to the editor|^have your say\b)|©", RegexOptions.IgnoreCase)]
    private static partial Regex CallToAction();

    [GeneratedRegex(@"[.!?][""”’)]*$")]
    private static partial Regex SentenceEnd();

    // Numeric dates ("15.01.2022", "2020/4/09") and years say when, not how much; a unit may be glued on
    // ("£5bn", "40C", "100mph") and a score or vote joins two numbers ("52-48").
    [GeneratedRegex(@"(?<![\w.,/-])(?!\d{1,2}\.\d{1,2}\.\d{2,4}\b)(?!(?:19|20)\d\d\b)\d[\d,.]*(?:bn|m|k|km|mph|kph|kg|C|F|GW|MW|%)?(?:-\d{1,3})?(?![\w/-])")]
    private static partial Regex StandaloneNumber();

    [GeneratedRegex(@"\b(?:said|says|told|according to)\b")]
    private static partial Regex Attributed();

    [GeneratedRegex(@"^(?:share (?:on|via|to) (?:facebook|twitter|pinterest|linkedin|whatsapp|reddit|email|x)|click (?:here )?to (?:enlarge|expand|zoom|view larger)|(?:jump|skip) to (?:main )?(?:navigation|search|content)(?:\W+(?:jump|skip) to (?:main )?(?:navigation|search|content))*|print(?: this)?(?: article| page| story)?|email this(?: article| story| page)?|enlarge (?:image|photo)|view (?:larger|full size)(?: image)?|open in (?:a )?new window)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex ControlLabel();

    [GeneratedRegex(@"^(?:(?:categor(?:y|ies)|tags?|tagged(?: with| in)?|kategorien?|schlagw(?:orte|örter)|stichw(?:orte|örter))\s*:|(?:posted|filed) (?:in|under)\s*:?\s*\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex TaxonomyLine();

    [GeneratedRegex(@"^\W*(?:advertiser|affiliate) disclosure\b|\b(?:we|I) (?:may|might|will) (?:receive|earn|get) (?:a )?(?:small )?(?:compensation|commissions?)\b[^.]{0,80}\b(?:click|purchase|buy|links?|products?|no (?:extra|additional) (?:cost|charge))|\b(?:post|page|article) (?:contains|includes) (?:affiliate links|references to products)\b|^\W*werbung\W+(?:dieser|der) (?:beitrag|artikel) enthält\b|^\W*(?:dieser|der) (?:beitrag|artikel) enthält (?:werbung|affiliate-links)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Disclosure();

    [GeneratedRegex(@"^(?:to (?:view|read|continue reading|access|unlock) (?:the full|the rest of|this|full)\b|(?:please )?(?:subscribe|sign in|log in|register) (?:now )?to (?:continue|read|view|unlock|access)\b|this (?:article|story|content) is (?:only )?(?:for|available to) (?:subscribers|members)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PaywallPrompt();

    // Source and picture credits closing an article: "Quelle: dpa", "Źródło: ISBnews", "Foto: Ingo Pertramer".
    [GeneratedRegex(@"^(?:quelle|quellen|source|sources|źródło|fuente|foto|fotos|photo|photos|bild|bilder|beitragsbild|titelbild|titelfoto|credits?)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"\n[ \t\r\f\u00A0]*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N},]*")]
    private static partial Regex Word();
}
