using System.Security.Claims;
using FactCheck.Core.Jobs;
using FactCheck.Core.Linking;
using FactCheck.Core.Storage;
using FactCheck.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Web.Api;

/// <summary>A decision on a link; the reviewer is whoever is signed in (or owns the API key).</summary>
public sealed record LinkReviewRequest(string? Decision, long? RecordId, string? Note);

/// <summary>A record an editor may choose for a claim, with how well the linker thinks it fits.</summary>
public sealed record LinkCandidate(long RecordId, string Dataset, int Version, string Says, double Confidence, bool Current);

/// <summary>An editor's word on a claim's link to a dataset record: confirm it, remove it, or replace it with another record.</summary>
public static class LinksApi
{
    public static RouteGroupBuilder MapLinksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/links").WithTags("Links");
        group.MapPost("/{id:long}/review", ReviewAsync);
        group.MapGet("/{id:long}/candidates", CandidatesAsync);
        group.MapGet("/evaluation", EvaluateAsync).RequireAuthorization(Policies.Admin);
        return group;
    }

    /// <summary>
    /// confirm (kept through re-links), remove (the claim stays unlinked) or replace with <c>recordId</c> (kept, and the
    /// dataset-mismatch check uses it); the submission is checked again at once.
    /// </summary>
    public static async Task<Results<Ok<LinkState>, NotFound, ProblemHttpResult>> ReviewAsync(
        long id, LinkReviewRequest request, LinkReviews reviews, SubmissionChecks checks, FactCheckDb db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (ParseDecision(request.Decision) is not { } decision)
        {
            return TypedResults.Problem("decision must be \"confirm\", \"remove\" or \"replace\".", statusCode: StatusCodes.Status400BadRequest, title: "Invalid link review");
        }

        if (decision == LinkDecision.Replace && request.RecordId is null)
        {
            return TypedResults.Problem("replace needs the recordId of the chosen record.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid link review");
        }

        try
        {
            var link = await DecideAsync(reviews, checks, db, id, decision, request.RecordId, request.Note, user.Actor(), ct);
            return link is null ? TypedResults.NotFound() : TypedResults.Ok(LinkState.From(link));
        }
        catch (UnknownRecordException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid link review");
        }
    }

    /// <summary>Editors' link decisions as labelled data: the linker's precision when they reviewed, and today's linker against them.</summary>
    public static async Task<Ok<LinkEvaluation>> EvaluateAsync(FactCheckDb db, ClaimLinker linker, CancellationToken ct) =>
        TypedResults.Ok(await LinkEvaluator.EvaluateAsync(db, linker, ct));

    /// <summary>Records of the same unit dimension and period as the link's claim, best fitting first.</summary>
    public static async Task<Results<Ok<List<LinkCandidate>>, NotFound>> CandidatesAsync(long id, FactCheckDb db, ClaimLinker linker, int? limit, CancellationToken ct)
    {
        var link = await db.Links.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct);
        return link is null ? TypedResults.NotFound() : TypedResults.Ok(await CandidatesForAsync(db, linker, link, limit ?? 10, ct));
    }

    internal static async Task<List<LinkCandidate>> CandidatesForAsync(FactCheckDb db, ClaimLinker linker, LinkRow link, int limit, CancellationToken ct)
    {
        var claim = await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.SubmissionId == link.SubmissionId && c.Ordinal == link.ClaimOrdinal, ct);
        return claim is null
            ? []
            : linker.Candidates(StoredForms.ToClaim(claim), Math.Clamp(limit, 1, 50))
                .Select(c => new LinkCandidate(c.Record.RecordId, c.Record.Dataset, c.Record.Version, LinkReviews.Says(c.Record), c.Confidence, c.Record.RecordId == link.RecordId))
                .ToList();
    }

    internal static LinkDecision? ParseDecision(string? decision) => decision?.Trim().ToLowerInvariant() switch
    {
        "confirm" => LinkDecision.Confirm,
        "remove" => LinkDecision.Remove,
        "replace" => LinkDecision.Replace,
        _ => null,
    };

    /// <summary>Stores the decision and checks the submission again, so its flags and the link's verdict follow the decided record.</summary>
    internal static async Task<LinkRow?> DecideAsync(
        LinkReviews reviews, SubmissionChecks checks, FactCheckDb db, long linkId, LinkDecision decision, long? recordId, string? note, string reviewer, CancellationToken ct)
    {
        var link = await reviews.ReviewAsync(linkId, decision, recordId, note, reviewer, ct);
        if (link is null)
        {
            return null;
        }

        await checks.RecheckAsync(link.SubmissionId, ct);
        return await db.Links.AsNoTracking().SingleAsync(l => l.Id == linkId, ct);
    }
}
