using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Core.Units;

namespace FactCheck.Core.Claims;

/// <summary>Finds every quantity in a text. Pure and thread-safe.</summary>
/// <remarks>
/// Hand-written over a token list rather than one large regex: the rules need to look left
/// (currency, hedge, change verb, identifier) and right (scale, unit, count noun, rate) of each
/// number, and dates, years and identifiers must be recognised so they are never reported.
/// </remarks>
public sealed partial class QuantityExtractor
{
    private readonly PartOfSpeechTagger? tagger;

    /// <summary>The part-of-speech model this extractor consults, shared with the claim context reader.</summary>
    internal PartOfSpeechTagger? Tagger => tagger;

    /// <summary>An extractor that consults the part-of-speech model shipped in FactCheck.Core where rules cannot tell.</summary>
    public QuantityExtractor()
        : this(PartOfSpeechTagger.Default)
    {
    }

    /// <param name="tagger">Consulted for the few words the rules find ambiguous; null for rules alone.</param>
    public QuantityExtractor(PartOfSpeechTagger? tagger) => this.tagger = tagger;

    public IReadOnlyList<Quantity> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? [] : new Scan(text, tagger, collectIgnored: false).Run();
    }

    /// <summary>
    /// The quantities and, beside them, the numbers recognised as something else (dates, years, times, ordinals,
    /// ages, phone numbers, identifiers), so a reader can see why a number carries no claim.
    /// </summary>
    public Extraction ExtractAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return new Extraction([], []);
        }

        var scan = new Scan(text, tagger, collectIgnored: true);
        var found = scan.Run();
        return new Extraction(found, scan.Ignored);
    }

    /// <summary>
    /// Extracts and reports the work done: token visits and phone-span probes. Lets tests assert that
    /// extraction is linear in the text without timing it.
    /// </summary>
    internal IReadOnlyList<Quantity> Extract(string text, out long work)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            work = 0;
            return [];
        }

        var scan = new Scan(text, tagger, collectIgnored: false);
        var found = scan.Run();
        work = scan.Work;
        return found;
    }

    // Phone numbers are found before tokenising: their groups would otherwise read as ranges and counts.
    [GeneratedRegex(@"(?<![\w.,$€£])(?:\+\d{1,3}[ .-]?(?:\(?\d{1,4}\)?[ .-]?){2,4}\d{2,4}|(?:\b1[.-])?(?:\(\d{3}\)\s?|\b\d{3}[./-])\d{3}[.-]\d{4})(?![\w%])", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneRegex();

    // Web addresses carry ids, dates and parameters ("story.asp?id=1107"), none of them figures.
    [GeneratedRegex(@"(?:\bhttps?://|\bwww\.)[^\s<>""\]\[()]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UrlRegex();

    /// <summary>"£86 a year, or 21 per cent": the rate of the first figure stands before the ", or".</summary>
    [GeneratedRegex(@"^(a|an|per)\s+[a-z]+\s*,\s*or$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RateThenOr();

    /// <summary>One side of a figure: the number with what is written around it.</summary>
    private sealed class Part
    {
        public int First;
        public int NumStart;
        public int NumEnd;
        public int Last;
        public double Raw;
        public double Scale = 1;
        public bool HasScale;
        public double Step = 1;
        public bool Negative;
        public bool PlainInteger;
        public bool WordNumber;
        public UnitDefinition? Unit;
        public bool CurrencyBefore;
        public string? CountNoun;
        public Hedge SuffixHedge;

        /// <summary>"the over-65s", "aged 16 and over": an age group, ignored as an age rather than as an identifier or a decade.</summary>
        public bool AgeGroup;

        /// <summary>A rate carried by the unit's own spelling: "bpd" is barrels per day.</summary>
        public string? ImpliedPer;

        /// <summary>"21.4m t (−8%)": a minus opening a bracket after a figure, read at emission as a fall.</summary>
        public bool SignedInBracket;
        public Change Change;
        public bool Excluded;

        /// <summary>Tokens of a model designation between the figure and its count noun ("Boeing 737"), reported as ignored.</summary>
        public (int First, int End)? Qualifier;

        /// <summary>What an excluded figure is instead: a date, a year, an identifier.</summary>
        public NonQuantityKind Kind;

        // Through decimal so "16.4 million" is 16,400,000 and not 16,399,999.999999998.
        public double Value => (Negative ? -1 : 1) * (Scale == 1 || Raw * Scale > 1e20 ? Raw * Scale : (double)((decimal)Raw * (decimal)Scale));

        public bool IsBare => Unit is null && CountNoun is null;
    }

    /// <param name="collectIgnored">Keep the numbers that are not quantities (<see cref="ExtractAll"/>); plain extraction skips that work.</param>
    private sealed class Scan(string text, PartOfSpeechTagger? tagger, bool collectIgnored)
    {
        private readonly List<Token> tokens = Tokenizer.Tokenize(text);
        private readonly List<Quantity> found = [];
        private List<(int Start, int End)>? skipped;
        private int skipCursor;

        /// <summary>Token visits and phone probes, counted so tests can show the scan stays linear.</summary>
        public long Work;

        private int N => tokens.Count;

        public List<Quantity> Run()
        {
            FindSkippedSpans();
            var i = 0;
            while (i < N)
            {
                Work++;
                var part = IsSkipped(tokens[i].Start) ? null : ParsePart(i);
                if (part is null)
                {
                    i++;
                    continue;
                }

                var high = TryRatio(part) ? null : TryRange(part);
                if (!part.Excluded && (high is null || !high.Excluded))
                {
                    Emit(part, high);
                    IgnoreQualifierNumbers(part);
                }
                else if (part.Excluded)
                {
                    Ignore(part.First, Math.Max((high ?? part).Last, part.Last), part.Kind);
                }

                i = Math.Max(i + 1, (high ?? part).Last);
            }

            CarryChangeIntoRestatement();
            Ignored.Sort((a, b) => a.Start.CompareTo(b.Start));
            return found;
        }

        /// <summary>
        /// "rose $1.42, or 1.7%," and "climbed 1.6%, or £10,812,": the figure after ", or" restates the change
        /// before it in another measure, so it moves the same way. A figure of the same dimension there is a
        /// conversion or an alternative, not a restatement.
        /// </summary>
        private void CarryChangeIntoRestatement()
        {
            for (var i = 1; i < found.Count; i++)
            {
                var (before, q) = (found[i - 1], found[i]);
                if (q.Change != Change.None || before.Change == Change.None || before.Dimension == q.Dimension
                    || q.Hedge != Hedge.Exact || q.Start - before.End > 20)
                {
                    continue;
                }

                var between = text.AsSpan(before.End, q.Start - before.End).Trim();
                if (between.Equals(", or", StringComparison.OrdinalIgnoreCase) || RateThenOr().IsMatch(between))
                {
                    found[i] = q with { Change = before.Change };
                }
            }
        }

        /// <summary>"Two F-16 jets": the model's number is an identifier, though read with the count it qualifies.</summary>
        private void IgnoreQualifierNumbers(Part p)
        {
            if (p.Qualifier is { } q)
            {
                for (var k = q.First; k < q.End; k++)
                {
                    if (tokens[k].IsNumber)
                    {
                        Ignore(k, k + 1, NonQuantityKind.Identifier);
                    }
                }
            }
        }

        /// <summary>Numbers recognised as something other than a quantity, in text order.</summary>
        public List<NonQuantity> Ignored { get; } = [];

        private void Ignore(int first, int last, NonQuantityKind kind)
        {
            if (collectIgnored && last > first && kind != NonQuantityKind.None)
            {
                Ignore(text[tokens[first].Start..tokens[last - 1].End], tokens[first].Start, kind);
            }
        }

        private void Ignore(string span, int start, NonQuantityKind kind)
        {
            if (collectIgnored)
            {
                Ignored.Add(new NonQuantity(span, start, start + span.Length, kind));
            }
        }

        private static void Exclude(Part p, NonQuantityKind kind)
        {
            p.Excluded = true;
            p.Kind = kind;
        }

        /// <summary>"3rd" is an ordinal, "1990s" a decade, "MH17" and "5G" identifiers.</summary>
        private NonQuantityKind GluedKind(int after) =>
            WordIs(after, "st", "nd", "rd", "th") ? NonQuantityKind.Ordinal
            : WordIs(after, "s") && after > 0 && tokens[after - 1].Text.Length == 4 ? NonQuantityKind.Year
            : NonQuantityKind.Identifier;

        private void FindSkippedSpans()
        {
            if (text.Length < 10 || text.AsSpan().IndexOfAny('-', '.', ' ') < 0)
            {
                return;
            }

            foreach (Match m in PhoneRegex().Matches(text))
            {
                (skipped ??= []).Add((m.Index, m.Index + m.Length));
                Ignore(m.Value, m.Index, NonQuantityKind.Phone);
            }

            if (text.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Contains("www.", StringComparison.OrdinalIgnoreCase))
            {
                foreach (Match m in UrlRegex().Matches(text))
                {
                    (skipped ??= []).Add((m.Index, m.Index + m.Length));
                    Ignore(m.Value.TrimEnd('.', ',', ';', ':', '!', '?'), m.Index, NonQuantityKind.Url);
                }

                // Ordered by start so the scan's cursor can walk them once; overlaps are harmless.
                skipped?.Sort((a, b) => a.Start.CompareTo(b.Start));
            }
        }

        /// <summary>A look-up that leaves the scan's cursor alone: for a range's high side, read ahead of the scan.</summary>
        private bool IsInSkippedSpan(int offset)
        {
            if (skipped is null)
            {
                return false;
            }

            for (var k = skipCursor; k < skipped.Count && skipped[k].Start <= offset; k++)
            {
                Work++;
                if (offset < skipped[k].End)
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsSkipped(int offset)
        {
            if (skipped is null)
            {
                return false;
            }

            // Offsets only grow during the scan, so a cursor over the ordered spans keeps this linear:
            // a text full of phone numbers must not cost tokens × skipped.
            while (skipCursor < skipped.Count && skipped[skipCursor].End <= offset)
            {
                skipCursor++;
                Work++;
            }

            Work++;
            return skipCursor < skipped.Count && offset >= skipped[skipCursor].Start;
        }

        // ---------------------------------------------------------------- parts

        /// <summary>Parses a figure whose number starts at token <paramref name="i"/>; null when none does.</summary>
        private Part? ParsePart(int i)
        {
            var t = tokens[i];
            Part? p;
            if (t.IsNumber)
            {
                p = ParseDigits(i);
            }
            else if (t.IsWord)
            {
                p = ParseWords(i);
            }
            else
            {
                return null;
            }

            if (p is null || p.Excluded)
            {
                return p;
            }

            ReadLeft(p);
            ReadScale(p);
            ReadRight(p);
            ReadAccountingNegative(p);
            if (!p.Excluded)
            {
                ExcludeNonQuantities(p);

                // "Boeing 747-8", "Leopard 2-A6": a name's number carries its variant; skip it with the name.
                if (p.Excluded && !IsYearLike(p))
                {
                    while (Touches(p.Last, '-') && TouchesNumber(p.Last + 1))
                    {
                        p.Last += 2;
                    }
                }
            }

            return p;
        }

        private Part? ParseDigits(int i)
        {
            var t = tokens[i];
            var p = new Part { First = i, NumStart = i, NumEnd = i + 1, Last = i + 1 };
            p.Raw = ParseNumber(t.Text);
            var dot = t.Text.IndexOf('.', StringComparison.Ordinal);
            p.PlainInteger = dot < 0 && t.Text.All(char.IsAsciiDigit);
            p.Step = dot >= 0 ? Math.Pow(10, -(t.Text.Length - dot - 1)) : IntegerStep(t.Text);
            if (t.Text[0] != '.' && !char.IsAsciiDigit(t.Text[0]))
            {
                p.Step = 0.01;
                return p;
            }

            if (t.Text.AsSpan().IndexOfAny('e', 'E') >= 0)
            {
                p.PlainInteger = false;
                p.Step = Math.Abs(p.Raw) / 1000;
                return p;
            }

            if (ReadPowerOfTen(p))
            {
                return p;
            }

            // "192.168.1.2", "version 17.1.2": dotted sequences are addresses and versions.
            if (dot >= 0 && Touches(i + 1, '.') && TouchesNumber(i + 2))
            {
                Exclude(p, NonQuantityKind.Identifier);
                p.Last = i + 3;
                while (Touches(p.Last, '.') && TouchesNumber(p.Last + 1))
                {
                    p.Last += 2;
                }

                return p;
            }

            // "10 000", "3 000 000": a space as thousands separator is certain only when a group opens with 0.
            while (p.PlainInteger && t.Text.Length <= 3 && i + 1 < N && tokens[p.NumEnd].IsNumber && tokens[p.NumEnd].SpaceBefore
                   && tokens[p.NumEnd].Text.Length == 3 && tokens[p.NumEnd].Text[0] == '0' && tokens[p.NumEnd].Text.All(char.IsAsciiDigit)
                   && text[tokens[p.NumEnd].Start - 1] is ' ' or '\u00A0' && tokens[p.NumEnd].Start - tokens[p.NumEnd - 1].End == 1)
            {
                p.Raw = p.Raw * 1000 + ParseNumber(tokens[p.NumEnd].Text);
                p.NumEnd++;
                p.Last = p.NumEnd;
                p.Step = IntegerStep(string.Concat(tokens.GetRange(i, p.NumEnd - i).Select(x => x.Text)));
            }

            if (p.NumEnd > i + 1)
            {
                ReadAndAHalf(p);
                return p;
            }

            // "1½"
            if (p.PlainInteger && i + 1 < N && tokens[i + 1].IsNumber && !tokens[i + 1].SpaceBefore
                && Tokenizer.VulgarFractions.TryGetValue(tokens[i + 1].Text[0], out var half))
            {
                p.Raw += half;
                p.Step = 0.01;
                p.PlainInteger = false;
                p.NumEnd = p.Last = i + 2;
                return p;
            }

            // "10:30" and "5/16/2024" are clock times and dates.
            if (Touches(i + 1, ':') && TouchesNumber(i + 2))
            {
                Exclude(p, NonQuantityKind.Time);
                p.Last = i + 3;

                // "12:42:55": seconds too.
                while (Touches(p.Last, ':') && TouchesNumber(p.Last + 1))
                {
                    p.Last += 2;
                }

                return p;
            }

            if (IsSpacedFraction(i + 1))
            {
                // "1 / 4 point": tokenised text spaces the slash; only a proper fraction is read from it.
                p.Raw /= ParseNumber(tokens[i + 2].Text);
                p.Step = 0.01;
                p.PlainInteger = false;
                p.NumEnd = p.Last = i + 3;
                return p;
            }

            if (p.PlainInteger && i + 4 < N && tokens[i + 1].IsNumber && tokens[i + 1].SpaceBefore && IsSpacedFraction(i + 2)
                && !(p.Raw is >= 1900 and <= 2100))
            {
                // "7 3 / 4 %", "101 1 / 4"
                p.Raw += ParseNumber(tokens[i + 1].Text) / ParseNumber(tokens[i + 3].Text);
                p.Step = 0.01;
                p.PlainInteger = false;
                p.NumEnd = p.Last = i + 4;
                return p;
            }

            if (Touches(i + 1, '/') && TouchesNumber(i + 2))
            {
                var den = ParseNumber(tokens[i + 2].Text);
                var isDate = (Touches(i + 3, '/') || Touches(i + 3, '.')) && TouchesNumber(i + 4);
                // Only common denominators make a fraction: "9/11", "5/16" and "24/7" are names and dates.
                if (isDate || !p.PlainInteger || !tokens[i + 2].Text.All(char.IsAsciiDigit) || p.Raw >= den
                    || !(den is 2 or 3 or 4 or 5 or 8 or 10 or 16 or 32 or 64 or 100 || (p.Raw == 1 && den % 10 == 0 && den <= 1000)))
                {
                    Exclude(p, isDate ? NonQuantityKind.Date : NonQuantityKind.Identifier);
                    p.Last = isDate ? i + 5 : i + 3;
                    return p;
                }

                p.Raw /= den;
                p.Step = 0.01;
                p.PlainInteger = false;
                p.NumEnd = p.Last = i + 3;
                return p;
            }

            // "1 1/2"
            if (p.PlainInteger && i + 3 < N && tokens[i + 1].IsNumber && tokens[i + 1].SpaceBefore
                && Touches(i + 2, '/') && TouchesNumber(i + 3))
            {
                var num = ParseNumber(tokens[i + 1].Text);
                var den = ParseNumber(tokens[i + 3].Text);
                // The same common denominators as a lone fraction, so "2024 9/11" is a year and a name.
                if (num < den && den is 2 or 3 or 4 or 5 or 8 or 16 && !(p.Raw is >= 1900 and <= 2100))
                {
                    p.Raw += num / den;
                    p.Step = 0.01;
                    p.PlainInteger = false;
                    p.NumEnd = p.Last = i + 4;
                    return p;
                }
            }

            ReadAndAHalf(p);
            return p;
        }

        /// <summary>"2.48×10−5", "1.2 x 10^6", "8x2^10", "3×10⁸": a mantissa times a power.</summary>
        private bool ReadPowerOfTen(Part p)
        {
            var k = p.NumEnd;
            if (k + 1 >= N || !(tokens[k].Is('×') || tokens[k].Is('*') || (tokens[k].IsWord && tokens[k].Text is "x" or "X"))
                || !tokens[k + 1].IsNumber || !tokens[k + 1].Text.All(char.IsAsciiDigit) || tokens[k + 1].Text.Length > 2
                || tokens[k].SpaceBefore != tokens[k + 1].SpaceBefore)
            {
                return false;
            }

            var radix = ParseNumber(tokens[k + 1].Text);
            var e = k + 2;
            var caret = Touches(e, '^');
            if (caret)
            {
                e++;
            }

            var sign = 1;
            if (e < N && !tokens[e].SpaceBefore && tokens[e].Text is "-" or "−" or "⁻")
            {
                sign = -1;
                e++;
            }

            var exponent = 0;
            var end = e;
            // A plain exponent needs a caret or a minus to be one: "3 x 10 m" is an area's sides.
            if (end < N && !tokens[end].SpaceBefore && (caret || sign < 0) && tokens[end].IsNumber && tokens[end].Text.Length <= 2
                && tokens[end].Text.All(char.IsAsciiDigit))
            {
                exponent = (int)ParseNumber(tokens[end].Text);
                end++;
            }
            else
            {
                while (end < N && !tokens[end].SpaceBefore && tokens[end].Text.Length == 1 && Superscripts.IndexOf(tokens[end].Text[0]) is >= 0 and var digit)
                {
                    exponent = exponent * 10 + digit;
                    end++;
                }
            }

            if (end == e || radix < 2 || exponent > 30)
            {
                return false;
            }

            p.Raw *= Math.Pow(radix, sign * exponent);
            p.PlainInteger = false;
            p.Step = Math.Abs(p.Raw) / 1000;
            p.NumEnd = p.Last = end;
            return true;
        }

        private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

        /// <summary>Token <paramref name="k"/> is a unit or currency written out: "cents", "kg", "dollars".</summary>
        private bool NamesUnit(int k) =>
            tokens[k].IsWord && (CurrencyCatalog.FindName(tokens[k].Text) is not null || UnitCatalog.Find(tokens[k].Text, touching: false) is not null);

        /// <summary>A currency symbol, code or name within the rest of the clause from <paramref name="k"/>.</summary>
        private bool PriceFollows(int k)
        {
            for (var j = k; j < N && j < k + 15 && !tokens[j].BreakBefore && !tokens[j].Is(';'); j++)
            {
                var t = tokens[j];
                if ((t.Kind == TokenKind.Symbol && CurrencyCatalog.FindSymbol(t.Text) is not null)
                    || (t.IsWord && (CurrencyCatalog.FindName(t.Text) is not null || CurrencyCatalog.FindCodeAfterFigure(t.Text) is not null)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Nouns whose figures run in millions in news copy: "passengers numbered 4.2m".</summary>
        private static readonly HashSet<string> MillionNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "population", "passengers", "visitors", "viewers", "users", "subscribers", "customers", "members", "voters", "people",
            "residents", "workers", "jobs", "households", "cases", "deaths", "downloads", "sales", "shares", "vehicles", "cars",
            "tourists", "refugees", "migrants", "students", "patients", "employees", "audience", "readers", "followers", "votes",
            "infections", "vaccinations", "doses", "homes", "unemployed", "claimants", "applications", "listeners",
        };

        /// <summary>Words that make "m" a length: "the river rose to 4.2m", "a 2.1m-tall fence".</summary>
        private static readonly HashSet<string> ExtentCues = new(StringComparer.OrdinalIgnoreCase)
        {
            "tall", "high", "long", "deep", "wide", "height", "depth", "length", "distance", "above", "below", "sea", "level",
            "levels", "metres", "meters", "jump", "jumped", "throw", "threw", "altitude", "elevation", "waves", "wave", "flood",
            "floods", "water", "river", "snow", "span", "diameter", "radius", "thick", "across", "sprint", "race", "swim",
        };

        /// <summary>
        /// "Passengers numbered 4.2m in 2023, up from 3.1m": with no noun after it, "m" is millions where the sentence
        /// counts something that runs in millions and says nothing of a length.
        /// </summary>
        private bool CountsInMillions(int first, int m)
        {
            // A word follows that is no function word: "4.2m tall", "the 100m final" stay metres.
            if (m + 1 < N && tokens[m + 1].IsWord && tokens[m + 1].SpaceBefore && !Lexicon.StopWords.Contains(tokens[m + 1].Text))
            {
                return false;
            }

            // A window rather than the whole text keeps a long paragraph of such figures linear.
            var counted = false;
            for (var j = Math.Max(0, first - 25); j < Math.Min(N, m + 15); j++)
            {
                Work++;
                if (!tokens[j].IsWord)
                {
                    continue;
                }

                if (ExtentCues.Contains(tokens[j].Text))
                {
                    return false;
                }

                counted |= j < first && MillionNouns.Contains(tokens[j].Text);
            }

            return counted;
        }

        /// <summary>"rose by", "cut the risk of death by": "by" right before token <paramref name="i"/>, after a change verb.</summary>
        private bool IsChangeBy(int i)
        {
            // "fell by roughly a quarter": a one-word hedge may stand between "by" and the figure.
            var by = WordIs(i - 1, "roughly", "about", "around", "almost", "nearly", "some", "just", "approximately") && WordIs(i - 2, "by") ? i - 2 : i - 1;
            return WordIs(by, "by") && ChangeVerbBeforeBy(by) >= 0;
        }

        /// <summary>
        /// The change verb a short object phrase before "by" ("cut the family's bill by", "cut the risk of death by"),
        /// or -1. Words only: a comma or a figure in between ends the clause the verb governs.
        /// </summary>
        private int ChangeVerbBeforeBy(int by)
        {
            for (var k = by - 1; k >= 0 && k >= by - 5 && tokens[k].IsWord; k--)
            {
                if (Lexicon.IsChangeVerb(tokens[k].Text))
                {
                    return k;
                }
            }

            return -1;
        }

        /// <summary>
        /// "9.8 ± 0.2 m/s²", "52% +/- 3": a value with its uncertainty is the interval it spans. The low side is
        /// rewritten in place; the returned high side carries the end of the text.
        /// </summary>
        private Part? TryUncertainty(Part lo)
        {
            var k = lo.Last;
            if (k < N && tokens[k].Is('±'))
            {
                k++;
            }
            else if (k + 2 < N && tokens[k].Is('+') && Touches(k + 1, '/') && (Touches(k + 2, '-') || Touches(k + 2, '−')))
            {
                k += 3;
            }
            else
            {
                return null;
            }

            if (k >= N || !tokens[k].IsNumber || lo.CountNoun is not null)
            {
                return null;
            }

            var spread = ParsePart(k);
            if (spread is null || spread.Excluded || spread.Negative || (lo.Unit is not null && spread.Unit is not null && lo.Unit.Name != spread.Unit.Name))
            {
                return null;
            }

            var center = lo.Value;
            var width = spread.Value * (spread.HasScale || !lo.HasScale ? 1 : lo.Scale);
            var unit = lo.Unit ?? spread.Unit;
            lo.Step = Math.Max(lo.Step * lo.Scale, spread.Step);
            lo.Raw = center - width;
            lo.Scale = 1;
            lo.Negative = false;
            lo.Unit = unit;
            return new Part
            {
                First = spread.First, NumStart = spread.NumStart, NumEnd = spread.NumEnd, Last = spread.Last,
                Raw = center + width, Unit = unit, Step = lo.Step, ImpliedPer = spread.ImpliedPer,
            };
        }

        /// <summary>An opening bracket within the few tokens before <paramref name="first"/>, closed by the figure's.</summary>
        private bool OpensBracket(int first)
        {
            for (var j = first - 1; j >= 0 && j >= first - 12; j--)
            {
                if (tokens[j].Is(')'))
                {
                    return false;
                }

                if (tokens[j].Is('('))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A slash with a space on each side between a numerator and a common denominator: "3 / 4".</summary>
        private bool IsSpacedFraction(int slash)
        {
            if (slash + 1 >= N || slash < 1 || !tokens[slash].Is('/') || !tokens[slash].SpaceBefore || !tokens[slash + 1].SpaceBefore
                || !tokens[slash + 1].IsNumber || !tokens[slash - 1].IsNumber
                || !tokens[slash - 1].Text.All(char.IsAsciiDigit) || !tokens[slash + 1].Text.All(char.IsAsciiDigit)
                || (slash + 2 < N && (tokens[slash + 2].Is('/') || TouchesNumber(slash + 2))))
            {
                return false;
            }

            var num = ParseNumber(tokens[slash - 1].Text);
            var den = ParseNumber(tokens[slash + 1].Text);
            return num >= 1 && num < den && den is 2 or 3 or 4 or 8 or 16 or 32 or 64;
        }

        /// <summary>Spelled numbers: "seventy-two", "a dozen", "two-thirds", "one hundred and twenty", "tenfold".</summary>
        private Part? ParseWords(int i)
        {
            var w = tokens[i].Text;
            var p = new Part { First = i, NumStart = i, WordNumber = true };

            // "twice the", "twice a banker's salary", "nearly double the 590 billion won", "triple its output": a
            // multiple of what follows; "twice a day" is a frequency, and "double" or "triple" before anything else an
            // adjective ("a double murder"). After "to", "will" and the like the word is the verb, so a rise.
            // Every word comes through here, so compare in place rather than lower-case a copy of each.
            var multiple = w.Equals("twice", StringComparison.OrdinalIgnoreCase) || w.Equals("double", StringComparison.OrdinalIgnoreCase) ? 2
                : w.Equals("triple", StringComparison.OrdinalIgnoreCase) || w.Equals("treble", StringComparison.OrdinalIgnoreCase) ? 3
                : 0;
            if (multiple > 0)
            {
                var possessive = WordIs(i + 1, "its", "their", "his", "her", "our", "that", "what", "last", "this", "previous");
                if (i + 1 < N && !tokens[i + 1].BreakBefore
                    && (WordIs(i + 1, "the") || possessive || (w.Equals("twice", StringComparison.OrdinalIgnoreCase) && WordIs(i + 1, "as"))
                        || (WordIs(i + 1, "a", "an") && i + 2 < N && !tokens[i + 2].BreakBefore && !TimeWords.Contains(tokens[i + 2].Text))))
                {
                    p.Raw = multiple;
                    p.Unit = UnitCatalog.Times;
                    p.Change = WordIs(i - 1, "to", "will", "would", "could", "can", "may", "might", "should", "must") ? Change.Up : Change.None;
                    p.NumEnd = p.Last = i + 1;
                    return p;
                }

                // "a pledge to triple renewable capacity", "could more than double by 2026": after "to", a modal or
                // "more than" the word is the verb whatever follows, but "fell to double digits" names a size.
                if (!w.Equals("twice", StringComparison.OrdinalIgnoreCase)
                    && (WordIs(i - 1, "to", "will", "would", "could", "can", "may", "might", "should", "must") || (WordIs(i - 1, "than") && WordIs(i - 2, "more")))
                    && !WordIs(i + 1, "digits", "figures", "digit", "figure", "down", "as", "up", "back", "over", "shifts", "duty", "standards")
                    && !Touches(i + 1, '-'))
                {
                    p.Raw = multiple;
                    p.Unit = UnitCatalog.Times;
                    p.Change = Change.Up;
                    p.NumEnd = p.Last = i + 1;
                    return p;
                }

                return null;
            }

            if (Lexicon.MultiplierVerbs.TryGetValue(w, out var verb))
            {
                // "doubles" in "doubles tennis" or a bare "halves" is too ambiguous without a verb context.
                // "doubles in size" and "triples in value" are the verb.
                if (w.EndsWith('s') && (i + 1 >= N || !tokens[i + 1].IsWord || Lexicon.StopWords.Contains(tokens[i + 1].Text))
                    && !(WordIs(i + 1, "in") && i + 2 < N && tokens[i + 2].IsWord && !tokens[i + 2].IsCapitalised && !tokens[i + 2].BreakBefore))
                {
                    return null;
                }

                p.Raw = verb.Value;
                p.Unit = UnitCatalog.Times;
                p.Change = verb.Change;
                p.NumEnd = p.Last = i + 1;
                return p;
            }

            if (w.Length > 4 && w.EndsWith("fold", StringComparison.OrdinalIgnoreCase))
            {
                var head = w[..^4];
                double v = Lexicon.SmallNumbers.TryGetValue(head, out var sv) ? sv
                    : Lexicon.Tens.TryGetValue(head, out var tv) ? tv
                    : head.Equals("hundred", StringComparison.OrdinalIgnoreCase) ? 100
                    : head.Equals("thousand", StringComparison.OrdinalIgnoreCase) ? 1000 : -1;
                if (v < 0)
                {
                    return null;
                }

                p.Raw = v;
                p.Unit = UnitCatalog.Times;
                p.NumEnd = p.Last = i + 1;
                return p;
            }

            var j = i;
            if (w is "a" or "an" or "A" or "An")
            {
                // "a dozen", "a million", "a third of", "a half"
                if (i + 1 >= N || !tokens[i + 1].IsWord || tokens[i + 1].BreakBefore)
                {
                    return null;
                }

                var next = tokens[i + 1].Text;
                // "a third of", and after a change "cut by a third" (but "won by a third party" names no share).
                // So is "a third more than", a share compared.
                // After a hedge the share may stand alone: "only about a third survive".
                if (Lexicon.FractionWords.TryGetValue(next, out var aden) && !next.EndsWith('s')
                    && (WordIs(i + 2, "of") || (IsChangeBy(i) && !(i + 2 < N && tokens[i + 2].IsWord && !Lexicon.StopWords.Contains(tokens[i + 2].Text)))
                        || (WordIs(i - 1, "about", "roughly", "nearly", "almost", "around", "only", "barely", "approximately") && !Touches(i + 2, '-')
                            && (i + 2 >= N || !tokens[i + 2].IsWord || Lexicon.StopWords.Contains(tokens[i + 2].Text) || TagAt(i + 2) is not ("NOUN" or "PROPN" or "ADJ" or "NUM")))
                        || (WordIs(i + 2, "more", "less", "fewer", "higher", "lower", "bigger", "smaller", "larger", "cheaper") && WordIs(i + 3, "than"))))
                {
                    p.Raw = 1.0 / aden;
                    p.Step = 0.01;
                    p.NumEnd = p.Last = i + 2;
                    return p;
                }

                // "cut rates by a quarter point": a quarter of a percentage point.
                if (WordIs(i + 1, "quarter", "half") && WordIs(i + 2, "point") && !tokens[i + 2].BreakBefore)
                {
                    p.Raw = WordIs(i + 1, "half") ? 0.5 : 0.25;
                    p.Step = 0.05;
                    p.Unit = UnitCatalog.PercentagePoint;
                    p.NumEnd = i + 2;
                    p.Last = i + 3;
                    return p;
                }

                if (WordIs(i + 1, "quarter", "half") && i + 2 < N && tokens[i + 2].IsWord && Lexicon.ScaleWords.ContainsKey(tokens[i + 2].Text))
                {
                    p.Raw = WordIs(i + 1, "half") ? 0.5 : 0.25;
                    p.Step = 0.05;
                    p.NumEnd = p.Last = i + 2;
                    return p;
                }

                // "drank a gallon of water": one of a physical unit. Next to a price it is the unit priced, not a
                // figure: "$80 a barrel of crude", "a litre of petrol costs 1.89 euros".
                if (WordIs(i + 2, "of") && UnitCatalog.Find(next, touching: false) is { Dimension: Dimension.Mass or Dimension.Volume or Dimension.Length or Dimension.Area } one
                    && !(i > 0 && (tokens[i - 1].IsNumber || NamesUnit(i - 1)))
                    && !PriceFollows(i + 3))
                {
                    p.Raw = 1;
                    p.Unit = one;
                    p.NumEnd = i + 1;
                    p.Last = i + 2;
                    return p;
                }

                // "64 cents a dozen", "$3 a thousand": after a price, "a" means "per".
                if (!IsMagnitudeWord(next) || (i > 0 && NamesUnit(i - 1)))
                {
                    return null;
                }

                p.Raw = 1;
                j = i + 1;
                return ParseWordSequence(p, j, startsWithA: true);
            }

            // "half million", "quarter billion": the fraction scales directly.
            if (WordIs(i, "half", "quarter") && i + 1 < N && tokens[i + 1].IsWord && Lexicon.ScaleWords.ContainsKey(tokens[i + 1].Text))
            {
                p.Raw = WordIs(i, "half") ? 0.5 : 0.25;
                p.Step = 0.05;
                p.NumEnd = p.Last = i + 1;
                return p;
            }

            if (w.Equals("half", StringComparison.OrdinalIgnoreCase) && IsChangeBy(i) && !WordIs(i + 1, "a", "an"))
            {
                // "prices fell by half"; "by half a percentage point" is read below.
                p.Raw = 0.5;
                p.Step = 0.05;
                p.NumEnd = p.Last = i + 1;
                return p;
            }

            if (w.Equals("half", StringComparison.OrdinalIgnoreCase))
            {
                // Only "half a million", "half an hour": a lone "half" is rarely a figure worth checking.
                if (WordIs(i + 1, "a", "an") && i + 2 < N && tokens[i + 2].IsWord
                    && (Lexicon.ScaleWords.ContainsKey(tokens[i + 2].Text) || tokens[i + 2].Text.Equals("dozen", StringComparison.OrdinalIgnoreCase)
                        || (UnitCatalog.Find(tokens[i + 2].Text, touching: false) is { } hu && hu.Dimension != Dimension.None)
                        || (WordIs(i + 2, "percentage") && WordIs(i + 3, "point"))))
                {
                    p.Raw = 0.5;
                    p.Step = 0.1;
                    p.NumEnd = p.Last = i + 2;
                    return p;
                }

                // "half of all voters", "half the 120,000 passengers" are shares; "the first half of 2023", "a half of"
                // are periods and parts, and "half the time", "half the battle" say "often" and "a good part".
                var theShare = WordIs(i + 1, "the", "its", "their") && !WordIs(i + 2, "time", "battle", "fun", "story", "world", "country", "city", "town");
                var of = theShare ? i + 2 : i + 2 + (WordIs(i + 2, "the", "this", "that", "its", "their") ? 1 : 0);
                if ((WordIs(i + 1, "of") || theShare) && !WordIs(i - 1, "the", "first", "second", "a", "last", "latter", "former", "other", "one", "each")
                    && of < N && (!tokens[of].IsNumber || (theShare && tokens[of].Text.Contains(',', StringComparison.Ordinal))
                                  || (of > i + 2 && tokens[of].Text.Length != 4 && tokens[of].Text.All(c => c == ',' || char.IsAsciiDigit(c)))) && !Lexicon.Months.ContainsKey(tokens[of].Text)
                    && !WordIs(of, "year", "season", "century", "decade", "game", "match", "term", "month", "week", "day", "quarter", "way"))
                {
                    p.Raw = 0.5;
                    p.Step = 0.05;
                    p.NumEnd = p.Last = i + 1;
                    return p;
                }

                return null;
            }

            if (!Lexicon.SmallNumbers.ContainsKey(w) && !Lexicon.Tens.ContainsKey(w))
            {
                return null;
            }

            return ParseWordSequence(p, j, startsWithA: false);
        }

        private Part? ParseWordSequence(Part p, int j, bool startsWithA)
        {
            double total = 0;
            double current = startsWithA ? 0 : -1;
            double lastScale = 1;
            var end = j;
            var k = j;
            while (k < N && tokens[k].IsWord && (k == j || !tokens[k].BreakBefore))
            {
                Work++;
                var w = tokens[k].Text;
                if (Lexicon.SmallNumbers.TryGetValue(w, out var small) && (current < 0 || current % 100 == 0 || (current % 10 == 0 && current % 100 >= 20 && small < 10)))
                {
                    current = Math.Max(current, 0) + small;
                    lastScale = 1;
                }
                else if (Lexicon.Tens.TryGetValue(w, out var tens) && (current < 0 || current % 100 == 0))
                {
                    current = Math.Max(current, 0) + tens;
                    lastScale = 1;
                }
                else if (w.Equals("hundred", StringComparison.OrdinalIgnoreCase) && (current < 0 || current % 100 != 0 || current == 0 || startsWithA))
                {
                    current = (current <= 0 ? 1 : current) * 100;
                    lastScale = 100;
                }
                else if (w.Equals("dozen", StringComparison.OrdinalIgnoreCase))
                {
                    current = (current <= 0 ? 1 : current) * 12;
                    lastScale = 1;
                }
                else if (Lexicon.ScaleWords.TryGetValue(w, out var scale))
                {
                    total += (current <= 0 ? 1 : current) * scale;
                    current = 0;
                    lastScale = scale;
                }
                else if (w.Equals("point", StringComparison.OrdinalIgnoreCase) && current >= 0 && current < 1000 && current % 1 == 0
                         && !(WordIs(j - 1, "at") && current == 1) && SpokenDigits(k + 1) is { Count: > 0 } digits && EndsSpokenDecimal(k + 1 + digits.Count))
                {
                    // Spoken decimals: "two point four million", "one point one billion lira".
                    var fraction = 0.0;
                    for (var d = digits.Count - 1; d >= 0; d--)
                    {
                        fraction = (fraction + digits[d]) / 10;
                    }

                    current += fraction;
                    lastScale = Math.Pow(10, -digits.Count);
                    startsWithA = false;
                    end = k + 1 + digits.Count;
                    k = end;
                    continue;
                }
                else
                {
                    break;
                }

                startsWithA = false;
                end = k + 1;

                // Joiners: "seventy-two", "one hundred and twenty".
                if (k + 2 < N && Touches(k + 1, '-') && !tokens[k + 2].SpaceBefore && tokens[k + 2].IsWord
                    && IsNumberWord(tokens[k + 2].Text))
                {
                    k += 2;
                }
                else if (k + 2 < N && (WordIs(k + 1, "and") || tokens[k + 1].Is('&')) && tokens[k].Text.Equals("hundred", StringComparison.OrdinalIgnoreCase)
                         && IsNumberWord(tokens[k + 2].Text))
                {
                    k += 2;
                }
                else if (lastScale >= 1000 && k + 2 < N && tokens[k + 1].Is(',') && tokens[k + 2].IsWord && !tokens[k + 2].BreakBefore
                         && (Lexicon.SmallNumbers.ContainsKey(tokens[k + 2].Text) || Lexicon.Tens.ContainsKey(tokens[k + 2].Text))
                         && ScalesStayBelow(k + 2, lastScale))
                {
                    // "three million, two hundred and forty": written out, a comma separates the groups of one number
                    // as long as each group is smaller than the scale before it; "one million, two million" is a list.
                    k += 2;
                }
                else
                {
                    k++;
                }
            }

            if (end == j)
            {
                return null;
            }

            var value = total + Math.Max(current, 0);

            // "two-thirds", "three quarters of"
            if (end < N && value is > 0 and <= 10 && total == 0)
            {
                var hyphen = Touches(end, '-') && end + 1 < N && !tokens[end + 1].SpaceBefore;
                var f = hyphen ? end + 1 : end;
                // Spaced, the fraction word must agree in number ("one sixth", "three quarters") or lead to "of".
                var agrees = value == 1 ? !tokens[f].Text.EndsWith('s') : tokens[f].Text.EndsWith('s');
                if (f < N && tokens[f].IsWord && Lexicon.FractionWords.TryGetValue(tokens[f].Text, out var den)
                    && (hyphen || WordIs(f + 1, "of") || (agrees && tokens[p.NumStart].Text is not ("a" or "A" or "an"))))
                {
                    p.Raw = value / den;
                    p.Step = 0.01;
                    p.NumEnd = p.Last = f + 1;
                    return p;
                }
            }

            p.Raw = value;
            p.Step = lastScale;
            p.NumEnd = p.Last = end;
            ReadAndAHalf(p);
            return p;
        }

        /// <summary>Whether the spelled number from token <paramref name="j"/> on uses only scales below <paramref name="scale"/>.</summary>
        private bool ScalesStayBelow(int j, double scale)
        {
            for (var k = j; k < N && k < j + 12 && (tokens[k].IsWord || tokens[k].Is('-') || tokens[k].Is('&')); k++)
            {
                if (tokens[k].IsWord && !IsNumberWord(tokens[k].Text) && !WordIs(k, "and"))
                {
                    break;
                }

                if (tokens[k].IsWord && Lexicon.ScaleWords.TryGetValue(tokens[k].Text, out var s) && s >= scale)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>"two and a half million", "five and a quarter": the fraction joins the number before the scale.</summary>
        private void ReadAndAHalf(Part p)
        {
            var k = p.NumEnd;
            if (WordIs(k, "and") && WordIs(k + 1, "a") && WordIs(k + 2, "half", "quarter", "third"))
            {
                p.Raw += WordIs(k + 2, "half") ? 0.5 : WordIs(k + 2, "quarter") ? 0.25 : 1.0 / 3;
                p.Step = Math.Min(p.Step, 0.1);
                p.PlainInteger = false;
                p.NumEnd = p.Last = k + 3;
            }
        }

        /// <summary>Currency and sign written before the number: "$", "US$", "USD 5", "-3".</summary>
        private void ReadLeft(Part p)
        {
            var j = p.NumStart - 1;
            if (j < 0)
            {
                return;
            }

            var t = tokens[j];
            if (t.Kind == TokenKind.Symbol && (t.Text is "-" or "−") && !tokens[p.NumStart].SpaceBefore && IsSignPosition(j))
            {
                p.Negative = true;
                p.First = j;
                p.SignedInBracket = j >= 2 && tokens[j - 1].Is('(') && !tokens[j].SpaceBefore
                                    && (tokens[j - 2].IsNumber || (tokens[j - 2].IsWord && UnitCatalog.Find(tokens[j - 2].Text, touching: false) is not null));
                return;
            }

            // "$-99.99": the sign between the symbol and the digits.
            if (t.Kind == TokenKind.Symbol && (t.Text is "-" or "−") && !tokens[p.NumStart].SpaceBefore && !t.SpaceBefore && !p.WordNumber
                && j >= 1 && tokens[j - 1].Kind == TokenKind.Symbol && CurrencyCatalog.FindSymbol(tokens[j - 1].Text) is { } signed
                && IsSignPosition(j - 1))
            {
                p.Negative = true;
                p.Unit = signed;
                p.CurrencyBefore = true;
                p.First = j - 1;
                return;
            }

            // "+5%": an explicit plus marks a rise.
            if (t.Is('+') && !tokens[p.NumStart].SpaceBefore && (j == 0 || t.SpaceBefore || tokens[j - 1].Is('(')))
            {
                p.Change = Change.Up;
                p.First = j;
                return;
            }

            // "plus or minus 2%" is a margin, not a negative figure.
            if (t.IsWord && t.Text.Equals("minus", StringComparison.OrdinalIgnoreCase) && !p.WordNumber && !(WordIs(j - 1, "or") && WordIs(j - 2, "plus")))
            {
                p.Negative = true;
                p.First = j;
                return;
            }

            if (t.Kind == TokenKind.Symbol && CurrencyCatalog.FindSymbol(t.Text) is { } sym && !p.WordNumber)
            {
                p.Unit = sym;
                p.CurrencyBefore = true;
                p.First = j;
                if (j > 0 && tokens[j - 1].IsWord && (!t.SpaceBefore || IsTokenisedDollar(j))
                    && CurrencyCatalog.FindSymbol(tokens[j - 1].Text + t.Text) is { } prefixed)
                {
                    p.Unit = prefixed;
                    p.First = j - 1;
                }

                // "-$5 million", "-US$3": the sign before the symbol.
                var sign = p.First - 1;
                if (sign >= 0 && tokens[sign].Text is "-" or "−" && !tokens[p.First].SpaceBefore && IsSignPosition(sign))
                {
                    p.Negative = true;
                    p.First = sign;
                }

                return;
            }

            if (t.IsWord && !p.WordNumber && (CurrencyCatalog.FindCodeAfterFigure(t.Text) ?? (t.Text is "Rs" or "RM" or "KSh" ? CurrencyCatalog.FindSymbol(t.Text) : null)) is { } code)
            {
                p.Unit = code;
                p.CurrencyBefore = true;
                p.First = j;
                return;
            }

            // "MUSD 30", "MEUR 1.2": business shorthand with the scale glued to the code.
            if (t.IsWord && CurrencyCatalog.FindScaledCode(t.Text) is { } scaled)
            {
                p.Unit = scaled.Currency;
                p.Scale = scaled.Scale;
                p.HasScale = true;
                p.PlainInteger = false;
                p.CurrencyBefore = true;
                p.First = j;
                return;
            }

            // "R150 a month", "R1.2 billion": South Africa's rand written onto the figure. Alone, "R150" may be a road
            // or a model, so only a figure written as money (grouped, with cents, a scale or a rate) is read so.
            if (t.Text == "R" && !tokens[p.NumStart].SpaceBefore && (j == 0 || tokens[j].SpaceBefore || tokens[j - 1].Kind == TokenKind.Symbol)
                && (tokens[p.NumStart].Text.Contains(',', StringComparison.Ordinal) || tokens[p.NumStart].Text.Contains('.', StringComparison.Ordinal)
                    || WordIs(p.NumEnd, "million", "billion", "trillion", "bn", "m")
                    || (p.NumEnd < N && !tokens[p.NumEnd].BreakBefore && tokens[p.NumEnd].IsWord && IsPriceEnd(p.NumEnd))))
            {
                p.Unit = CurrencyCatalog.FindCode("ZAR");
                p.CurrencyBefore = true;
                p.First = j;
                return;
            }

            if (t.Is('.') && j > 0 && tokens[j - 1].Text == "Rs" && !t.SpaceBefore)
            {
                p.Unit = CurrencyCatalog.FindSymbol("Rs");
                p.CurrencyBefore = true;
                p.First = j - 1;
            }
        }

        /// <summary>A minus at token <paramref name="j"/> is a sign, not a hyphen or a range dash: it opens the text or a bracket, or follows a space.</summary>
        private bool IsSignPosition(int j) =>
            j == 0 || tokens[j].SpaceBefore || tokens[j - 1].Kind == TokenKind.Symbol && tokens[j - 1].Text is "(" or "[" or ":" or "=";

        /// <summary>
        /// "The annual loss is ($99.99).": accounts write a negative amount in brackets. Only a bracket holding the
        /// amount alone where a value is stated ("is", "was", "of", ":"): after a noun ("a profit ($3m)") or another
        /// figure ("€100 ($108)") the bracket glosses or converts.
        /// </summary>
        private void ReadAccountingNegative(Part p)
        {
            var open = p.First - 1;
            if (!p.CurrencyBefore || p.Negative || p.Excluded || open < 1 || !tokens[open].Is('(') || !Touches(p.Last, ')')
                || tokens[p.First].SpaceBefore
                || !(tokens[open - 1].Is(':') || WordIs(open - 1, "is", "was", "were", "are", "be", "been", "of", "at", "to")))
            {
                return;
            }

            p.Negative = true;
            p.First = open;
            p.Last++;
        }

        /// <summary>
        /// "c $ 16.4", "hk $ 10": treebank-tokenised text splits the prefixed dollar. Only there, where the symbol
        /// stands alone between spaces and the country letters are lower case, is the prefix read across the gap
        /// ("paid a $5 fee" keeps its article).
        /// </summary>
        private bool IsTokenisedDollar(int j) =>
            tokens[j].Text == "$" && tokens[j - 1].Text is "c" or "hk" or "us" or "nz" && j + 1 < N && tokens[j + 1].SpaceBefore;

        /// <summary>"million", "bn", "3.2k", and "m" only after a currency ("$54m").</summary>
        private void ReadScale(Part p)
        {
            var k = p.Last;

            // "a $1.2-billion deal", "a 2.3-million-barrel draw": the scale word joined by a hyphen, as an adjective.
            if (Touches(k, '-') && k + 1 < N && !tokens[k + 1].SpaceBefore && tokens[k + 1].IsWord && Lexicon.ScaleWords.ContainsKey(tokens[k + 1].Text))
            {
                k++;
            }

            if (k >= N || tokens[k].BreakBefore || !tokens[k].IsWord)
            {
                return;
            }

            var w = tokens[k].Text;
            var touching = !tokens[k].SpaceBefore;
            double scale = 0;
            if (Lexicon.ScaleWords.TryGetValue(w, out var s))
            {
                scale = s;
            }
            else if (Lexicon.ScaleAbbreviations.TryGetValue(w, out s) && (touching || w.Length > 1))
            {
                scale = s;
            }
            else if (p.CurrencyBefore && Lexicon.CurrencyScaleAbbreviations.TryGetValue(w, out s))
            {
                scale = s;
            }
            else if (w == "m" && touching && k + 1 < N && tokens[k + 1].IsWord && tokens[k + 1].SpaceBefore
                     && !char.IsUpper(tokens[k + 1].Text[0]) && !Lexicon.StopWords.Contains(tokens[k + 1].Text)
                     && Lexicon.IsPlural(tokens[k + 1].Text) && !EventWords.Contains(tokens[k + 1].Text))
            {
                // "5m people", "3m barrels": a plural noun after "m" means millions; "100m sprint", "400m hurdles" stay metres.
                scale = 1e6;
            }
            else if (w == "m" && touching && k + 1 < N && tokens[k + 1].IsWord && tokens[k + 1].SpaceBefore && !tokens[k + 1].BreakBefore
                     && tokens[k + 1].Text is "t" or "bbl" or "tonnes" or "tons" or "barrels" or "litres" or "liters" or "sq" or "km" or "ha")
            {
                // "21.4m t", "3m bbl": a unit after "m" makes it millions of that unit.
                scale = 1e6;
            }
            else if (w == "m" && touching && CountsInMillions(p.First, k))
            {
                scale = 1e6;
            }
            else if (w.Equals("hundred", StringComparison.OrdinalIgnoreCase) && !p.WordNumber)
            {
                scale = 100;
            }
            else if (w.Equals("dozen", StringComparison.OrdinalIgnoreCase))
            {
                // "half a dozen", "3 dozen"
                scale = 12;
            }

            if (scale == 0)
            {
                return;
            }

            p.Scale = scale;
            p.HasScale = true;
            p.PlainInteger = false;
            p.NumEnd = p.Last = k + 1;

            // "1.5 billion" but also "a billion": a second scale word multiplies ("a thousand million", "11.11 lakh crore").
            if ((WordIs(k + 1, "thousand", "million", "billion") || (WordIs(k, "lakh") && WordIs(k + 1, "crore")))
                && Lexicon.ScaleWords.TryGetValue(tokens[k + 1].Text, out var s2))
            {
                p.Scale *= s2;
                p.NumEnd = p.Last = k + 2;
            }
        }

        /// <summary>What follows the number: %, currency name, unit, multiplier, "+", count noun, rate.</summary>
        private void ReadRight(Part p)
        {
            var k = p.Last;

            // "the over-65s", "under-18s": an age group names who is meant, like "a man aged 45", not a claim (the
            // news sets leave it unmarked); it is kept apart from identifiers ("Su-27") and decades ("1990s").
            if (p.PlainInteger && !p.WordNumber && p.First == p.NumStart && p.Raw is >= 1 and <= 120 && WordIs(k, "s") && !tokens[k].SpaceBefore
                && p.First >= 2 && tokens[p.First - 1].Is('-') && !tokens[p.First - 1].SpaceBefore && !tokens[p.First].SpaceBefore
                && WordIs(p.First - 2, "over", "under"))
            {
                p.AgeGroup = true;
                p.Last = k + 1;
                return;
            }
            if (k < N && !tokens[k].BreakBefore)
            {
                if (p.Unit is null)
                {
                    // Adjectival "12-mile", "10-fold": the hyphen touches both.
                    var u = k;
                    if (Touches(k, '-') && k + 1 < N && !tokens[k + 1].SpaceBefore && tokens[k + 1].IsWord)
                    {
                        u = k + 1;
                    }

                    var (unit, end) = MatchUnitOrCurrency(u);

                    // "by 80c to €13.50": a touching "c" is a cent only beside money; elsewhere it is a Celsius
                    // ("11-17c") or part of a code ("HbA1c").
                    if (unit is null && u == k && tokens[k].Text == "c" && !tokens[k].SpaceBefore && p.PlainInteger && p.Raw < 100
                        && tokens[p.NumStart].SpaceBefore && !(p.NumStart > 0 && tokens[p.NumStart - 1].Is('-')) && !WordIs(k + 1, "heat", "temperatures", "temperature", "weather", "highs", "lows") && MoneyNear(k))
                    {
                        (unit, end) = (UnitCatalog.Cent, k + 1);
                    }

                    if (unit is null && u == k && WordIs(u, "won") && (p.HasScale || (tokens[p.NumStart].Text.Contains(',', StringComparison.Ordinal)
                                                                       && (IsPriceEnd(u + 1) || (p.First > 0 && MoneyCues.Contains(tokens[p.First - 1].Text))))))
                    {
                        // "2 trillion won": after a scale word, "won" is the Korean currency, not the verb; so it is
                        // after a grouped figure where a price ends ("4,300 won a head", "12,000 won each").
                        (unit, end) = (CurrencyCatalog.FindCode("KRW"), u + 1);
                    }

                    if (unit is null && u == k && tokens[k].IsWord && CurrencyCatalog.FindScaledCode(tokens[k].Text) is { } scaled && !p.HasScale)
                    {
                        // "30 MUSD", "120 MEUR"
                        p.Unit = scaled.Currency;
                        p.Scale = scaled.Scale;
                        p.HasScale = true;
                        p.PlainInteger = false;
                        p.Last = k + 1;
                    }
                    else if (unit is null && u == k && IsInchAbbreviation(k, p))
                    {
                        p.Unit = UnitCatalog.Find("inch", touching: false);
                        p.Last = k + 1;
                    }
                    else if (unit is not null)
                    {
                        p.Unit = unit.Name == "pound" && u == k && PoundsAreMoney(p, u) ? CurrencyCatalog.FindCode("GBP") : unit;
                        p.Last = end;
                        if (unit.Name == "degree" && unit.Dimension == Dimension.None && HasTemperatureCue(p.First, end))
                        {
                            p.Unit = UnitCatalog.DegreeOfTemperature;
                        }

                        if (unit.Dimension == Dimension.Duration && ((WordIs(end, "old") && tokens[end].SpaceBefore) || (WordIs(end, "of") && WordIs(end + 1, "age"))))
                        {
                            p.Unit = UnitCatalog.AgeOf(unit);
                        }

                        if (UnitCatalog.PackingOf(text[tokens[u].Start..tokens[end - 1].End]) is { } packed)
                        {
                            p.ImpliedPer ??= packed.Per;
                            if (packed.Scale != 1)
                            {
                                p.Scale *= packed.Scale;
                                p.HasScale = true;
                                p.PlainInteger = false;
                            }
                        }

                        // "75 USD million": the scale written after the currency.
                        if (unit.Dimension == Dimension.Currency && !p.HasScale && end < N && tokens[end].IsWord && !tokens[end].BreakBefore
                            && Lexicon.ScaleWords.TryGetValue(tokens[end].Text, out var after))
                        {
                            p.Scale = after;
                            p.HasScale = true;
                            p.PlainInteger = false;
                            p.Last = end + 1;
                        }

                        ReadMinorPart(p);
                    }
                    else if (u == k && BracketedUnit(k) is { } bracketed)
                    {
                        // "20 (kg)", "20 [kg]": tables and forms write the unit alone in brackets.
                        p.Unit = bracketed.Unit;
                        p.Last = bracketed.End;
                    }
                    else if (u == k && !p.WordNumber && ReadFeetAndInches(p, k))
                    {
                        // 10″ long, 6′2″: the marks are read only where nothing else can be meant.
                    }
                    else if (u == k && WordIs(k, "yo") && p.PlainInteger && p.Raw is >= 1 and <= 120)
                    {
                        // "a 87 yo man": clinical shorthand for years old.
                        p.Unit = UnitCatalog.AgeOf(UnitCatalog.Find("year", touching: false)!);
                        p.Last = k + 1;
                    }
                    else if (u == k + 1 && WordIs(u, "strong"))
                    {
                        // "an 11-strong board", "a 5,000-strong crowd": the figure counts the members; "strong" is no noun.
                        p.Last = u + 1;
                    }
                    else if (u == k + 1 && (p.PlainInteger || IsGroupedInteger(p) || (p.WordNumber && p.Raw is >= 2 and <= 100 && p.Raw == Math.Floor(p.Raw) && !SetPhraseNouns.Contains(tokens[u].Text)))
                             && IsAdjectivalCount(u))
                    {
                        // "a 50-page report", "a 16-person cabinet", "a three-bedroom flat": the hyphenated noun is what
                        // is counted; spelled, some are set phrases ("a two-state solution", "a two-way street").
                        p.CountNoun = tokens[u].Text.ToLowerInvariant();
                        p.Last = u + 1;
                    }
                    else if (WordIs(u, "times") && u == k || WordIs(u, "fold") || (!tokens[k].SpaceBefore && (WordIs(k, "x") || Touches(k, '×')) && !TouchesNumber(k + 1)))
                    {
                        p.Unit = UnitCatalog.Times;
                        p.Last = u + 1;
                    }
                }
                else if (p.CurrencyBefore && p.Last < N && WordIs(p.Last, "dollars", "dollar") && p.Unit.Iso is not null)
                {
                    // "$5 million dollars": the name repeats the symbol.
                    p.Last++;
                }

                if (p.Last < N && Touches(p.Last, '+'))
                {
                    p.SuffixHedge = Hedge.AtLeast;
                    p.Last++;
                }
            }

            // "residents aged 16 and over", "children aged 12 or under", "children aged 5 to 9": the group a figure is
            // about, like "the over-65s" and "a man aged 45", not a claim of its own (the news sets leave it unmarked).
            if (p.Unit is null && p.PlainInteger && !p.HasScale && p.Raw is >= 1 and <= 120 && WordIs(p.First - 1, "aged")
                && p.Last + 1 < N && !tokens[p.Last].BreakBefore)
            {
                if (WordIs(p.Last, "and", "or") && !(p.Last + 2 < N && tokens[p.Last + 2].IsNumber)
                    && WordIs(p.Last + 1, "over", "older", "above", "up", "under", "younger", "below"))
                {
                    p.AgeGroup = true;
                    p.Last += 2;
                }
                else if ((WordIs(p.Last, "to", "and") || tokens[p.Last].Text is "-" or "–") && tokens[p.Last + 1].IsNumber
                         && tokens[p.Last + 1].Text.Length <= 3 && tokens[p.Last + 1].Text.All(char.IsAsciiDigit))
                {
                    p.AgeGroup = true;
                    p.Last += 2;
                }
            }

            // "a man of age 87", "at age 40": the number is the age the word names.
            if (p.Unit is null && p.PlainInteger && !p.HasScale && p.Raw is >= 1 and <= 120 && WordIs(p.First - 1, "age") && WordIs(p.First - 2, "of", "at"))
            {
                p.Unit = UnitCatalog.AgeOf(UnitCatalog.Find("year", touching: false)!);
            }

            if (p.Unit is null && p.Last < N && !tokens[p.Last].BreakBefore)
            {
                ReadCountNoun(p);
            }

            // "a 4% pay rise", "a 10% price cut": one noun may say what changed.
            var changeNoun = p.Last + 1 < N && tokens[p.Last].IsWord && !tokens[p.Last].IsCapitalised && !Lexicon.StopWords.Contains(tokens[p.Last].Text)
                             && !Lexicon.ChangeNouns.ContainsKey(tokens[p.Last].Text) && tokens[p.Last + 1].IsWord && !tokens[p.Last + 1].BreakBefore
                             && Lexicon.ChangeNouns.ContainsKey(tokens[p.Last + 1].Text) && !WordIs(p.Last + 2, "of", "in")
                ? p.Last + 1
                : p.Last;
            if (changeNoun < N && tokens[changeNoun].IsWord && !tokens[changeNoun].BreakBefore
                && Lexicon.ChangeNouns.TryGetValue(tokens[changeNoun].Text, out var nounChange)
                && p.Unit?.Dimension is Dimension.Percentage or Dimension.Currency or Dimension.Multiplier)
            {
                p.Change = nounChange;
            }

            // "a 2.3-million-barrel draw", "a 4-million-tonne build": a stock drawn down or built up.
            if (p.Unit?.Dimension is Dimension.Volume or Dimension.Mass && p.Last < N && !tokens[p.Last].BreakBefore
                && tokens[p.Last].IsWord && Lexicon.StockChangeNouns.TryGetValue(tokens[p.Last].Text, out var stockChange))
            {
                p.Change = stockChange;
            }
        }

        /// <summary>"20 (kg)", "20 [kg]", "20 {kg}": a unit or currency alone in brackets right after the figure, and the token after the bracket.</summary>
        private (UnitDefinition Unit, int End)? BracketedUnit(int k)
        {
            var close = k + 2 >= N || tokens[k].Kind != TokenKind.Symbol ? ' ' : tokens[k].Text[0] switch
            {
                '(' => ')',
                '[' => ']',
                '{' => '}',
                '<' => '>',
                _ => ' ',
            };
            if (close == ' ')
            {
                return null;
            }

            var (unit, end) = MatchUnitOrCurrency(k + 1);
            return unit is not null && unit.Dimension != Dimension.None && end < N && tokens[end].Is(close) && !tokens[end].SpaceBefore
                   && !tokens[k + 1].SpaceBefore
                ? (unit, end + 1)
                : null;
        }

        /// <summary>
        /// 10″ long, "a 6.1″ screen": a double quote after a figure is the inch only before an extent word, where a
        /// closing quotation cannot stand; 6′2″: feet and inches in marks, both touching.
        /// </summary>
        private bool ReadFeetAndInches(Part p, int k)
        {
            if (tokens[k].Text is "\"" or "”" or "″" && k + 1 < N && tokens[k + 1].IsWord && ExtentWords.Contains(tokens[k + 1].Text))
            {
                p.Unit = UnitCatalog.Find("inch", touching: false);
                p.Last = k + 1;
                return true;
            }

            if (p.PlainInteger && tokens[k].Text is "'" or "’" or "′" && !tokens[k].SpaceBefore && TouchesNumber(k + 1)
                && tokens[k + 1].Text.All(char.IsAsciiDigit) && ParseNumber(tokens[k + 1].Text) < 12
                && k + 2 < N && tokens[k + 2].Text is "\"" or "”" or "″" && !tokens[k + 2].SpaceBefore)
            {
                p.Raw += ParseNumber(tokens[k + 1].Text) / 12;
                p.PlainInteger = false;
                p.Step = 1.0 / 12;
                p.Unit = UnitCatalog.Find("foot", touching: false);
                p.Last = k + 3;
                return true;
            }

            return false;
        }

        /// <summary>"50-page report": a lowercase singular noun hyphenated to the figure and followed by the noun it qualifies.</summary>
        private bool IsAdjectivalCount(int u)
        {
            var t = tokens[u];
            return t.IsWord && !t.IsCapitalised && t.Text.Length > 2 && !Lexicon.StopWords.Contains(t.Text) && !Lexicon.IsPlural(t.Text)
                   && !t.Text.EndsWith("ly", StringComparison.Ordinal) && !IsNumberWord(t.Text) && !Lexicon.FractionWords.ContainsKey(t.Text)
                   && !Lexicon.ChangeNouns.ContainsKey(t.Text) && !(Lexicon.IsMonth(t.Text, dotted: false))
                   && u + 1 < N && tokens[u + 1].IsWord && tokens[u + 1].SpaceBefore && !tokens[u + 1].BreakBefore
                   && !Lexicon.StopWords.Contains(tokens[u + 1].Text) && !tokens[u + 1].IsCapitalised;
        }

        private static readonly HashSet<string> SetPhraseNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "way", "time", "state", "party", "tier", "horse", "track", "speed", "stroke", "sided", "faced", "fold", "edged",
            "pronged", "hander", "legged", "dimensional", "thirds", "fifths", "quarters", "figure", "star", "child", "seater",
        };

        private static readonly HashSet<string> MoneyCues = new(StringComparer.OrdinalIgnoreCase)
        {
            "worth", "cost", "costs", "costing", "paid", "pay", "pays", "fined", "fine", "price", "priced", "spent", "spend",
            "spending", "salary", "wage", "wages", "budget", "raised", "earn", "earned", "earns", "earning", "fund", "funding",
            "deal", "sold", "bought", "invest", "invested", "investment", "loan", "loans", "debt", "profit", "profits",
            "revenue", "revenues", "tax", "compensation", "donated", "awarded", "bonus", "charged", "fee", "fees", "valued",
            "bid", "offer", "offered", "grant", "subsidy", "pension", "rent", "turnover", "damages", "owed", "owes", "bill",
        };

        private static readonly HashSet<string> MassCues = new(StringComparer.OrdinalIgnoreCase)
        {
            "weigh", "weighs", "weighed", "weighing", "weight", "weights", "heavy", "heavier", "lighter", "obese", "overweight",
            "diet", "lbs", "kg", "kilograms", "ounces", "stone",
        };

        /// <summary>
        /// A bare "pounds" is a mass by default (the ADR), but "20 million pounds" or "paid 300 pounds" is sterling:
        /// a scale or a money word before the figure makes it money unless "of" follows ("pounds of beef") or the
        /// sentence talks of weight.
        /// </summary>
        private bool PoundsAreMoney(Part p, int u)
        {
            if (tokens[u].Text is not ("pounds" or "pound" or "Pounds") || WordIs(u + 1, "of") || Touches(u - 1, '-'))
            {
                return false;
            }

            // "14,500 pounds in cash", "50,000 pounds in damages": what the pounds are paid as, whatever is weighed nearby.
            if (WordIs(u + 1, "in") && WordIs(u + 2, "cash", "damages", "compensation", "fines", "bribes", "wages", "fees", "donations", "savings", "prize"))
            {
                return true;
            }

            for (var k = Math.Max(0, p.First - 8); k < Math.Min(N, u + 8); k++)
            {
                if (tokens[k].IsWord && MassCues.Contains(tokens[k].Text))
                {
                    return false;
                }
            }

            if (p.HasScale)
            {
                return true;
            }

            for (var k = p.First - 1; k >= 0 && k >= p.First - 6; k--)
            {
                if (tokens[k].IsWord && MoneyCues.Contains(tokens[k].Text))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly HashSet<string> ExtentWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "thick", "long", "wide", "tall", "deep", "high", "across", "diameter", "screen", "display", "wheels", "barrel",
        };

        /// <summary>
        /// "2 in thick", "a 6.1 in screen", "it is 2 in.": the abbreviation "in" is the inch only where the
        /// preposition cannot be: before an extent word or closing the clause.
        /// </summary>
        private bool IsInchAbbreviation(int k, Part p)
        {
            if (p.WordNumber || !WordIs(k, "in") || !tokens[k].SpaceBefore || tokens[k].Text != "in" || IsYearLike(p))
            {
                return false;
            }

            if (k + 1 >= N || tokens[k + 1].BreakBefore)
            {
                return true;
            }

            var next = tokens[k + 1];
            return (next.Kind == TokenKind.Symbol && next.Text is "." or "," or ";" or ")" && (k + 2 >= N || !tokens[k + 2].IsNumber || tokens[k + 2].SpaceBefore))
                   || (next.IsWord && ExtentWords.Contains(next.Text));
        }

        /// <summary>
        /// "3 dollars 50 cents", "thirteen dollars and forty-five", "5 feet 2 inches", "6 ft 1 in": a figure in a
        /// major unit continued in its minor unit is one amount.
        /// </summary>
        private void ReadMinorPart(Part p)
        {
            var unit = p.Unit;
            var isMoney = unit is { Dimension: Dimension.Currency, Iso: not null, CurrencyFactor: 1 } && !p.CurrencyBefore;
            var isFeet = unit?.Name == "foot";
            if (!(isMoney || isFeet) || p.HasScale || p.Last >= N)
            {
                return;
            }

            var k = p.Last;
            if (WordIs(k, "and") && !tokens[k].BreakBefore)
            {
                k++;
            }

            if (k >= N || tokens[k].BreakBefore)
            {
                return;
            }

            double minor;
            int end;
            if (tokens[k].IsNumber && tokens[k].Text.Length <= 2 && tokens[k].Text.All(char.IsAsciiDigit))
            {
                minor = ParseNumber(tokens[k].Text);
                end = k + 1;
            }
            else if (tokens[k].IsWord && (Lexicon.SmallNumbers.ContainsKey(tokens[k].Text) || Lexicon.Tens.ContainsKey(tokens[k].Text))
                     && ParseWordSequence(new Part { First = k, NumStart = k, WordNumber = true }, k, startsWithA: false) is { } words
                     && words.Raw == Math.Floor(words.Raw))
            {
                minor = words.Raw;
                end = words.NumEnd;
            }
            else
            {
                return;
            }

            if (minor >= (isMoney ? 100 : 12))
            {
                return;
            }

            var minorUnit = end < N && tokens[end].IsWord && !tokens[end].BreakBefore ? tokens[end].Text : null;
            if (isFeet)
            {
                if (minorUnit is null || !(minorUnit is "in" or "inch" or "inches"))
                {
                    return;
                }

                p.Raw += minor / 12;
                p.Step = 1.0 / 12;
                p.PlainInteger = false;
                p.Last = end + 1;
                return;
            }

            if (minorUnit is not null && CurrencyCatalog.FindName(minorUnit) is { CurrencyFactor: < 1 } cents && cents.Iso == unit!.Iso)
            {
                end++;
            }
            else if (end < N && !tokens[end].BreakBefore && !(tokens[end].Kind == TokenKind.Symbol && tokens[end].Text is "." or "," or ";" or "!" or "?" or ")"))
            {
                // "15 dollars 50 people" is two figures; only a bare closing number is the cents.
                return;
            }

            p.Raw += minor / 100;
            p.Step = 0.01;
            p.PlainInteger = false;
            p.Last = end;
        }

        private (UnitDefinition? Unit, int End) MatchUnitOrCurrency(int u)
        {
            if (u >= N)
            {
                return (null, u);
            }

            var touching = !tokens[u].SpaceBefore || (u > 0 && tokens[u - 1].Is('-'));
            UnitDefinition? best = null;
            var bestEnd = u;
            var key = "";
            for (var len = 1; len <= 5 && u + len - 1 < N; len++)
            {
                var t = tokens[u + len - 1];
                if (len > 1 && t.BreakBefore)
                {
                    break;
                }

                key = len == 1 ? t.Text : key + (t.SpaceBefore ? " " : "") + t.Text;

                // "10 €", "5 £": a symbol after the figure, unless it opens the next figure ("10 $ 30").
                if (len == 1 && t.Kind == TokenKind.Symbol && CurrencyCatalog.FindSymbol(t.Text) is { } suffix
                    && !(u + 1 < N && tokens[u + 1].IsNumber))
                {
                    best = suffix;
                    bestEnd = u + 1;
                    continue;
                }

                var found = (len == 1 && t.IsWord ? CurrencyCatalog.FindCodeAfterFigure(t.Text) : null)
                            ?? CurrencyCatalog.FindName(key)
                            ?? UnitCatalog.Find(key, touching);
                if (found is not null)
                {
                    best = found;
                    bestEnd = u + len;
                }
            }

            return (best, bestEnd);
        }

        private void ReadCountNoun(Part p)
        {
            var j = p.Last;

            // "eight 500 mg tablets", "10 million 60-kg bags": a measure of each thing may stand between the figure
            // and the plural it counts; the measure stays a figure of its own.
            if (p.Unit is null && !p.Excluded && tokens[j].IsNumber && tokens[j].SpaceBefore && !tokens[j].BreakBefore
                && MeasureEnd(j) is { } plural && NamesLowercasePlural(plural))
            {
                p.CountNoun = Lexicon.Singularize(tokens[plural].Text);
                return;
            }

            if (p.Unit is null && !p.Excluded && p.PlainInteger && p.Raw < 1000 && !IsYearLike(p) && tokens[j].IsNumber && !tokens[j].BreakBefore
                && QualifierEnd(j) is { } model && NamesLowercasePlural(model))
            {
                CountQualified(p, j, model);
                return;
            }

            if (!tokens[j].IsWord || !tokens[j].SpaceBefore)
            {
                return;
            }

            // "magnitude 6.1 hits off Japan": a magnitude has no unit, and the word after it is the headline's verb.
            // So is a change verb after a name with its number: "FTSE 100 falls 1.2%".
            if (WordIs(p.First - 1, "magnitude")
                || (p.First > 0 && tokens[p.First - 1].IsCapitalised && p.PlainInteger && Lexicon.IsChangeVerb(tokens[j].Text)))
            {
                return;
            }

            // "584 Boeing 737 jets", "3 Kh-59 missiles", "1,020 U.S. adults": a make with its model number, or a dotted
            // abbreviation, may stand between the figure and the plural it counts.
            if (QualifierEnd(j) is { } counted && NamesLowercasePlural(counted))
            {
                CountQualified(p, j, counted);
                return;
            }

            var words = new List<string>(3);
            var last = -1;
            var named = false;
            for (var w = 0; w < 3 && j < N; w++)
            {
                var t = tokens[j];
                if (!t.IsWord || (w > 0 && (t.BreakBefore || !t.SpaceBefore)))
                {
                    break;
                }

                var word = t.Text;
                var end = j + 1;

                // Hyphenated compounds: "fiber-optic", "dual-use".
                while (end + 1 < N && Touches(end, '-') && tokens[end + 1].IsWord && !tokens[end + 1].SpaceBefore)
                {
                    word = text[t.Start..tokens[end + 1].End];
                    end += 2;
                }

                // A name before the counted plural is read whatever its ending ("12 Boeing jets", "40 Reading fans").
                var nameBeforePlural = w == 0 && char.IsUpper(word[0]) && NamesLowercasePlural(end);
                // "17,000 more deaths": a comparative before the plural is its description, not the end of the count.
                var describesPlural = w == 0 && CountAdjectives.Contains(word) && NamesLowercasePlural(end);
                var describesByLy = describesPlural && word.EndsWith("ly", StringComparison.Ordinal);
                // "14 warming centres", "300 polling stations": a gerund naming the kind of thing counted.
                var gerundBeforePlural = w == 0 && word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5 && !char.IsUpper(word[0])
                                         && NamesLowercasePlural(end) && !Lexicon.IsChangeVerb(word) && !PrepositionalIng.Contains(word);
                // "120 MPs", "19 Republicans": a capitalised plural naming people by office, party or faith is counted.
                var namedGroup = w == 0 && (Lexicon.IsAcronymPlural(word) || GroupPlurals.Contains(word));
                if ((Lexicon.StopWords.Contains(word) && !describesPlural) || Lexicon.Months.ContainsKey(word)
                    || (char.IsUpper(word[0]) && !Lexicon.Countries.ContainsKey(word) && !nameBeforePlural && !namedGroup)
                    || (!nameBeforePlural && ((word.EndsWith("ly", StringComparison.Ordinal) && !describesByLy) || (word.EndsWith("ing", StringComparison.Ordinal) && !gerundBeforePlural)))
                    || (w > 0 && word.EndsWith("ed", StringComparison.Ordinal)))
                {
                    break;
                }

                if (w == 0 && end == j + 1 && IsVerbAfterFigure(j, p.First))
                {
                    break;
                }

                // "Russia's 2025 budget foresees", "the 3.5 million figure refers to": after a singular noun an -s
                // word the model reads as a verb is the clause's verb, not the plural counted.
                if (w > 0 && end == j + 1 && word.EndsWith('s') && Lexicon.StopWords.Contains(NextWordOrEmpty(end)) && TagAt(j) is "VERB" or "AUX")
                {
                    break;
                }

                words.Add(word);
                j = end;
                var qualifiesNext = w == 0 && char.IsUpper(word[0]) && !Lexicon.Countries.ContainsKey(word) && NamesLowercasePlural(end);
                named |= qualifiesNext;
                if (Lexicon.IsPlural(word) && !word.EndsWith("ed", StringComparison.Ordinal) && !qualifiesNext)
                {
                    last = w;
                    break;
                }

                if (p.Raw == 1 && !p.HasScale && w == 0 && !word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 2)
                {
                    // "one company": a singular noun after 1; keep looking for a compound ("one drone maker").
                    last = 0;
                }
            }

            if (last < 0)
            {
                return;
            }

            // Recompute the end token of the accepted words.
            var k = p.Last;
            for (var w = 0; w <= last; w++)
            {
                k++;
                while (k + 1 < N && Touches(k, '-') && tokens[k + 1].IsWord && !tokens[k + 1].SpaceBefore)
                {
                    k += 2;
                }
            }

            if (last == 0 && ExpectsTheFigure(k))
            {
                // "the 449,080 analysts had expected": the plural is who expected the figure, not what it counts.
                return;
            }

            words[last] = Lexicon.Singularize(words[last]);

            // "3,215 new cases", "40 older aircraft": what is counted is the noun, not its passing description; nor
            // the name of its make or model ("31 Abrams tanks", "12 HIMARS launchers" count tanks and launchers).
            var from = last > 0 && (named || CountAdjectives.Contains(words[0])) ? 1 : 0;
            p.CountNoun = string.Join(' ', words.Skip(from).Take(last + 1 - from));
            p.Last = k;
        }

        /// <summary>
        /// "had expected," after a plural at <paramref name="k"/>: a verb of forecasting with no object of its own, so the
        /// figure before the plural is its object ("the 449,080 analysts had expected"; not "40 economists expected a cut").
        /// </summary>
        private bool ExpectsTheFigure(int k)
        {
            // "pilgrims are expected at the shrine" is passive: the plural is still what is counted.
            var auxiliary = WordIs(k, "had", "have", "has", "'d");
            if (auxiliary)
            {
                k++;
            }

            if (!WordIs(k, "expected", "forecast", "forecasted", "estimated", "predicted", "projected", "anticipated", "expect", "forecasts", "expects", "estimate", "predict"))
            {
                return false;
            }

            k++;
            return k >= N || tokens[k].BreakBefore || tokens[k].Kind == TokenKind.Symbol
                   || WordIs(k, "and", "but", "while", "when")
                   || (auxiliary && WordIs(k, "for", "in", "on", "at", "after", "before", "from", "this", "last", "earlier", "previously"));
        }

        /// <summary>The plural at <paramref name="counted"/> is what the figure counts; the tokens from <paramref name="qualifier"/> name its make or model.</summary>
        private void CountQualified(Part p, int qualifier, int counted)
        {
            p.CountNoun = Lexicon.Singularize(tokens[counted].Text);
            p.Qualifier = (qualifier, counted);
            p.Last = counted + 1;
        }

        /// <summary>The token after a model designation ("Boeing 737", "Kh-59", "A320") or a dotted abbreviation ("U.S.") at <paramref name="j"/>.</summary>
        private int? QualifierEnd(int j)
        {
            // "50 737 MAX jets", "12 777-300ER aircraft": a model may open with its number.
            var modelNumber = tokens[j].IsNumber && tokens[j].SpaceBefore && !tokens[j].Text.Contains(',', StringComparison.Ordinal) && j + 1 < N
                              && ((tokens[j + 1].IsCapitalised && tokens[j + 1].SpaceBefore) || (Touches(j + 1, '-') && TouchesNumber(j + 2)));
            if ((!tokens[j].IsCapitalised && !modelNumber) || tokens[j].BreakBefore || Lexicon.Months.ContainsKey(tokens[j].Text))
            {
                return null;
            }

            // "U.S.", "U.K.": single capitals each closed by a touching full stop.
            var k = j;
            while (k + 1 < N && tokens[k].Text.Length == 1 && char.IsUpper(tokens[k].Text[0]) && Touches(k + 1, '.') && (k == j || !tokens[k].SpaceBefore))
            {
                k += 2;
            }

            if (k - j >= 4)
            {
                return k;
            }

            // "Boeing 737", "Boeing 737-800", "Kh-59", "Airbus A321", "Sikorsky S-70": capitalised words, codes and
            // numbers, spaced or joined by hyphens, of which one carries digits (a make alone is read by the caller).
            k = j;
            var digits = false;
            for (var pieces = 0; k < N && pieces < 5; pieces++)
            {
                var t = tokens[k];

                // "A321neo", "F-35A": letters written onto a model number belong to it.
                var suffix = pieces > 0 && t.IsWord && !t.SpaceBefore && tokens[k - 1].IsNumber && t.Text.Length <= 3;
                if (pieces > 0 && (t.BreakBefore || (!t.SpaceBefore && !Touches(k - 1, '-') && !t.IsNumber && !suffix)))
                {
                    break;
                }

                if (!(t.IsNumber && !t.Text.Contains(',', StringComparison.Ordinal)) && !(t.IsWord && (t.IsCapitalised || suffix)))
                {
                    break;
                }

                digits |= t.IsNumber || t.Text.Any(char.IsAsciiDigit);
                k++;
                if (Touches(k, '-') && k + 1 < N && !tokens[k + 1].SpaceBefore && (tokens[k + 1].IsNumber || tokens[k + 1].IsWord))
                {
                    k++;
                }
            }

            return digits && k < N ? k : null;
        }

        /// <summary>Where a price may end: the clause does, or its rate follows ("a head", "per kilogram", "each").</summary>
        private bool IsPriceEnd(int k) =>
            k >= N || tokens[k].BreakBefore || (tokens[k].Kind == TokenKind.Symbol && tokens[k].Text is "," or "." or ";" or ")")
            || WordIs(k, "each", "apiece", "per")
            || (WordIs(k, "a", "an") && k + 1 < N && (TimeWords.Contains(tokens[k + 1].Text) || WordIs(k + 1, "kg")));

        /// <summary>"children under", "people over" at <paramref name="k"/>: a bound word after a group of people.</summary>
        private bool BoundsAgeOfGroup(int k) =>
            WordIs(k, "under", "over", "below", "above") && k >= 1 && AgeGroupNouns.Contains(tokens[k - 1].Text);

        private bool IsLaterAgeInList(int k)
        {
            for (var steps = 0; k >= 0 && steps < 8; k--, steps++)
            {
                if (WordIs(k, "aged"))
                {
                    return steps > 0;
                }

                if (!(tokens[k].IsNumber || tokens[k].Is(',') || WordIs(k, "and", "or")))
                {
                    return false;
                }
            }

            return false;
        }

        private bool CallVerb(int k) => k >= 0 && WordIs(k, "call", "calling", "dial", "dialling", "dialing", "ring", "text", "phone", "hotline", "helpline", "toll");

        /// <summary>The token after a number and its physical unit at <paramref name="j"/> ("500 mg", "60-kg"), or null.</summary>
        private int? MeasureEnd(int j)
        {
            var k = j + 1;
            if (Touches(k, '-') && k + 1 < N && tokens[k + 1].IsWord && !tokens[k + 1].SpaceBefore)
            {
                k++;
            }

            var (unit, end) = MatchUnitOrCurrency(k);
            return unit?.Dimension is Dimension.Mass or Dimension.Volume or Dimension.Length or Dimension.Area or Dimension.Power or Dimension.Information
                ? end
                : null;
        }

        /// <summary>A currency symbol within a clause's reach of token <paramref name="k"/>.</summary>
        private bool MoneyNear(int k)
        {
            for (var x = Math.Max(0, k - MoneyReach); x < N && x <= k + MoneyReach; x++)
            {
                Work++;
                if (tokens[x].Kind == TokenKind.Symbol && CurrencyCatalog.FindSymbol(tokens[x].Text) is not null)
                {
                    return true;
                }
            }

            return false;
        }

        private const int MoneyReach = 12;

        /// <summary>What may follow a spoken decimal: a scale, a unit or currency, "per cent", or the end of the clause.</summary>
        private bool EndsSpokenDecimal(int k) =>
            k >= N || !tokens[k].IsWord || tokens[k].BreakBefore || Lexicon.ScaleWords.ContainsKey(tokens[k].Text)
            || WordIs(k, "per", "percent") || MatchUnitOrCurrency(k).Unit is not null;

        /// <summary>The digit words after a spoken "point" ("four", "one five"), or an empty list.</summary>
        private List<int> SpokenDigits(int k)
        {
            var digits = new List<int>(2);
            while (k < N && digits.Count < 4 && tokens[k].IsWord && !tokens[k].BreakBefore
                   && Lexicon.SmallNumbers.TryGetValue(tokens[k].Text, out var d) && d < 10 && !tokens[k].Text.Equals("a", StringComparison.OrdinalIgnoreCase))
            {
                digits.Add((int)d);
                k++;
            }

            return digits;
        }

        private string NextWordOrEmpty(int k) => k < N && tokens[k].IsWord ? tokens[k].Text : string.Empty;

        /// <summary>"2,110", "1,200": an integer written with thousands separators and nothing else.</summary>
        private bool IsGroupedInteger(Part p) =>
            !p.WordNumber && !p.HasScale && p.NumEnd == p.NumStart + 1 && tokens[p.NumStart].Text.Contains(',', StringComparison.Ordinal)
            && tokens[p.NumStart].Text.All(c => c == ',' || char.IsAsciiDigit(c));

        // "by 5 to 10 per cent" spans a factor of two; "by ₹150 to ₹2,425" is a step and a level.
        private const double MaxChangeRangeRatio = 4;

        private static bool IsRoundBase(double value) =>
            value is 100 or 1_000 or 10_000 or 100_000 or 1_000_000 or 10_000_000 or 100_000_000;

        /// <summary>"between 3 and 6 October", "3-6 May": the low day of a span of days in one month.</summary>
        private bool StartsDayRange(Part p, int after) =>
            p.PlainInteger && after + 2 < N && (WordIs(after, "and", "to") || tokens[after].Text is "-" or "–" or "—")
            && tokens[after + 1].IsNumber && tokens[after + 1].Text.Length <= 2
            && tokens[after + 2].IsWord && Lexicon.IsMonth(tokens[after + 2].Text, dotted: Touches(after + 3, '.'));

        /// <summary>"12 Boeing jets", "34 Arakan separatists": a name may qualify the plural noun that is counted.</summary>
        private bool NamesLowercasePlural(int k) =>
            k < N && tokens[k].IsWord && tokens[k].SpaceBefore && !tokens[k].BreakBefore && !tokens[k].IsCapitalised
            && Lexicon.IsPlural(tokens[k].Text) && !Lexicon.StopWords.Contains(tokens[k].Text)
            && UnitCatalog.Find(tokens[k].Text, touching: false) is null;

        /// <summary>
        /// "a poll of 1,000 shows that", "of the 40, 12 remains": a word ending in -s after a figure is usually its
        /// count noun but may be the verb the figure is subject of. Spelling cannot tell, so where the next word
        /// leaves it open (a function word, punctuation or the end) the part-of-speech model decides.
        /// </summary>
        private bool IsVerbAfterFigure(int k, int first)
        {
            var word = tokens[k].Text;
            if (tagger is null || !word.EndsWith('s') || !Lexicon.IsPlural(word) || Lexicon.IrregularPlurals.ContainsKey(word)
                || UnitCatalog.Find(word, touching: false) is not null)
            {
                return false;
            }

            // Open where the figure may be a subject ("of 2,000 finds", "in 10 says") or the word may end a clause
            // ("500 suggests otherwise."): after a verb ("sold 40 seats") a figure is an object and its -s word a noun.
            var next = k + 1;
            var before = first - 1;
            var open = before < 0 || tokens[before].BreakBefore || tokens[before].Kind == TokenKind.Symbol
                       || (tokens[before].IsWord && Lexicon.StopWords.Contains(tokens[before].Text))
                       || next >= N || tokens[next].BreakBefore || tokens[next].Kind != TokenKind.Word
                       || Lexicon.StopWords.Contains(tokens[next].Text);
            // "plans to produce 4.5 million drones this year": after a verb the figure is its object.
            if (!open || (before >= 0 && tokens[before].IsWord && !Lexicon.StopWords.Contains(tokens[before].Text) && TagAt(before) is "VERB"))
            {
                return false;
            }

            return TagAt(k) is "VERB" or "AUX";
        }

        /// <summary>The part-of-speech model's tag for token <paramref name="k"/>, read in a five-token window.</summary>
        private string TagAt(int k)
        {
            if (tagger is null)
            {
                return string.Empty;
            }

            Work++;
            var from = Math.Max(0, k - 2);
            var to = Math.Min(N, k + 3);
            var window = new string[to - from];
            for (var x = from; x < to; x++)
            {
                window[x - from] = tokens[x].Text;
            }

            return tagger.Tag(window, k - from);
        }

        /// <summary>
        /// "Apollo 11 landed", "Windows 11 is": opening the sentence, a capital says nothing ("Send 10 people"), so a
        /// name is told by the model there, and only where the bare number after it is the subject of a verb.
        /// </summary>
        private bool IsNameOpeningSentence(Part p, int prev)
        {
            var after = p.NumEnd;
            if (tagger is null || !p.IsBare || prev < 0 || !tokens[prev].IsCapitalised || !tokens[p.First].SpaceBefore
                || !(prev == 0 || tokens[prev].BreakBefore || tokens[prev - 1].Text is "." or "!" or "?" or "\"" or "“")
                || after >= N || !tokens[after].IsWord || tokens[after].IsCapitalised || !tokens[after].SpaceBefore
                || tokens[prev].Text.EndsWith("ly", StringComparison.Ordinal) || Lexicon.StopWords.Contains(tokens[prev].Text)
                || IsHedgeWord(tokens[prev].Text) || Lexicon.IsChangeVerb(tokens[prev].Text))
            {
                return false;
            }

            return TagAt(prev) is "PROPN" or "NOUN" && TagAt(after) is "VERB" or "AUX";
        }

        // ---------------------------------------------------------------- ranges

        /// <summary>"$11 to $12 million", "5–10 km", "between 5 and 10", "5-10%". Returns the high side or null.</summary>
        private Part? TryRange(Part lo)
        {
            if (lo.Excluded && !IsYearLike(lo))
            {
                return null;
            }

            if (!lo.Excluded && TryUncertainty(lo) is { } band)
            {
                return band;
            }

            // A range joins only where the low side has nothing that the high side would have to share oddly.
            var c = lo.Unit is null || lo.Unit.Dimension != Dimension.Multiplier ? lo.Last : -1;
            if (c < 0 || c >= N || tokens[c].BreakBefore || lo.CountNoun is not null)
            {
                return null;
            }

            // "8- to 16-metre": the first figure's hyphen hangs before the connector.
            if (tokens[c].Is('-') && !tokens[c].SpaceBefore && WordIs(c + 1, "to", "and", "or") && lo.IsBare)
            {
                c++;
            }

            var ct = tokens[c];
            var changeRange = false;
            bool connector;
            if (ct.Text is "–" or "—")
            {
                connector = true;
            }
            else if (ct.Text == "-")
            {
                connector = ct.SpaceBefore == (c + 1 < N && tokens[c + 1].SpaceBefore);
            }
            else if (WordIs(c, "to"))
            {
                // "rose from 5% to 10%" states two values; "ranged from 7 to 10" and "5 to 10" state one range. So does
                // "could climb a further 0.5 to 1.1 metres": a bare low end with no "from" waits for the high end's unit.
                var fromAt = FromBefore(lo.First);
                var from = fromAt >= 0;
                var twoValues = lo.Change != Change.None || HasChangeVerbBefore(from ? fromAt : lo.First);
                changeRange = twoValues && !from && lo.IsBare;
                connector = !twoValues || changeRange;
            }
            else if (WordIs(c, "and"))
            {
                connector = WordIs(lo.First - 1, "between");
            }
            else
            {
                connector = false;
            }

            if (!connector)
            {
                ShareUnitAcrossList(lo, c);
                return null;
            }

            if (c + 1 >= N)
            {
                return null;
            }

            // The high side may open with its own currency symbol.
            var h = c + 1;
            if (h < N && tokens[h].Kind == TokenKind.Symbol && CurrencyCatalog.FindSymbol(tokens[h].Text) is not null)
            {
                h++;
            }
            else if (h + 1 < N && tokens[h].IsWord && !tokens[h + 1].SpaceBefore && tokens[h + 1].Kind == TokenKind.Symbol
                     && CurrencyCatalog.FindSymbol(tokens[h].Text + tokens[h + 1].Text) is not null)
            {
                h += 2;
            }

            else if (h + 1 < N && tokens[h].Text is "-" or "−" && tokens[h].SpaceBefore && TouchesNumber(h + 1))
            {
                h++;
            }

            if (h >= N || !(tokens[h].IsNumber || (lo.WordNumber && tokens[h].IsWord)) || IsInSkippedSpan(tokens[h].Start))
            {
                return null;
            }

            // Years: "2022-23", "2020–2024", "between 2019 and 2021" are periods.
            if (IsYearLike(lo) && tokens[h].IsNumber && !tokens[h].Text.Contains(',', StringComparison.Ordinal))
            {
                var yearHigh = new Part { First = c, NumStart = h, NumEnd = h + 1, Last = h + 1, Excluded = true, Kind = NonQuantityKind.Year };

                // "2024-05-16": an ISO date carries its day after the month.
                if (ct.Text == "-" && !ct.SpaceBefore && Touches(h + 1, '-') && TouchesNumber(h + 2))
                {
                    yearHigh.NumEnd = yearHigh.Last = h + 3;
                }

                Exclude(lo, yearHigh.Last == h + 3 ? NonQuantityKind.Date : NonQuantityKind.Year);
                return yearHigh;
            }

            if (lo.Excluded)
            {
                return null;
            }

            var hi = ParsePart(h);
            if (hi is null || hi.Excluded)
            {
                return null;
            }

            // "1.6 Gbps to 42,000 properties": a unit at one end and a counted noun at the other are two figures.
            if ((lo.Unit is not null && hi.Unit is not null && lo.Unit.Name != hi.Unit.Name) || (lo.Unit is not null && hi.CountNoun is not null))
            {
                return null;
            }

            // "weakened 0.6% to 16,245 per dollar": a range writes its unit on both ends or on the high end only, so a
            // unit after the low end alone means two figures. Also the low end of a change range needs the high end's unit.
            if (hi.IsBare && ((lo.Unit is not null && !lo.CurrencyBefore) || changeRange))
            {
                return null;
            }

            // "won 6-7, 7-6, 6-4", "trailed 2-3": a score may rise from left to right; a result verb before it or a
            // string of scores after it tells it from a range.
            if (ct.Text == "-" && !ct.SpaceBefore && lo.PlainInteger && hi.PlainInteger && lo.IsBare && hi.IsBare && lo.Raw < 100 && hi.Raw < 100
                && (WordIs(lo.First - 1, "won", "lost", "beat", "drew", "trailed", "led", "leads", "trails", "trail")
                    || (hi.Last + 3 < N && tokens[hi.Last].Is(',') && tokens[hi.Last + 1].IsNumber && Touches(hi.Last + 2, '-') && TouchesNumber(hi.Last + 3)
                        && ParseNumber(tokens[hi.Last + 1].Text) > ParseNumber(tokens[hi.Last + 3].Text))))
            {
                Exclude(lo, NonQuantityKind.Score);
                Exclude(hi, NonQuantityKind.Score);
                return hi;
            }

            // "fell by a fifth to ¥1.16 trillion": a share and the level it leads to. So is "raised it by ₹150 to
            // ₹2,425", where the level dwarfs the step; "rise by 5 to 10 per cent" is one range of change.
            if ((lo.WordNumber && lo.Raw < 1 && !(hi.WordNumber && hi.Raw < 1))
                || (ct.Text == "to" && lo.Unit is not null && (WordIs(lo.First - 1, "by") || IsChangeBy(lo.First))
                    && hi.Value > MaxChangeRangeRatio * lo.Value * (!lo.HasScale && hi.HasScale ? hi.Scale : 1)))
            {
                return null;
            }

            var loValue = lo.Value;
            var scale = hi.Scale;
            if (!lo.HasScale && hi.HasScale && lo.Raw <= hi.Raw)
            {
                loValue *= scale;
            }

            if (loValue > hi.Value && lo.Negative && hi.Negative && lo.Unit?.Name == hi.Unit?.Name)
            {
                // "from -18 °C to -34 °C": keep the interval, low end first.
                (lo.Raw, hi.Raw) = (hi.Raw, lo.Raw);
                (lo.Step, hi.Step) = (Math.Max(lo.Step, hi.Step), Math.Max(lo.Step, hi.Step));
                loValue = lo.Value;
            }

            if (loValue >= hi.Value)
            {
                // "won 52-48", "a 3-1 defeat": a score, not two figures.
                // "a 4-1 win": the one may take the singular noun after it.
                if (ct.Text == "-" && !ct.SpaceBefore && lo.PlainInteger && hi.PlainInteger && lo.IsBare && (hi.IsBare || hi is { Raw: 1, Unit: null }))
                {
                    Exclude(lo, NonQuantityKind.Score);
                    Exclude(hi, NonQuantityKind.Score);
                    return hi;
                }

                return null;
            }

            if (!lo.HasScale && hi.HasScale && lo.Raw <= hi.Raw)
            {
                lo.Scale = scale;
                lo.HasScale = true;
            }

            lo.Unit ??= hi.Unit;
            lo.CountNoun ??= hi.CountNoun;
            return hi;
        }

        /// <summary>
        /// "one in five voters", "1 in 10 teenagers": a share written as a ratio of two whole numbers is one figure, the
        /// fraction, with no unit (as "a fifth of voters"); the noun after it is who is divided, not what is counted.
        /// A unit after the second number ("3 in 4 minutes") or a year ("2 in 2019") keeps them apart.
        /// </summary>
        private bool TryRatio(Part p)
        {
            if ((p.Excluded && p.Kind != NonQuantityKind.Pronoun) || p.Unit is not null || p.CountNoun is not null || p.HasScale
                || p.Negative || p.Raw < 1 || p.Raw % 1 != 0 || !WordIs(p.Last, "in") || p.Last + 1 >= N || tokens[p.Last + 1].BreakBefore
                || !(tokens[p.Last + 1].IsNumber || IsNumberWord(tokens[p.Last + 1].Text)))
            {
                return false;
            }

            var of = ParsePart(p.Last + 1);
            if (of is null || of.Excluded || of.Unit is not null || of.Negative || of.Value % 1 != 0 || of.Value <= p.Raw)
            {
                return false;
            }

            p.Raw /= of.Value;
            p.Step = 0.01;
            p.PlainInteger = false;
            p.Excluded = false;
            p.Kind = NonQuantityKind.None;
            p.Last = of.Last;
            return true;
        }

        /// <summary>"45 and 50 mg", "3 or 4 km": a bare figure takes the unit written once after the list.</summary>
        private void ShareUnitAcrossList(Part lo, int c)
        {
            if (lo.Excluded || !lo.IsBare || !WordIs(c, "and", "or") || c + 1 >= N || !tokens[c + 1].IsNumber)
            {
                return;
            }

            var next = ParsePart(c + 1);
            if (next is { Excluded: false, CurrencyBefore: false, HasScale: false, Unit.Dimension: not (Dimension.None or Dimension.Count or Dimension.Multiplier) })
            {
                lo.Unit = next.Unit;
            }
            else if (next is { Excluded: false, Unit: null, CountNoun: not null })
            {
                lo.CountNoun = next.CountNoun;
            }
        }

        /// <summary>
        /// The "from" a figure at <paramref name="first"/> is the start of: "from 5%", and past a hedge or a naming
        /// phrase, "from about 1.1 million", "from an average of ₹18,000", "from a peak of $90". Or -1.
        /// </summary>
        private int FromBefore(int first)
        {
            for (var k = first - 1; k >= 0 && k >= first - 5; k--)
            {
                if (WordIs(k, "from"))
                {
                    return k;
                }

                if (!WordIs(k, "a", "an", "the", "its", "their", "of", "average", "high", "low", "peak", "level", "record", "about", "around", "roughly",
                        "some", "nearly", "almost", "just", "approximately", "over", "under", "estimated"))
                {
                    return -1;
                }
            }

            return -1;
        }

        private bool HasChangeVerbBefore(int first)
        {
            // "have almost doubled since 2021, from £1.49 to £2.89": a "from" clause may trail the verb past a year or
            // a comma, unless something else (a range verb, a new clause) comes between.
            if (WordIs(first, "from"))
            {
                for (var k = first - 1; k >= 0 && k >= first - 6 && !tokens[k + 1].BreakBefore; k--)
                {
                    if (tokens[k].IsWord && (Lexicon.IsChangeVerb(tokens[k].Text) || Lexicon.MoveVerbs.Contains(tokens[k].Text)
                                             || Lexicon.MultiplierVerbs.ContainsKey(tokens[k].Text)))
                    {
                        return true;
                    }

                    if (WordIs(k, "with", "range", "ranges", "ranged", "ranging", "between", "vary", "varies", "varying", "varied", "and", "but", "while", "which", "who", "where"))
                    {
                        return false;
                    }
                }

                return false;
            }

            var j = first - 1;
            while (j >= 0 && j >= first - 3 && tokens[j].IsWord)
            {
                if (Lexicon.IsChangeVerb(tokens[j].Text)
                    || Lexicon.MoveVerbs.Contains(tokens[j].Text))
                {
                    return true;
                }

                j--;
            }

            return false;
        }

        // ---------------------------------------------------------------- exclusions

        private static readonly HashSet<string> CountAdjectives = new(StringComparer.OrdinalIgnoreCase)
        {
            "new", "more", "other", "additional", "extra", "further", "young", "old", "older", "younger", "former", "existing",
            "current", "potential", "separate", "different", "individual", "small", "large", "big", "major", "minor", "senior",
            "junior", "top", "leading", "key", "local", "foreign", "confirmed", "suspected", "reported", "registered",
            "consecutive", "successive", "straight", "remaining", "protesting", "striking", "participating",
            "competing", "surviving", "outstanding", "missing", "visiting", "ageing", "aging", "working", "serving",
            "daily", "weekly", "monthly", "yearly", "annual", "active", "such",
        };

        /// <summary>"arrested 15 following clashes": -ing words that work as prepositions, never as a kind of thing.</summary>
        private static readonly HashSet<string> PrepositionalIng = new(StringComparer.OrdinalIgnoreCase)
        {
            "following", "including", "excluding", "regarding", "concerning", "during", "according", "pending", "barring",
            "considering", "involving", "affecting", "facing", "awaiting", "surrounding",
        };

        private static readonly HashSet<string> GroupPlurals = new(StringComparer.Ordinal)
        {
            "Democrats", "Republicans", "Tories", "Conservatives", "Liberals", "Socialists", "Communists", "Nationalists",
            "Catholics", "Protestants", "Muslims", "Christians", "Jews", "Hindus", "Sikhs", "Buddhists", "Britons",
            "Europeans", "Africans", "Asians", "Latinos", "Marines", "Senators", "Representatives",
        };

        /// <summary>"children under 12", "people over 65": groups an age bound can name.</summary>
        private static readonly HashSet<string> AgeGroupNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "children", "kids", "people", "adults", "anyone", "those", "women", "men", "girls", "boys", "youngsters", "babies", "infants", "toddlers",
            "teenagers", "pupils", "students", "residents", "patients", "drivers", "workers", "players", "everyone",
        };

        /// <summary>"The patient, 34, was": nouns for a person whom an apposed number gives an age.</summary>
        private static readonly HashSet<string> PersonNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "man", "woman", "boy", "girl", "patient", "victim", "suspect", "driver", "mother", "father", "son", "daughter",
            "teacher", "officer", "worker", "resident", "player", "student", "pensioner", "nurse", "doctor", "soldier", "wife",
            "husband", "friend", "actor", "actress", "singer", "owner", "farmer", "pilot", "defendant", "survivor", "child",
            "brother", "sister", "grandmother", "grandfather", "widow", "teenager", "mum", "dad", "founder", "manager",
        };

        /// <summary>Sprint and swim events named by their distance: "the 100m final", "the 400m hurdles".</summary>
        private static readonly HashSet<string> EventWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "final", "finals", "race", "sprint", "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "hurdles",
            "relay", "heat", "heats", "semi-final", "semifinal", "title", "record", "champion", "gold", "silver", "bronze",
            "medal", "event", "dash", "individual",
        };

        private static readonly HashSet<string> TemperatureCues = new(StringComparer.OrdinalIgnoreCase)
        {
            "temperature", "temperatures", "heat", "hot", "cold", "warm", "warmer", "colder", "cool", "freezing",
            "weather", "fever", "heatwave", "thermometer", "thermostat", "forecast", "highs", "lows", "boil", "warmest", "hottest",
            "coldest", "warming", "climate", "boils", "freeze", "freezes", "oven",
        };

        private bool CanFollowTemperature(int k)
        {
            if (k >= N || tokens[k].BreakBefore || (tokens[k].Kind == TokenKind.Symbol && tokens[k].Text is "." or "," or ";" or ":" or ")" or "(" or "!" or "?"))
            {
                return true;
            }

            if (WordIs(k, "in", "at", "on", "and", "or", "to", "as", "by", "with", "today", "yesterday", "tomorrow", "this", "last", "during", "while",
                    "before", "after", "overnight", "inside", "outside", "there", "here", "now", "then", "for", "when", "but", "so", "until", "since",
                    "above", "below", "higher", "lower", "warmer", "colder", "hotter", "cooler",
                    "threshold", "limit", "target", "goal", "ceiling", "mark", "warming", "rise", "increase"))
            {
                return true;
            }

            return HasTemperatureCue(k, k) || WordIs(k, "degrees");
        }

        private bool HasTemperatureCue(int first, int last)
        {
            for (var j = Math.Max(0, first - 12); j < Math.Min(N, last + 6); j++)
            {
                if (tokens[j].IsWord && TemperatureCues.Contains(tokens[j].Text))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// "on may 19", "on 1 march": lower-case text leaves "may" and "march" as verbs unless a date preposition
        /// frames them with the day.
        /// </summary>
        private bool IsLowercaseSpringDate(int first, int after) =>
            (WordIs(first - 1, "may", "march") && WordIs(first - 2, "on", "since", "until", "by", "from", "of", "before", "after"))
            || (WordIs(after, "may", "march") && WordIs(first - 1, "on", "since", "until", "by", "from", "before", "after")
                && (after + 1 >= N || !tokens[after + 1].IsWord || !WordIs(after + 1, "be", "have", "not", "also", "still")));

        private bool IsYearLike(Part p) =>
            p.PlainInteger && !p.Negative && p.Unit is null && !p.WordNumber && p.Raw is >= 1900 and <= 2100
            && tokens[p.NumStart].Text.Length == 4;

        /// <summary>Dates, years, times, ordinals, identifiers and references: recognised, never reported.</summary>
        private void ExcludeNonQuantities(Part p)
        {
            if (p.AgeGroup)
            {
                Exclude(p, NonQuantityKind.Age);
                return;
            }

            var prev = p.First - 1;
            var after = p.NumEnd;

            // "at six in the morning", "by 11 at night": a clock time in words.
            if (p.IsBare && p.Raw is >= 1 and <= 12 && p.Raw == Math.Floor(p.Raw) && !p.HasScale
                && ((WordIs(after, "in") && WordIs(after + 1, "the") && WordIs(after + 2, "morning", "afternoon", "evening"))
                    || (WordIs(after, "at") && WordIs(after + 1, "night"))))
            {
                Exclude(p, NonQuantityKind.Time);
                return;
            }

            // "at week 52", "by day 28": a point in a trial or a season, named by its number.
            if (p.IsBare && p.PlainInteger && WordIs(prev, "week", "day") && WordIs(prev - 1, "at", "by", "from", "until", "to", "on", "after", "before"))
            {
                Exclude(p, NonQuantityKind.Reference);
                return;
            }

            // "Year 6 pupils": a school year, named by its number.
            if (p.Unit is null && p.PlainInteger && p.Raw is >= 1 and <= 13 && prev >= 0 && tokens[prev].Text == "Year")
            {
                Exclude(p, NonQuantityKind.Reference);
                return;
            }

            // "children under 12", "children under five", "anyone over 65": an age bound naming a group of people,
            // like "aged 16 and over".
            if (p.IsBare && (p.PlainInteger || (p.WordNumber && p.Raw == Math.Floor(p.Raw))) && p.Raw is >= 1 and <= 120 && BoundsAgeOfGroup(prev))
            {
                Exclude(p, NonQuantityKind.Age);
                return;
            }

            // "three men aged 28, 35 and 41": every age of the list, not only the first; "18-24-year-olds": both ends.
            if (p.IsBare && p.PlainInteger && p.Raw is >= 1 and <= 120
                && (IsLaterAgeInList(prev) || (Touches(after, '-') && TouchesNumber(after + 1) && Touches(after + 2, '-') && WordIs(after + 3, "year"))))
            {
                Exclude(p, NonQuantityKind.Age);
                return;
            }

            // "FTSE 100", "S&P 500", "Nikkei 225": a market index is named by how many shares it tracks.
            if (p.IsBare && p.PlainInteger && prev >= 0 && (WordIs(prev, "FTSE", "Nasdaq", "Nikkei", "DAX", "CAC", "ASX", "Russell", "Stoxx", "STOXX", "Nifty", "TSX", "IBEX", "MSCI", "KOSPI", "Topix", "Sensex", "Hang")
                                                     || (WordIs(prev, "P") && prev >= 2 && tokens[prev - 1].Is('&') && WordIs(prev - 2, "S"))))
            {
                Exclude(p, NonQuantityKind.Name);
                return;
            }

            // "call police on 101", "dial 999": a short number to call is a phone number.
            if (p.IsBare && p.PlainInteger && !p.HasScale && !(after < N && tokens[after].IsNumber) && (CallVerb(prev) || (WordIs(prev, "on") && (CallVerb(prev - 1) || CallVerb(prev - 2) || CallVerb(prev - 3) || CallVerb(prev - 4))))
                && !(after < N && tokens[after].IsWord && Lexicon.IsMonth(tokens[after].Text, dotted: false)))
            {
                Exclude(p, NonQuantityKind.Phone);
                return;
            }

            // "the merger of Vodafone and Three creates": a spelled number capitalised inside a sentence of ordinary
            // case is a name (a company, a band, "the Big Three"); in a title-case headline every word is capitalised.
            if (p.WordNumber && tokens[p.NumStart].IsCapitalised && p.First == p.NumStart && p.Unit is null && prev >= 0
                && !tokens[p.NumStart].BreakBefore && tokens[prev].IsWord
                && after < N && tokens[after].IsWord && !tokens[after].IsCapitalised && !Lexicon.StopWords.Contains(tokens[after].Text)
                && !(prev >= 0 && tokens[prev].IsCapitalised))
            {
                Exclude(p, NonQuantityKind.Name);
                return;
            }

            // "38 cases per 100,000 residents": the round number after "per" is what the rate is counted over.
            if (WordIs(prev, "per") && p.Unit?.Dimension is not (Dimension.Currency or Dimension.Percentage) && IsRoundBase(p.Value))
            {
                Exclude(p, NonQuantityKind.RateBase);
                return;
            }

            // "777F", "13F filing": a bare letter makes a temperature only in the range weather and bodies have,
            // and only where a temperature can stand: "30C in Madrid", "hit 95F." but not "13F filing", "14.7C/share".
            // A grouped figure is no code: "withstand 1,370C".
            if (p.Unit?.Dimension == Dimension.Temperature && tokens[p.Last - 1].Text is "C" or "F" && !tokens[p.Last - 1].SpaceBefore
                && (((p.Value < (tokens[p.Last - 1].Text == "C" ? -90 : -130) || p.Value > (tokens[p.Last - 1].Text == "C" ? 60 : 140))
                     && !(tokens[p.NumStart].Text.Contains(',', StringComparison.Ordinal) && CanFollowTemperature(p.Last))
                     && !(p.Negative && WordIs(p.NumStart - 1, "minus") && p.Value >= (tokens[p.Last - 1].Text == "C" ? -273.15 : -459.67)))
                    || (!p.Negative && !CanFollowTemperature(p.Last))))
            {
                Exclude(p, NonQuantityKind.Identifier);
                return;
            }

            // "the 100m final", "won the 1500 metres": a race is named by its distance.
            if (p.Unit?.Name == "metre" && p.PlainInteger && p.Raw is 50 or 60 or 100 or 110 or 200 or 400 or 800 or 1500 or 3000 or 5000 or 10000
                && p.Last < N && tokens[p.Last].IsWord && EventWords.Contains(tokens[p.Last].Text))
            {
                Exclude(p, NonQuantityKind.Name);
                return;
            }

            // "1080p", "720p": video resolutions, not pence.
            if (p.Unit?.Name == "penny" && p.Raw is 240 or 360 or 480 or 576 or 720 or 1080 or 1440 or 2160 or 4320
                && !tokens[p.Last - 1].SpaceBefore && tokens[p.Last - 1].Text == "p")
            {
                Exclude(p, NonQuantityKind.Identifier);
                return;
            }

            // Unit letters glued to more letters or digits are a code: "24703L202", "5 m212".
            if (p.Unit is not null && p.Last < N && !tokens[p.Last].SpaceBefore
                && (tokens[p.Last].Kind != TokenKind.Symbol || (tokens[p.Last].Is('-') && TouchesNumber(p.Last + 1)))
                && p.Unit.Dimension is not (Dimension.Currency or Dimension.Multiplier or Dimension.Percentage))
            {
                Exclude(p, NonQuantityKind.Identifier);
                return;
            }

            // Letters glued to the digits: "MH17", "G7", "3rd", "1990s", "5G".
            if (!p.WordNumber)
            {
                // "007", "0958", "020 7946": integers written with a leading zero are codes, not amounts.
                var digits = tokens[p.NumStart].Text;
                if (digits.Length > 1 && digits[0] == '0' && char.IsAsciiDigit(digits[1]) && p.NumEnd == p.NumStart + 1)
                {
                    // "0800 123 456": the groups after a trunk code belong to the same number.
                    Exclude(p, NonQuantityKind.Identifier);
                    p.Last = p.NumEnd;
                    while (p.Last < N && tokens[p.Last].IsNumber && tokens[p.Last].SpaceBefore && !tokens[p.Last].BreakBefore
                           && tokens[p.Last].Text.Length is >= 2 and <= 4 && tokens[p.Last].Text.All(char.IsAsciiDigit))
                    {
                        p.Last++;
                    }

                    return;
                }

                // "555-0142", "800-0199": a group opening with 0 hyphened to the digits makes the whole a phone number
                // or code; no range ends on a number written with a leading zero.
                if (p.PlainInteger && Touches(after, '-') && TouchesNumber(after + 1) && tokens[after + 1].Text is { Length: >= 3 } group
                    && group[0] == '0' && group.All(char.IsAsciiDigit))
                {
                    Exclude(p, NonQuantityKind.Identifier);
                    p.Last = after + 2;
                    return;
                }

                // ... and the digit groups that follow such a code: "020 7946 0958".
                if (p.PlainInteger && prev >= 0 && tokens[prev].IsNumber && tokens[prev].Text.Length > 1 && tokens[prev].Text[0] == '0'
                    && char.IsAsciiDigit(tokens[prev].Text[1]) && tokens[p.First].SpaceBefore)
                {
                    Exclude(p, NonQuantityKind.Identifier);
                    return;
                }

                if (prev >= 0 && tokens[prev].IsWord && !tokens[p.First].SpaceBefore && p.Unit?.Dimension != Dimension.Currency)
                {
                    Exclude(p, NonQuantityKind.Identifier);
                    return;
                }

                // "Su-27", "COVID-19", "F-16", "Hwasong-15", "SCP2-173"
                if (prev >= 1 && p.First == p.NumStart && tokens[prev].Is('-') && !tokens[p.NumStart].SpaceBefore && !tokens[prev].SpaceBefore && !p.Negative
                    && (tokens[prev - 1].IsWord
                        || (tokens[prev - 1].IsNumber && prev >= 2 && tokens[prev - 2].IsWord && !tokens[prev - 1].SpaceBefore)))
                {
                    Exclude(p, NonQuantityKind.Identifier);
                    return;
                }

                // "5233-NT", "737-MAX": digits hyphenated to a code in capitals.
                if (p.Unit is null && Touches(after, '-') && after + 1 < N && tokens[after + 1].IsWord && !tokens[after + 1].SpaceBefore
                    && tokens[after + 1].Text.Length >= 2 && tokens[after + 1].Text.All(char.IsUpper))
                {
                    Exclude(p, NonQuantityKind.Identifier);
                    return;
                }

                // "memo_4_28.doc": digits glued to underscores are part of a file or variable name.
                if ((prev >= 0 && tokens[prev].Is('_') && !tokens[p.NumStart].SpaceBefore) || (Touches(after, '_')))
                {
                    Exclude(p, NonQuantityKind.Identifier);
                    return;
                }

                // "f/2", "b/w 3": a slash glued to a word before the digits makes a code.
                if (prev >= 1 && tokens[prev].Is('/') && !tokens[prev].SpaceBefore && !tokens[p.NumStart].SpaceBefore && tokens[prev - 1].IsWord)
                {
                    Exclude(p, NonQuantityKind.Identifier);
                    return;
                }

                // "J1149.5+6663": a plus glued on both sides joins parts of a catalogue name.
                if (prev >= 1 && tokens[prev].Is('+') && !tokens[prev].SpaceBefore && !tokens[p.NumStart].SpaceBefore
                    && (tokens[prev - 1].IsWord || tokens[prev - 1].IsNumber))
                {
                    Exclude(p, NonQuantityKind.Identifier);
                    return;
                }

                if (after < N && !tokens[after].SpaceBefore && tokens[after].IsWord && p.Last == after
                    && p.Unit is null)
                {
                    Exclude(p, GluedKind(after));
                    return;
                }

                // "2023's", "1990’s"
                if (after + 1 < N && (tokens[after].Text is "'" or "’") && !tokens[after].SpaceBefore && WordIs(after + 1, "s"))
                {
                    Exclude(p, NonQuantityKind.Year);
                    return;
                }
            }

            // "babies under three months old", "people over 65 years of age": the age bound of a group, like "children under 12".
            if (p.Unit?.Dimension == Dimension.Duration && p.Unit.Name.EndsWith("of age", StringComparison.Ordinal) && BoundsAgeOfGroup(prev))
            {
                Exclude(p, NonQuantityKind.Age);
                return;
            }

            // "a 45-year-old man", "the 3-month-old", "100-year-olds": an age describing a person or thing, not a claim.
            if (p.Unit?.Dimension == Dimension.Duration && p.Last + 1 < N && Touches(p.Last, '-') && WordIs(p.Last + 1, "old", "olds", "old's", "old’s")
                && !tokens[p.Last + 1].SpaceBefore)
            {
                Exclude(p, NonQuantityKind.Age);
                return;
            }

            if (p.Unit is not null && p.Unit.Dimension != Dimension.None)
            {
                return;
            }

            // "the 787 Dreamliner", "30 737 Max jets": a number naming a model, read from the name after it.
            // "the 911 call centre", "dialled 999": emergency numbers are phone numbers.
            if (p.IsBare && p.PlainInteger && tokens[p.NumStart].Text is "911" or "999" or "112" or "000"
                && (WordIs(after, "call", "calls", "caller", "callers", "operator", "operators", "dispatcher", "dispatchers", "line", "emergency", "service", "services", "system")
                    || WordIs(prev, "dial", "dialled", "dialed", "dialling", "dialing", "call", "called", "calling", "phoned", "ring", "rang")))
            {
                Exclude(p, NonQuantityKind.Phone);
                return;
            }

            // "by 1105 GMT", "at 0930 local time": agencies write the clock as four digits before the time zone.
            if (p.IsBare && p.PlainInteger && tokens[p.NumStart].Text.Length == 4 && p.Raw % 100 < 60 && p.Raw < 2400
                && WordIs(after, "GMT", "UTC", "ET", "EST", "EDT", "CET", "CEST", "BST", "JST", "IST", "PST", "PDT", "AEST", "AEDT", "HKT", "SGT", "local"))
            {
                Exclude(p, NonQuantityKind.Time);
                return;
            }

            if (p.IsBare && p.PlainInteger && !p.HasScale && IsModelName(p))
            {
                Exclude(p, NonQuantityKind.Identifier);
                return;
            }

            // "1111-2222-3333": three or more hyphenated digit groups are an account, card or serial number.
            if (p.IsBare && p.PlainInteger && Touches(after, '-') && TouchesNumber(after + 1) && Touches(after + 2, '-') && TouchesNumber(after + 3)
                && (tokens[p.NumStart].Text.Length >= 3 || tokens[after + 1].Text.Length >= 3 || tokens[after + 3].Text.Length >= 3))
            {
                Exclude(p, NonQuantityKind.Identifier);
                p.Last = after + 4;
                while (Touches(p.Last, '-') && TouchesNumber(p.Last + 1))
                {
                    p.Last += 2;
                }

                return;
            }

            // "1 ) explains …; 2 ) cautions": tokenised enumerators, a closing bracket with no opening one.
            if (p.IsBare && p.PlainInteger && p.Raw < 100 && after < N && tokens[after].Is(')') && tokens[after].SpaceBefore && !OpensBracket(p.First))
            {
                Exclude(p, NonQuantityKind.ListMarker);
                return;
            }

            // Enumerators "1)", "(2)" opening a clause.
            if (p.IsBare && p.PlainInteger && p.Raw < 100 && after < N && tokens[after].Is(')') && !tokens[after].SpaceBefore
                && (prev < 0 || !tokens[prev].Is('(') || prev == 0 || tokens[prev].BreakBefore
                    || tokens[prev - 1].Text is ";" or ":" or "," or "and" or "or"))
            {
                Exclude(p, NonQuantityKind.ListMarker);
                return;
            }

            // "3. The Syrian file": a list number opening a line.
            if (p.IsBare && p.PlainInteger && p.Raw < 100 && (p.First == 0 || tokens[p.First].BreakBefore) && Touches(after, '.')
                && (after + 1 >= N || tokens[after + 1].BreakBefore || tokens[after + 1].IsCapitalised))
            {
                Exclude(p, NonQuantityKind.ListMarker);
                return;
            }

            // "2.13 am"
            if (p.IsBare && p.Raw < 24 && (WordIs(after, "am", "pm") || (WordIs(after, "a", "p") && after + 2 < N && tokens[after + 1].Is('.') && WordIs(after + 2, "m"))))
            {
                Exclude(p, NonQuantityKind.Time);
                return;
            }

            // "#1", "ticket # 4471": the number sign marks a rank or an id.
            if (prev >= 0 && tokens[prev].Is('#'))
            {
                Exclude(p, NonQuantityKind.Identifier);
                return;
            }

            // "a man aged 45": an age describing a person, like "a 45-year-old man".
            if (p.IsBare && p.PlainInteger && p.Raw is >= 1 and <= 120 && WordIs(prev, "aged") && !WordIs(after, "to", "and", "between"))
            {
                Exclude(p, NonQuantityKind.Age);
                return;
            }

            // "Jane Roe, 34, of Leeds", "The veteran, 38, signed": an age in apposition to a name or to a singular
            // noun after its article describes the person, not a claim.
            if (p.IsBare && p.PlainInteger && p.Raw is >= 1 and <= 120 && prev >= 1 && tokens[prev].Is(',')
                && (tokens[prev - 1].IsCapitalised || PersonNouns.Contains(tokens[prev - 1].Text) || IsSingularNounAfterArticle(prev - 1))
                && !Lexicon.Months.ContainsKey(tokens[prev - 1].Text)
                && (after >= N || tokens[after].BreakBefore || tokens[after].Text is "," or ";" or "." or ")"))
            {
                Exclude(p, NonQuantityKind.Age);
                return;
            }

            // Footnote markers "[3]".
            if (prev >= 0 && tokens[prev].Is('[') && after < N && tokens[after].Is(']'))
            {
                Exclude(p, NonQuantityKind.Reference);
                return;
            }

            var prevWord = prev >= 0 && tokens[prev].IsWord ? tokens[prev].Text
                : prev >= 1 && tokens[prev].Is('.') && tokens[prev - 1].IsWord ? tokens[prev - 1].Text
                : null;

            // "Article 4.6", "Acrobat 4.0", "Python 3.12": a section or version after a reference word or a name.
            if (!p.WordNumber && p.IsBare && !p.HasScale && !p.PlainInteger && tokens[p.NumStart].Text.Contains('.', StringComparison.Ordinal)
                && prevWord is not null && (Lexicon.ReferenceWords.Contains(prevWord) || IsNameBefore(p, prev)))
            {
                Exclude(p, NonQuantityKind.Reference);
                return;
            }

            if (!p.WordNumber && p.PlainInteger)
            {
                // "September 20, 1888", "in 1888", "(September 1560)": years before 1900 where only a year can stand.
                if (tokens[p.NumStart].Text.Length == 4 && p.Raw is >= 1000 and < 1900 && p.IsBare
                    && (WordIs(prev, "in", "since", "until", "till", "circa") || (prev >= 0 && Lexicon.IsMonth(tokens[prev].Text, dotted: false))
                        || (prev >= 2 && tokens[prev].Is(',') && tokens[prev - 1].IsNumber && Lexicon.IsMonth(tokens[prev - 2].Text, dotted: false))
                        || (prev >= 1 && tokens[prev].IsNumber && tokens[prev].Text.Length <= 2 && Lexicon.IsMonth(tokens[prev - 1].Text, dotted: false))))
                {
                    Exclude(p, NonQuantityKind.Year);
                    return;
                }

                // "contract 36647", "Order 13011": news sets amounts of five digits and more with separators, so a
                // bare run of digits that long is an id; "610 AD", "'72" are years.
                if (p.IsBare && !p.HasScale && tokens[p.NumStart].Text.Length >= 5 && p.NumEnd == p.NumStart + 1)
                {
                    Exclude(p, NonQuantityKind.Identifier);
                    return;
                }

                if ((p.IsBare && WordIs(after, "AD", "BC", "BCE", "CE") && tokens[after].Text.All(char.IsUpper))
                    || (prev >= 0 && tokens[prev].Text is "'" or "’" && !tokens[p.NumStart].SpaceBefore && tokens[p.NumStart].Text.Length == 2
                        && (prev == 0 || tokens[prev].SpaceBefore)))
                {
                    Exclude(p, NonQuantityKind.Year);
                    return;
                }

                // "H.R. 3684", "S. 1260": a bill or code after initials.
                if (prev >= 1 && tokens[prev].Is('.') && tokens[prev - 1].IsWord && tokens[prev - 1].Text.Length == 1
                    && char.IsUpper(tokens[prev - 1].Text[0]))
                {
                    Exclude(p, NonQuantityKind.Reference);
                    return;
                }

                // Dates: "16 May", "May 16", "Oct. 14".
                if (p.Raw is >= 1 and <= 31 && ((prevWord is not null && Lexicon.IsMonth(prevWord, dotted: tokens[prev].Is('.')))
                                                || (after < N && tokens[after].IsWord && Lexicon.IsMonth(tokens[after].Text, dotted: Touches(after + 1, '.')))
                                                || (WordIs(after, "of") && after + 1 < N && Lexicon.Months.ContainsKey(tokens[after + 1].Text))
                                                || IsLowercaseSpringDate(p.First, after)
                                                || StartsDayRange(p, after)))
                {
                    // The span takes in the month, so the date is reported whole: "16 May", "Oct. 14".
                    if (prevWord is not null && Lexicon.IsMonth(prevWord, dotted: tokens[prev].Is('.')))
                    {
                        p.First = tokens[prev].Is('.') ? prev - 1 : prev;
                    }
                    else if (after < N && tokens[after].IsWord && Lexicon.IsMonth(tokens[after].Text, dotted: Touches(after + 1, '.')))
                    {
                        p.Last = after + (Touches(after + 1, '.') ? 2 : 1);
                    }

                    Exclude(p, NonQuantityKind.Date);
                    return;
                }

                // Clock times: "9 am", "10 p.m.", "14 GMT".
                if (after < N && tokens[after].IsWord && p.Raw <= 24
                    && (WordIs(after, "am", "pm", "GMT", "UTC", "BST", "CET", "EST", "EDT", "PST", "PDT", "CEST", "MSK", "o’clock", "o'clock")
                        || (WordIs(after, "a", "p") && after + 2 < N && tokens[after + 1].Is('.') && WordIs(after + 2, "m"))))
                {
                    Exclude(p, NonQuantityKind.Time);
                    return;
                }

                // Reuters' "UPDATE 2-Copper hits…": the story's revision number.
                if (prevWord == "UPDATE" && Touches(p.NumEnd, '-'))
                {
                    Exclude(p, NonQuantityKind.Reference);
                    return;
                }

                // "the 11 September 2001 attacks": a year after its month is the date's, whatever follows.
                if (IsYearLike(p) && (p.CountNoun is null || (prevWord is not null && (Lexicon.YearLeads.Contains(prevWord) || Lexicon.Months.ContainsKey(prevWord)))
                                      || Lexicon.YearNouns.Contains(p.CountNoun)
                                      || (prev >= 0 && tokens[prev].Is('-'))))
                {
                    Exclude(p, NonQuantityKind.Year);
                    return;
                }

                if (prevWord is not null && Lexicon.ReferenceWords.Contains(prevWord))
                {
                    Exclude(p, NonQuantityKind.Reference);
                    return;
                }

                // "junctions 10 and 11", "pages 4 to 9": a plural reference word names every number of its list.
                if (p.IsBare && WordIs(prev, "and", "or", "to") && prev >= 2 && tokens[prev - 1].IsNumber && tokens[prev - 2].IsWord
                    && tokens[prev - 2].Text.EndsWith('s') && Lexicon.ReferenceWords.Contains(tokens[prev - 2].Text))
                {
                    Exclude(p, NonQuantityKind.Reference);
                    return;
                }

                if (p.IsBare && (IsStreetNumber(after) || IsPostcode(p, prev)))
                {
                    Exclude(p, NonQuantityKind.Address);
                    return;
                }

                // "Windows 11", "Apollo 11", "Leopard 2 tanks": a name right before a plain integer.
                // A capital that only opens the sentence says nothing ("Send 10 people").
                if (prev >= 1 && tokens[prev].IsCapitalised && !tokens[prev].BreakBefore
                    && !(tokens[prev - 1].Kind == TokenKind.Symbol && tokens[prev - 1].Text is "." or "!" or "?" or ":" or "\"" or "“")
                    && tokens[p.First].SpaceBefore && tokens[p.NumStart].Text.Length <= 4
                    && !Lexicon.StopWords.Contains(tokens[prev].Text) && !Lexicon.Months.ContainsKey(tokens[prev].Text)
                    && !Lexicon.Countries.ContainsKey(Lexicon.StripPossessive(tokens[prev].Text)) && !IsHedgeWord(tokens[prev].Text)
                    && !Lexicon.IsChangeVerb(tokens[prev].Text))
                {
                    Exclude(p, NonQuantityKind.Identifier);
                    return;
                }

                if (tokens[p.NumStart].Text.Length <= 4 && IsNameOpeningSentence(p, prev))
                {
                    Exclude(p, NonQuantityKind.Identifier);
                    return;
                }
            }

            // "between the two cities", "among the three leaders": a spelled number after "the" there points back at
            // things already named; it states no figure.
            if (p.WordNumber && p.Unit is null && !p.HasScale && WordIs(prev, "the") && WordIs(prev - 1, "between", "among", "amongst"))
            {
                Exclude(p, NonQuantityKind.Pronoun);
                return;
            }

            // "one of them", "One importer, ...": a spelled "one" is a pronoun or determiner far more often than a figure,
            // except where it counts people something happened to: "one person died", "one soldier was wounded".
            if (p.WordNumber && p.Unit is null && p.Raw == 1 && !p.HasScale
                && !(p.CountNoun is { } noun && (PersonNouns.Contains(noun) || noun == "person") && p.Last < N && tokens[p.Last].IsWord
                     && !tokens[p.Last].BreakBefore && !WordIs(p.Last, "of")))
            {
                Exclude(p, NonQuantityKind.Pronoun);
            }
        }

        /// <summary>
        /// A plain number followed by a capitalised singular word that is no month, country, demonym or
        /// sentence start: "787 Dreamliner", "737 Max". Counts of people ("12 Democrats", "300 Palestinian
        /// prisoners") are plural or demonyms, so they stay.
        /// </summary>
        private bool IsModelName(Part p)
        {
            var k = p.NumEnd;
            if (k >= N || !tokens[k].IsCapitalised || !tokens[k].SpaceBefore || tokens[k].BreakBefore)
            {
                return false;
            }

            // "737 MAX output": a model suffix in capitals names the model as a word does; "300 NATO troops" still counts.
            var w = tokens[k].Text;
            var capitals = w.All(char.IsUpper);
            if (Lexicon.IsPlural(w) || Lexicon.Months.ContainsKey(w) || Lexicon.Countries.ContainsKey(w) || Lexicon.StopWords.Contains(w)
                || w.Length <= 1 || (capitals && (w.Length < 3 || NamesLowercasePlural(k + 1) || WordIs(k + 1, "staff", "personnel", "crew", "police")))
                || w.EndsWith("an", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal)
                || w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith('i'))
            {
                return false;
            }

            return tokens[p.NumStart].Text.Length >= 3 || WordIs(p.First - 1, "the", "a", "an", "its", "their", "his", "her");
        }

        private static readonly HashSet<string> StreetWords = new(StringComparer.Ordinal)
        {
            "Street", "St", "Road", "Rd", "Avenue", "Ave", "Boulevard", "Blvd", "Lane", "Ln", "Drive", "Way", "Place",
            "Court", "Terrace", "Parkway", "Highway", "Crescent", "Close", "Strasse", "Straße",
        };

        /// <summary>"1600 Pennsylvania Avenue", "221 Baker Street": a house number, not a figure.</summary>
        private bool IsStreetNumber(int after)
        {
            for (var k = after; k < N && k < after + 4; k++)
            {
                if (!tokens[k].IsCapitalised || tokens[k].BreakBefore)
                {
                    return false;
                }

                if (k > after && StreetWords.Contains(tokens[k].Text))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"Cloud City, PA 23456": five digits after a two-letter state code closing an address.</summary>
        private bool IsPostcode(Part p, int prev) =>
            tokens[p.NumStart].Text.Length == 5 && prev >= 1 && tokens[prev].IsWord && tokens[prev].Text.Length == 2
            && tokens[prev].Text.All(char.IsAsciiLetterUpper) && tokens[prev - 1].Is(',');

        /// <summary>"the veteran", "a pensioner": a lowercase singular noun right after an article or possessive.</summary>
        private bool IsSingularNounAfterArticle(int k) =>
            k >= 1 && tokens[k].IsWord && !tokens[k].IsCapitalised && !Lexicon.IsPlural(tokens[k].Text) && !Lexicon.StopWords.Contains(tokens[k].Text)
            && UnitCatalog.Find(tokens[k].Text, touching: false) is null
            && WordIs(k - 1, "the", "a", "an", "his", "her", "their", "our", "its");

        /// <summary>A capitalised word right before the figure that is no sentence opener, month, country, hedge or verb.</summary>
        // At the start of a sentence any word is capitalised, so only an acronym there is sure to be a name ("CPI 2.9 was").
        private bool IsNameBefore(Part p, int prev) =>
            prev >= 0 && tokens[prev].IsCapitalised
            && (prev >= 1 && !tokens[prev].BreakBefore && !(tokens[prev - 1].Kind == TokenKind.Symbol && tokens[prev - 1].Text is "." or "!" or "?" or ":" or "\"" or "“")
                || (tokens[prev].Text.Length >= 3 && tokens[prev].Text.All(char.IsUpper) && CurrencyCatalog.FindCode(tokens[prev].Text) is null))
            && tokens[p.First].SpaceBefore
            && !Lexicon.StopWords.Contains(tokens[prev].Text) && !Lexicon.Months.ContainsKey(tokens[prev].Text)
            && !Lexicon.Countries.ContainsKey(Lexicon.StripPossessive(tokens[prev].Text)) && !IsHedgeWord(tokens[prev].Text)
            && !Lexicon.IsChangeVerb(tokens[prev].Text);

        private static bool IsHedgeWord(string word)
        {
            foreach (var (words, _) in Lexicon.Hedges)
            {
                if (words[0].Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        // ---------------------------------------------------------------- emission

        private void Emit(Part lo, Part? hi)
        {
            var last = (hi ?? lo).Last;
            var start = tokens[lo.First].Start;
            var end = tokens[last - 1].End;
            var unit = lo.Unit ?? hi?.Unit;
            var countNoun = lo.CountNoun ?? hi?.CountNoun;

            var (hedge, hedgeStart) = ReadHedge(lo.First);
            if (hedge == Hedge.Exact)
            {
                hedge = (hi ?? lo).SuffixHedge;
            }

            // "wheat: 21.4m t (−8%)", "Conservative 517 (−9.8)": a signed figure in a bracket after another states its
            // fall, as "(+3%)" states a rise; a converted temperature ("8F (-13C)") stays below zero.
            if (hi is null && lo.SignedInBracket && unit?.Dimension is not (Dimension.Temperature or Dimension.Currency))
            {
                lo.Negative = false;
                lo.Change = Change.Down;
            }

            var change = lo.Change != Change.None ? lo.Change : (hi?.Change ?? Change.None);
            if (change == Change.None)
            {
                change = ReadChangeVerb(hedgeStart, last, unit, counted: unit is null && countNoun is not null && !countNoun.EndsWith("point", StringComparison.Ordinal));
            }

            // "invest $2bn over five years", "drew 250,000 visitors over four days": "over" a span is "during" it,
            // unless a verb of duration asks how long ("lasted over three hours").
            if (hedge == Hedge.AtLeast && WordIs(hedgeStart, "over") && unit?.Dimension == Dimension.Duration
                && !WordIs(hedgeStart - 1, "lasted", "lasting", "last", "lasts", "took", "take", "takes", "taking", "for", "of", "spent", "after",
                    "aged", "is", "was", "are", "were", "be", "been", "waited", "waiting", "ago", "in"))
            {
                hedge = Hedge.Exact;
            }

            var value = lo.Value;
            double? high = hi?.Value;
            if (!double.IsFinite(value) || (high is { } h && !double.IsFinite(h)))
            {
                // Digits beyond double range are noise (serial numbers, hashes), not figures.
                return;
            }

            var step = double.Parse((Math.Max(lo.Step, hi?.Step ?? 0) * (hi?.Scale ?? lo.Scale)).ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

            Dimension dimension;
            string unitName;
            if (unit is not null)
            {
                dimension = unit.Dimension;
                unitName = unit.Name;
            }
            else if (countNoun is not null)
            {
                dimension = Dimension.Count;
                unitName = countNoun;
            }
            else
            {
                dimension = Dimension.None;
                unitName = "";
            }

            var (normalized, canonical) = UnitNormalizer.Normalize(value, unit);
            double? normalizedHigh = high is { } hv ? UnitNormalizer.Normalize(hv, unit).Value : null;

            found.Add(new Quantity
            {
                Text = text[start..end],
                Start = start,
                End = end,
                Value = value,
                High = high,
                Unit = unitName,
                Dimension = dimension,
                Normalized = normalized,
                NormalizedHigh = normalizedHigh,
                CanonicalUnit = canonical,
                Step = step,
                Hedge = hedge,
                Change = change,
                Per = lo.ImpliedPer ?? hi?.ImpliedPer ?? ReadPer(last, dimension),
            });
        }

        /// <summary>The hedge ending right before the figure, and where it starts.</summary>
        private (Hedge Hedge, int Start) ReadHedge(int first)
        {
            if (first > 0 && tokens[first - 1].Kind == TokenKind.Symbol)
            {
                var s = tokens[first - 1].Text;
                Hedge? symbolHedge = s switch
                {
                    "~" or "≈" => Hedge.Approximate,
                    "<" or "≤" => Hedge.AtMost,
                    ">" or "≥" => Hedge.AtLeast,
                    _ => null,
                };
                if (symbolHedge is { } sh)
                {
                    return (sh, first - 1);
                }
            }

            foreach (var (words, hedge) in Lexicon.Hedges)
            {
                var s = first - words.Length;
                if (s < 0)
                {
                    continue;
                }

                var match = true;
                for (var k = 0; k < words.Length && match; k++)
                {
                    match = tokens[s + k].IsWord && tokens[s + k].Text.Equals(words[k], StringComparison.OrdinalIgnoreCase)
                            && (k == 0 || !tokens[s + k].BreakBefore);
                }

                if (match && !tokens[first].BreakBefore)
                {
                    return (hedge, s);
                }
            }

            return (Hedge.Exact, first);
        }

        /// <summary>"rose 40%", "fell by 3%", "grew nearly tenfold", "up 5%"; not "rose to 5%".</summary>
        private Change ReadChangeVerb(int start, int last, UnitDefinition? unit, bool counted)
        {
            var j = start - 1;
            var money = unit?.Dimension == Dimension.Currency;

            // "grew at a 3.3% annualised rate", "fell at an annual pace of": the verb reaches the figure through its rate.
            if (WordIs(j, "a", "an") && WordIs(j - 1, "at") && IsRateNounAfter(last))
            {
                j -= 2;
            }

            if (!counted && WordIs(last, "off") && j >= 0 && tokens[j].IsWord && Lexicon.TakeOffVerbs.Contains(tokens[j].Text))
            {
                // "cutting 31 seconds off the record", "wiped $40 billion off its value": what is taken off is a fall.
                return Change.Down;
            }

            if (WordIs(last, "of") && unit?.Dimension is Dimension.Mass or Dimension.Volume && WordIs(j, "shed", "sheds", "shedding"))
            {
                // "a lorry shed 20 tonnes of gravel": a load that is shed, not a measure that fell ("shed 3% of its value" is).
                return Change.None;
            }

            // "rise by an average of £86", "fell by a total of 300": the amount is still the change.
            if (WordIs(j, "of") && WordIs(j - 1, "average", "total") && WordIs(j - 2, "a", "an") && WordIs(j - 3, "by"))
            {
                j -= 3;
            }

            if (WordIs(j, "by"))
            {
                var verb = ChangeVerbBeforeBy(j);
                j = verb >= 0 ? verb : j - 1;
            }
            else if (money && WordIs(j, "raised", "raise", "raises", "raising"))
            {
                // "raised $45 million" is money collected, not an increase.
                return Change.None;
            }
            else if (counted && j >= 0 && tokens[j].IsWord && Lexicon.CountingVerbs.Contains(tokens[j].Text))
            {
                // "cut 2,500 jobs", "added 275,000 jobs": the counted things are what the verb acts on; the figure
                // is how many, not the size of a change in some measure ("cut by 300 staff" still is one; so is
                // "rose 75 points", where nothing is acted on).
                return Change.None;
            }
            else if (WordIs(j, "down", "up") && j >= 1 && tokens[j - 1].IsWord && Lexicon.PhrasalVerbs.Contains(tokens[j - 1].Text))
            {
                // "shot down 31 drones", "racked up 38 points": the particle belongs to the verb, not to the figure.
                return Change.None;
            }
            else if (WordIs(j, "further", "additional") && WordIs(j - 1, "a", "an"))
            {
                j -= 2;
            }

            if (j < 0 || !tokens[j].IsWord || tokens[start].BreakBefore)
            {
                return Change.None;
            }

            // "an increase of 5%", "a drop of $3 million"
            if (WordIs(j, "of") && j >= 1 && tokens[j - 1].IsWord && Lexicon.ChangeNouns.TryGetValue(tokens[j - 1].Text, out var noun))
            {
                return noun;
            }

            return Lexicon.UpVerbs.Contains(tokens[j].Text) ? Change.Up
                : Lexicon.DownVerbs.Contains(tokens[j].Text) ? Change.Down
                : Change.None;
        }

        /// <summary>"rate" or "pace" after the figure, past adjectives of the period ("3.3% annualised rate").</summary>
        private bool IsRateNounAfter(int k)
        {
            for (var end = Math.Min(N, k + 4); k < end && !tokens[k].BreakBefore; k++)
            {
                if (WordIs(k, "rate", "pace", "clip"))
                {
                    return true;
                }

                if (!WordIs(k, "annualised", "annualized", "annual", "yearly", "quarterly", "monthly", "seasonally", "adjusted", "compound", "average") && !tokens[k].Is('-'))
                {
                    return false;
                }
            }

            return false;
        }

        private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade",
            "season", "game", "session", "shift", "person", "head", "share", "barrel", "ton", "tonne", "gallon",
            "litre", "liter", "kilo", "kilogram", "pound", "ounce", "unit", "piece", "ticket", "seat", "visit",
        };

        /// <summary>"per month", "a year", "/month", and for money and counts "in batteries per month".</summary>
        private string? ReadPer(int k, Dimension dimension)
        {
            if (k >= N || tokens[k].BreakBefore || dimension is Dimension.Speed or Dimension.Multiplier or Dimension.Percentage)
            {
                return null;
            }

            if (tokens[k].Is('/') && !tokens[k].SpaceBefore && k + 1 < N && tokens[k + 1].IsWord && !tokens[k + 1].SpaceBefore)
            {
                // "50 km/ms": a unit symbol is kept as written where singularising would make another unit of it ("m").
                var divisor = tokens[k + 1].Text;
                var singular = Lexicon.Singularize(divisor.ToLowerInvariant());
                return UnitCatalog.Find(divisor, touching: false) is { } written && UnitCatalog.Find(singular, touching: false) != written ? divisor : singular;
            }

            var per = PerAt(k);
            if (per is null && dimension == Dimension.Currency && WordIs(k, "a", "an") && k + 1 < N && tokens[k + 1].IsWord
                && MatchUnitOrCurrency(k + 1).Unit is { } priced && UnitCatalog.IsPricedBy(priced))
            {
                // "$2,450 an ounce", "$80 a barrel", "$6.02 a bushel", "$2,400 a troy ounce": a price per unit.
                return priced.Name;
            }

            if (per is not null || dimension == Dimension.Speed)
            {
                return per;
            }

            // "$12 million in batteries per month", "55 billion cubic metres of gas a year": skip a short phrase.
            if (!WordIs(k, "in", "of", "worth"))
            {
                return null;
            }

            for (var j = k + 1; j < N && j <= k + 5; j++)
            {
                if (tokens[j].BreakBefore || tokens[j].Kind == TokenKind.Number || (tokens[j].Kind == TokenKind.Symbol && !tokens[j].Is('-')))
                {
                    return null;
                }

                // "a year" after "in", "within", "over" is a span ("1,500 mm of rain in a week"), not a rate.
                if (WordIs(j, "per") || (WordIs(j, "a", "an") && j + 1 < N && TimeWords.Contains(tokens[j + 1].Text)
                                         && !WordIs(j - 1, "in", "within", "over", "for", "after", "under", "than")))
                {
                    return PerAt(j);
                }
            }

            return null;
        }

        private string? PerAt(int k)
        {
            // "per year": "year" is a stop word elsewhere, but after "per" it can only be the rate.
            if (WordIs(k, "per") && k + 2 < N && tokens[k + 1].IsWord && !tokens[k + 1].BreakBefore
                && MatchUnitOrCurrency(k + 1) is { Unit: { } unitOfTwo, End: var unitEnd } && unitEnd > k + 2)
            {
                // "per troy ounce", "per short ton": a unit of two words.
                return unitOfTwo.Name;
            }

            if (WordIs(k, "per") && k + 1 < N && tokens[k + 1].IsWord && !tokens[k + 1].BreakBefore
                && (!Lexicon.StopWords.Contains(tokens[k + 1].Text) || TimeWords.Contains(tokens[k + 1].Text)))
            {
                return Lexicon.Singularize(tokens[k + 1].Text.ToLowerInvariant());
            }

            // "a year earlier", "a week ago", "a year from now" date the figure; they are not its rate. "£122 a year
            // from April", "£1,738 a year from 1 January", "4.9 billion yuan a day from its reserves" are rates.
            if (WordIs(k, "a", "an", "each", "every") && k + 1 < N && tokens[k + 1].IsWord && TimeWords.Contains(tokens[k + 1].Text)
                && !WordIs(k + 2, "earlier", "ago", "before", "later", "after", "previously", "prior", "on", "since")
                && !(WordIs(k + 2, "from") && WordIs(k + 3, "now", "today", "then", "tomorrow", "that")))
            {
                return tokens[k + 1].Text.ToLowerInvariant();
            }

            return WordIs(k, "annually", "yearly") ? "year" : WordIs(k, "monthly") ? "month" : WordIs(k, "daily") ? "day" : null;
        }

        // ---------------------------------------------------------------- helpers

        private bool Touches(int k, char symbol) => k < N && tokens[k].Is(symbol) && !tokens[k].SpaceBefore;

        private bool TouchesNumber(int k) => k < N && tokens[k].IsNumber && !tokens[k].SpaceBefore;

        private bool WordIs(int k, string a) =>
            k >= 0 && k < N && tokens[k].IsWord && tokens[k].Text.Equals(a, StringComparison.OrdinalIgnoreCase);

        private bool WordIs(int k, params ReadOnlySpan<string> any)
        {
            if (k < 0 || k >= N || !tokens[k].IsWord)
            {
                return false;
            }

            foreach (var a in any)
            {
                if (tokens[k].Text.Equals(a, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsMagnitudeWord(string w) =>
            Lexicon.ScaleWords.ContainsKey(w) || w.Equals("hundred", StringComparison.OrdinalIgnoreCase)
                                              || w.Equals("dozen", StringComparison.OrdinalIgnoreCase);

        private static bool IsNumberWord(string w) =>
            Lexicon.SmallNumbers.ContainsKey(w) || Lexicon.Tens.ContainsKey(w) || IsMagnitudeWord(w);

        private static double ParseNumber(string digits)
        {
            if (digits.Length == 1 && Tokenizer.VulgarFractions.TryGetValue(digits[0], out var fraction))
            {
                return fraction;
            }

            var plain = digits.Replace(",", "", StringComparison.Ordinal).Replace("\u2009", "", StringComparison.Ordinal)
                .Replace("\u202F", "", StringComparison.Ordinal).Replace('\u2212', '-');
            return double.Parse(plain, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        /// <summary>
        /// Rounding step of a written integer. Below 1,000 every digit counts (step 1). From 1,000 up,
        /// trailing zeros are read as rounding ("328,000" → 1,000), but never coarser than a tenth of the
        /// value's magnitude ("1000" → 100), so a round figure still has two significant digits.
        /// </summary>
        internal static double IntegerStep(string written)
        {
            var digits = 0;
            var trailingZeros = 0;
            foreach (var c in written)
            {
                if (!char.IsAsciiDigit(c))
                {
                    continue;
                }

                digits++;
                trailingZeros = c == '0' ? trailingZeros + 1 : 0;
            }

            if (digits < 4)
            {
                return 1;
            }

            return Math.Pow(10, Math.Min(trailingZeros, digits - 2));
        }
    }
}
