using System.Text.RegularExpressions;

namespace FactCheck.Core.Claims;

/// <summary>
/// Reads one sentence around its quantities: who, when, where, says who, and what each figure measures.
/// Best-effort by design: a wrong actor is worse than none, so the rules only take what is plainly written.
/// </summary>
internal sealed partial class SentenceContext
{
    private readonly string sentence;
    private readonly int offset;
    private readonly List<Quantity> quantities;
    private readonly DateTimeOffset? published;
    private readonly List<Token> tokens;

    private readonly PartOfSpeechTagger? tagger;
    private string[]? words;
    private Dictionary<int, string>? tags;

    public SentenceContext(string sentence, int offset, List<Quantity> quantities, DateTimeOffset? published, PartOfSpeechTagger? tagger = null)
    {
        this.sentence = sentence;
        this.offset = offset;
        this.quantities = quantities;
        this.published = published;
        this.tagger = tagger;
        tokens = Tokenizer.Tokenize(sentence);
    }

    /// <summary>
    /// Whether the model reads token k as a verb ("Micron expects revenue", "10.96 million tonnes came"): the word lists
    /// know the change and level verbs, but a measure's noun phrase must also stop at any other. Asked only of words the
    /// noun-phrase readers are about to take, so the model runs a few times per claim.
    /// </summary>
    private bool IsVerb(int k) => TagOf(k) is "VERB" or "AUX";

    /// <summary>The model's tag of token k, asked once per token; null without a model or for a non-word.</summary>
    private string? TagOf(int k)
    {
        if (tagger is null || !tokens[k].IsWord)
        {
            return null;
        }

        tags ??= [];
        if (!tags.TryGetValue(k, out var tag))
        {
            words ??= tokens.Select(t => t.Text).ToArray();
            tag = tagger.Tag(words, k);
            tags[k] = tag;
        }

        return tag;
    }

    private int N => tokens.Count;

    /// <summary>The sentence's periods, read once: each claim chooses among them, the measure finder steps over them.</summary>
    private List<Found> periods = [];

    public IEnumerable<Claim> Claims(int firstOrdinal)
    {
        var (attribution, attributionStart, attributionEnd) = FindAttribution();
        var actors = FindActors(attributionStart, attributionEnd);
        periods = FindPeriods();
        var place = FindPlace(attributionStart, attributionEnd);

        var ordinal = firstOrdinal;
        var previous = new List<Claim>();
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            Quantity? conversion = null;
            if (i + 1 < quantities.Count && quantities[i + 1].Start - offset <= sentence.Length
                && ClaimExtractor.IsConversion(sentence, offset, q, quantities[i + 1]))
            {
                conversion = quantities[i + 1];
                i++;
            }

            var lastEnd = (conversion ?? q).End - offset;
            var nextStart = i + 1 < quantities.Count ? quantities[i + 1].Start - offset : sentence.Length;
            var direction = DirectionOf(actors, TokenAt(q.Start - offset), TokenAt(nextStart));
            var claim = new Claim
            {
                Ordinal = ordinal++,
                Quantity = q,
                Conversion = conversion,
                Sentence = sentence,
                SentenceStart = offset,
                Measure = FindMeasure(q, lastEnd, previous),
                Actors = actors.Names,
                Origin = direction.Origin,
                Destination = direction.Destination,
                Period = ChoosePeriod(q.Start - offset, lastEnd, nextStart, q.Per),
                Place = place,
                Attribution = attribution,
            };
            previous.Add(claim);
            yield return claim;
        }
    }

    // ---------------------------------------------------------------- attribution

    [GeneratedRegex(@"\b[Aa]ccording to [^,;:.!?]+(?:\.(?=\w)[^,;:.!?]*)*", RegexOptions.CultureInvariant)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"(?:\b[Tt]he\s+)?(?:[A-Z][\w’'&.-]*\s+){0,4}[A-Z][\w’'&.-]*\s+(?:reports?|reported|said|says|found|finds|estimates?|estimated|noted|notes|told|stated|wrote|writes|announced|claims?|claimed|calculated|showed|shows)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectSays();

    // ", the ministry said." / ", officials said on Monday." closing the sentence, or closing its main clause before
    // another (", the trade ministry said on Saturday, as the holidays cut ...").
    [GeneratedRegex(@",\s*(?<who>(?!(?:which|that|and|but|while|as|who)\b)(?:[\p{L}’'.-]+\s+){1,6}(?:said|says|reported|reports|estimated|estimates|added|noted|told\s+\p{L}+)(?:\s+on\s+\p{L}+)?)(?:\s*[.!?""”]*$|,)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TrailingSays();

    // "rose to 26% in a Forsa poll published on Tuesday", "in a Reuters/Ipsos poll conducted between ...": the survey the
    // figure comes from.
    [GeneratedRegex(@"\b(?:in|by)\s+(?<src>(?:an?|the)\s+(?:[\p{L}/&.-]+\s+){0,3}(?:poll|survey|census|tally|count))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex InPoll();

    // "Customs data show", "official figures showed", "a Gallup survey found", "a senior official told Reuters".
    [GeneratedRegex(@"(?:\b(?:[Tt]he|[Aa]n?)\s+)?(?:[\p{L}’'&./-]+\s+){0,4}?(?:data|figures|records|statistics|estimates|survey|poll|report|study|filings?|documents|numbers)\s+(?:from\s+(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+){1,5})?(?:show|shows|showed|found|finds|suggests?|suggested|indicates?|indicated)\b"
                    + @"|(?:\b(?:[Tt]he|[Aa]n?)\s+)?(?:[\p{L}’'&./-]+\s+){1,5}?told\s+(?:Reuters|reporters|journalists|AFP|Bloomberg|the\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex SourceShows();

    private (string? Text, int Start, int End) FindAttribution()
    {
        var m = AccordingTo().Match(sentence);

        // ", the defence ministry in Kyiv said." closes the sentence: the whole source, not just "Kyiv said".
        if (!m.Success && TrailingSays().Match(sentence) is { Success: true } trailing)
        {
            var who = trailing.Groups["who"];
            return (who.Value, who.Index, who.Index + who.Length);
        }

        if (!m.Success)
        {
            m = SubjectSays().Match(sentence);
        }

        if (!m.Success)
        {
            m = SourceShows().Match(sentence);
        }

        if (!m.Success && InPoll().Match(sentence) is { Success: true } poll)
        {
            var src = poll.Groups["src"];
            return (src.Value, src.Index, src.Index + src.Length);
        }

        return m.Success ? (m.Value.TrimEnd(), m.Index, m.Index + m.Length) : (null, -1, -1);
    }

    // ---------------------------------------------------------------- actors

    /// <summary>An actor named at a token, with the preposition before it ("from", "to") and whether it was a demonym.</summary>
    private sealed record Mention(string Name, int Token, bool Demonym, string? Lead);

    /// <summary>
    /// The sentence's actors, where each is named, and its trade words ("exported", "imports"): each figure reads its own
    /// direction from the trade word before it ("Brazil sold 7.8 million tonnes to China and 1.1 million tonnes to Spain").
    /// </summary>
    private sealed record ActorSet(IReadOnlyList<string> Names, string? Origin, string? Destination, IReadOnlyList<Mention> Mentions, IReadOnlyList<int> Trade);

    private static readonly HashSet<string> NameStoppers = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "But", "And", "Or", "While", "Despite",
        "According", "However", "Since", "Between", "After", "Before", "During", "Its", "Their", "This", "These",
        "That", "Those", "It", "As", "If", "When", "Many", "Some", "Most", "All", "Both", "Only", "Just", "Photo",
        "Over", "Under", "About", "Nearly", "More", "Less", "Up", "Last", "Next", "Mr", "Mrs", "Ms", "Dr",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "He", "She", "They", "We",
    };

    // Trade verbs tell the direction the sentence leaves unmarked: the subject of "imported" is where the
    // goods went, the subject of "sold" where they came from ("Russia imported cable from China": China → Russia).
    private static readonly HashSet<string> IntakeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "import", "imports", "imported", "importing", "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased",
        "receive", "receives", "received", "acquire", "acquires", "acquired",
    };

    private static readonly HashSet<string> OutflowVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "export", "exports", "exported", "exporting", "sell", "sells", "sold", "selling", "ship", "ships", "shipped",
        "send", "sends", "sent", "supply", "supplies", "supplied", "deliver", "delivers", "delivered", "provide", "provides", "provided",
        "pipe", "piped", "pipes", "pledge", "pledged", "pledges", "donate", "donated", "donates", "allocate", "allocated", "allocates",
        "give", "gave", "gives", "grant", "granted", "grants", "transfer", "transferred", "transfers", "lend", "lent", "lends", "loaned",
        "shipments", "shipment", "deliveries",
    };

    /// <summary>Continents and regions that receive or send goods as countries do ("exports to Europe").</summary>
    private static readonly HashSet<string> Regions = new(StringComparer.Ordinal) { "Europe", "Africa", "Asia", "Oceania", "Antarctica" };

    private ActorSet FindActors(int skipStart, int skipEnd)
    {
        var names = new List<string>();
        string? origin = null;
        string? destination = null;

        // Where each actor is named, and the trade words, to read the subject's role.
        var mentions = new List<Mention>();
        var trade = new List<int>();
        for (var v = 0; v < N; v++)
        {
            if (tokens[v].IsWord && !(tokens[v].Start >= skipStart && tokens[v].Start < skipEnd)
                && (IntakeVerbs.Contains(tokens[v].Text) || OutflowVerbs.Contains(tokens[v].Text)))
            {
                trade.Add(v);
            }
        }

        var verb = trade.Count > 0 ? trade[0] : -1;

        var k = 0;
        while (k < N)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                k++;
                continue;
            }

            // The source ("The Washington Post reports") is not an actor, but a country that speaks still is.
            var inAttribution = t.Start >= skipStart && t.Start < skipEnd;
            string? name = null;
            var end = k + 1;
            if (FormulaEnd(k) is { } formula)
            {
                k = formula;
                continue;
            }

            if (MatchCountry(k) is { } country)
            {
                (name, end) = country;
            }
            else if (Regions.Contains(t.Text))
            {
                name = t.Text;
            }
            else if (inAttribution)
            {
                k++;
                continue;
            }
            else if (t.IsCapitalised && !NameStoppers.Contains(t.Text) && !Lexicon.Months.ContainsKey(t.Text))
            {
                // Capitalised runs: "Shenzhen Huaxin Energy", "Rustakt LLC"; single words only as acronyms ("DJI").
                var j = k + 1;
                while (j < N && tokens[j].IsCapitalised && tokens[j].SpaceBefore && !tokens[j].BreakBefore
                       && !Lexicon.Months.ContainsKey(tokens[j].Text) && MatchCountry(j) is null && FormulaEnd(j) is null)
                {
                    j++;
                }

                var isAcronym = t.Text.Length is >= 2 and <= 6 && t.Text.All(char.IsUpper);
                if (j - k >= 2 || (isAcronym && Units.CurrencyCatalog.FindCode(t.Text) is null))
                {
                    name = Lexicon.StripPossessive(sentence[t.Start..tokens[j - 1].End]);
                    end = j;
                }
                else
                {
                    end = j;
                }
            }

            if (name is not null)
            {
                if (!names.Contains(name))
                {
                    names.Add(name);
                }

                // "to the Netherlands": the article sits between the preposition and the name.
                var leadAt = k > 1 && tokens[k - 1].IsWord && tokens[k - 1].Text is "the" ? k - 2 : k - 1;

                // "according to the US Department of Agriculture" names a source, not where anything went.
                if (leadAt >= 1 && tokens[leadAt].Text is "to" && tokens[leadAt - 1].Text is "according" or "According")
                {
                    leadAt = -1;
                }

                var leadWord = leadAt >= 0 && tokens[leadAt].IsWord ? tokens[leadAt].Text.ToLowerInvariant() : null;
                mentions.Add(new Mention(name, k, IsDemonym(Lexicon.StripPossessive(sentence[t.Start..tokens[end - 1].End])), leadWord is "into" ? "to" : leadWord));
                if (leadAt >= 0 && tokens[leadAt].IsWord)
                {
                    var lead = tokens[leadAt].Text;
                    if (origin is null && lead.Equals("from", StringComparison.OrdinalIgnoreCase))
                    {
                        origin = name;
                    }
                    else if (destination is null && (lead.Equals("to", StringComparison.OrdinalIgnoreCase)
                                                     || lead.Equals("into", StringComparison.OrdinalIgnoreCase)))
                    {
                        destination = name;
                    }
                }
            }

            k = end;
        }

        if (verb >= 0)
        {
            (origin, destination) = ReadTradeDirection(verb, mentions.DistinctBy(m => m.Name).ToList(), origin, destination);
        }

        return new ActorSet(names, origin, destination, mentions, trade);
    }

    /// <summary>
    /// The direction of the figure at token f (the next figure at nf): from the last trade word before it in its clause,
    /// the partners named with "to"/"from" after the figure (else between the trade word and the figure) up to the end of
    /// the clause, the subject's role, and a demonym on the goods; the sentence's direction where no trade word governs it.
    /// </summary>
    private (string? Origin, string? Destination) DirectionOf(ActorSet actors, int f, int nf)
    {
        var frame = -1;
        foreach (var w in actors.Trade)
        {
            if (w < f && !ClauseBreakBetween(tokens[w].End, tokens[f].Start))
            {
                frame = w;
            }
        }

        if (frame < 0)
        {
            return (actors.Origin, actors.Destination);
        }

        var clauseEnd = f;
        while (clauseEnd < N && clauseEnd < nf && !tokens[clauseEnd].Is(',') && !tokens[clauseEnd].Is(';'))
        {
            clauseEnd++;
        }

        Mention? Partner(string lead) =>
            actors.Mentions.FirstOrDefault(m => m.Lead == lead && m.Token > f && m.Token < clauseEnd)
            ?? actors.Mentions.LastOrDefault(m => m.Lead == lead && m.Token > frame && m.Token < f);

        var origin = Partner("from")?.Name;
        var destination = Partner("to")?.Name;

        // "supplied Russia with 400 missiles": the partner stands right after the verb.
        if (destination is null && actors.Mentions.FirstOrDefault(m => m.Token == frame + 1) is { } given
            && given.Token + 1 < N && actors.Mentions.All(m => m.Token != given.Token + 1) && WordAfterName(given.Token) is "with")
        {
            destination = given.Name;
        }

        // The subject: the last actor before the trade word in its clause, or the sentence's first for "its imports".
        var subject = actors.Mentions.LastOrDefault(m => m.Token < frame && m.Lead is not ("to" or "from") && !ClauseBreakBetween(tokens[m.Token].End, tokens[frame].Start))?.Name;
        if (subject is null && frame >= 1 && tokens[frame - 1].IsWord && tokens[frame - 1].Text is "its" or "their" or "Its" or "Their")
        {
            subject = actors.Mentions.FirstOrDefault(m => m.Token < frame)?.Name;
        }

        // A company's sales name no direction by themselves ("BYD sold 396,270 vehicles"); a country's exports do.
        if (subject is not null && origin is null && destination is null && !IsCountryOrRegion(subject))
        {
            subject = null;
        }

        var maker = actors.Mentions.FirstOrDefault(m => m.Token > frame && m.Token < clauseEnd && m.Demonym && m.Name != subject)?.Name;
        return Roles(tokens[frame].Text, subject, maker, origin, destination);
    }

    /// <summary>The subject of an intake word is the destination (a demonym on the goods their origin); of any other, the origin.</summary>
    private static (string? Origin, string? Destination) Roles(string tradeWord, string? subject, string? maker, string? origin, string? destination)
    {
        if (IntakeVerbs.Contains(tradeWord))
        {
            destination ??= subject is not null && subject != origin ? subject : null;
            origin ??= maker is not null && maker != destination ? maker : null;
        }
        else
        {
            origin ??= subject is not null && subject != destination ? subject : null;
        }

        return (origin, destination);
    }

    private static readonly HashSet<string> CountryNames = new(Lexicon.Countries.Values, StringComparer.Ordinal);

    private static bool IsCountryOrRegion(string name) => CountryNames.Contains(name) || Regions.Contains(name);

    /// <summary>The word after the actor named at token k (past a multi-word name), lowercased.</summary>
    private string? WordAfterName(int k)
    {
        var j = k + 1;
        while (j < N && tokens[j].IsCapitalised && tokens[j].SpaceBefore)
        {
            j++;
        }

        return j < N && tokens[j].IsWord ? tokens[j].Text.ToLowerInvariant() : null;
    }

    /// <param name="actors">Each actor where it was first named.</param>
    private (string? Origin, string? Destination) ReadTradeDirection(int verb, IReadOnlyList<Mention> actors, string? origin, string? destination)
    {
        // The subject: the last actor named before the verb within its clause ("German carmakers sold").
        string? subject = null;
        foreach (var a in actors)
        {
            if (a.Token < verb && !Enumerable.Range(a.Token, verb - a.Token).Any(i => tokens[i].Is(',') || tokens[i].Is(';')))
            {
                subject = a.Name;
            }
        }

        // A demonym qualifying the goods after the verb ("bought Chinese drone parts") names where they come from.
        var maker = actors.FirstOrDefault(a => a.Token > verb && a.Demonym && a.Name != subject)?.Name;
        return Roles(tokens[verb].Text, subject, maker, origin, destination);
    }

    /// <summary>The longest country name or demonym starting at token k ("North Korea", "U.S.", "Russian").</summary>
    private (string Name, int End)? MatchCountry(int k)
    {
        if (!tokens[k].IsCapitalised)
        {
            return null;
        }

        (string, int)? best = null;
        var key = "";
        for (var len = 1; len <= 4 && k + len - 1 < N; len++)
        {
            var t = tokens[k + len - 1];
            if (len > 1 && t.BreakBefore)
            {
                break;
            }

            key = len == 1 ? t.Text : key + (t.SpaceBefore ? " " : "") + t.Text;
            if (Lexicon.Countries.TryGetValue(Lexicon.StripPossessive(key), out var name))
            {
                best = (name, k + len);
            }
        }

        // A capital starting a longer proper name is not its country: "The Washington Post", "Moscow Times".
        if (best is { } found && Lexicon.Seats.Contains(sentence[tokens[k].Start..tokens[found.Item2 - 1].End])
            && found.Item2 < N && tokens[found.Item2].IsCapitalised && tokens[found.Item2].SpaceBefore && !tokens[found.Item2].BreakBefore
            && !NameStoppers.Contains(tokens[found.Item2].Text) && !Lexicon.Months.ContainsKey(tokens[found.Item2].Text))
        {
            return null;
        }

        return best;
    }

    // ---------------------------------------------------------------- place

    /// <param name="skipStart">Start of the attribution: "the ministry in Kyiv said" places the source, not the figure.</param>
    private string? FindPlace(int skipStart, int skipEnd)
    {
        for (var k = 0; k + 1 < N; k++)
        {
            if (!tokens[k].IsWord || tokens[k].Text.ToLowerInvariant() is not ("in" or "inside" or "across" or "within" or "at" or "near")
                || (tokens[k].Start >= skipStart && tokens[k].Start < skipEnd))
            {
                continue;
            }

            var j = k + 1;
            if (j < N && tokens[j].Text is "the" && j + 1 < N)
            {
                j++;
            }

            // "in western North Carolina", "in central Berlin": the part of the place is the place.
            string? region = null;
            if (j + 1 < N && RegionWords.Contains(tokens[j].Text) && tokens[j + 1].IsCapitalised)
            {
                region = tokens[j].Text + " ";
                j++;
            }

            if (j + 1 < N && tokens[j].Text is "euro" && tokens[j + 1].Text is "zone" or "area" || tokens[j].Text is "eurozone")
            {
                // The currency union is a place of its own: "inflation in the euro zone".
                return "euro zone";
            }

            if (MatchCountry(j) is { } country)
            {
                // "in Tokyo", "rents in London": a capital names the city, not the country it stands for elsewhere.
                var written = sentence[tokens[j].Start..tokens[country.End - 1].End];
                if (Lexicon.Seats.Contains(written))
                {
                    return region + written;
                }

                // "in Russian factories" is a demonym qualifying a noun, not a place; "in Spain fell" names the place.
                var qualifiesNoun = IsDemonym(sentence[tokens[j].Start..tokens[country.End - 1].End])
                                    && country.End < N && tokens[country.End].IsWord && char.IsLower(tokens[country.End].Text[0])
                                    && !Lexicon.StopWords.Contains(tokens[country.End].Text);
                if (!qualifiesNoun)
                {
                    return region + country.Name;
                }

                continue;
            }

            if (tokens[j].IsCapitalised && !Lexicon.Months.ContainsKey(tokens[j].Text) && !NameStoppers.Contains(tokens[j].Text)
                && !(tokens[j].Text.Length == 1 && j + 1 < N && !tokens[j + 1].SpaceBefore))
            {
                var e = j + 1;
                while (e < N && tokens[e].IsCapitalised && tokens[e].SpaceBefore)
                {
                    e++;
                }

                return region + Lexicon.StripPossessive(sentence[tokens[j].Start..tokens[e - 1].End]);
            }
        }

        return null;
    }

    private static readonly HashSet<string> RegionWords = new(StringComparer.Ordinal)
    {
        "central", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "northeastern",
        "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western",
        "coastal", "rural", "inner", "greater",
    };

    // ---------------------------------------------------------------- periods

    /// <param name="DatesAnotherEvent">
    /// The period hangs on a participle ("founded in 1998", "born in May"): it dates that event, so it
    /// is not carried to a figure after it.
    /// </param>
    /// <param name="DatesTheReport">
    /// "the ministry said on Tuesday" (when the figure was told) or "up 5% from August" (the base of a change): not what it covers.
    /// </param>
    private sealed record Found(int Start, int End, Period Period, bool IsRate, bool DatesAnotherEvent, bool DatesTheReport);

    // Abbreviations alone ("Jan", "Mar") are too often names; they count only with a day or a year.
    private const string FullMonth = "January|February|March|April|May|June|July|August|September|October|November|December";

    // "of 2024", "of this year", "of the year" after a quarter, a half or "the first nine months".
    private const string YearOf = @"(?:\s+of\s+(?:(?<py>(?:19|20)\d{2})|(?<rely>this|last|next)\s+year|(?<rely>the)\s+year))?\b";

    private const string Month = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?";

    [GeneratedRegex(@"\b(?<ytd>[Ss]o\s+far\s+this\s+year|this\s+year\s+so\s+far|[Yy]ear[\s-]to[\s-]date|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)\b"
                    + @"|\bat\s+the\s+end\s+of\s+(?:(?<eom>" + Month + @")(?:,?\s+(?<eomy>\d{4}))?|(?<eoy>(?:19|20)\d{2}))\b"
                    + @"|\b[Ss]ince\s+(?<sm>" + Month + @")(?:\s+(?<sd>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?<sy>\d{4}))?\b"
                    + @"|\b(?:the\s+)?(?:(?<spann>three|six|nine|12|twelve)[\s-]months?|(?<spanu>quarter|half|year|fiscal\s+year|financial\s+year|week))\s+(?:that\s+)?(?<sdir>to|through|ended|ending|ends|began|beginning|starting)\s+(?:on\s+)?(?<em>" + Month + @")(?:\s+(?<ed>\d{1,2}))?(?:,?\s+(?<ey>\d{4}))?\b"
                    + @"|\b(?:the\s+)?(?<hp>first|second)\s+half\s+of\s+(?<hm>" + FullMonth + @")(?:\s+(?<hy>\d{4}))?\b"
                    + @"|\b(?:[Bb]etween|[Ff]rom)\s+(?<m1>" + Month + @")(?:\s+(?<y1>\d{4}))?\s+(?:and|to|through|until)\s+(?<m2>" + Month + @")(?:\s+(?<y2>\d{4}))?"
                    + @"|\b(?<m1>" + Month + @")\s*[-–]\s*(?<m2>" + Month + @")(?:\s+(?<y2>\d{4}))?\b"
                    + @"|\b(?<m>" + Month + @")\s+(?<d>\d{1,2})\s*[-–]\s*(?<d2>\d{1,2})(?:,?\s+(?<y>\d{4}))?\b"
                    + @"|\b(?:[Bb]etween|[Ff]rom)\s+(?<m>" + Month + @")\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:and|to|through|until)\s+(?:(?<m2d>" + Month + @")\s+)?(?<d2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y>\d{4}))?\b"
                    + @"|\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>" + Month + @")(?:,?\s+(?<y>\d{4}))?\b"
                    + @"|\b(?<m>" + Month + @")\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y>\d{4}))?\b"
                    + @"|\b(?<m>" + Month + @")\s+(?:of\s+)?(?<y>\d{4})\b"
                    + @"|\b(?<m>" + FullMonth + @")\b"
                    + @"|\b(?:the\s+)?(?<part>first|second|third|fourth)\s+(?<pk>quarter|half)" + YearOf
                    + @"|\b(?<pq>Q[1-4]|H[12])(?:\s+(?<py>(?:19|20)\d{2}))?\b"
                    + @"|\b(?:the\s+)?first\s+(?<nm>two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months" + YearOf
                    + @"|\b(?:[Bb]etween|[Ff]rom)\s+(?<y1>(?:19|20)\d{2})\s+(?:and|to|until)\s+(?<y2>(?:19|20)\d{2})\b"
                    + @"|\b(?<y1>(?:19|20)\d{2})\s*[–-]\s*(?<y2>(?:19|20)?\d{2})\b"
                    + @"|\b(?<since>[Ss]ince)\s+(?<y>(?:19|20)\d{2})\b"
                    + @"|(?<![\d,.$€£])\b(?<y>(?:19|20)\d{2})\b(?!,\d|\.\d|\d)"
                    + @"|\b(?<rel>(?:this|last|next) (?:year|month))\b"
                    + @"|\b(?<season>(?:this|last|next) season|(?:during|in|over) the (?:regular |current |previous )?season)\b"
                    + @"|\b(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                    + @"|\b(?<rate>(?:per|a|an|each|every) (?:day|week|month|quarter|year)|annually|monthly|yearly|daily|weekly)\b(?!\s+(?:earlier|ago|later|before|after|on|in|from|and|or))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PeriodPattern();

    private List<Found> FindPeriods()
    {
        var list = new List<Found>();
        foreach (Match m in PeriodPattern().Matches(sentence))
        {
            // A period inside a figure ("$2,024") is not a period.
            if (InsideQuantity(m.Index))
            {
                continue;
            }

            var period = Resolve(m);
            if (period is not null)
            {
                list.Add(new Found(m.Index, m.Index + m.Length, period, m.Groups["rate"].Success, HangsOnParticiple(m.Index), FollowsSaying(m.Index) || IsComparisonBase(m.Index)));
            }
        }

        return list;
    }

    private bool InsideQuantity(int index)
    {
        foreach (var q in quantities)
        {
            if (index + offset >= q.Start && index + offset < q.End)
            {
                return true;
            }
        }

        return false;
    }

    private Period? Resolve(Match m)
    {
        var text = m.Value;
        // A sports season has no dates a checker could compare, but it still bounds the figure.
        if (m.Groups["rate"].Success || m.Groups["season"].Success)
        {
            return new Period(text, null, null);
        }

        if (m.Groups["ytd"].Success)
        {
            return published is { } now ? new Period(text, new DateOnly(now.Year, 1, 1), DateOnly.FromDateTime(now.Date)) : new Period(text, null, null);
        }

        if (m.Groups["eoy"].Success)
        {
            var end = new DateOnly(Int(m.Groups["eoy"].Value), 12, 31);
            return new Period(text, end, end);
        }

        if (m.Groups["eom"].Success)
        {
            var month = MonthNumber(m.Groups["eom"].Value);
            int? year = m.Groups["eomy"].Success ? Int(m.Groups["eomy"].Value) : YearFor(month);
            return year is { } y ? new Period(text, LastDay(y, month), LastDay(y, month)) : new Period(text, null, null);
        }

        if (m.Groups["sm"].Success)
        {
            // "since March": from then up to publication.
            var month = MonthNumber(m.Groups["sm"].Value);
            int? year = m.Groups["sy"].Success ? Int(m.Groups["sy"].Value) : YearFor(month);
            var day = m.Groups["sd"].Success ? Int(m.Groups["sd"].Value) : 1;
            return year is { } y && published is { } now && day <= DateTime.DaysInMonth(y, month)
                ? new Period(text, new DateOnly(y, month, day), DateOnly.FromDateTime(now.Date))
                : new Period(text, null, null);
        }

        if (m.Groups["sdir"].Success)
        {
            return SpanToDate(m, text);
        }

        if (m.Groups["hm"].Success)
        {
            var month = MonthNumber(m.Groups["hm"].Value);
            int? year = m.Groups["hy"].Success ? Int(m.Groups["hy"].Value) : YearFor(month);
            return year is not { } y ? new Period(text, null, null)
                : m.Groups["hp"].Value == "first" ? new Period(text, new DateOnly(y, month, 1), new DateOnly(y, month, 15))
                : new Period(text, new DateOnly(y, month, 16), LastDay(y, month));
        }

        if (m.Groups["part"].Success || m.Groups["pq"].Success || m.Groups["nm"].Success)
        {
            return PartOfYear(m, text);
        }

        if (m.Groups["wd"].Success)
        {
            // News names the latest such day up to publication ("on Tuesday" in Friday's paper).
            if (published is not { } pub)
            {
                return new Period(text, null, null);
            }

            var day = Enum.Parse<DayOfWeek>(text);
            var date = DateOnly.FromDateTime(pub.Date).AddDays(-(((int)pub.DayOfWeek - (int)day + 7) % 7));
            return new Period(text, date, date);
        }

        if (m.Groups["rel"].Success)
        {
            if (published is not { } p)
            {
                return new Period(text, null, null);
            }

            var shift = text.StartsWith("last", StringComparison.Ordinal) ? -1 : text.StartsWith("next", StringComparison.Ordinal) ? 1 : 0;
            return text.EndsWith("year", StringComparison.Ordinal)
                ? new Period(text, new DateOnly(p.Year + shift, 1, 1), new DateOnly(p.Year + shift, 12, 31))
                : MonthPeriod(text, p.Year, p.Month, shift);
        }

        if (m.Groups["m1"].Success)
        {
            var m1 = MonthNumber(m.Groups["m1"].Value);
            var m2 = MonthNumber(m.Groups["m2"].Value);
            var y2 = m.Groups["y2"].Success ? Int(m.Groups["y2"].Value) : YearFor(m2);
            int? y1 = m.Groups["y1"].Success ? Int(m.Groups["y1"].Value) : y2 is { } yy ? (m1 <= m2 ? yy : yy - 1) : null;
            return y1 is null || y2 is null
                ? new Period(text, null, null)
                : new Period(text, new DateOnly(y1.Value, m1, 1), LastDay(y2.Value, m2));
        }

        if (m.Groups["y1"].Success)
        {
            var y1 = Int(m.Groups["y1"].Value);
            var y2Text = m.Groups["y2"].Value;
            var y2 = y2Text.Length == 2 ? y1 / 100 * 100 + Int(y2Text) : Int(y2Text);
            return y2 <= y1 ? null : new Period(text, new DateOnly(y1, 1, 1), new DateOnly(y2, 12, 31));
        }

        if (m.Groups["m"].Success)
        {
            var monthText = m.Groups["m"].Value;
            var month = MonthNumber(monthText);
            var hasDay = m.Groups["d"].Success;
            var hasYear = m.Groups["y"].Success;

            // "May" alone is usually the verb; trust it only with a day, a year or a leading preposition.
            if (monthText.StartsWith("May", StringComparison.Ordinal) && !hasDay && !hasYear && !PrecededByPreposition(m.Index))
            {
                return null;
            }

            var year = hasYear ? Int(m.Groups["y"].Value) : YearFor(month);
            if (year is null)
            {
                return new Period(text, null, null);
            }

            if (hasDay)
            {
                var day = Int(m.Groups["d"].Value);
                if (day < 1 || day > DateTime.DaysInMonth(year.Value, month))
                {
                    return null;
                }

                var date = new DateOnly(year.Value, month, day);
                if (m.Groups["d2"].Success)
                {
                    // "Oct. 3-9", "between Sept. 25 and Sept. 27", "from June 28 to July 3": a run of days.
                    var lastMonth = m.Groups["m2d"].Success ? MonthNumber(m.Groups["m2d"].Value) : month;
                    var lastYear = lastMonth < month ? year.Value + 1 : year.Value;
                    var last = Int(m.Groups["d2"].Value);
                    return last >= 1 && last <= DateTime.DaysInMonth(lastYear, lastMonth) && new DateOnly(lastYear, lastMonth, last) is var to && to > date
                        ? new Period(text, date, to)
                        : null;
                }

                return new Period(text, date, date);
            }

            return new Period(text, new DateOnly(year.Value, month, 1), LastDay(year.Value, month));
        }

        if (m.Groups["y"].Success)
        {
            var y = Int(m.Groups["y"].Value);
            var to = m.Groups["since"].Success ? published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : (DateOnly?)null : new DateOnly(y, 12, 31);
            return new Period(text, new DateOnly(y, 1, 1), to);
        }

        return null;
    }

    /// <summary>
    /// "the 12 months to August", "the quarter ended July 27", "the fiscal year that began July 1": a span of known length
    /// ending (or starting) on the date written.
    /// </summary>
    private Period SpanToDate(Match m, string text)
    {
        var month = MonthNumber(m.Groups["em"].Value);
        int? year = m.Groups["ey"].Success ? Int(m.Groups["ey"].Value) : YearFor(month);
        var hasDay = m.Groups["ed"].Success;
        var day = hasDay ? Int(m.Groups["ed"].Value) : 0;
        if (year is not { } y || (hasDay && (day < 1 || day > DateTime.DaysInMonth(y, month))))
        {
            return new Period(text, null, null);
        }

        var unit = m.Groups["spanu"].Value;
        var months = m.Groups["spann"].Value switch
        {
            "three" => 3,
            "six" => 6,
            "nine" => 9,
            "12" or "twelve" => 12,
            _ => unit switch { "quarter" => 3, "half" => 6, "week" => 0, _ => 12 },
        };

        if (m.Groups["sdir"].Value is "began" or "beginning" or "starting")
        {
            var from = new DateOnly(y, month, hasDay ? day : 1);
            return new Period(text, from, months == 0 ? from.AddDays(6) : from.AddMonths(months).AddDays(-1));
        }

        var to = hasDay ? new DateOnly(y, month, day) : LastDay(y, month);
        var start = months == 0 ? to.AddDays(-6) : hasDay ? to.AddMonths(-months).AddDays(1) : new DateOnly(y, month, 1).AddMonths(1 - months);
        return new Period(text, start, to);
    }

    // A quarter of a game, not of a year.
    [GeneratedRegex(@"\b(?:points?|goals?|touchdowns?|game|match|season|scored|quarterback|innings|rebounds|assists|yards)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SportCue();

    private static readonly string[] MonthCounts = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];

    /// <summary>
    /// "the first half of 2024", "Q3", "the first nine months": months of a year. Without a year, the written-out
    /// halves stay unresolved, since "in the first half" is as often a match as a year, and so do quarters in a sentence
    /// about a game; the others (Q3, H1, the third quarter, the first nine months) take the latest such part that had ended
    /// by publication, as reported results do.
    /// </summary>
    private Period PartOfYear(Match m, string text)
    {
        int first, last;
        if (m.Groups["nm"].Success)
        {
            (first, last) = (1, Array.IndexOf(MonthCounts, m.Groups["nm"].Value) + 2);
        }
        else
        {
            var isHalf = m.Groups["pk"].Value == "half" || m.Groups["pq"].Value.StartsWith('H');
            var index = m.Groups["pq"].Success ? m.Groups["pq"].Value[1] - '0' : Array.IndexOf(["first", "second", "third", "fourth"], m.Groups["part"].Value) + 1;
            if (isHalf && index > 2)
            {
                return new Period(text, null, null);
            }

            var size = isHalf ? 6 : 3;
            (first, last) = (size * (index - 1) + 1, size * index);
        }

        int? year = m.Groups["py"].Success ? Int(m.Groups["py"].Value) : null;
        var business = m.Groups["pq"].Success || m.Groups["nm"].Success || (m.Groups["pk"].Value == "quarter" && !SportCue().IsMatch(sentence));
        if (year is null && published is { } p)
        {
            var rel = m.Groups["rely"].Value;
            year = rel switch
            {
                "this" or "the" => p.Year,
                "last" => p.Year - 1,
                "next" => p.Year + 1,
                _ when business => last < p.Month ? p.Year : p.Year - 1,
                _ => null,
            };
        }

        return year is { } y ? new Period(text, new DateOnly(y, first, 1), LastDay(y, last)) : new Period(text, null, null);
    }

    private static readonly HashSet<string> SayingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "announced", "reported", "stated", "added", "wrote", "noted", "confirmed", "disclosed", "published",
        "released", "issued", "showed", "show", "shows",
    };

    /// <summary>"up 24% from 2022", "compared with August": the base a change is measured against, not the period it covers.</summary>
    private bool IsComparisonBase(int index)
    {
        var before = sentence.AsSpan(0, index).TrimEnd();
        var word = LastWord(before);
        if (word is "from" or "than" or "versus" or "vs" or "vs.")
        {
            return true;
        }

        if (word is "with" or "to")
        {
            var previous = LastWord(before[..^word.Length].TrimEnd());
            return previous is "compared" or "comparison" or "relative";
        }

        return false;
    }

    private bool FollowsSaying(int index)
    {
        var before = sentence.AsSpan(0, index).TrimEnd();
        var word = LastWord(before);
        if (word is "on" or "late" or "earlier")
        {
            before = before[..^word.Length].TrimEnd();
            word = LastWord(before);
            if (word is "late" or "earlier")
            {
                word = LastWord(before[..^word.Length].TrimEnd());
            }
        }

        return SayingVerbs.Contains(word.ToString());
    }

    private bool HangsOnParticiple(int index)
    {
        var before = sentence.AsSpan(0, index).TrimEnd();
        var word = LastWord(before);
        if (word is "in" or "on" or "since" or "during" or "by")
        {
            word = LastWord(before[..^word.Length].TrimEnd());
        }

        return word.EndsWith("ed", StringComparison.Ordinal) || word is "born" or "built" or "made" or "set" or "begun" or "won";
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        var space = text.LastIndexOfAny(' ', ',', '(');
        return space < 0 ? text : text[(space + 1)..];
    }

    private bool PrecededByPreposition(int index)
    {
        var before = sentence.AsSpan(0, index).TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = space < 0 ? before : before[(space + 1)..];
        return word is "in" or "In" or "since" or "Since" or "by" or "of" or "during" or "until" or "from" or "and" or "to"
            or "early" or "late" or "mid" or "last" or "this" or "through" or "between";
    }

    /// <summary>A month without a year is the latest such month up to publication.</summary>
    private int? YearFor(int month)
    {
        if (published is not { } p)
        {
            return null;
        }

        return month > p.Month ? p.Year - 1 : p.Year;
    }

    private static Period MonthPeriod(string text, int year, int month, int shift)
    {
        var first = new DateOnly(year, month, 1).AddMonths(shift);
        return new Period(text, first, first.AddMonths(1).AddDays(-1));
    }

    private static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static int MonthNumber(string text) => Lexicon.Months[text.TrimEnd('.')];

    private static int Int(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The period written after the figure and before the next one ("527,865 km in August, ..."), else the
    /// rate written there ("per month"), else the nearest period before it ("In August alone, ... 72 miles").
    /// </summary>
    private static readonly HashSet<string> RateWords = new(StringComparer.Ordinal)
    {
        "second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year", "decade", "annum",
    };

    /// <summary>A comma or semicolon between two places, other than the commas inside figures ("3,000").</summary>
    private bool ClauseBreakBetween(int from, int to)
    {
        var span = sentence.AsSpan(from, to - from);
        return span.Contains(';') || span.Contains(", ", StringComparison.Ordinal) || span.Contains(",\u00A0", StringComparison.Ordinal);
    }

    private Period? ChoosePeriod(int start, int end, int nextStart, string? per)
    {
        Found? after = null;
        Found? before = null;
        Found? rate = null;
        foreach (var f in periods)
        {
            if (f.IsRate)
            {
                if (f.Start >= end && f.Start < nextStart && rate is null)
                {
                    rate = f;
                }

                continue;
            }

            if (f.DatesTheReport)
            {
                continue;
            }

            if (f.Start >= end && f.Start < nextStart && after is null)
            {
                after = f;
            }
            else if (f.End <= start && !f.DatesAnotherEvent)
            {
                before = f;
            }
        }

        // "climbed 22% to $16.6 billion in September": the period of the figure that follows in the same clause.
        var later = after is null && rate is null && before is null
            ? periods.FirstOrDefault(f => !f.IsRate && !f.DatesTheReport && f.Start >= end && !ClauseBreakBetween(end, f.Start))
            : null;

        return after?.Period ?? rate?.Period ?? before?.Period ?? later?.Period
            ?? (per is not null && RateWords.Contains(per) ? new Period("per " + per, null, null) : null);
    }

    // ---------------------------------------------------------------- measure

    private static readonly HashSet<string> ValueLeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "valued", "worth", "totalling", "totaling", "costing", "priced", "amounting", "estimated",
    };

    private static bool IsWholePeriod(string phrase) =>
        PeriodPattern().Match(phrase) is { Success: true, Index: 0 } m && m.Length == phrase.Length;

    private string? FindMeasure(Quantity q, int end, List<Claim> previous) => Tidy(FindMeasurePhrase(q, end, previous));

    /// <summary>
    /// The measure without what other fields hold: an owner that is an actor ("Nvidia's revenue" is revenue, Nvidia an
    /// actor) and a demonym naming the origin ("German ammunition" is ammunition from Germany).
    /// </summary>
    private static string? Tidy(string? measure)
    {
        if (measure is null)
        {
            return null;
        }

        var owner = OwnerPrefix().Match(measure);
        if (owner.Success && owner.Length < measure.Length)
        {
            measure = measure[owner.Length..];
        }

        var space = measure.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && IsDemonym(measure[..space]) ? measure[(space + 1)..] : measure;
    }

    // "Nvidia's revenue", "the euro zone's current account surplus", "the country's trade surplus": the owner is an actor
    // or a stand-in for one, never the thing measured.
    [GeneratedRegex(@"^(?:[\w.&-]+\s+){0,3}[\w.&-]*\w['’]s?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerPrefix();

    /// <summary>Nouns that name the change itself ("a 23% jump"), never the thing that changed.</summary>
    private static readonly HashSet<string> ChangeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "jump", "rise", "increase", "drop", "decline", "fall", "gain", "surge", "slump", "cut", "hike", "growth", "reduction",
        "climb", "plunge", "dip", "rebound", "slide", "loss", "decrease", "spike", "contraction", "expansion", "improvement",
    };

    /// <summary>
    /// Attributes that name nothing without their owner: "a range of 36 miles" is the range of whatever has it, which a
    /// check would otherwise take for the range of anything else.
    /// </summary>
    private static readonly HashSet<string> AttributeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "range", "rate", "total", "level", "share", "value", "number", "amount", "size", "length", "capacity", "cost",
        "price", "speed", "height", "depth", "weight", "distance", "average", "sum", "figure", "estimate",
    };

    /// <summary>Verbs that put a figure on their object: "officials put the rainfall at 340 mm", "estimated the damage at $2 billion".</summary>
    private static readonly HashSet<string> PlacingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "put", "puts", "estimated", "estimates", "estimate", "valued", "values", "pegged", "pegs", "set", "sets", "priced",
        "forecast", "forecasts", "projected", "projects", "kept", "keeps", "left", "leaves", "capped", "caps",
    };

    /// <summary>Nouns of time: "$46.7 billion in the quarter" is dated by them, not measuring them.</summary>
    private static readonly HashSet<string> PeriodNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "quarter", "year", "month", "week", "day", "period", "half", "season", "decade", "fortnight",
    };

    private string? FindMeasurePhrase(Quantity q, int end, List<Claim> previous)
    {
        var k = TokenAt(end);

        // "328,000 miles (527,865 km) of fiber-optic cable": skip the conversion's closing bracket.
        while (k < N && tokens[k].Kind == TokenKind.Symbol && tokens[k].Text is ")" or "]")
        {
            k++;
        }

        if (k < N && tokens[k].IsWord)
        {
            var lead = tokens[k].Text.ToLowerInvariant();
            if (lead == "worth" && k + 1 < N && tokens[k + 1].Text == "of")
            {
                k++;
                lead = "of";
            }

            if (lead == "of" && q.Dimension == Dimension.Percentage && ShareOfSubject(q) is { } whole)
            {
                return whole;
            }

            if (lead == "of" || (lead == "in" && q.Dimension == Dimension.Currency))
            {
                // "$7.7 billion in Q3", "$46.7 billion in the quarter": what follows "in" is the period, not the goods.
                if (ReadNounPhrase(k + 1) is { } np && !IsWholePeriod(np) && !PeriodNouns.Contains(np) && !InPeriod(k + 1))
                {
                    return np;
                }
            }
            else if (lead is "long" or "wide" or "high" or "deep" or "tall" or "thick" or "across" && q.Dimension == Dimension.Length
                     && ReadNounPhraseBackwards(TokenAt(q.Start - offset) - 1) is { } measured)
            {
                // "a path 59 miles long": the figure is the length of the noun before it.
                return measured;
            }
            else if (q.Dimension != Dimension.Count && tokens[k].Start == end + 1 && !tokens[k].IsCapitalised && lead is not ("worth" or "apiece" or "each")
                     && !Lexicon.StopWords.Contains(tokens[k].Text) && !ChangeNouns.Contains(tokens[k].Text) && !IsVerb(k)
                     && !(TagOf(k) is "ADJ" && (k + 1 >= N || !tokens[k + 1].IsWord || Lexicon.StopWords.Contains(tokens[k + 1].Text)))
                     && ReadNounPhrase(k) is { } adjectival)
            {
                // The figure qualifies a noun: "a $2,200 machine", "a 12-mile range", "0.28mm cable".
                return adjectival;
            }
        }

        if (q.Dimension == Dimension.Count)
        {
            return q.Unit;
        }

        // "components valued at $577 million"
        var first = TokenAt(q.Start - offset) - 1;
        if (first >= 1 && tokens[first].Text is "at" or "to")
        {
            first--;
        }

        if (first >= 0 && tokens[first].IsWord && ValueLeads.Contains(tokens[first].Text)
            && (ReadNounPhraseBackwards(first - 1) ?? (VerbGroupStart(first) is var group && group < first && IsPassive(group, first) ? SubjectBefore(group - 1) : null)) is { } before)
        {
            // "components valued at $577 million", "The deal was valued at $3 billion".
            return before;
        }

        // "averaged €62 a megawatt-hour, down 18% from August": a change put after a comma is the previous figure's.
        var changeAt = TokenAt(q.Start - offset) - 1;
        if (changeAt >= 1 && tokens[changeAt].IsWord && tokens[changeAt].Text is "up" or "down" && tokens[changeAt - 1].Is(',')
            && previous.Count > 0 && previous[^1].Measure is { } changed)
        {
            return changed;
        }

        // "global growth of 3.2%", "net income of $1.4 billion": the noun the figure is "of".
        var qStart = q.Start - offset;
        var ofAt = TokenAt(qStart) - 1;
        if (RateOfVerb(ofAt) is { } paced)
        {
            return paced;
        }

        if (ofAt >= 1 && tokens[ofAt].IsWord && tokens[ofAt].Text == "of" && ReadNounPhraseBackwards(ofAt - 1) is { } owned
            && !PeriodNouns.Contains(owned) && !AttributeNouns.Contains(owned[(owned.LastIndexOf(' ') + 1)..]))
        {
            return owned;
        }

        // "Rents rose 40%", "revenue rose 56% to $46.7 billion": the subject of the verb the figure hangs on.
        if (SubjectOfVerb(TokenAt(qStart) - 1, previous) is { } subject)
        {
            return subject;
        }

        // A series keeps its measure: "119,000 miles of cable in May, 209,215 km in June".
        for (var i = previous.Count - 1; i >= 0; i--)
        {
            if (previous[i].Quantity.Dimension == q.Dimension && previous[i].Measure is not null)
            {
                return previous[i].Measure;
            }
        }

        // "Exports of lithium-ion batteries ... peaked at $54 million": the nearest "of <noun phrase>" before.
        for (var j = TokenAt(qStart) - 1; j >= 0; j--)
        {
            if (tokens[j].IsWord && tokens[j].Text == "of" && ReadNounPhrase(j + 1) is { } np)
            {
                return np;
            }
        }

        return null;
    }

    /// <summary>
    /// "GDP expanded at an annualised rate of 2.2%", "prices rose at the fastest pace of 4%": the rate is the verb's, so
    /// the measure is its subject. ofAt is the "of" before the figure.
    /// </summary>
    private string? RateOfVerb(int ofAt)
    {
        if (ofAt < 3 || !tokens[ofAt].IsWord || tokens[ofAt].Text != "of" || tokens[ofAt - 1].Text is not ("rate" or "pace"))
        {
            return null;
        }

        var at = ofAt - 2;
        while (at >= 1 && at >= ofAt - 4 && tokens[at].IsWord && tokens[at].Text is not "at")
        {
            at--;
        }

        return at >= 1 && tokens[at].Text is "at" && tokens[at - 1].IsWord && Lexicon.IsChangeVerb(tokens[at - 1].Text)
            ? SubjectBefore(VerbGroupStart(at - 1) - 1)
            : null;
    }

    /// <summary>
    /// "Wind power accounted for 24% of electricity generation", "Debt rose to 98% of GDP": a share stated of its subject
    /// measures the subject, not the whole; "won 63% of the vote" has no such verb and measures the vote.
    /// </summary>
    private string? ShareOfSubject(Quantity q)
    {
        var v = TokenAt(q.Start - offset) - 1;
        while (v >= 0 && tokens[v].IsWord && VerbGlue.Contains(tokens[v].Text))
        {
            v--;
        }

        if (v >= 1 && tokens[v].Text is "for" && ShareVerbs.Contains(tokens[v - 1].Text))
        {
            v--;
        }

        if (v < 1 || !tokens[v].IsWord || !(ShareVerbs.Contains(tokens[v].Text) || tokens[v].Text is "made" or "make" or "makes"
            || Lexicon.IsChangeVerb(tokens[v].Text) || tokens[v].Text is "was" or "were" or "is" or "are" or "reached" or "reach" or "hit" or "topped" or "exceeded"))
        {
            return null;
        }

        return SubjectBefore(VerbGroupStart(v) - 1);
    }

    /// <summary>
    /// The subject of the change or level verb before token v, across the glue words ("rose by about") and an earlier
    /// figure of the same verb ("rose 56% to $46.7 billion"); a trailing place or partner is passed over
    /// ("exports to the United States jumped", "prices in Spain averaged").
    /// </summary>
    private string? SubjectOfVerb(int v, List<Claim> previous)
    {
        for (var hops = 0; hops < 3; hops++)
        {
            while (v >= 0 && tokens[v].IsWord && (VerbGlue.Contains(tokens[v].Text) || (hops > 0 && tokens[v].Text is "from"))
                   && !(tokens[v].Text is "record" && v >= 1 && tokens[v - 1].Text is not ("a" or "another")))
            {
                v--;
            }

            // "rose 32% from a year earlier to 12.1 trillion won": the base of the change sits between its two figures.
            if (v >= 2 && tokens[v].IsWord && tokens[v].Text is "earlier" or "ago" or "before")
            {
                var from = v - 1;
                while (from >= 1 && from >= v - 4 && tokens[from].IsWord && tokens[from].Text is not ("from" or "than" or "on" or "over" or "versus"))
                {
                    from--;
                }

                if (from >= 1 && tokens[from].IsWord && tokens[from].Text is "from" or "than" or "on" or "over" or "versus")
                {
                    v = from - 1;
                }
            }

            // "fell 4% in the first nine months, to €27.8 billion": a comma after the period or figure stays in the clause.
            if (v >= 1 && tokens[v].Is(',') && (InPeriod(v - 1) || previous.Exists(c => tokens[v - 1].Start + offset >= c.Quantity.Start && tokens[v - 1].End + offset <= (c.Conversion ?? c.Quantity).End)))
            {
                v--;
            }

            // A period between the verb and the figure: "rose 30% this year to 33.4 million tonnes".
            if (v >= 0 && periods.FindLast(f => f.End >= tokens[v].End && f.Start <= tokens[v].Start) is { } period)
            {
                v = TokenAt(period.Start) - 1;
                if (v >= 0 && tokens[v].IsWord && tokens[v].Text is "in" or "during" or "over" or "for")
                {
                    v--;
                }

                continue;
            }

            // An earlier figure of the same clause: step over it to its verb.
            var figure = v >= 0 ? previous.FindLast(c => tokens[v].Start + offset >= c.Quantity.Start && tokens[v].Start + offset < (c.Conversion ?? c.Quantity).End + 1) : null;
            if (figure is null)
            {
                break;
            }

            v = TokenAt(figure.Quantity.Start - offset) - 1;
        }

        if (v < 1 || !tokens[v].IsWord)
        {
            return null;
        }

        // "accounted for 24%": the verb is the word before its particle.
        if (tokens[v].Text is "for" && ShareVerbs.Contains(tokens[v - 1].Text))
        {
            v--;
        }

        // "Lithium prices have fallen", "Copper prices, which had slipped for weeks, rose", "The deal was valued at".
        var group = VerbGroupStart(v);
        if ((IsStatingVerb(v) || (group < v && IsPassive(group, v) && (PlacingVerbs.Contains(tokens[v].Text) || ValueLeads.Contains(tokens[v].Text))))
            && SubjectBefore(group - 1) is { } subject)
        {
            return subject;
        }

        if (!(Lexicon.IsChangeVerb(tokens[v].Text) || LevelVerbs.Contains(tokens[v].Text)))
        {
            // "cut the budget deficit to 4.7%", "raised the world record to 6.30 metres", "put Sunday's rainfall in
            // Chennai at 340 mm": the object of a verb that changes it or puts a figure on it.
            var obj = ObjectBefore(v) ?? (PrepositionBefore(v) is { } p ? ObjectBefore(p - 1) : null);
            return obj is { } o && o.Verb >= 0 && (Lexicon.IsChangeVerb(tokens[o.Verb].Text) || PlacingVerbs.Contains(tokens[o.Verb].Text)) ? o.Phrase : null;
        }

        // A phrase right before the verb may be the object of a trailing preposition ("Turnout in the upper house
        // election was"); then the clause's opening phrase is the subject.
        if (ReadNounPhraseBackwards(v - 1) is { } nearest)
        {
            var at = TokenAt(sentence.LastIndexOf(nearest, tokens[v].Start, StringComparison.Ordinal)) - 1;
            while (at >= 0 && tokens[at].IsWord && tokens[at].Text is "the" or "a" or "an")
            {
                at--;
            }

            var inPhrase = at >= 0 && tokens[at].IsWord && TrailingPrepositions.Contains(tokens[at].Text);
            return inPhrase ? ClauseSubject(v) ?? nearest : nearest;
        }

        return ClauseSubject(v) ?? NounBeforePreposition(v);
    }

    /// <summary>A verb that states a figure of its subject: a change, a level, or a share ("accounted for", "made up").</summary>
    private bool IsStatingVerb(int v) =>
        Lexicon.IsChangeVerb(tokens[v].Text) || LevelVerbs.Contains(tokens[v].Text) || ShareVerbs.Contains(tokens[v].Text)
        || (tokens[v].Text is "made" or "make" or "makes" && v + 1 < N && tokens[v + 1].Text is "up");

    /// <summary>Verbs that give their subject's share of a whole: "wind accounted for 24% of generation".</summary>
    private static readonly HashSet<string> ShareVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "accounted", "accounts", "account", "represented", "represents", "represent", "comprised", "comprises", "equalled",
        "equaled", "equals", "equal",
    };

    /// <summary>Words of a verb group before its main verb: "have fallen", "is expected to rise", "will reach".</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "have", "has", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "may", "might",
        "should", "shall", "can", "not", "also", "still", "already", "further",
    };

    /// <summary>Words that put a verb off into the future: "is expected to rise", "is set to reach".</summary>
    private static readonly HashSet<string> Outlooks = new(StringComparer.OrdinalIgnoreCase)
    {
        "expected", "forecast", "projected", "set", "likely", "seen", "due", "poised", "predicted", "estimated", "tipped",
        "unlikely", "continued", "continues", "continue", "began", "begins", "started", "starts",
    };

    /// <summary>The first token of the verb group ending at v, past auxiliaries, "-ly" adverbs and "expected to".</summary>
    private int VerbGroupStart(int v)
    {
        var g = v;
        while (g >= 1 && tokens[g - 1].IsWord)
        {
            var w = tokens[g - 1].Text;
            if (Auxiliaries.Contains(w) || (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !tokens[g - 1].IsCapitalised && !IsAnAdjective(g - 1)))
            {
                g--;
            }
            else if (w is "to" && g >= 2 && Outlooks.Contains(tokens[g - 2].Text))
            {
                g -= 2;
            }
            else
            {
                break;
            }
        }

        return g;
    }

    private bool IsAnAdjective(int k) => TagOf(k) is "ADJ" or "NOUN";

    /// <summary>"was valued", "were put": a form of "be" in the group makes the subject what the verb puts a figure on.</summary>
    private bool IsPassive(int group, int v)
    {
        for (var j = group; j < v; j++)
        {
            if (tokens[j].Text is "is" or "are" or "was" or "were" or "be" or "been" or "being")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Prepositions of the phrases that trail a subject: "sales in Britain", "the number of asylum seekers".</summary>
    private static readonly HashSet<string> SubjectPrepositions = new(StringComparer.Ordinal)
    {
        "in", "of", "for", "from", "to", "at", "among", "across", "on", "by", "into", "over", "between", "with", "inside", "outside",
    };

    /// <summary>Heads that stand for what they count or price: "the number of asylum seekers" measures asylum seekers.</summary>
    private static readonly HashSet<string> CountHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "number", "numbers", "value", "amount", "volume", "volumes", "quantity", "total", "tally", "count",
    };

    /// <summary>
    /// The subject whose verb group starts after token j: past an aside between commas ("Coffee exports, the largest since
    /// 2019, rose"), a relative pronoun (", which rose") and trailing phrases ("Retail sales in Britain", "stockpiles at
    /// Cushing, Oklahoma"). A head that counts or values its "of" phrase gives way to it; one of "for" goes behind it
    /// ("prices for frozen chicken" are frozen chicken prices).
    /// </summary>
    private string? SubjectBefore(int j)
    {
        if (j >= 1 && tokens[j].IsWord && tokens[j].Text is "which" or "that" && tokens[j - 1].Is(','))
        {
            j -= 2;
        }
        else if (j >= 0 && tokens[j].Is(','))
        {
            // The aside must open with a comma of its own within a few words.
            var open = j - 1;
            while (open >= 0 && open >= j - 14 && !tokens[open].Is(',') && !tokens[open].Is(';') && !tokens[open].Is('.'))
            {
                open--;
            }

            if (open < 1 || open < j - 14 || !tokens[open].Is(','))
            {
                return null;
            }

            j = open - 1;
        }

        // Step back over trailing phrases to the head they qualify: "stockpiles at Cushing", "rates among US adults";
        // "In May revenue rose" has none before its head.
        (string Text, int Start)? head = null;
        (string Preposition, int At)? trailing = null;
        (string Preposition, int At)? pending = null;
        var at = j;
        for (var hops = 0; hops < 5 && at >= 0; hops++)
        {
            if (NounPhraseBack(at) is { } np)
            {
                head = WithConjunct(np);
                trailing = pending;
            }

            var b = (head is { } h && h.Start <= at ? h.Start : at + 1) - 1;
            while (b >= 1 && b >= at - 6 && IsNameOrDeterminer(b))
            {
                b--;
            }

            if (b < 1 || !SubjectPrepositions.Contains(tokens[b].Text))
            {
                break;
            }

            pending = (tokens[b].Text, b);
            at = b - 1;
        }

        if (head is not { } found)
        {
            return null;
        }

        var text = found.Text;
        if (trailing is { } t && ReadNounPhrase(t.At + 1) is { } obj && (!tokens[t.At + 1].IsCapitalised || IsDemonym(tokens[t.At + 1].Text)))
        {
            var last = text[(text.LastIndexOf(' ') + 1)..];
            if (t.Preposition == "of" && (CountHeads.Contains(last) || FlowNouns.Contains(last)))
            {
                return obj;
            }

            if (t.Preposition == "of" && (AttributeNouns.Contains(last) || AttributeNouns.Contains(last.TrimEnd('s'))))
            {
                return text + " of " + obj;
            }

            if (t.Preposition == "for")
            {
                return obj + " " + text;
            }
        }

        return text;
    }

    /// <summary>
    /// "Wheat and barley exports", "its fashion and leather goods division": a short phrase joined by "and" at the
    /// start of the subject shares its head.
    /// </summary>
    private (string Text, int Start) WithConjunct((string Text, int Start) np)
    {
        var and = np.Start - 1;
        if (and >= 1 && tokens[and].Text is "and" or "or" && NounPhraseBack(and - 1) is { } other && and - other.Start <= 2
            && (other.Start == 0 || tokens[other.Start - 1].Is(',') || tokens[other.Start - 1].Text is "the" or "The" or "its" or "their"))
        {
            return (other.Text + " " + tokens[and].Text + " " + np.Text, other.Start);
        }

        return np;
    }

    /// <summary>A word of a trailing phrase's object that no noun phrase reader takes: a name, an article, an owner.</summary>
    private bool IsNameOrDeterminer(int b) =>
        (tokens[b].IsWord && !SubjectPrepositions.Contains(tokens[b].Text)
         && (tokens[b].IsCapitalised || tokens[b].Text is "the" or "a" or "an" or "its" or "their"
             || Lexicon.StripPossessive(tokens[b].Text).Length < tokens[b].Text.Length))
        || tokens[b].Is('\'') || tokens[b].Is('’') || tokens[b].Is('-') || tokens[b].Kind == TokenKind.Number;

    /// <summary>The preposition opening a short trailing phrase that ends at token v ("in Chennai"), or null.</summary>
    private int? PrepositionBefore(int v)
    {
        for (var j = v; j >= Math.Max(1, v - 4); j--)
        {
            if (!tokens[j].IsWord)
            {
                return null;
            }

            if (tokens[j].Text is "in" or "at" or "for" or "across" or "from" or "on")
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>
    /// The noun phrase ending at token v and the token before it (past "the", "its" and an owner such as "Sunday's"), or
    /// null.
    /// </summary>
    private (string Phrase, int Verb)? ObjectBefore(int v)
    {
        if (v < 0 || ReadNounPhraseBackwards(v) is not { } phrase)
        {
            return null;
        }

        var j = TokenAt(sentence.LastIndexOf(phrase, tokens[v].End, StringComparison.Ordinal)) - 1;
        if (j >= 1 && tokens[j].IsWord && Lexicon.StripPossessive(tokens[j].Text).Length < tokens[j].Text.Length)
        {
            j--;
        }

        while (j >= 0 && tokens[j].IsWord && tokens[j].Text is "the" or "its" or "their" or "a" or "an" or "his" or "her")
        {
            j--;
        }

        return (phrase, j >= 0 && tokens[j].IsWord ? j : -1);
    }

    /// <summary>Prepositions that open a phrase trailing a subject: "Turnout in the election", "exports to the United States".</summary>
    private static readonly HashSet<string> TrailingPrepositions = new(StringComparer.Ordinal)
    {
        "in", "of", "for", "from", "to", "at", "among", "across", "on",
    };

    /// <summary>
    /// The noun phrase opening the verb's clause: "The death toll from the earthquake in Myanmar rose", "Turnout in the
    /// election was", "Taiwan's exports to the United States jumped" (an owner's name is passed over).
    /// </summary>
    private string? ClauseSubject(int v)
    {
        var c = v - 1;
        while (c >= 0 && !tokens[c].Is(',') && !tokens[c].Is(';') && !(tokens[c].IsWord && tokens[c].Text is "while" or "whereas" or "but" or "and"))
        {
            c--;
        }

        c++;
        while (c < v && tokens[c].IsWord && tokens[c].Text is "the" or "The" or "a" or "A" or "an" or "An")
        {
            c++;
        }

        // "Taiwan's", "Samsung Electronics'": the owner is an actor.
        var owner = c;
        while (owner < v && tokens[owner].IsCapitalised)
        {
            owner++;
        }

        if (owner > c && owner < v && Lexicon.StripPossessive(tokens[owner - 1].Text).Length < tokens[owner - 1].Text.Length)
        {
            c = owner;
        }
        else if (owner > c && owner < v && (tokens[owner].Is('\'') || tokens[owner].Is('’')))
        {
            // "Samsung Electronics' operating profit"
            c = owner + 1;
        }

        if (c >= v || !tokens[c].IsWord || Lexicon.StopWords.Contains(tokens[c].Text.ToLowerInvariant()))
        {
            return null;
        }

        // A capitalised common noun opens the sentence ("Turnout"); read the phrase from its lowercase form.
        var e = c;
        while (e + 1 < v && tokens[e + 1].IsWord && tokens[e + 1].SpaceBefore && !tokens[e + 1].IsCapitalised
               && !Lexicon.StopWords.Contains(tokens[e + 1].Text) && !Lexicon.IsChangeVerb(tokens[e + 1].Text) && !LevelVerbs.Contains(tokens[e + 1].Text)
               && !IsVerb(e + 1)
               || (e + 2 < v && tokens[e + 1].Is('-') && !tokens[e + 1].SpaceBefore))
        {
            e += tokens[e + 1].Is('-') ? 2 : 1;
        }

        // The phrase must run up to the verb or to a preposition opening the words after it ("Turnout in the election").
        var first = tokens[c].Text;
        var next = e + 1 < v ? tokens[e + 1].Text : null;
        if ((tokens[c].IsCapitalised && (!first.Skip(1).All(char.IsLower) || Lexicon.Countries.ContainsKey(first) || c > 0))
            || (next is not null && !TrailingPrepositions.Contains(next) && next is not "by"))
        {
            return null;
        }

        // "Imports of lithium-ion batteries to Belarus reached": the goods, not the flow.
        if (next is "of" && FlowNouns.Contains(tokens[e].Text) && ReadNounPhrase(e + 2) is { } goods)
        {
            return goods;
        }

        var text = sentence[tokens[c].Start..tokens[e].End];
        return char.ToLowerInvariant(text[0]) + text[1..];
    }

    private static readonly HashSet<string> FlowNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "imports", "exports", "shipments", "sales", "deliveries", "purchases", "production", "output", "supplies", "supply",
        "consumption", "stocks", "stockpiles", "reserves", "inventories", "demand",
    };

    /// <summary>"exports to the United States jumped": the noun before the preposition that opens the trailing phrase.</summary>
    private string? NounBeforePreposition(int v)
    {
        for (var j = v - 1; j >= Math.Max(1, v - 8); j--)
        {
            if (!tokens[j].IsWord && !tokens[j].Is('-') && !tokens[j].Is('\'') && !tokens[j].Is('’'))
            {
                return null;
            }

            if (tokens[j].Text is "to" or "in" or "from" or "at" or "across" or "for" or "among")
            {
                return ReadNounPhraseBackwards(j - 1);
            }
        }

        return null;
    }

    /// <summary>Words between a verb and its figure: "rose by about", "stood at nearly", "fell to".</summary>
    private static readonly HashSet<string> VerbGlue = new(StringComparer.OrdinalIgnoreCase)
    {
        "by", "to", "at", "about", "nearly", "almost", "around", "roughly", "some", "over", "more", "than", "less",
        "just", "only", "up", "under", "approximately", "least", "a", "record", "further", "another", "steady", "flat",
        "unchanged",
    };

    /// <summary>Verbs that state a level: "exports reached $5 billion".</summary>
    private static readonly HashSet<string> LevelVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "reached", "reaches", "hit", "hits", "totalled", "totaled", "totals", "stood", "stands", "was", "were",
        "is", "are", "peaked", "topped", "exceeded", "neared", "amounted", "averaged", "numbered", "hovered",
        "came", "held", "remained", "stayed", "edged", "slowed", "accelerated", "settled", "closed", "ended", "finished",
        "reach", "exceed", "exceeds", "remain", "remains", "stay", "stays", "widen", "widens", "narrows",
    };

    /// <summary>
    /// The end of a formula or code written with its digits ("CO2", "N2O", "PM2.5", "G7") starting at token k, which the
    /// tokenizer splits into letters and numbers; null when there is none. It is a noun, never an actor.
    /// </summary>
    private int? FormulaEnd(int k)
    {
        if (!tokens[k].IsWord || !char.IsUpper(tokens[k].Text[0]) || tokens[k].Text.Length > 3
            || k + 1 >= N || tokens[k + 1].Kind != TokenKind.Number || tokens[k + 1].SpaceBefore)
        {
            return null;
        }

        var e = k + 2;
        while (e < N && !tokens[e].SpaceBefore && (tokens[e].IsWord || tokens[e].Kind == TokenKind.Number))
        {
            e++;
        }

        return e;
    }

    /// <summary>The first token of the formula token k belongs to ("CO2" for the "2"), or null.</summary>
    private int? FormulaAround(int k)
    {
        for (var j = k; j >= Math.Max(0, k - 4); j--)
        {
            if (FormulaEnd(j) is { } e && e > k)
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>"Chinese", "US": a word that qualifies a noun phrase, unlike the country's own name.</summary>
    private static bool IsDemonym(string word) =>
        Lexicon.Countries.TryGetValue(word, out var country) && country != word && DemonymEnding().IsMatch(word);

    // "Chinese", "German", "Polish", "Israeli", "Swiss", "Filipino"; not another name of the country ("Britain", "Holland").
    [GeneratedRegex(@"(?:an|ese|ish|i|ic|ch|ss|ino|ean|ite)$", RegexOptions.CultureInvariant)]
    private static partial Regex DemonymEnding();

    private int TokenAt(int relative)
    {
        var k = 0;
        while (k < N && tokens[k].Start < relative)
        {
            k++;
        }

        return k;
    }

    /// <summary>Lowercase words (and demonyms) up to a function word or punctuation: "fiber-optic drone cable".</summary>
    private string? ReadNounPhrase(int k)
    {
        while (k < N && tokens[k].IsWord && tokens[k].Text is "the" or "a" or "an" or "its" or "their" or "this" or "these" or "those")
        {
            k++;
        }

        var start = k;
        var last = -1;
        var words = 0;
        while (k < N && words < 5)
        {
            var t = tokens[k];
            if (!t.IsWord || (k > start && !t.SpaceBefore) || t.BreakBefore && k > start)
            {
                break;
            }

            var formulaEnd = FormulaEnd(k);
            if (formulaEnd is null && (Lexicon.StopWords.Contains(t.Text) || Lexicon.Months.ContainsKey(t.Text) || Lexicon.IsChangeVerb(t.Text) || LevelVerbs.Contains(t.Text)
                || (t.IsCapitalised && !IsDemonym(t.Text))
                || (words > 0 && t.Text.EndsWith("ed", StringComparison.Ordinal)) || (words > 0 && IsVerb(k))))
            {
                break;
            }

            var e = formulaEnd ?? k + 1;
            while (e + 1 < N && tokens[e].Is('-') && !tokens[e].SpaceBefore && tokens[e + 1].IsWord && !tokens[e + 1].SpaceBefore)
            {
                e += 2;
            }

            last = e - 1;
            words++;
            k = e;
        }

        // A phrase of demonyms alone ("of Chinese") names an actor, not a measure.
        if (last < 0 || (words == 1 && tokens[start].IsCapitalised && FormulaEnd(start) is null))
        {
            return null;
        }

        return sentence[tokens[start].Start..tokens[last].End];
    }

    private string? ReadNounPhraseBackwards(int k) => NounPhraseBack(k)?.Text;

    /// <summary>Words that are stop words alone ("rose 3% monthly") but qualify a noun inside a phrase ("monthly inflation").</summary>
    private static readonly HashSet<string> RateAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "monthly", "weekly", "daily", "yearly", "quarterly", "annual",
    };

    /// <summary>The noun phrase ending at token k, backwards, with the token it starts at.</summary>
    private (string Text, int Start)? NounPhraseBack(int k)
    {
        var end = k;
        var start = -1;
        var words = 0;
        while (k >= 0 && words < 5)
        {
            var t = tokens[k];
            if (t.Is('-') && k >= 1 && !t.SpaceBefore && k + 1 <= end && !tokens[k + 1].SpaceBefore)
            {
                k--;
                continue;
            }

            if (InPeriod(k))
            {
                break;
            }

            if (FormulaAround(k) is { } formula)
            {
                start = formula;
                words++;
                k = formula - 1;
                continue;
            }

            // "-ed" words are verbs, except as adjectives: the first part of a compound ("coal-fired", "fixed-asset"), or
            // opening the phrase ("Liquefied natural gas", "the adjusted earnings").
            var adjective = t.Text.EndsWith("ed", StringComparison.Ordinal)
                            && ((k + 1 < N && tokens[k + 1].Is('-') && !tokens[k + 1].SpaceBefore)
                                || (k >= 1 && tokens[k - 1].Is('-') && !t.SpaceBefore)
                                || k == 0 || (tokens[k - 1].IsWord && tokens[k - 1].Text is "the" or "The" or "its" or "their" or "of"));
            if (!t.IsWord || (Lexicon.StopWords.Contains(t.Text) && !(k < end && RateAdjectives.Contains(t.Text)))
                || (t.Text.EndsWith("ed", StringComparison.Ordinal) && !adjective)
                || (t.IsCapitalised && k > 0 && !IsDemonym(t.Text)) || (k < end && t.Text.EndsWith('s') && IsVerb(k)))
            {
                break;
            }

            // A headline's country opens it without a possessive: "UK inflation rises". (The tagger reads any capitalised
            // first word as a name, "Steel output" too, so a company in that place is left in.)
            if (k == 0 && k < end && t.IsCapitalised && !IsDemonym(t.Text) && Lexicon.Countries.ContainsKey(t.Text))
            {
                break;
            }

            // A common noun opening the sentence is written with a capital: "Shipments rose" measures shipments.
            if (k == 0 && t.IsCapitalised && !IsDemonym(t.Text) && !Lexicon.Countries.ContainsKey(t.Text) && t.Text.Skip(1).All(char.IsLower))
            {
                return (string.Concat(char.ToLowerInvariant(t.Text[0]).ToString(), sentence[(tokens[0].Start + 1)..tokens[end].End]), 0);
            }

            start = k;
            if (t.SpaceBefore || k == 0)
            {
                words++;
            }

            k--;
        }

        return start < 0 || start > end ? null : (sentence[tokens[start].Start..tokens[end].End], start);
    }

    /// <summary>Whether token k lies inside one of the sentence's periods ("Q3", "in the first half").</summary>
    /// A rate ("weekly") qualifies the noun after it instead: "average weekly earnings".
    private bool InPeriod(int k) => periods.Exists(f => !f.IsRate && f.Start <= tokens[k].Start && tokens[k].End <= f.End);
}
