using FactCheck.Core.Jobs;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Storage;
using FactCheck.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Web.Api;

public static class SubmissionsApi
{
    public static RouteGroupBuilder MapSubmissionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/submissions").WithTags("Submissions");
        group.MapPost("/", CreateAsync).RequireRateLimiting(RateLimits.Submissions);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:long}", GetAsync).WithName("GetSubmission");
        group.MapGet("/{id:long}/article", GetArticleAsync);
        group.MapGet("/{id:long}/claims", GetClaimsAsync);
        group.MapGet("/{id:long}/flags", GetFlagsAsync);
        group.MapGet("/{id:long}/links", GetLinksAsync);
        return group;
    }

    public static async Task<Results<AcceptedAtRoute<SubmissionCreated>, ProblemHttpResult>> CreateAsync(
        SubmissionRequest request, SubmissionService submissions, CancellationToken ct)
    {
        try
        {
            var s = await submissions.SubmitAsync(request, ct);
            return TypedResults.AcceptedAtRoute(new SubmissionCreated(s.Id, "queued"), "GetSubmission", new { id = s.Id });
        }
        catch (InvalidSubmissionException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid submission");
        }
    }

    public static async Task<Ok<List<SubmissionState>>> ListAsync(FactCheckDb db, int? limit, CancellationToken ct)
    {
        var rows = await db.Submissions.AsNoTracking().Include(s => s.Article)
            .OrderByDescending(s => s.Id).Take(Math.Clamp(limit ?? 50, 1, 500)).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(SubmissionState.From).ToList());
    }

    public static async Task<Results<Ok<SubmissionState>, NotFound>> GetAsync(long id, FactCheckDb db, CancellationToken ct)
    {
        var s = await db.Submissions.AsNoTracking().Include(x => x.Article).SingleOrDefaultAsync(x => x.Id == id, ct);
        return s is null ? TypedResults.NotFound() : TypedResults.Ok(SubmissionState.From(s));
    }

    public static async Task<Results<Ok<ArticleReport>, NotFound>> GetArticleAsync(long id, FactCheckDb db, CancellationToken ct)
    {
        var row = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.SubmissionId == id, ct);
        return row is null ? TypedResults.NotFound() : TypedResults.Ok(ArticleReport.From(StoredForms.ToArticle(row)));
    }

    public static async Task<Results<Ok<List<ClaimReport>>, NotFound>> GetClaimsAsync(long id, FactCheckDb db, CancellationToken ct)
    {
        if (!await db.Submissions.AnyAsync(s => s.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await LoadClaimsAsync(db, id, ct));
    }

    public static async Task<Results<Ok<List<FlagState>>, NotFound>> GetFlagsAsync(long id, FactCheckDb db, CancellationToken ct)
    {
        if (!await db.Submissions.AnyAsync(s => s.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var claims = (await LoadClaimsAsync(db, id, ct)).ToDictionary(c => c.Ordinal);
        var title = await db.Articles.Where(a => a.SubmissionId == id).Select(a => a.Title).FirstOrDefaultAsync(ct);
        var flags = await db.Flags.AsNoTracking().Include(f => f.Reviews)
            .Where(f => f.SubmissionId == id && f.IsCurrent).OrderBy(f => f.Id).ToListAsync(ct);
        return TypedResults.Ok(flags.Select(f => FlagState.From(f, claims, title)).ToList());
    }

    /// <summary>Each claim's link to a dataset record, or the reason there is none.</summary>
    public static async Task<Results<Ok<List<LinkState>>, NotFound>> GetLinksAsync(long id, FactCheckDb db, CancellationToken ct)
    {
        if (!await db.Submissions.AnyAsync(s => s.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var links = await db.Links.AsNoTracking().Where(l => l.SubmissionId == id).OrderBy(l => l.ClaimOrdinal).ToListAsync(ct);
        return TypedResults.Ok(links.Select(LinkState.From).ToList());
    }

    internal static async Task<List<ClaimReport>> LoadClaimsAsync(FactCheckDb db, long submissionId, CancellationToken ct)
    {
        var rows = await db.Claims.AsNoTracking().Where(c => c.SubmissionId == submissionId).OrderBy(c => c.Ordinal).ToListAsync(ct);
        return rows.Select(r => ClaimReport.From(StoredForms.ToClaim(r))).ToList();
    }
}
