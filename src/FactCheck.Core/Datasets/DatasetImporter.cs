using System.Security.Cryptography;
using System.Text.Json;
using FactCheck.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Core.Datasets;

/// <summary>The outcome of an import: the new version, or every broken row and nothing stored.</summary>
public sealed record ImportResult(
    bool Imported,
    string Dataset,
    int? Version,
    long? VersionId,
    int Rows,
    int Records,
    int MissingValues,
    int Footnotes,
    int ErrorCount,
    IReadOnlyList<RowError> Errors);

/// <summary>
/// Imports a table as a new version of its dataset, all or nothing: records stream into one transaction in
/// batches, and any broken row rolls the whole import back with every error reported by line.
/// </summary>
public sealed class DatasetImporter(FactCheckDb db, TimeProvider clock)
{
    private const int Batch = 5_000;

    public async Task<ImportResult> ImportAsync(Stream file, string fileName, DatasetMapping mapping, CancellationToken ct)
    {
        mapping = mapping.Validated();
        using var sha = SHA256.Create();
        await using var hashing = new CryptoStream(file, sha, CryptoStreamMode.Read, leaveOpen: true);
        using var text = DelimitedReader.OpenText(hashing, mapping.Encoding, out _);

        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var dataset = await db.Datasets.SingleOrDefaultAsync(d => d.Name == mapping.Dataset, ct);
        if (dataset is null)
        {
            dataset = new DatasetRow { Name = mapping.Dataset, CreatedAt = now };
            db.Datasets.Add(dataset);
        }

        dataset.Publisher = mapping.Publisher ?? dataset.Publisher;
        dataset.SourceUrl = mapping.SourceUrl ?? dataset.SourceUrl;
        dataset.Licence = mapping.Licence ?? dataset.Licence;
        dataset.AsReported = mapping.AsReported;
        await db.SaveChangesAsync(ct);

        var number = (await db.DatasetVersions.Where(v => v.DatasetId == dataset.Id).MaxAsync(v => (int?)v.Version, ct) ?? 0) + 1;
        var version = new DatasetVersionRow
        {
            DatasetId = dataset.Id,
            Version = number,
            ReleaseDate = mapping.ReleaseDate,
            ImportedAt = now,
            FileName = Path.GetFileName(fileName),
            FileHash = "",
            MappingJson = JsonSerializer.Serialize(mapping, DatasetMapping.Json),
        };
        db.DatasetVersions.Add(version);
        await db.SaveChangesAsync(ct);

        var errors = new List<RowError>();
        var stats = new ReadStats();
        var pending = 0;
        foreach (var record in new RecordReader(mapping).Read(text, errors, stats))
        {
            if (stats.Errors > 0)
            {
                // Keep reading to report every broken row, but stop writing: this import will roll back.
                continue;
            }

            db.Records.Add(ToRow(version.Id, record));
            if (++pending == Batch)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                pending = 0;
            }
        }

        if (stats.Errors > 0 || stats.Records == 0)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            if (stats.Errors == 0)
            {
                errors.Add(new RowError(0, "the file holds no values"));
            }

            return new ImportResult(false, mapping.Dataset, null, null, stats.Rows, 0, stats.MissingValues, stats.Footnotes, Math.Max(stats.Errors, errors.Count), errors);
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await CopyToEndAsync(text, ct);
        await db.DatasetVersions.Where(v => v.Id == version.Id).ExecuteUpdateAsync(
            u => u.SetProperty(v => v.FileHash, sha.Hash is { } hash ? Convert.ToHexStringLower(hash) : "")
                .SetProperty(v => v.Rows, stats.Rows)
                .SetProperty(v => v.Records, stats.Records)
                .SetProperty(v => v.MissingValues, stats.MissingValues),
            ct);
        await tx.CommitAsync(ct);
        return new ImportResult(true, mapping.Dataset, number, version.Id, stats.Rows, stats.Records, stats.MissingValues, stats.Footnotes, 0, []);
    }

    private static async Task CopyToEndAsync(TextReader text, CancellationToken ct)
    {
        // The hash covers the whole file, including anything after the last record.
        var buffer = new char[8192];
        while (await text.ReadAsync(buffer, ct) > 0)
        {
        }
    }

    internal static RecordRow ToRow(long versionId, DatasetRecord r) => new()
    {
        VersionId = versionId,
        Line = r.Line,
        DimensionsJson = JsonSerializer.Serialize(r.Dimensions.ToDictionary(d => d.Key, d => d.Value), StoredForms.Json),
        DimensionText = string.Join("; ", r.Dimensions.Select(d => $"{d.Key}: {d.Value}")),
        PeriodText = r.Period.Text,
        PeriodFrom = r.Period.From,
        PeriodTo = r.Period.To,
        Value = r.Value,
        Unit = r.Unit.Text,
        Dimension = StoredForms.DimensionName(r.Unit.Dimension),
        Normalized = r.Normalized,
        CanonicalUnit = r.Unit.CanonicalUnit,
        Footnote = r.Footnote,
    };
}
