using System.Security.Claims;
using FactCheck.Core.Checks;
using FactCheck.Core.Storage;
using FactCheck.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Web.Api;

public static class FlagsApi
{
    public static RouteGroupBuilder MapFlagsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/flags").WithTags("Flags");
        group.MapGet("/", ListAsync);
        group.MapPost("/{id:long}/review", ReviewAsync);
        return group;
    }

    /// <summary>The review queue: flags across articles, open ones by default.</summary>
    public static async Task<Ok<List<FlagState>>> ListAsync(
        FactCheckDb db, string? type, string? severity, string? status, int? limit, CancellationToken ct)
    {
        var flags = await FlagQueue.QueryAsync(db, type, severity, status, limit ?? 200, ct);
        return TypedResults.Ok(flags);
    }

    public static async Task<Results<Ok<ReviewState>, NotFound, ProblemHttpResult>> ReviewAsync(
        long id, ReviewRequest request, FlagReviews reviews, ClaimsPrincipal user, CancellationToken ct)
    {
        ReviewDecision decision;
        switch (request.Decision?.Trim().ToLowerInvariant())
        {
            case "confirm":
                decision = ReviewDecision.Confirm;
                break;
            case "dismiss":
                decision = ReviewDecision.Dismiss;
                break;
            default:
                return TypedResults.Problem("decision must be \"confirm\" or \"dismiss\".", statusCode: StatusCodes.Status400BadRequest, title: "Invalid review");
        }

        try
        {
            var review = await reviews.ReviewAsync(id, decision, request.Note, user.Actor(), ct);
            return review is null ? TypedResults.NotFound() : TypedResults.Ok(ReviewState.From(review));
        }
        catch (ArgumentException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid review");
        }
    }
}

/// <summary>The review queue query, shared by the API and the Flags page.</summary>
public static class FlagQueue
{
    public static async Task<List<FlagState>> QueryAsync(
        FactCheckDb db, string? type, string? severity, string? status, int limit, CancellationToken ct)
    {
        var query = db.Flags.AsNoTracking().Include(f => f.Reviews).Where(f => f.IsCurrent);
        var wanted = string.IsNullOrWhiteSpace(status) ? "open" : status.Trim().ToLowerInvariant();
        if (wanted != "all" && Enum.TryParse<FlagStatus>(wanted, ignoreCase: true, out var st))
        {
            query = query.Where(f => f.Status == st);
        }

        if (!string.IsNullOrWhiteSpace(type))
        {
            var wantedType = type.Trim();
            query = query.Where(f => f.Type == wantedType);
        }

        if (!string.IsNullOrWhiteSpace(severity))
        {
            var wantedSeverity = severity.Trim().ToLowerInvariant();
            query = query.Where(f => f.Severity == wantedSeverity);
        }

        var flags = await query.OrderByDescending(f => f.Id).Take(Math.Clamp(limit, 1, 1000)).ToListAsync(ct);
        var ids = flags.Select(f => f.SubmissionId).Distinct().ToList();
        var titles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.SubmissionId))
            .ToDictionaryAsync(a => a.SubmissionId, a => a.Title, ct);
        var claimRows = await db.Claims.AsNoTracking().Where(c => ids.Contains(c.SubmissionId)).ToListAsync(ct);
        var claims = claimRows.GroupBy(c => c.SubmissionId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<int, Core.Pipeline.ClaimReport>)g.ToDictionary(c => c.Ordinal, c => Core.Pipeline.ClaimReport.From(StoredForms.ToClaim(c))));
        return flags.Select(f => FlagState.From(
            f,
            claims.GetValueOrDefault(f.SubmissionId) ?? new Dictionary<int, Core.Pipeline.ClaimReport>(),
            titles.GetValueOrDefault(f.SubmissionId))).ToList();
    }
}
