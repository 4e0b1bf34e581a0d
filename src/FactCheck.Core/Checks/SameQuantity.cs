using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Checks;

/// <summary>
/// Finds pairs of claims that state the same quantity twice — same measure, dimension, unit family,
/// rate, change, scope, period, actors and place — and that cannot both hold. Shared by
/// <see cref="ConflictingValuesCheck"/>, <see cref="BoundConflictCheck"/> and <see cref="UnitConfusionCheck"/>,
/// which split the pairs between them so one disagreement raises one flag.
/// </summary>
/// <remarks>
/// <para>
/// Candidates are first grouped by a key (dimension, unit family, measure, rate, change, scope), then by
/// period and by actors, so the pairwise comparison only runs inside small buckets and the cost stays near
/// linear in the number of claims. Claims without a period (or actors) join a bucket only when the key has
/// exactly one dated period (actor set): a headline "exports reached $5bn" then meets "exports reached
/// $6bn in 2024", but Germany's figure never meets France's.
/// </para>
/// <para>
/// Two claims in one sentence are never compared: a sentence that lists figures of one measure lists
/// parallel items ("$5m on roads and $3m on parks"), and the extractor carries the measure from one to the next.
/// </para>
/// </remarks>
internal static partial class SameQuantity
{
    /// <summary>A disagreement between two statements of one quantity, with the type of flag it deserves.</summary>
    public sealed record Disagreement(string Type, Claim First, Claim Second, Interval FirstInterval, Interval SecondInterval, string Unit, string Reason);

    /// <summary>Words that make a figure cumulative or a total, so it is a different quantity from a single period's.</summary>
    private static readonly string[] CumulativeWords =
    [
        "total", "totalling", "totaling", "cumulative", "so far", "to date", "combined", "altogether", "in all",
        "overall", "since", "annual", "average", "averaged", "median",
    ];

    // Three checks read the same pairs; compute them once per context. The table holds no strong reference,
    // so a context and its pairs are collected together.
    private static readonly ConditionalWeakTable<CheckContext, IReadOnlyList<Disagreement>> Cache = new();

    public static IReadOnlyList<Disagreement> Find(CheckContext context) => Cache.GetValue(context, Compute);

    private static IReadOnlyList<Disagreement> Compute(CheckContext context)
    {
        var results = new List<Disagreement>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new Dictionary<int, HashSet<string>>();
        var figuresIn = context.Claims.GroupBy(c => c.SentenceStart).ToDictionary(g => g.Key, g => g.Count());
        var parallel = context.Claims.GroupBy(c => c.SentenceStart).SelectMany(Parallel).ToHashSet();

        // Read each claim's measure once: the fallback reads the sentence.
        var measures = new Dictionary<Claim, string?>(ReferenceEqualityComparer.Instance);
        foreach (var claim in context.Claims)
        {
            measures[claim] = MeasureOf(claim);
        }
        foreach (var group in context.Claims.Where(c => IsCandidate(c, measures[c]) && !parallel.Contains(c)).GroupBy(c => Key(c, measures[c])))
        {
            foreach (var bucket in Buckets(group.ToList(), c => PeriodKey(c.Period)))
            {
                foreach (var series in Buckets(bucket, c => ActorKey(c.Actors)))
                {
                    Compare(series, results, seen, names, figuresIn, measures);
                }
            }
        }

        return results;
    }

    private static void Compare(List<Claim> claims, List<Disagreement> results, HashSet<string> seen, Dictionary<int, HashSet<string>> names, Dictionary<int, int> figuresIn, Dictionary<Claim, string?> measures)
    {
        for (var i = 0; i < claims.Count; i++)
        {
            for (var j = i + 1; j < claims.Count; j++)
            {
                var (a, b) = claims[i].Ordinal < claims[j].Ordinal ? (claims[i], claims[j]) : (claims[j], claims[i]);
                if (a.SentenceStart == b.SentenceStart || !SameWhere(a, b) || !Measured(a, b, measures[a], measures[b], figuresIn, out var unnamed)
                    || Classify(a, b) is not { } disagreement || !ShareNames(a, b, names, required: unnamed)
                    || (!unnamed && (IsBorrowed(a, measures[a]) || IsBorrowed(b, measures[b])) && !ShareWords(a, b, measures[a], measures[b])))
                {
                    continue;
                }

                // The same two statements repeated elsewhere are the same finding.
                var pair = string.Join('\n', new[] { Fingerprint.SurfaceText(a), Fingerprint.SurfaceText(b) }.Select(Fingerprint.Normalize).Order(StringComparer.Ordinal));
                if (seen.Add(disagreement.Type + "\n" + pair))
                {
                    results.Add(disagreement);
                }
            }
        }
    }

    /// <summary>
    /// Claims listed beside another figure of their dimension and period in one sentence: "sent Ukraine 72 miles
    /// … but gave Russia 328,000 miles". The sentence hands each figure to a different actor or item, and the
    /// extractor cannot tell which, so such figures are never taken as restatements (a headline repeated on an
    /// aggregator page would otherwise set 72 miles against 328,000 miles).
    /// </summary>
    private static IEnumerable<Claim> Parallel(IEnumerable<Claim> sentence)
    {
        var claims = sentence.ToList();
        return claims.Where(c => claims.Any(o => o != c && o.Quantity.Dimension == c.Quantity.Dimension
                                                 && PeriodKey(o.Period) == PeriodKey(c.Period)
                                                 && o.Quantity.Normalized != c.Quantity.Normalized));
    }

    /// <summary>Splits claims by a key; claims with an empty key join the only non-empty bucket, if there is one.</summary>
    private static IEnumerable<List<Claim>> Buckets(List<Claim> claims, Func<Claim, string> key)
    {
        var keyed = claims.GroupBy(key).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        keyed.TryGetValue("", out var loose);
        var named = keyed.Where(kv => kv.Key.Length > 0).ToList();
        if (named.Count == 1 && loose is not null)
        {
            yield return [.. named[0].Value, .. loose];
            yield break;
        }

        foreach (var (_, list) in keyed.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            yield return list;
        }
    }

    private static bool IsCandidate(Claim claim, string? measure) =>
        claim.Quantity.Dimension is not (Dimension.None or Dimension.Multiplier)
        && (MeasureKey(measure).Length > 0 || claim.Period?.From is not null)
        && Canonical(claim.Quantity) is not null;

    private static string Key(Claim claim, string? measure)
    {
        var q = claim.Quantity;
        var family = q.Dimension switch
        {
            Dimension.Currency => q.CanonicalUnit ?? q.Unit,
            Dimension.Percentage => Figures.UnitKey(q.Unit),
            Dimension.Count => Figures.UnitKey(q.Unit),
            _ => q.CanonicalUnit ?? "",
        };
        return string.Join('\u0001', q.Dimension.ToString(), family, HeadNoun(measure),
            q.Per?.ToLowerInvariant() ?? "", ChangeOf(claim).ToString(), IsNear(claim, CumulativeWords, after: 40) ? "cumulative" : "",
            IsNear(claim, ForecastWords, after: 0) ? "forecast" : "");
    }

    /// <summary>
    /// The measure without possessives: "Ghana's exports" and "exports" are one measure; whose they are is
    /// the actors' business (and the sentence's names' when the extractor does not know the name).
    /// </summary>
    internal static string MeasureKey(string? measure)
    {
        if (string.IsNullOrWhiteSpace(measure))
        {
            return "";
        }

        var words = measure.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !(w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)
                          || w.EndsWith("s'", StringComparison.Ordinal) || w.EndsWith("s’", StringComparison.Ordinal)))
            .ToList();

        // "copper output" and "copper production" are the copper mined or made: the same measure as "copper".
        if (words.Count > 1 && words[^1].ToLowerInvariant() is "output" or "production" or "volume" or "volumes")
        {
            words.RemoveAt(words.Count - 1);
        }

        return MixedUnitsCheck.MeasureKey(string.Join(' ', words));
    }

    private static readonly string[] DownNouns = ["a loss of", "a drop of", "a fall of", "a decline of", "a cut of", "a decrease of", "losses of"];

    private static readonly string[] UpNouns = ["a rise of", "an increase of", "a gain of", "growth of", "a jump of", "gains of"];

    /// <summary>
    /// The change a figure states, from its verb ("lost 30 metres", set by the extractor) or a noun right before
    /// it ("a loss of 30 feet"), so the two are one quantity and neither meets a level ("30 metres thick").
    /// </summary>
    private static Change ChangeOf(Claim claim)
    {
        if (claim.Quantity.Change != Change.None)
        {
            return claim.Quantity.Change;
        }

        var start = claim.Quantity.Start - claim.SentenceStart;
        if (start <= 0 || start > claim.Sentence.Length)
        {
            return Change.None;
        }

        var before = claim.Sentence[Math.Max(0, start - 24)..start].TrimEnd().ToLowerInvariant();
        return DownNouns.Any(before.EndsWith) ? Change.Down : UpNouns.Any(before.EndsWith) ? Change.Up : Change.None;
    }

    /// <summary>
    /// Both claims have one measure, or neither has one: the extractor often finds none ("Rainfall in Chennai
    /// hit 210 mm on Sunday"). Two unmeasured claims are compared only with a dated period and a name in
    /// common (<paramref name="unnamed"/> asks <see cref="ShareNames"/> to insist on one), and only when each
    /// is the one figure of its sentence: "Revenue from salmon in Kenya rose 25% to $391 million" and the same
    /// about coffee carry other figures and other things.
    /// </summary>
    private static bool Measured(Claim a, Claim b, string? ma, string? mb, Dictionary<int, int> figuresIn, out bool unnamed)
    {
        var ka = MeasureKey(ma);
        var kb = MeasureKey(mb);
        unnamed = ka.Length == 0 && kb.Length == 0;
        return unnamed
            ? a.Period?.From is not null && b.Period?.From is not null
              && figuresIn.GetValueOrDefault(a.SentenceStart) == 1 && figuresIn.GetValueOrDefault(b.SentenceStart) == 1
            : SameMeasure(ma, mb);
    }

    [GeneratedRegex(@"(?<np>(?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)\s+of\s+(?:up to|more than|at least|at most|less than|about|around|nearly|almost|over|under|some|roughly)?\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NounOfBefore();

    private static readonly HashSet<string> NotMeasureWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "has", "have", "had", "is", "are", "was", "were", "lists", "list", "with", "its", "their",
        "to", "at", "and", "or", "for", "in", "on", "by", "reached", "hit", "total", "all", "one", "each",
    };

    /// <summary>
    /// The claim's measure, or when the extractor found none, the noun written as "&lt;noun&gt; of [up to] &lt;figure&gt;":
    /// "a payload of up to 18 tonnes" → "payload", "a top speed of more than 250 km/h" → "top speed".
    /// </summary>
    internal static string? MeasureOf(Claim claim)
    {
        if (!string.IsNullOrWhiteSpace(claim.Measure))
        {
            return claim.Measure;
        }

        var start = claim.Quantity.Start - claim.SentenceStart;
        if (start <= 0 || start > claim.Sentence.Length)
        {
            return null;
        }

        // Most figures have no "of" just before them; skip the regex for those.
        if (claim.Sentence.AsSpan(Math.Max(0, start - 22), Math.Min(22, start)).IndexOf(" of ", StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var before = claim.Sentence[Math.Max(0, start - 60)..start];
        if (NounOfBefore().Match(before) is not { Success: true } m)
        {
            return null;
        }

        var words = m.Groups["np"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(NotMeasureWords.Contains)
            .ToList();
        return words.Count == 0 || words.Any(NotMeasureWords.Contains) ? null : string.Join(' ', words);
    }

    /// <summary>The measure came from <see cref="MeasureOf"/>'s fallback, not from the extractor.</summary>
    private static bool IsBorrowed(Claim claim, string? measure) => string.IsNullOrWhiteSpace(claim.Measure) && measure is not null;

    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "this", "with", "from", "have", "says", "said", "were", "been", "will", "than", "more", "less",
        "about", "their", "there", "which", "would", "could", "after", "before", "into", "over", "under", "also",
        "lists", "according", "depending", "weather", "officials", "added", "million", "billion", "percent",
        "thousand", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "year", "month",
    };

    /// <summary>
    /// A borrowed measure names an attribute ("payload", "range"), so the sentences must also share what it is
    /// an attribute of: "the new lorry" in both, not "the new buses" against "the drones".
    /// </summary>
    private static bool ShareWords(Claim a, Claim b, string? ma, string? mb) => SharedWords(a, b, ma, mb) > 0;

    /// <summary>Content words (four letters or more, not common, not the measure, not the figures' own words) the sentences share.</summary>
    private static int SharedWords(Claim a, Claim b, string? ma, string? mb)
    {
        var skip = (MeasureKey(ma) + " " + MeasureKey(mb) + " " + a.Quantity.Text + " " + b.Quantity.Text)
            .Split(' ').ToHashSet(StringComparer.OrdinalIgnoreCase);
        HashSet<string> Words(Claim c) => c.Sentence
            .Split([' ', ',', '.', ';', ':', '(', ')', '\'', '’'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && w.All(char.IsLetter) && !CommonWords.Contains(w) && !skip.Contains(w))
            .Select(w => w.ToLowerInvariant().TrimEnd('s'))
            .ToHashSet(StringComparer.Ordinal);
        var wa = Words(a);
        wa.IntersectWith(Words(b));
        return wa.Count;
    }

    /// <summary>The last word of the measure: claims are grouped by it, then compared only when <see cref="SameMeasure"/>.</summary>
    private static string HeadNoun(string? measure)
    {
        var key = MeasureKey(measure);
        var space = key.LastIndexOf(' ');
        return space < 0 ? key : key[(space + 1)..];
    }

    /// <summary>
    /// One measure is the other with words in front: "line" and "new metro line", "cable" and "fiber-optic
    /// cable". "Tram line" and "power line" are not, nor are "exports" and "imports".
    /// </summary>
    internal static bool SameMeasure(string? a, string? b)
    {
        var ka = MeasureKey(a);
        var kb = MeasureKey(b);
        if (ka.Length == 0 || kb.Length == 0)
        {
            return false;
        }

        var (shorter, longer) = ka.Length <= kb.Length ? (ka, kb) : (kb, ka);
        return longer == shorter || longer.EndsWith(" " + shorter, StringComparison.Ordinal);
    }

    /// <summary>
    /// Capitalised names in the two sentences must overlap when both have some. The extractor knows a fixed
    /// list of countries, so "Nepal imported 8,700 tonnes" and "Senegal imported 47,000 tonnes" may both come
    /// without actors; their names still tell them apart.
    /// </summary>
    private static bool ShareNames(Claim a, Claim b, Dictionary<int, HashSet<string>> cache, bool required)
    {
        HashSet<string> Of(Claim c)
        {
            if (!cache.TryGetValue(c.SentenceStart, out var found))
            {
                found = Names(c.Sentence);
                cache[c.SentenceStart] = found;
            }

            return found;
        }

        var na = Of(a);
        var nb = Of(b);
        if (required && na.Count == 0 && nb.Count == 0)
        {
            // Unmeasured and unnamed ("The rescue team walked 26 km through the snow on Monday"): the sentences
            // must at least tell the same story in two content words ("team", "walked", "snow").
            return SharedWords(a, b, null, null) >= 2;
        }

        return required ? na.Overlaps(nb) : na.Count == 0 || nb.Count == 0 || na.Overlaps(nb);
    }

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "But", "And", "Or", "While", "Later", "According",
        "However", "Since", "After", "Before", "During", "Its", "Their", "This", "That", "These", "Those", "It", "As",
        "Officials", "Customs", "Exports", "Imports", "Revenue", "Sales", "Investment", "Spending", "Figures", "Data",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "He", "She", "They", "We",
    };

    private static HashSet<string> Names(string sentence)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var first = true;
        foreach (var raw in sentence.Split([' ', ',', ';', ':', '(', ')', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.TrimEnd('.', '!', '?');
            var initial = first;
            first = false;

            // A sentence's first word is capitalised anyway: "Nepal imported" names someone, "Volunteers say"
            // does not. Plural-looking first words are taken as common nouns.
            if (initial && word.EndsWith('s'))
            {
                continue;
            }

            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            if (word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLetter) && !NotNames.Contains(word))
            {
                names.Add(word);
            }
        }

        return names;
    }

    private static string PeriodKey(Period? period) =>
        period is null ? ""
        : period.From is { } from ? $"{from:yyyy-MM-dd}..{period.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
        : period.Text.Trim().ToLowerInvariant();

    private static string ActorKey(IReadOnlyList<string> actors) =>
        string.Join('\u0001', actors.Select(a => a.Trim().ToUpperInvariant()).Where(a => a.Length > 0).Distinct().Order(StringComparer.Ordinal));

    /// <summary>Places, origins and destinations that are named on both sides must agree.</summary>
    private static bool SameWhere(Claim a, Claim b) =>
        Agree(a.Place, b.Place) && Agree(a.Origin, b.Origin) && Agree(a.Destination, b.Destination);

    private static bool Agree(string? x, string? y) =>
        x is null || y is null || string.Equals(x.Trim(), y.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Words that make a figure a forecast, target or hypothesis rather than a reported value.</summary>
    private static readonly string[] ForecastWords =
    [
        "could", "would", "will", "may", "might", "expected", "expects", "forecast", "forecasts", "projected",
        "projects", "target", "targets", "aims", "plans", "planned", "hopes", "predicted", "predicts",
    ];

    /// <summary>
    /// "Total", "so far", "average", "annual" (or "could", "expected", "target") near the figure: a different
    /// quantity from a plain reported figure for the period.
    /// </summary>
    /// <remarks>
    /// Forecast words are looked for only before the figure ("could reach $7bn"): after it they usually belong
    /// to the next clause ("the 24-mile line will carry …").
    /// </remarks>
    private static bool IsNear(Claim claim, string[] markers, int after)
    {
        var sentence = claim.Sentence;
        var start = Math.Clamp(claim.Quantity.Start - claim.SentenceStart - 40, 0, sentence.Length);
        var end = Math.Clamp(claim.Quantity.End - claim.SentenceStart + after, start, sentence.Length);
        var window = sentence[start..end].ToLowerInvariant();
        return markers.Any(w => ContainsWord(window, w));
    }

    internal static bool ContainsWord(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = at == 0 || !char.IsLetter(text[at - 1]);
            var after = at + word.Length >= text.Length || !char.IsLetter(text[at + word.Length]);
            if (before && after)
            {
                return true;
            }

            at = text.IndexOf(word, at + 1, StringComparison.Ordinal);
        }

        return false;
    }

    private static Disagreement? Classify(Claim a, Claim b)
    {
        var qa = a.Quantity;
        var qb = b.Quantity;
        if (Canonical(qa) is not { } ia || Canonical(qb) is not { } ib || ia.Overlaps(ib))
        {
            return null;
        }

        var unit = qa.CanonicalUnit ?? Figures.Symbol(qa.Unit);
        if (UnitConfusion(qa, qb) is { } reason)
        {
            return new(FlagTypes.UnitConfusion, a, b, ia, ib, unit, reason);
        }

        var bounded = qa.Hedge is Hedge.AtLeast or Hedge.AtMost || qb.Hedge is Hedge.AtLeast or Hedge.AtMost
                      || qa.IsRange || qb.IsRange;
        return new(bounded ? FlagTypes.BoundConflict : FlagTypes.ConflictingValues, a, b, ia, ib, unit,
            bounded ? "the bounds do not overlap" : "the values differ beyond rounding and hedges");
    }

    /// <summary>Scales a writer may slip between: thousand, million, billion.</summary>
    private static readonly (double Factor, string Words)[] Scales =
    [
        (1e3, "a thousand"), (1e6, "a million"), (1e9, "a billion"),
    ];

    /// <summary>
    /// Why two disagreeing figures would agree under a slip, or null: the same number under two units of one
    /// dimension ("500 km" against "500 miles"), or the same digits a thousand, million or billion apart
    /// ("$1.2 million" against "$1.2 billion").
    /// </summary>
    private static string? UnitConfusion(Quantity a, Quantity b)
    {
        var ra = Tolerance.Rounding(a);
        var rb = Tolerance.Rounding(b);
        if (Figures.UnitKey(a.Unit) != Figures.UnitKey(b.Unit) && a.Unit.Length > 0 && b.Unit.Length > 0)
        {
            // Strictly overlapping: "16 km" and "17 miles" touch at 16.5 but are not the same number.
            return Math.Min(ra.High, rb.High) - Math.Max(ra.Low, rb.Low) > 1e-9 * Math.Max(1, Math.Abs(a.Value))
                ? $"the numbers are equal as written ({Figures.Plain(a.Value)} {Figures.Symbol(a.Unit)} and {Figures.Plain(b.Value)} {Figures.Symbol(b.Unit)}): one unit was probably mistaken for the other"
                : null;
        }

        if (a.Dimension is not (Dimension.Currency or Dimension.Count))
        {
            return null;
        }

        foreach (var (factor, words) in Scales)
        {
            if (ra.Scale(factor).Overlaps(rb) || rb.Scale(factor).Overlaps(ra))
            {
                return $"the digits agree but the figures are {words} times apart: a scale word (thousand, million, billion) was probably mistaken";
            }
        }

        return null;
    }

    /// <summary>The figure's interval (rounding and hedge) in the canonical unit; null when it cannot be moved there.</summary>
    internal static Interval? Canonical(Quantity quantity)
    {
        var own = Tolerance.Of(quantity);
        if (quantity.Dimension == Dimension.Temperature)
        {
            // °F = 1.8 °C + 32 has an offset, so move it by the affine map the extractor used.
            if (quantity.Normalized is not { } n)
            {
                return null;
            }

            var slope = quantity.Unit.Contains("fahrenheit", StringComparison.OrdinalIgnoreCase) ? 5.0 / 9 : 1;
            var offset = n - (quantity.Value * slope);
            return new Interval((own.Low * slope) + offset, (own.High * slope) + offset);
        }

        if (Tolerance.CanonicalFactor(quantity) is { } factor)
        {
            return own.Scale(factor);
        }

        // Counts and currencies keep their own unit as the canonical one.
        return quantity.Dimension is Dimension.Count or Dimension.Currency or Dimension.Percentage ? own : null;
    }

    /// <summary>A figure for a flag's value list: "2024: $1.2 billion = 1,200,000,000 USD".</summary>
    internal static FlagValue Value(Claim claim, string unit)
    {
        var label = claim.Period?.Text is { Length: > 0 } period ? period.Trim().TrimEnd('.') : "undated";
        var stated = claim.Quantity.Text;
        var normalized = claim.Quantity.Normalized is { } n
            ? $"{Figures.Number(n, Figures.ComputedDecimals(n, 0))}{(claim.Quantity.NormalizedHigh is { } nh ? "–" + Figures.Number(nh, Figures.ComputedDecimals(nh, 0)) : "")} {unit}".Trim()
            : stated;
        return new FlagValue(label, stated, normalized);
    }

    internal static string Range(Interval interval, string unit)
    {
        string End(double v) => double.IsPositiveInfinity(v) ? "∞" : double.IsNegativeInfinity(v) ? "−∞" : Figures.Number(v, Figures.ComputedDecimals(v, 0));
        return $"[{End(interval.Low)}, {End(interval.High)}] {unit}".TrimEnd();
    }
}
