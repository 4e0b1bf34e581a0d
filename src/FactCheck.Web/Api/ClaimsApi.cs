using System.Globalization;
using FactCheck.Core.Indexing;
using FactCheck.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Web.Api;

public static class ClaimsApi
{
    public static RouteGroupBuilder MapClaimsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/claims").WithTags("Claims");
        group.MapGet("/search", Search).RequireRateLimiting(RateLimits.Searches);
        return group;
    }

    /// <param name="q">Lucene query syntax over sentence, measure, actors and title.</param>
    /// <param name="unit">Unit dimension: length, mass, volume, area, speed, energy, power, duration, temperature, information, currency, percentage, count, multiplier.</param>
    /// <param name="min">Lowest normalised value (canonical unit of the dimension: km, kg, USD …).</param>
    /// <param name="max">Highest normalised value.</param>
    /// <param name="from">Period overlaps from this date (yyyy-MM-dd).</param>
    /// <param name="to">Period overlaps up to this date (yyyy-MM-dd).</param>
    /// <param name="article">Only claims of this submission.</param>
    /// <param name="actor">Only claims naming this actor (e.g. Russia).</param>
    /// <param name="flagged">true: only claims an open or confirmed flag involves; false: only the others.</param>
    /// <param name="sort">relevance (default) or date (newest period first).</param>
    public static Results<Ok<ClaimSearchResult>, ProblemHttpResult> Search(
        ClaimIndex index, string? q, string? unit, double? min, double? max, string? from, string? to, long? article,
        string? actor, bool? flagged, string? sort, int? limit)
    {
        if (!TryDate(from, out var fromDate) || !TryDate(to, out var toDate))
        {
            return TypedResults.Problem("from and to must be dates in the form yyyy-MM-dd.", statusCode: 400, title: "Invalid search");
        }

        try
        {
            return TypedResults.Ok(index.Search(new ClaimQuery
            {
                Text = q,
                Dimension = unit,
                Min = min,
                Max = max,
                From = fromDate,
                To = toDate,
                SubmissionId = article,
                Actor = actor,
                HasFlag = flagged,
                Sort = sort,
                Limit = limit ?? 50,
            }));
        }
        catch (InvalidSearchException e)
        {
            return TypedResults.Problem(e.Message, statusCode: 400, title: "Invalid search");
        }
    }

    internal static bool TryDate(string? value, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }

        return false;
    }
}
