using FactCheck.Core.Indexing;
using FactCheck.Core.Jobs;
using FactCheck.Core.Storage;
using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FactCheck.Web.Api;

public sealed record Readiness(string Status, IReadOnlyDictionary<string, string> Checks);

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "alive" })).WithTags("Health").AllowAnonymous();
        app.MapGet("/readyz", ReadyAsync).WithTags("Health").AllowAnonymous();
        return app;
    }

    /// <summary>Open to anyone (load balancers, orchestrators): it names no article or user. Ready when the database answers with its schema up to date, the index is open and some job server is alive.</summary>
    public static async Task<Results<Ok<Readiness>, JsonHttpResult<Readiness>>> ReadyAsync(
        FactCheckDb db, IServiceProvider services, JobStorage jobs, IOptions<JobsOptions> jobOptions, CancellationToken ct)
    {
        var checks = new Dictionary<string, string>();
        var ok = true;
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            checks["database"] = pending.Count == 0 ? "ok" : $"schema out of date: run `factcheck db migrate` ({pending.Count} pending)";
            ok &= pending.Count == 0;
        }
        catch (Exception e)
        {
            checks["database"] = $"unreachable: {e.Message}";
            ok = false;
        }

        try
        {
            checks["index"] = $"ok ({services.GetRequiredService<ClaimIndex>().Count} claims)";
        }
        catch (Exception e)
        {
            checks["index"] = $"unavailable: {e.Message}";
            ok = false;
        }

        try
        {
            var servers = jobs.GetMonitoringApi().Servers().Count;
            checks["jobs"] = servers > 0 ? $"ok ({servers} servers)" : "no job server is running: start `factcheck worker` or enable FactCheck:Jobs:Server";
            ok &= servers > 0;
        }
        catch (Exception e)
        {
            checks["jobs"] = $"unavailable: {e.Message}";
            ok = false;
        }

        var readiness = new Readiness(ok ? "ready" : "not ready", checks);
        return ok ? TypedResults.Ok(readiness) : TypedResults.Json(readiness, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
