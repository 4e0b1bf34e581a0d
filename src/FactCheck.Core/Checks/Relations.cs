using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Checks;

/// <summary>
/// Reads the relations an article states between its own figures — n-fold, doubled/halved, percent
/// change, percentage points, differences, shares and totals — and works them out. Shared by
/// <see cref="ArithmeticMismatchCheck"/> (the numbers contradict the relation) and
/// <see cref="UnverifiableCheck"/> (the relation's base is not in the article).
/// </summary>
/// <remarks>
/// Relations are read one sentence at a time from the claims the extractor found and the words between
/// them, so the cost is linear in the number of sentences. Every interval comes from <see cref="Tolerance"/>;
/// a written multiple ("tenfold", "doubled") is good to ±<see cref="MultipleFraction"/> because writers use
/// them for round ratios. The rules are in docs/checks.md.
/// </remarks>
internal static partial class Relations
{
    /// <summary>How far a written multiple may be from the ratio of the figures: "doubled" covers 1.8× to 2.2×.</summary>
    public const double MultipleFraction = 0.10;

    /// <summary>Extra slack for a hedged multiple: "nearly tenfold" covers 8.5× to 11.5×.</summary>
    public const double HedgedMultipleFraction = 0.15;

    public sealed record Finding(
        string Type,
        Severity Severity,
        string Message,
        IReadOnlyList<Claim> Claims,
        IReadOnlyList<FlagValue> Values,
        string Computation,
        string? Measure);

    // Two checks read the same relations; work them out once per context.
    private static readonly ConditionalWeakTable<CheckContext, IReadOnlyList<Finding>> Cache = new();

    public static IReadOnlyList<Finding> Find(CheckContext context) => Cache.GetValue(context, Compute);

    private static IReadOnlyList<Finding> Compute(CheckContext context)
    {
        var findings = new List<Finding>();
        var sentences = context.Claims.OrderBy(c => c.Ordinal).GroupBy(c => c.SentenceStart).Select(g => g.ToList()).ToList();
        for (var s = 0; s < sentences.Count; s++)
        {
            var reader = new SentenceReader(sentences[s], s > 0 ? sentences[s - 1] : null, context.Claims);
            findings.AddRange(reader.Read());
        }

        return findings;
    }

    private sealed partial class SentenceReader(List<Claim> claims, List<Claim>? previous, IReadOnlyList<Claim> all)
    {
        private readonly string sentence = claims[0].Sentence;
        private readonly int offset = claims[0].SentenceStart;
        private readonly HashSet<Claim> used = [];

        public IEnumerable<Finding> Read()
        {
            var findings = new List<Finding>();
            findings.AddRange(Totals());
            findings.AddRange(Shares());
            findings.AddRange(Differences());
            foreach (var claim in claims.Where(c => !used.Contains(c)))
            {
                if (claim.Quantity is { Dimension: Dimension.Multiplier, Per: null } && !IsIdiom(claim))
                {
                    findings.AddRange(Change(claim, multiple: true));
                }
                else if (claim.Quantity is { Dimension: Dimension.Percentage, Change: not Claims.Change.None, Per: null })
                {
                    findings.AddRange(Change(claim, multiple: false));
                }
            }

            return findings;
        }

        [GeneratedRegex(@"\bto\s+(?:about\s+|around\s+|nearly\s+|some\s+)?[$€£¥]?\d", RegexOptions.CultureInvariant)]
        private static partial Regex ToFigure();

        [GeneratedRegex(@"^\s*(?:down|up|back|as\s+(?:a|an|the)\b)", RegexOptions.CultureInvariant)]
        private static partial Regex IdiomAfter();

        [GeneratedRegex(@"^\s*(?:as|more|less)\s+likely\b", RegexOptions.CultureInvariant)]
        private static partial Regex Likelihood();

        /// <summary>
        /// "doubled down", "doubles as an office": a multiple verb that compares nothing; "twice as likely": a
        /// relative risk, not a comparison of the article's quantities.
        /// </summary>
        private bool IsIdiom(Claim multiple) =>
            (multiple.Quantity.Text.StartsWith("doubl", StringComparison.OrdinalIgnoreCase) && IdiomAfter().IsMatch(TextAfter(multiple)))
            || Likelihood().IsMatch(TextAfter(multiple));

        // ------------------------------------------------------------ text around claims

        private int StartOf(Claim c) => c.Quantity.Start - offset;

        private int EndOf(Claim c) => (c.Conversion ?? c.Quantity).End - offset;

        private string TextBefore(Claim c)
        {
            var i = claims.IndexOf(c);
            var from = i > 0 ? EndOf(claims[i - 1]) : 0;
            return Slice(from, StartOf(c));
        }

        private string TextAfter(Claim c)
        {
            var i = claims.IndexOf(c);
            var to = i + 1 < claims.Count ? StartOf(claims[i + 1]) : sentence.Length;
            return Slice(EndOf(c), to);
        }

        private string Slice(int from, int to)
        {
            from = Math.Clamp(from, 0, sentence.Length);
            to = Math.Clamp(to, from, sentence.Length);
            return sentence[from..to].ToLowerInvariant();
        }

        /// <summary>Figures a relation can work on: not multiples, not other changes, not rates.</summary>
        private static bool IsFigure(Claim c) =>
            c.Quantity.Dimension != Dimension.Multiplier
            && !(c.Quantity.Dimension == Dimension.Percentage && c.Quantity.Change != Claims.Change.None)
            && (c.Quantity.Per is null || IsTimeAgo(c));

        [GeneratedRegex(@"^[^a-z]*(?:a|one|the)\s+(?:year|month|week|quarter|decade)\s+(?:earlier|ago|before|previously)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
        private static partial Regex TimeAgo();

        /// <summary>"3.1 million tonnes a year earlier" is a figure from the year before, not a yearly rate.</summary>
        private static bool IsTimeAgo(Claim c)
        {
            var end = c.Quantity.End - c.SentenceStart;
            return end >= 0 && end <= c.Sentence.Length && TimeAgo().IsMatch(c.Sentence.AsSpan(end).ToString());
        }

        /// <summary>Two figures measure the same kind of thing: same dimension (and currency), or one is a bare number.</summary>
        private static bool Comparable(Quantity a, Quantity b)
        {
            if (a.Dimension == Dimension.None || b.Dimension == Dimension.None)
            {
                return a.Dimension is not (Dimension.Percentage or Dimension.Multiplier)
                       && b.Dimension is not (Dimension.Percentage or Dimension.Multiplier);
            }

            return a.Dimension == b.Dimension
                   && (a.Dimension != Dimension.Currency || a.CanonicalUnit == b.CanonicalUnit)
                   && (a.Dimension != Dimension.Percentage || Figures.UnitKey(a.Unit) == Figures.UnitKey(b.Unit));
        }

        /// <summary>A figure's interval in the canonical unit of <paramref name="unitOf"/> (a bare number borrows its partner's unit).</summary>
        private static Interval? In(Quantity q, Quantity unitOf, bool ignoreHedge = false)
        {
            var own = ignoreHedge ? Tolerance.Rounding(q) : Tolerance.Of(q);
            var source = q.Dimension == Dimension.None ? unitOf : q;
            if (source.Dimension is Dimension.None or Dimension.Count or Dimension.Currency or Dimension.Percentage)
            {
                return own;
            }

            return Tolerance.CanonicalFactor(source) is { } factor ? own.Scale(factor) : null;
        }

        private static string Unit(Quantity q, Quantity other)
        {
            var source = q.Dimension == Dimension.None ? other : q;
            return source.Dimension switch
            {
                Dimension.Currency => source.CanonicalUnit ?? "",
                Dimension.Percentage => "%",
                Dimension.Count or Dimension.None => "",
                _ => source.CanonicalUnit ?? "",
            };
        }

        private static string N(double value) =>
            double.IsPositiveInfinity(value) ? "∞" : Figures.Number(value, Figures.ComputedDecimals(value, 0));

        private static string R(Interval i, string unit = "") => $"[{N(i.Low)}, {N(i.High)}]{(unit.Length > 0 ? " " + unit : "")}";

        private static FlagValue V(string label, Claim c) =>
            new(label, c.Quantity.Text, c.Quantity.Normalized is { } n && c.Quantity.CanonicalUnit is { } u && c.Quantity.Dimension is not (Dimension.Currency or Dimension.Count or Dimension.Percentage)
                ? $"{N(n)} {u}"
                : c.Quantity.Text);

        // ------------------------------------------------------------ totals

        [GeneratedRegex(@"\b(?:totall?ing|totall?ed|a total of|total to|total of|sum of|adding up to|add up to|amounting to|combined|together|all told)\b[^,;]*$", RegexOptions.CultureInvariant)]
        private static partial Regex TotalBefore();

        [GeneratedRegex(@"^\s*(?:in total|in all|altogether|combined|all told|between them)\b", RegexOptions.CultureInvariant)]
        private static partial Regex TotalAfter();

        /// <summary>"A, B and C, totalling D" and "D in total: A, B and C": the parts must add up to the total.</summary>
        private IEnumerable<Finding> Totals()
        {
            var figures = claims.Where(IsFigure).ToList();
            foreach (var total in figures)
            {
                // "D in total: A, B and C" or "came to D: A for …, B for … and C for …".
                var after = figures.IndexOf(total) == 0
                            && (TotalAfter().IsMatch(TextAfter(total)) || TextAfter(total).TrimStart().StartsWith(':'));
                if (!after && !TotalBefore().IsMatch(TextBefore(total)))
                {
                    continue;
                }

                var parts = figures.Where(p => p != total && Comparable(p.Quantity, total.Quantity) && !InShare(p)
                                               && (p.Quantity.Dimension != Dimension.None || total.Quantity.Dimension == Dimension.Count)
                                               && (total.Quantity.Dimension == Dimension.Percentage) == (p.Quantity.Dimension == Dimension.Percentage)
                                               && (after ? StartOf(p) > StartOf(total) : StartOf(p) < StartOf(total)))
                    .ToList();
                if (parts.Count < 2 || !Slice(StartOf(parts[0]), StartOf(parts[^1])).Contains(" and ", StringComparison.Ordinal))
                {
                    continue;
                }

                var intervals = parts.Select(p => In(p.Quantity, total.Quantity)).ToList();
                if (intervals.Any(i => i is null) || In(total.Quantity, total.Quantity) is not { } stated)
                {
                    continue;
                }

                var sum = new Interval(intervals.Sum(i => i!.Value.Low), intervals.Sum(i => i!.Value.High));
                used.Add(total);
                used.UnionWith(parts);
                if (sum.Overlaps(stated))
                {
                    continue;
                }

                var unit = Unit(total.Quantity, parts[0].Quantity);
                var exact = parts.Sum(p => p.Quantity.Value * (In(p.Quantity, total.Quantity)!.Value.Mid / Math.Max(1e-300, Tolerance.Of(p.Quantity).Mid)));
                var partsText = string.Join(" + ", parts.Select(p => p.Quantity.Text));
                yield return new Finding(
                    FlagTypes.ArithmeticMismatch,
                    Severity.Error,
                    $"The parts ({string.Join(", ", parts.Select(p => p.Quantity.Text))}) add up to {N(exact)}{(unit.Length > 0 ? " " + unit : "")}, not the stated total of {total.Quantity.Text}.",
                    [.. parts, total],
                    [.. parts.Select(p => V("part", p)), V("stated total", total)],
                    $"{partsText} = {N(exact)} {unit}, within {R(sum, unit)} after rounding; stated total {total.Quantity.Text} allows {R(stated, unit)}; the ranges do not meet ({Tolerance.Describe})",
                    total.Measure);
            }
        }

        [GeneratedRegex(@"(?:\bof(?:\s+(?:the|its|their|all))?|\bout of)\s*$", RegexOptions.CultureInvariant)]
        private static partial Regex OfBefore();

        /// <summary>"3 of its 5 games": both figures describe one share, neither is a part of a total.</summary>
        private bool InShare(Claim c) =>
            TextAfter(c).TrimStart().StartsWith("of ", StringComparison.Ordinal)
            || TextAfter(c).TrimStart().StartsWith("out of ", StringComparison.Ordinal)
            || OfBefore().IsMatch(TextBefore(c));

        // ------------------------------------------------------------ shares

        [GeneratedRegex(@"\b(?<frac>half|one half|a third|one third|one-third|a quarter|one quarter|one-quarter|three quarters|three-quarters|a fifth|one fifth|one-fifth|a tenth|one tenth|one in (?<den>two|three|four|five|ten))\s+of\s+(?:the\s+|its\s+|their\s+|all\s+|these\s+|those\s+)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
        private static partial Regex FractionOf();

        [GeneratedRegex(@"^\s*of\s+(?:the\s+|its\s+|their\s+|all\s+|these\s+|those\s+)?$", RegexOptions.CultureInvariant)]
        private static partial Regex OfThe();

        [GeneratedRegex(@"^[^,;.()]{0,60}(?:,\s*or|\(|,\s*that is|, i\.e\.)\s*(?:about|around|roughly|some|nearly|almost|just over|just under)?\s*$", RegexOptions.CultureInvariant)]
        private static partial Regex OrRestated();

        private static readonly Dictionary<string, double> Fractions = new(StringComparer.Ordinal)
        {
            ["half"] = 0.5, ["one half"] = 0.5, ["a third"] = 1 / 3.0, ["one third"] = 1 / 3.0, ["one-third"] = 1 / 3.0,
            ["a quarter"] = 0.25, ["one quarter"] = 0.25, ["one-quarter"] = 0.25, ["three quarters"] = 0.75,
            ["three-quarters"] = 0.75, ["a fifth"] = 0.2, ["one fifth"] = 0.2, ["one-fifth"] = 0.2, ["a tenth"] = 0.1,
            ["one tenth"] = 0.1, ["one in two"] = 0.5, ["one in three"] = 1 / 3.0, ["one in four"] = 0.25,
            ["one in five"] = 0.2, ["one in ten"] = 0.1,
        };

        /// <summary>"half of the 90 firms, or 30" and "30 of the 90 firms, or 45%": the share must match its restatement.</summary>
        private IEnumerable<Finding> Shares()
        {
            for (var i = 0; i + 1 < claims.Count; i++)
            {
                var whole = claims[i];
                var restated = claims[i + 1];
                if (!OrRestated().IsMatch(Slice(EndOf(whole), StartOf(restated))) || whole.Quantity.IsRange)
                {
                    continue;
                }

                var before = TextBefore(whole);
                var fraction = FractionOf().Match(before);
                Claim? partClaim = i > 0 ? claims[i - 1] : null;
                string relation;
                Interval expected;
                Interval stated;
                IReadOnlyList<Claim> involved;
                var unit = Unit(whole.Quantity, whole.Quantity);
                if (restated.Quantity.Dimension != Dimension.Percentage
                    && (fraction.Success || (partClaim is { Quantity: { Dimension: Dimension.Percentage or Dimension.None, Value: var v } } && OfThe().IsMatch(before)
                        && (partClaim.Quantity.Dimension == Dimension.Percentage || v < 1))))
                {
                    // "half of the 90 firms, or 30" / "45% of the 90 firms, or 40" / "two-thirds of the 90 firms, or 60"
                    double share;
                    Interval shareInterval;
                    string shareText;
                    if (fraction.Success)
                    {
                        share = Fractions[fraction.Groups["frac"].Value];
                        shareInterval = Interval.Point(share);
                        shareText = fraction.Groups["frac"].Value;
                        involved = [whole, restated];
                    }
                    else
                    {
                        var pct = partClaim!.Quantity.Dimension == Dimension.Percentage ? 0.01 : 1;
                        share = partClaim.Quantity.Value * pct;
                        shareInterval = Tolerance.Of(partClaim.Quantity).Scale(pct);
                        shareText = partClaim.Quantity.Text;
                        involved = [partClaim, whole, restated];
                    }

                    if (In(whole.Quantity, whole.Quantity) is not { } w || In(restated.Quantity, whole.Quantity) is not { } r)
                    {
                        continue;
                    }

                    expected = new Interval(w.Low * shareInterval.Low, w.High * shareInterval.High);
                    stated = r;
                    relation = $"{shareText} of {whole.Quantity.Text} = {N(share * whole.Quantity.Value)}";
                }
                else if (restated.Quantity.Dimension == Dimension.Percentage && partClaim is not null
                         && partClaim.Quantity.Dimension != Dimension.Percentage && OfThe().IsMatch(before)
                         && Comparable(partClaim.Quantity, whole.Quantity))
                {
                    // "30 of the 90 firms, or 45%"
                    if (In(partClaim.Quantity, whole.Quantity) is not { } p || In(whole.Quantity, partClaim.Quantity) is not { } w || w.Low <= 0)
                    {
                        continue;
                    }

                    expected = new Interval(100 * p.Low / w.High, 100 * p.High / w.Low);
                    stated = Tolerance.Of(restated.Quantity);
                    involved = [partClaim, whole, restated];
                    unit = "%";
                    relation = $"{partClaim.Quantity.Text} / {whole.Quantity.Text} = {N(100 * partClaim.Quantity.Value / whole.Quantity.Value)}%";
                }
                else if (restated.Quantity.Dimension == Dimension.Percentage && i >= 1
                         && claims[i - 1] is var w0 && w0.Quantity.Dimension is not (Dimension.Percentage or Dimension.Multiplier)
                         && Slice(EndOf(w0), StartOf(whole)).Trim() == "," && TextBefore(w0).TrimEnd().EndsWith("of the", StringComparison.Ordinal)
                         && Comparable(w0.Quantity, whole.Quantity))
                {
                    // "Of the 1,200 staff, 300, or 25%, work remotely": whole first, then the part and its share.
                    if (In(whole.Quantity, w0.Quantity) is not { } p || In(w0.Quantity, whole.Quantity) is not { } w || w.Low <= 0)
                    {
                        continue;
                    }

                    expected = new Interval(100 * p.Low / w.High, 100 * p.High / w.Low);
                    stated = Tolerance.Of(restated.Quantity);
                    involved = [w0, whole, restated];
                    unit = "%";
                    relation = $"{whole.Quantity.Text} / {w0.Quantity.Text} = {N(100 * whole.Quantity.Value / w0.Quantity.Value)}%";
                }
                else
                {
                    continue;
                }

                used.UnionWith(involved);
                if (expected.Overlaps(stated))
                {
                    continue;
                }

                yield return new Finding(
                    FlagTypes.ArithmeticMismatch,
                    Severity.Error,
                    $"{relation.Split(" = ")[0]} is {relation.Split(" = ")[1]}, not {restated.Quantity.Text}.",
                    involved,
                    [.. involved.Select(c => V(c == restated ? "stated" : "given", c))],
                    $"{relation}; allowed {R(expected, unit)} after rounding; stated {restated.Quantity.Text} allows {R(stated, unit)} ({Tolerance.Describe})",
                    whole.Measure);
            }
        }

        // ------------------------------------------------------------ differences

        [GeneratedRegex(@"^\s*(?<word>more|fewer|less|higher|lower|greater|larger|bigger|smaller|longer|shorter|heavier|lighter|cheaper|dearer|above|below|up|down)(?:\s+than|\s+on|\s+from)?\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
        private static partial Regex DifferenceWord();

        /// <summary>"12,000 tonnes, 3,000 more than the south plant's 8,000 tonnes": A − B must be the stated difference.</summary>
        private IEnumerable<Finding> Differences()
        {
            for (var i = 1; i + 1 < claims.Count; i++)
            {
                var d = claims[i];
                var m = DifferenceWord().Match(TextAfter(d));
                if (!m.Success || d.Quantity.Change != Claims.Change.None || d.Quantity.Dimension == Dimension.Multiplier
                    || !m.Value.Contains("than", StringComparison.Ordinal))
                {
                    continue;
                }

                var b = claims[i + 1];
                var a = claims.Take(i).LastOrDefault(c => IsFigure(c) && Comparable(c.Quantity, b.Quantity) && c.Quantity.Dimension != Dimension.None);
                if (a is null || !IsFigure(b) || a.Quantity.IsRange || b.Quantity.IsRange
                    || In(a.Quantity, b.Quantity) is not { } ia || In(b.Quantity, a.Quantity, ignoreHedge: b.Quantity.Hedge == Hedge.AtLeast) is not { } ib)
                {
                    continue;
                }

                var down = m.Groups["word"].Value is "fewer" or "less" or "lower" or "smaller" or "shorter" or "lighter" or "cheaper" or "below" or "down";
                var relative = d.Quantity.Dimension == Dimension.Percentage && Figures.UnitKey(d.Quantity.Unit) != "percentage point"
                               && a.Quantity.Dimension != Dimension.Percentage;
                Interval actual;
                string formula;
                var unit = Unit(a.Quantity, b.Quantity);
                if (relative)
                {
                    if (ib.Low <= 0)
                    {
                        continue;
                    }

                    actual = down
                        ? new Interval(100 * (1 - (ia.High / ib.Low)), 100 * (1 - (ia.Low / ib.High)))
                        : new Interval(100 * ((ia.Low / ib.High) - 1), 100 * ((ia.High / ib.Low) - 1));
                    var exact = 100 * Math.Abs((a.Quantity.Normalized ?? a.Quantity.Value) / (b.Quantity.Normalized ?? b.Quantity.Value) - 1);
                    formula = $"{a.Quantity.Text} / {b.Quantity.Text} is {N(exact)}% {(down ? "less" : "more")}";
                    unit = "%";
                }
                else if (d.Quantity.Dimension is Dimension.Percentage != (a.Quantity.Dimension is Dimension.Percentage)
                         || (d.Quantity.Dimension != Dimension.None && a.Quantity.Dimension != Dimension.Percentage && !Comparable(d.Quantity, a.Quantity)))
                {
                    continue;
                }
                else
                {
                    actual = down ? new Interval(ib.Low - ia.High, ib.High - ia.Low) : new Interval(ia.Low - ib.High, ia.High - ib.Low);
                    var exactA = (ia.Low + ia.High) / 2;
                    var exactB = (ib.Low + ib.High) / 2;
                    formula = down ? $"{b.Quantity.Text} − {a.Quantity.Text} = {N(exactB - exactA)} {unit}" : $"{a.Quantity.Text} − {b.Quantity.Text} = {N(exactA - exactB)} {unit}";
                }

                if (In(d.Quantity, a.Quantity) is not { } stated)
                {
                    continue;
                }

                used.UnionWith([a, d, b]);
                if (actual.Overlaps(stated))
                {
                    continue;
                }

                yield return new Finding(
                    FlagTypes.ArithmeticMismatch,
                    Severity.Error,
                    $"The difference between {a.Quantity.Text} and {b.Quantity.Text} is not {d.Quantity.Text}.",
                    [a, d, b],
                    [V("first", a), V("stated difference", d), V("second", b)],
                    $"{formula}, within {R(actual, unit)} after rounding; stated {d.Quantity.Text} allows {R(stated, unit)} ({Tolerance.Describe})",
                    a.Measure);
            }
        }

        // ------------------------------------------------------------ n-fold, doubled, percent change, points

        [GeneratedRegex(@"\b(?:from|compared (?:with|to)|against|versus|vs\.?|than|level of|up from|down from)\b", RegexOptions.CultureInvariant)]
        private static partial Regex BaseMarker();

        [GeneratedRegex(@"^\s*(?:more|greater|larger|bigger|higher)\s+than\b", RegexOptions.CultureInvariant)]
        private static partial Regex TimesMoreThan();

        private IEnumerable<Finding> Change(Claim relation, bool multiple)
        {
            var q = relation.Quantity;
            var figures = claims.Where(c => c != relation && IsFigure(c) && !used.Contains(c)).ToList();
            if (!multiple && q.Dimension == Dimension.Percentage)
            {
                // Percent changes work on amounts; "rose 3 points from 40% to 45%" works on percentages.
                var points = Figures.UnitKey(q.Unit) == "percentage point";
                var percentages = figures.Where(f => f.Quantity.Dimension == Dimension.Percentage).ToList();
                figures = points || figures.All(f => f.Quantity.Dimension == Dimension.Percentage) ? percentages : figures.Where(f => f.Quantity.Dimension != Dimension.Percentage).ToList();
            }

            var pair = Pair(relation, figures);
            if (pair is null && figures.Count == 0 && previous is not null && relation.Period?.From is null)
            {
                // "Exports were 2,000 t in 2022 and 6,500 t in 2023. That is a threefold rise."
                pair = Pair(relation, previous.Where(IsFigure).ToList());
            }

            pair ??= AcrossArticle(relation, figures);
            if (pair is null)
            {
                if (Unverifiable(relation, figures) is { } finding)
                {
                    yield return finding;
                }

                yield break;
            }

            var (old, @new) = pair.Value;
            if (In(old.Quantity, @new.Quantity) is not { } io || In(@new.Quantity, old.Quantity) is not { } inew)
            {
                yield break;
            }

            if (old == @new)
            {
                // One range "from 40% to 45%": its ends are the two figures.
                io = Tolerance.Rounding(old.Quantity.Value, old.Quantity.Step);
                inew = Tolerance.Rounding(old.Quantity.High!.Value, old.Quantity.Step);
            }

            used.UnionWith([old, @new]);
            var unit = Unit(old.Quantity, @new.Quantity);
            // Show the writer's own numbers when both figures share a unit; otherwise the canonical ones.
            var ownUnits = old == @new || Figures.UnitKey(old.Quantity.Unit) == Figures.UnitKey(@new.Quantity.Unit)
                           || old.Quantity.Dimension == Dimension.None || @new.Quantity.Dimension == Dimension.None;
            var oldValue = old == @new ? old.Quantity.Value : ownUnits ? old.Quantity.Value : Mid(io, old.Quantity);
            var newValue = old == @new ? old.Quantity.High!.Value : ownUnits ? @new.Quantity.Value : Mid(inew, @new.Quantity);
            var down = q.Change == Claims.Change.Down;
            Interval actual;
            Interval expected;
            string formula;
            var accepted = new List<Interval>();
            if (multiple)
            {
                if (io.Low <= 0)
                {
                    yield break;
                }

                actual = new Interval(inew.Low / io.High, inew.High / io.Low);
                var k = q.Value;
                var ks = new List<double> { k };
                if (TimesMoreThan().IsMatch(TextAfter(relation)))
                {
                    // "three times more than" is read as 3× or 4× by different readers; accept both.
                    ks.Add(k + 1);
                }

                foreach (var kk in ks)
                {
                    var ratio = down && kk > 1 ? 1 / kk : kk;
                    accepted.Add(MultipleInterval(ratio, q.Hedge, down && kk > 1));
                }

                expected = accepted[0];
                formula = $"{N(newValue)} / {N(oldValue)} = {Figures.Number(newValue / oldValue, 2)}×";
                unit = "×";
            }
            else if (Figures.UnitKey(q.Unit) == "percentage point" || (old.Quantity.Dimension == Dimension.Percentage && q.Dimension == Dimension.Percentage && Figures.UnitKey(q.Unit) == "percentage point"))
            {
                actual = down ? new Interval(io.Low - inew.High, io.High - inew.Low) : new Interval(inew.Low - io.High, inew.High - io.Low);
                expected = Tolerance.Of(q);
                accepted.Add(expected);
                formula = $"{N(newValue)}% − {N(oldValue)}% = {N(newValue - oldValue)} points";
                unit = "points";
            }
            else
            {
                if (io.Low <= 0)
                {
                    yield break;
                }

                actual = down
                    ? new Interval(100 * (1 - (inew.High / io.Low)), 100 * (1 - (inew.Low / io.High)))
                    : new Interval(100 * ((inew.Low / io.High) - 1), 100 * ((inew.High / io.Low) - 1));
                expected = Tolerance.Of(q);
                accepted.Add(expected);
                var points = down ? new Interval(io.Low - inew.High, io.High - inew.Low) : new Interval(inew.Low - io.High, inew.High - io.Low);
                if (old.Quantity.Dimension == Dimension.Percentage && expected.Overlaps(points))
                {
                    // "rose 5% from 40% to 45%" may mean points or a relative rise; the points reading holds, so
                    // nothing is raised.
                    yield break;
                }

                formula = $"({N(newValue)} − {N(oldValue)}) / {N(oldValue)} = {Figures.Number(100 * (newValue - oldValue) / oldValue, 1)}%";
                unit = "%";
            }

            if (accepted.Any(a => a.Overlaps(actual)))
            {
                yield break;
            }

            yield return new Finding(
                FlagTypes.ArithmeticMismatch,
                Severity.Error,
                $"“{RelationText(relation)}” does not match {old.Quantity.Text} → {(old == @new ? Figures.Plain(old.Quantity.High!.Value) : @new.Quantity.Text)}: {formula}.",
                old == @new ? [relation, old] : [relation, old, @new],
                old == @new ? [V("stated", relation), V("from–to", old)] : [V("stated", relation), V("from", old), V("to", @new)],
                $"{formula}, within {R(actual, unit)} after rounding; “{RelationText(relation)}” allows {R(expected, unit)} ({MultipleRule(multiple)})",
                old.Measure ?? relation.Measure);
        }

        /// <summary>
        /// The words just before a figure, after the last colon or semicolon: "… than in 2014: 9,000 units"
        /// puts "than" on 2014, not on 9,000.
        /// </summary>
        private string Lead(Claim c)
        {
            var before = TextBefore(c);
            var cut = before.LastIndexOfAny([':', ';']);
            if (cut >= 0)
            {
                before = before[(cut + 1)..];
            }

            return before.Length > 30 ? before[^30..] : before;
        }

        private static double Mid(Interval interval, Quantity q) => q.Hedge == Hedge.Exact ? (interval.Low + interval.High) / 2 : (In(q, q, ignoreHedge: true) ?? interval).Mid;

        private static string MultipleRule(bool multiple) =>
            multiple ? "a written multiple is good to ±10 %, ±15 % when hedged" : Tolerance.Describe;

        private string RelationText(Claim relation)
        {
            var before = TextBefore(relation).TrimEnd();
            var hedge = relation.Quantity.Hedge switch
            {
                Hedge.Approximate => HedgeWord(before, ["nearly", "almost", "about", "roughly", "around", "some"]),
                Hedge.AtLeast => HedgeWord(before, ["more than", "over", "at least"]),
                Hedge.AtMost => HedgeWord(before, ["less than", "under", "up to", "at most"]),
                _ => null,
            };
            return hedge is null ? relation.Quantity.Text : $"{hedge} {relation.Quantity.Text}";
        }

        private static string? HedgeWord(string before, string[] words) => words.FirstOrDefault(w => before.EndsWith(w, StringComparison.Ordinal));

        private static Interval MultipleInterval(double ratio, Hedge hedge, bool inverted)
        {
            var fraction = hedge == Hedge.Exact ? MultipleFraction : HedgedMultipleFraction;
            return (hedge, inverted) switch
            {
                (Hedge.AtLeast, false) or (Hedge.AtMost, true) => new Interval(ratio * (1 - fraction), double.PositiveInfinity),
                (Hedge.AtMost, false) or (Hedge.AtLeast, true) => new Interval(0, ratio * (1 + fraction)),
                _ => new Interval(ratio * (1 - fraction), ratio * (1 + fraction)),
            };
        }

        /// <summary>The old and new figure of a change in this sentence, or null when they cannot be told.</summary>
        private (Claim Old, Claim New)? Pair(Claim relation, List<Claim> figures)
        {
            if (figures.Count == 1 && figures[0].Quantity.IsRange && figures[0].Quantity.Dimension == Dimension.Percentage)
            {
                return (figures[0], figures[0]);
            }

            var comparable = figures.Where(f => !f.Quantity.IsRange && f.Quantity.Hedge is Hedge.Exact or Hedge.Approximate).ToList();
            if (comparable.Count != 2 || !Comparable(comparable[0].Quantity, comparable[1].Quantity)
                || (comparable[0].Quantity.Dimension == Dimension.None && comparable[1].Quantity.Dimension == Dimension.None && relation.Quantity.Dimension == Dimension.Percentage && Figures.UnitKey(relation.Quantity.Unit) == "percentage point"))
            {
                return null;
            }

            var (a, b) = (comparable[0], comparable[1]);
            var markA = BaseMarker().IsMatch(Lead(a));
            var markB = BaseMarker().IsMatch(Lead(b));
            if (markA != markB)
            {
                return markA ? (a, b) : (b, a);
            }

            if (relation.Quantity.Change == Claims.Change.None && StartOf(a) < StartOf(relation) && StartOf(b) > StartOf(relation))
            {
                // "1,200 units is three times the 400 units": the figure after the multiple is the base.
                return (b, a);
            }

            if (a.Period?.From is { } fa && b.Period?.From is { } fb && fa != fb)
            {
                return fa < fb ? (a, b) : (b, a);
            }

            // Neither "from" nor periods say which is the base: "rose 25% to $500m, while profit reached $80m"
            // has two figures but one change. Guessing would invent a mismatch.
            return null;
        }

        /// <summary>
        /// "grew tenfold between July and August" with the July and August figures stated elsewhere in the
        /// article: the base is the claim for the first period, the result the claim for the second.
        /// </summary>
        private (Claim Old, Claim New)? AcrossArticle(Claim relation, List<Claim> figures)
        {
            if (BasePeriods(relation) is not { } periods)
            {
                return null;
            }

            var unitOf = figures.FirstOrDefault(f => f.Quantity.Dimension != Dimension.None)?.Quantity;
            var olds = all.Where(c => IsFigure(c) && SamePeriod(c.Period, periods.Base) && c.Quantity.Dimension != Dimension.None
                                      && SameMeasure(relation, c) && (unitOf is null || Comparable(c.Quantity, unitOf))).ToList();
            foreach (var old in olds)
            {
                var news = all.Where(c => IsFigure(c) && SamePeriod(c.Period, periods.Target) && Comparable(c.Quantity, old.Quantity)
                                          && SameQuantity.MeasureKey(c.Measure) == SameQuantity.MeasureKey(old.Measure)).ToList();
                if (news.Count == 1)
                {
                    return (old, news[0]);
                }
            }

            return null;
        }

        /// <summary>
        /// A base figure must be of the relation's measure when both are known: a 2019 cocoa figure is not the
        /// base of "olive oil prices have doubled since 2019". The relation's measure is often a phrase around
        /// the multiple ("heat pumps grew nearly tenfold"), so containment in either direction counts.
        /// </summary>
        private static bool SameMeasure(Claim relation, Claim candidate)
        {
            var r = SameQuantity.MeasureKey(relation.Measure);
            var c = SameQuantity.MeasureKey(candidate.Measure);
            return r.Length == 0 || c.Length == 0 || r.Contains(c, StringComparison.Ordinal) || c.Contains(r, StringComparison.Ordinal);
        }

        private static bool SamePeriod(Period? p, (DateOnly From, DateOnly To) range) =>
            p is { From: { } f, To: { } t } && f == range.From && t == range.To;

        /// <summary>The compared periods of "between July and August", "from 2020 to 2024", "since 2021".</summary>
        private static ((DateOnly From, DateOnly To) Base, (DateOnly From, DateOnly To) Target)? BasePeriods(Claim relation)
        {
            if (relation.Period is not { From: { } from, To: { } to, Text: var text })
            {
                return null;
            }

            var lead = text.TrimStart().ToLowerInvariant();
            if (!(lead.StartsWith("between", StringComparison.Ordinal) || lead.StartsWith("from", StringComparison.Ordinal)
                  || lead.StartsWith("since", StringComparison.Ordinal)))
            {
                return null;
            }

            var years = from is { Month: 1, Day: 1 } && (to is { Month: 12, Day: 31 } || lead.StartsWith("since", StringComparison.Ordinal));
            if (years)
            {
                return ((from, new DateOnly(from.Year, 12, 31)), (new DateOnly(to.Year, 1, 1), new DateOnly(to.Year, 12, 31)));
            }

            var firstEnd = from.AddMonths(1).AddDays(-1);
            var lastStart = new DateOnly(to.Year, to.Month, 1);
            return ((from, firstEnd), (lastStart, to));
        }

        /// <summary>
        /// A multiple with no figures to work on, or a percent change that names its base period
        /// ("between July and August", "since 2020") with no figure for it: the editor must ask for the base.
        /// A plain "rose 12% last year" is not raised: percent changes are routinely reported without their base.
        /// </summary>
        private Finding? Unverifiable(Claim relation, List<Claim> figures)
        {
            if (figures.Count == 1 && ToFigure().IsMatch(Slice(EndOf(figures[0]), sentence.Length)))
            {
                // "tripled from 40 in 2020 to 200 in 2024" where the extractor missed "200": the base is written,
                // so asking the reporter for it would be a false alarm.
                return null;
            }

            var periods = BasePeriods(relation);
            var named = periods is not null;
            if (!named && (!relation.Quantity.Dimension.Equals(Dimension.Multiplier) || figures.Count >= 2))
            {
                return null;
            }

            if (named && all.Any(c => IsFigure(c) && SamePeriod(c.Period, periods!.Value.Base) && c.Quantity.Dimension != Dimension.None
                                      && SameMeasure(relation, c)
                                      && (figures.Count == 0 || figures.Any(f => Comparable(f.Quantity, c.Quantity)))))
            {
                // The base is stated somewhere; which figure the change starts from is not clear enough to work out.
                return null;
            }

            var text = RelationText(relation);
            var ask = named
                ? $"the figure for {BaseLabel(relation, periods!.Value.Base)}"
                : "the figures it compares";
            var measure = relation.Measure is { Length: > 0 } m && !m.Contains(relation.Quantity.Text, StringComparison.OrdinalIgnoreCase) ? m : null;
            return new Finding(
                FlagTypes.Unverifiable,
                Severity.Info,
                $"“{text}”{(named ? $" ({relation.Period!.Text.Trim().TrimEnd('.')})" : "")} cannot be checked: the article does not give {ask}. Ask the reporter for it.",
                [relation],
                [V("stated", relation)],
                $"“{text}” needs a base figure{(named ? $" for {BaseLabel(relation, periods!.Value.Base)}" : "")}; none in the article{(measure is null ? "" : $" for {measure}")} ({MultipleRule(relation.Quantity.Dimension == Dimension.Multiplier)})",
                measure);
        }

        private static string BaseLabel(Claim relation, (DateOnly From, DateOnly To) range) =>
            range.From.Month == 1 && range.To.Month == 12 && range.From.Year == range.To.Year && relation.Period!.To!.Value.Year != range.From.Year
                ? range.From.Year.ToString(CultureInfo.InvariantCulture)
                : range.From.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
    }
}
