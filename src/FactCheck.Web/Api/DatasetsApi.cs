using System.Security.Claims;
using System.Text.Json;
using FactCheck.Core.Datasets;
using FactCheck.Core.Storage;
using FactCheck.Web.Accounts;
using FactCheck.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Web.Api;

public sealed record DatasetVersionState(long Id, int Version, DateOnly? ReleaseDate, DateTime ImportedAt, string FileName, int Records, int MissingValues, string? RelinkSummary);

public sealed record DatasetState(long Id, string Name, string? Publisher, string? SourceUrl, string? Licence, bool AsReported, IReadOnlyList<DatasetVersionState> Versions)
{
    public static DatasetState From(DatasetRow d) => new(
        d.Id,
        d.Name,
        d.Publisher,
        d.SourceUrl,
        d.Licence,
        d.AsReported,
        d.Versions.OrderByDescending(v => v.Version)
            .Select(v => new DatasetVersionState(v.Id, v.Version, v.ReleaseDate, DateTime.SpecifyKind(v.ImportedAt, DateTimeKind.Utc), v.FileName, v.Records, v.MissingValues, v.RelinkSummary))
            .ToList());
}

public sealed record RecordState(long Id, int Line, IReadOnlyDictionary<string, string> Dimensions, string Period, double Value, string Unit, string Dimension, double? Normalized, string? CanonicalUnit, string? Footnote)
{
    public static RecordState From(RecordRow r) => new(
        r.Id,
        r.Line,
        JsonSerializer.Deserialize<Dictionary<string, string>>(r.DimensionsJson, StoredForms.Json) ?? [],
        r.PeriodText,
        r.Value,
        r.Unit,
        r.Dimension,
        r.Normalized,
        r.CanonicalUnit,
        r.Footnote);
}

public sealed record RecordSearchResult(int Total, IReadOnlyList<Core.Linking.LinkedRecord> Records);

public static class DatasetsApi
{
    /// <summary>Uploads go up to this size; larger tables are imported with `factcheck datasets import`.</summary>
    public const long MaxUploadBytes = 512L * 1024 * 1024;

    public static RouteGroupBuilder MapDatasetsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/datasets").WithTags("Datasets");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:long}/records", RecordsAsync);
        app.MapGet("/api/records/search", SearchRecords).WithTags("Datasets").RequireRateLimiting(RateLimits.Searches);
        // A script's multipart upload with its API key (writes to /api never take the cookie), not a browser form:
        // the page has its own antiforgery-checked form.
        group.MapPost("/", ImportAsync).RequireAuthorization(Policies.Admin).DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = MaxUploadBytes });
        return group;
    }

    public static async Task<Ok<List<DatasetState>>> ListAsync(FactCheckDb db, CancellationToken ct)
    {
        var rows = await db.Datasets.AsNoTracking().Include(d => d.Versions).OrderBy(d => d.Name).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(DatasetState.From).ToList());
    }

    /// <summary>Records of a dataset's latest version (or the given one), optionally filtered by text in their dimensions.</summary>
    public static async Task<Results<Ok<List<RecordState>>, NotFound>> RecordsAsync(
        long id, FactCheckDb db, int? version, string? q, int? limit, CancellationToken ct)
    {
        var versions = db.DatasetVersions.Where(v => v.DatasetId == id);
        var chosen = await (version is { } n ? versions.Where(v => v.Version == n) : versions.OrderByDescending(v => v.Version))
            .Select(v => (long?)v.Id).FirstOrDefaultAsync(ct);
        if (chosen is null)
        {
            return TypedResults.NotFound();
        }

        var records = db.Records.AsNoTracking().Where(r => r.VersionId == chosen);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            records = records.Where(r => r.DimensionText.Contains(text) || r.PeriodText == text);
        }

        var rows = await records.OrderBy(r => r.Line).ThenBy(r => r.Id).Take(Math.Clamp(limit ?? 100, 1, 1000)).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(RecordState.From).ToList());
    }

    /// <summary>Records of the latest dataset versions: Lucene syntax over what they are about, plus filters.</summary>
    public static Results<Ok<RecordSearchResult>, ProblemHttpResult> SearchRecords(
        Core.Linking.RecordIndex index, string? q, string? unit, double? min, double? max, string? from, string? to, long? dataset, int? limit)
    {
        if (!ClaimsApi.TryDate(from, out var fromDate) || !ClaimsApi.TryDate(to, out var toDate))
        {
            return TypedResults.Problem("from and to must be dates in the form yyyy-MM-dd.", statusCode: 400, title: "Invalid search");
        }

        try
        {
            var (total, records) = index.Search(new Core.Linking.RecordQuery
            {
                Text = q, Dimension = unit, Min = min, Max = max, From = fromDate, To = toDate, DatasetId = dataset, Limit = limit ?? 50,
            });
            return TypedResults.Ok(new RecordSearchResult(total, records));
        }
        catch (Core.Indexing.InvalidSearchException e)
        {
            return TypedResults.Problem(e.Message, statusCode: 400, title: "Invalid search");
        }
    }

    public static async Task<Results<Created<ImportResult>, ProblemHttpResult>> ImportAsync(
        IFormFile file, [FromForm] string mapping, DatasetImporter importer, ClaimsPrincipal user, CancellationToken ct)
    {
        try
        {
            var map = DatasetMapping.Parse(mapping);
            await using var stream = file.OpenReadStream();
            var result = await importer.ImportAsync(stream, file.FileName, map, user.Actor(), ct);
            return result.Imported
                ? TypedResults.Created($"/api/datasets", result)
                : TypedResults.Problem(
                    $"Nothing imported: {result.ErrorCount} rows cannot be read.",
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Invalid table",
                    extensions: new Dictionary<string, object?> { ["errors"] = result.Errors });
        }
        catch (DatasetException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid table");
        }
    }
}
