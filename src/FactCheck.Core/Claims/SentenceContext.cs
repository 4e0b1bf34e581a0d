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

    public SentenceContext(string sentence, int offset, List<Quantity> quantities, DateTimeOffset? published)
    {
        this.sentence = sentence;
        this.offset = offset;
        this.quantities = quantities;
        this.published = published;
        tokens = Tokenizer.Tokenize(sentence);
    }

    private int N => tokens.Count;

    public IEnumerable<Claim> Claims(int firstOrdinal)
    {
        var (attribution, attributionStart, attributionEnd) = FindAttribution();
        var actors = FindActors(attributionStart, attributionEnd);
        var periods = FindPeriods();
        var place = FindPlace();

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
            var claim = new Claim
            {
                Ordinal = ordinal++,
                Quantity = q,
                Conversion = conversion,
                Sentence = sentence,
                SentenceStart = offset,
                Measure = FindMeasure(q, lastEnd, previous),
                Actors = actors.Names,
                Origin = actors.Origin,
                Destination = actors.Destination,
                Period = ChoosePeriod(periods, q.Start - offset, lastEnd, nextStart, q.Per),
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

    // ", the ministry said." / ", officials said on Monday." closing the sentence.
    [GeneratedRegex(@",\s*(?<who>(?:[\p{L}’'.-]+\s+){1,6}(?:said|says|reported|reports|estimated|estimates|added|noted|told\s+\p{L}+)(?:\s+on\s+\p{L}+)?)\s*[.!?""”]*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TrailingSays();

    private (string? Text, int Start, int End) FindAttribution()
    {
        var m = AccordingTo().Match(sentence);
        if (!m.Success)
        {
            m = SubjectSays().Match(sentence);
        }

        if (!m.Success && TrailingSays().Match(sentence) is { Success: true } trailing)
        {
            var who = trailing.Groups["who"];
            return (who.Value, who.Index, who.Index + who.Length);
        }

        return m.Success ? (m.Value.TrimEnd(), m.Index, m.Index + m.Length) : (null, -1, -1);
    }

    // ---------------------------------------------------------------- actors

    private sealed record ActorSet(IReadOnlyList<string> Names, string? Origin, string? Destination);

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
    };

    private ActorSet FindActors(int skipStart, int skipEnd)
    {
        var names = new List<string>();
        string? origin = null;
        string? destination = null;

        // Where each actor was first named, and the first trade verb, to read the subject's role.
        var firstAt = new List<(string Name, int Token, bool Demonym)>();
        var verb = -1;
        for (var v = 0; v < N && verb < 0; v++)
        {
            if (tokens[v].IsWord && !(tokens[v].Start >= skipStart && tokens[v].Start < skipEnd)
                && (IntakeVerbs.Contains(tokens[v].Text) || OutflowVerbs.Contains(tokens[v].Text)))
            {
                verb = v;
            }
        }

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
                    firstAt.Add((name, k, IsDemonym(Lexicon.StripPossessive(sentence[t.Start..tokens[end - 1].End]))));
                }

                // "to the Netherlands": the article sits between the preposition and the name.
                var leadAt = k > 1 && tokens[k - 1].IsWord && tokens[k - 1].Text is "the" ? k - 2 : k - 1;
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
            (origin, destination) = ReadTradeDirection(verb, firstAt, origin, destination);
        }

        return new ActorSet(names, origin, destination);
    }

    private (string? Origin, string? Destination) ReadTradeDirection(int verb, List<(string Name, int Token, bool Demonym)> actors, string? origin, string? destination)
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
        var maker = actors.FirstOrDefault(a => a.Token > verb && a.Demonym && a.Name != subject).Name;
        if (IntakeVerbs.Contains(tokens[verb].Text))
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

    private string? FindPlace()
    {
        for (var k = 0; k + 1 < N; k++)
        {
            if (!tokens[k].IsWord || tokens[k].Text is not ("in" or "inside" or "across" or "within" or "at" or "near"))
            {
                continue;
            }

            var j = k + 1;
            if (j < N && tokens[j].Text is "the" && j + 1 < N)
            {
                j++;
            }

            if (MatchCountry(j) is { } country)
            {
                // "in Russian factories" is a demonym qualifying a noun, not a place.
                var qualifiesNoun = country.End < N && tokens[country.End].IsWord && char.IsLower(tokens[country.End].Text[0])
                                    && !Lexicon.StopWords.Contains(tokens[country.End].Text);
                if (!qualifiesNoun)
                {
                    return country.Name;
                }

                continue;
            }

            if (tokens[j].IsCapitalised && !Lexicon.Months.ContainsKey(tokens[j].Text) && !NameStoppers.Contains(tokens[j].Text))
            {
                var e = j + 1;
                while (e < N && tokens[e].IsCapitalised && tokens[e].SpaceBefore)
                {
                    e++;
                }

                return Lexicon.StripPossessive(sentence[tokens[j].Start..tokens[e - 1].End]);
            }
        }

        return null;
    }

    // ---------------------------------------------------------------- periods

    /// <param name="DatesAnotherEvent">
    /// The period hangs on a participle ("founded in 1998", "born in May"): it dates that event, so it
    /// is not carried to a figure after it.
    /// </param>
    /// <param name="DatesTheReport">"the ministry said on Tuesday": when the figure was told, not what it covers.</param>
    private sealed record Found(int Start, int End, Period Period, bool IsRate, bool DatesAnotherEvent, bool DatesTheReport);

    // Abbreviations alone ("Jan", "Mar") are too often names; they count only with a day or a year.
    private const string FullMonth = "January|February|March|April|May|June|July|August|September|October|November|December";

    // "of 2024", "of this year", "of the year" after a quarter, a half or "the first nine months".
    private const string YearOf = @"(?:\s+of\s+(?:(?<py>(?:19|20)\d{2})|(?<rely>this|last|next)\s+year|(?<rely>the)\s+year))?\b";

    private const string Month = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?";

    [GeneratedRegex(@"\b(?:[Bb]etween|[Ff]rom)\s+(?<m1>" + Month + @")(?:\s+(?<y1>\d{4}))?\s+(?:and|to|through|until)\s+(?<m2>" + Month + @")(?:\s+(?<y2>\d{4}))?"
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
                list.Add(new Found(m.Index, m.Index + m.Length, period, m.Groups["rate"].Success, HangsOnParticiple(m.Index), FollowsSaying(m.Index)));
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
        if (m.Groups["rate"].Success)
        {
            return new Period(text, null, null);
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

    private static readonly string[] MonthCounts = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];

    /// <summary>
    /// "the first half of 2024", "Q3", "the first nine months": months of a year. Without a year, the written-out
    /// forms stay unresolved, since "in the first half" is as often a match as a year; the business forms (Q3, H1,
    /// the first nine months) take the latest such part that had ended by publication, as reported results do.
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
        if (year is null && published is { } p)
        {
            var rel = m.Groups["rely"].Value;
            year = rel switch
            {
                "this" or "the" => p.Year,
                "last" => p.Year - 1,
                "next" => p.Year + 1,
                _ when m.Groups["pq"].Success || m.Groups["nm"].Success => last < p.Month ? p.Year : p.Year - 1,
                _ => null,
            };
        }

        return year is { } y ? new Period(text, new DateOnly(y, first, 1), LastDay(y, last)) : new Period(text, null, null);
    }

    private static readonly HashSet<string> SayingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "announced", "reported", "stated", "added", "wrote", "noted", "confirmed", "disclosed", "published",
    };

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

    private Period? ChoosePeriod(List<Found> periods, int start, int end, int nextStart, string? per)
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

        return after?.Period ?? rate?.Period ?? before?.Period
            ?? (per is not null && RateWords.Contains(per) ? new Period("per " + per, null, null) : null);
    }

    // ---------------------------------------------------------------- measure

    private static readonly HashSet<string> ValueLeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "valued", "worth", "totalling", "totaling", "costing", "priced", "amounting", "estimated",
    };

    private static bool IsWholePeriod(string phrase) =>
        PeriodPattern().Match(phrase) is { Success: true, Index: 0 } m && m.Length == phrase.Length;

    private string? FindMeasure(Quantity q, int end, List<Claim> previous)
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

            if (lead == "of" || (lead == "in" && q.Dimension == Dimension.Currency))
            {
                // "$7.7 billion in Q3": what follows "in" is the period, not the goods.
                if (ReadNounPhrase(k + 1) is { } np && !IsWholePeriod(np))
                {
                    return np;
                }
            }
            else if (q.Dimension != Dimension.Count && tokens[k].Start == end + 1 && !tokens[k].IsCapitalised && lead is not ("worth" or "apiece" or "each")
                     && !Lexicon.StopWords.Contains(tokens[k].Text) && ReadNounPhrase(k) is { } adjectival)
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

        if (first >= 0 && tokens[first].IsWord && ValueLeads.Contains(tokens[first].Text) && ReadNounPhraseBackwards(first - 1) is { } before)
        {
            return before;
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
        var qStart = q.Start - offset;
        for (var j = TokenAt(qStart) - 1; j >= 0; j--)
        {
            if (tokens[j].IsWord && tokens[j].Text == "of" && ReadNounPhrase(j + 1) is { } np)
            {
                return np;
            }
        }

        // "Rents rose 40%", "Unemployment dipped to 3.4 percent": the subject right before the verb.
        var v = TokenAt(qStart) - 1;
        while (v >= 0 && tokens[v].IsWord && VerbGlue.Contains(tokens[v].Text))
        {
            v--;
        }

        if (v >= 1 && tokens[v].IsWord && (Lexicon.IsChangeVerb(tokens[v].Text)
                                           || LevelVerbs.Contains(tokens[v].Text)))
        {
            return ReadNounPhraseBackwards(v - 1);
        }

        return null;
    }

    /// <summary>Words between a verb and its figure: "rose by about", "stood at nearly", "fell to".</summary>
    private static readonly HashSet<string> VerbGlue = new(StringComparer.OrdinalIgnoreCase)
    {
        "by", "to", "at", "about", "nearly", "almost", "around", "roughly", "some", "over", "more", "than", "less",
        "just", "only", "up", "under", "approximately", "least", "a", "record", "further", "another",
    };

    /// <summary>Verbs that state a level: "exports reached $5 billion".</summary>
    private static readonly HashSet<string> LevelVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "reached", "reaches", "hit", "hits", "totalled", "totaled", "totals", "stood", "stands", "was", "were",
        "is", "are", "peaked", "topped", "exceeded", "neared", "amounted", "averaged", "numbered", "hovered",
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
        Lexicon.Countries.TryGetValue(word, out var country) && country != word;

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
            if (formulaEnd is null && (Lexicon.StopWords.Contains(t.Text) || Lexicon.Months.ContainsKey(t.Text)
                || (t.IsCapitalised && !IsDemonym(t.Text))
                || (words > 0 && t.Text.EndsWith("ed", StringComparison.Ordinal))))
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

    private string? ReadNounPhraseBackwards(int k)
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

            if (FormulaAround(k) is { } formula)
            {
                start = formula;
                words++;
                k = formula - 1;
                continue;
            }

            if (!t.IsWord || Lexicon.StopWords.Contains(t.Text) || t.Text.EndsWith("ed", StringComparison.Ordinal)
                || (t.IsCapitalised && k > 0 && !IsDemonym(t.Text)))
            {
                break;
            }

            // A common noun opening the sentence is written with a capital: "Shipments rose" measures shipments.
            if (k == 0 && t.IsCapitalised && !IsDemonym(t.Text) && !Lexicon.Countries.ContainsKey(t.Text) && t.Text.Skip(1).All(char.IsLower))
            {
                return string.Concat(char.ToLowerInvariant(t.Text[0]).ToString(), sentence[(tokens[0].Start + 1)..tokens[end].End]);
            }

            start = k;
            if (t.SpaceBefore || k == 0)
            {
                words++;
            }

            k--;
        }

        return start < 0 || start > end ? null : sentence[tokens[start].Start..tokens[end].End];
    }
}
