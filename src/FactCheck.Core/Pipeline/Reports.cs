using System.Globalization;
using FactCheck.Core.Articles;
using FactCheck.Core.Checks;
using FactCheck.Core.Claims;
using FactCheck.Core.Storage;
using FactCheck.Core.Units;

namespace FactCheck.Core.Pipeline;

// The JSON shapes shared by the API and `factcheck check --json`, so a script sees the same fields either way.

public sealed record ArticleReport(
    string? Title,
    string? Author,
    IReadOnlyList<string> Authors,
    string? Published,
    string? Url,
    string? SiteName,
    string? Language,
    string? Lead,
    string Text,
    IReadOnlyList<ArticleBlock> Blocks)
{
    public static ArticleReport From(Article a) => new(
        a.Title,
        a.Authors.Count == 0 ? null : string.Join(", ", a.Authors),
        a.Authors,
        a.Published?.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        a.CanonicalUrl ?? a.Url,
        a.SiteName,
        a.Language,
        a.Lead,
        a.Text,
        a.Blocks);
}

public sealed record QuantityReport(
    string Text,
    int Start,
    int End,
    object Value,
    string Unit,
    string Dimension,
    double? Normalized,
    double? NormalizedHigh,
    string? CanonicalUnit,
    string Hedge,
    string Change)
{
    public static QuantityReport From(Quantity q) => new(
        q.Text,
        q.Start,
        q.End,
        q.High is { } high ? new[] { q.Value, high } : q.Value,
        UnitName(q),
        StoredForms.DimensionName(q.Dimension),
        q.Normalized,
        q.NormalizedHigh,
        q.CanonicalUnit,
        HedgeSymbol(q.Hedge),
        ChangeName(q));

    /// <summary>
    /// The unit with its rate where the rate is itself a unit: "$15 an hour" is in dollars per hour, "350 dollars
    /// per kg" in dollars per kilogram. "$1.40 a share" stays in dollars: a share is what is priced, not a unit.
    /// </summary>
    public static string UnitName(Quantity q)
    {
        // A count keeps its noun: "300,000 homes a year" counts homes; the rate stays in Quantity.Per.
        if (q.Per is not { } per || q.Unit.Length == 0 || q.Dimension == Claims.Dimension.Count)
        {
            return q.Unit;
        }

        // Hotels and shift work price by the night: "$200 a night" is a rate though a night is no fixed span.
        if (q.Dimension == Claims.Dimension.Currency && per == "night")
        {
            return $"{q.Unit} per night";
        }

        var rate = UnitCatalog.Find(per, touching: false);
        if (rate is null || (rate.Dimension is Claims.Dimension.None or Claims.Dimension.Currency && !UnitCatalog.IsPricedBy(rate)))
        {
            return q.Unit;
        }

        // "$3 per mmBtu" prices a million British thermal units, not one.
        var scale = UnitCatalog.PackingOf(per)?.Scale switch
        {
            1e3 => "thousand ",
            1e6 => "million ",
            1e9 => "billion ",
            1e12 => "trillion ",
            _ => "",
        };
        return $"{q.Unit} per {scale}{rate.Name}";
    }

    /// <summary>The symbols of `factcheck quantities`: = exact, ~ approximate, &gt; at least, &lt; at most.</summary>
    public static string HedgeSymbol(Claims.Hedge hedge) => hedge switch
    {
        Claims.Hedge.Approximate => "~",
        Claims.Hedge.AtLeast => ">",
        Claims.Hedge.AtMost => "<",
        _ => "=",
    };

    /// <summary>
    /// The `change` field holds one symbol. A hedge says more about the figure than the verb before it ("rose nearly
    /// fivefold" is ~, "slid below $60,000" is &lt;), so it wins; where the figure is the verb itself ("more than
    /// doubled") the direction is the figure and stays.
    /// </summary>
    public static string ChangeName(Quantity q) => q.Change switch
    {
        _ when q.Hedge != Claims.Hedge.Exact && !Claims.Lexicon.MultiplierVerbs.ContainsKey(q.Text) => HedgeSymbol(q.Hedge),
        Claims.Change.Up => "up",
        Claims.Change.Down => "down",
        _ => HedgeSymbol(q.Hedge),
    };
}

public sealed record PeriodReport(string Text, DateOnly? From, DateOnly? To);

public sealed record ClaimReport(
    int Ordinal,
    string Text,
    int Start,
    int End,
    object Value,
    string Unit,
    string Dimension,
    double? Normalized,
    string? CanonicalUnit,
    string Hedge,
    string Change,
    QuantityReport? Conversion,
    string Sentence,
    string? Measure,
    IReadOnlyList<string> Actors,
    PeriodReport? Period,
    string? Place,
    string? Attribution,
    string? Origin = null,
    string? Destination = null)
{
    public static ClaimReport From(Claim c)
    {
        var q = QuantityReport.From(c.Quantity);
        return new(
            c.Ordinal,
            q.Text,
            q.Start,
            q.End,
            q.Value,
            q.Unit,
            q.Dimension,
            q.Normalized,
            q.CanonicalUnit,
            q.Hedge,
            q.Change,
            c.Conversion is null ? null : QuantityReport.From(c.Conversion),
            c.Sentence,
            c.Measure,
            c.Actors,
            c.Period is null ? null : new PeriodReport(c.Period.Text, c.Period.From, c.Period.To),
            c.Place,
            c.Attribution,
            c.Origin,
            c.Destination);
    }

    /// <summary>One line for an editor: the figure, its normal form, hedge, measure, direction, actors and period.</summary>
    public string Describe()
    {
        var parts = new List<string> { Text };
        if (Conversion is { } conv)
        {
            parts[0] += $" ({conv.Text})";
        }

        if (Normalized is { } n && CanonicalUnit is not null)
        {
            // "0.28mm" is 0.00000028 km: small values keep their significant digits rather than round to 0.
            var shown = n != 0 && Math.Abs(n) < 0.001 ? n.ToString("G4", CultureInfo.InvariantCulture) : n.ToString("#,0.###", CultureInfo.InvariantCulture);
            parts.Add($"= {shown} {CanonicalUnit}");
        }

        if (Hedge != "=")
        {
            parts.Add($"hedge {Hedge}");
        }

        if (Measure is not null)
        {
            parts.Add($"of {Measure}");
        }

        // An arrow only where the sentence states a direction; otherwise the actors are only named.
        if (Origin is not null || Destination is not null)
        {
            parts.Add($"{Origin ?? "?"} → {Destination ?? "?"}");
        }

        var others = Actors.Where(a => a != Origin && a != Destination).ToList();
        if (others.Count > 0)
        {
            parts.Add(string.Join(", ", others));
        }

        if (Period is not null)
        {
            parts.Add(Period.From is { } from ? $"{Period.Text} ({from:yyyy-MM-dd}..{Period.To:yyyy-MM-dd})" : Period.Text);
        }

        if (Place is not null && Place != Origin && Place != Destination && !Actors.Contains(Place))
        {
            parts.Add($"in {Place}");
        }

        if (Attribution is not null)
        {
            parts.Add(Attribution);
        }

        return string.Join(" · ", parts);
    }
}

public sealed record FlagReport(
    string Type,
    string Severity,
    string Message,
    IReadOnlyList<ClaimReport> Claims,
    IReadOnlyList<FlagValue> Values,
    string Computation,
    string Fingerprint)
{
    public static FlagReport From(Flag f, IReadOnlyList<Claim> claims) => new(
        f.Type,
        StoredForms.SeverityName(f.Severity),
        f.Message,
        f.ClaimOrdinals.Select(o => claims.FirstOrDefault(c => c.Ordinal == o)).OfType<Claim>().Select(ClaimReport.From).ToList(),
        f.Values,
        f.Computation,
        f.Fingerprint);
}

/// <summary>A claim's link to a dataset record, or why it has none.</summary>
public sealed record LinkReport(int ClaimOrdinal, string? Dataset, int? Version, string? Record, double? Normalized, string? CanonicalUnit, double Confidence, string Explanation)
{
    public static LinkReport From(Linking.ClaimLink l) => new(
        l.ClaimOrdinal,
        l.Record?.Dataset,
        l.Record?.Version,
        l.Record?.Statement,
        l.Record?.Normalized,
        l.Record?.CanonicalUnit,
        l.Confidence,
        l.Explanation);
}

public sealed record AnalysisReport(ArticleReport Article, IReadOnlyList<ClaimReport> Claims, IReadOnlyList<FlagReport> Flags, IReadOnlyList<LinkReport>? Links = null)
{
    public static AnalysisReport From(ArticleAnalysis analysis, IReadOnlyList<Linking.ClaimLink>? links = null) => new(
        ArticleReport.From(analysis.Article),
        analysis.Claims.Select(ClaimReport.From).ToList(),
        analysis.Flags.Select(f => FlagReport.From(f, analysis.Claims)).ToList(),
        links?.Select(LinkReport.From).ToList());
}
