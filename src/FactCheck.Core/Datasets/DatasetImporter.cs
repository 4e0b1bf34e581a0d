using System.Security.Cryptography;
using System.Text.Json;
using FactCheck.Core.Accounts;
using FactCheck.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

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

    /// <param name="actor">Who imports: recorded in the audit trail with the new version.</param>
    public async Task<ImportResult> ImportAsync(Stream file, string fileName, DatasetMapping mapping, string actor, CancellationToken ct)
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
        var pending = new List<RecordRow>(Batch);
        foreach (var record in new RecordReader(mapping).Read(text, errors, stats))
        {
            if (stats.Errors > 0)
            {
                // Keep reading to report every broken row, but stop writing: this import will roll back.
                continue;
            }

            pending.Add(ToRow(version.Id, record));
            if (pending.Count == Batch)
            {
                await WriteAsync(pending, ct);
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

        await WriteAsync(pending, ct);
        await CopyToEndAsync(text, ct);
        await db.DatasetVersions.Where(v => v.Id == version.Id).ExecuteUpdateAsync(
            u => u.SetProperty(v => v.FileHash, sha.Hash is { } hash ? Convert.ToHexStringLower(hash) : "")
                .SetProperty(v => v.Rows, stats.Rows)
                .SetProperty(v => v.Records, stats.Records)
                .SetProperty(v => v.MissingValues, stats.MissingValues),
            ct);
        db.Record(now, actor, AuditActions.DatasetImport, $"dataset {mapping.Dataset} version {number}", null,
            new { dataset = mapping.Dataset, version = number, file = Path.GetFileName(fileName), rows = stats.Rows, records = stats.Records });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ImportResult(true, mapping.Dataset, number, version.Id, stats.Rows, stats.Records, stats.MissingValues, stats.Footnotes, 0, []);
    }

    /// <summary>Writes a batch of records inside the import's transaction and empties it.</summary>
    private async Task WriteAsync(List<RecordRow> rows, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), rows, ct);
        }
        else
        {
            db.Records.AddRange(rows);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        rows.Clear();
    }

    /// <summary>
    /// PostgreSQL's binary COPY: a million records in seconds where batched INSERTs took minutes (bench/README.md,
    /// scale). Runs on the connection of the open transaction, so a rolled-back import leaves nothing.
    /// </summary>
    private static async Task CopyAsync(NpgsqlConnection connection, List<RecordRow> rows, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY records (\"VersionId\", \"Line\", \"DimensionsJson\", \"DimensionText\", \"PeriodText\", \"PeriodFrom\", \"PeriodTo\", "
            + "\"Value\", \"Unit\", \"Dimension\", \"Normalized\", \"CanonicalUnit\", \"Footnote\") FROM STDIN (FORMAT BINARY)",
            ct);
        foreach (var r in rows)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(r.VersionId, NpgsqlDbType.Bigint, ct);
            await writer.WriteAsync(r.Line, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(r.DimensionsJson, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(r.DimensionText, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(r.PeriodText, NpgsqlDbType.Varchar, ct);
            await WriteOrNullAsync(writer, r.PeriodFrom, NpgsqlDbType.Date, ct);
            await WriteOrNullAsync(writer, r.PeriodTo, NpgsqlDbType.Date, ct);
            await writer.WriteAsync(r.Value, NpgsqlDbType.Double, ct);
            await writer.WriteAsync(r.Unit, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(r.Dimension, NpgsqlDbType.Varchar, ct);
            await WriteOrNullAsync(writer, r.Normalized, NpgsqlDbType.Double, ct);
            await WriteOrNullAsync(writer, r.CanonicalUnit, NpgsqlDbType.Varchar, ct);
            await WriteOrNullAsync(writer, r.Footnote, NpgsqlDbType.Varchar, ct);
        }

        await writer.CompleteAsync(ct);
    }

    private static Task WriteOrNullAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? writer.WriteNullAsync(ct) : writer.WriteAsync(value, type, ct);

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
