using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Datasets;

/// <summary>One value of a table, read and checked: what it is about, when, how much, in what unit.</summary>
public sealed record DatasetRecord(
    int Line,
    IReadOnlyList<KeyValuePair<string, string>> Dimensions,
    Period Period,
    double Value,
    UnitSpec Unit,
    string? Footnote)
{
    public double? Normalized => Unit.Normalize(Value);
}

/// <summary>A row that cannot be imported, with the line an editor can open the file at.</summary>
public sealed record RowError(int Line, string Reason);

/// <summary>Counts of a read, for the import report.</summary>
public sealed class ReadStats
{
    public int Rows { get; set; }
    public int Records { get; set; }
    public int MissingValues { get; set; }
    public int Footnotes { get; set; }
    public int Errors { get; set; }
}

/// <summary>
/// Turns the rows of a delimited file into records by a mapping: long tables row by row, wide tables melted
/// (one record per period column). Pure over a <see cref="TextReader"/>; errors are collected, not thrown,
/// so the editor sees every broken row at once.
/// </summary>
public sealed class RecordReader(DatasetMapping mapping)
{
    /// <summary>Errors kept for the report; the count goes on beyond it.</summary>
    public const int MaxErrors = 200;

    public IEnumerable<DatasetRecord> Read(TextReader text, List<RowError> errors, ReadStats stats)
    {
        var (sample, reader) = PrefixedReader.Sniff(text, 16 * 1024);
        var delimiter = mapping.Delimiter ?? DelimitedReader.DetectDelimiter(sample);
        using var rows = DelimitedReader.Read(reader, delimiter).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new DatasetException("The file is empty: no header row.");
        }

        var header = rows.Current.Fields.Select(f => f.Trim().TrimStart('\uFEFF')).ToList();
        var columns = new Columns(mapping, header);
        // Keys are kept as 128-bit digests: a million records' keys fit in a few tens of MB.
        var seen = new Dictionary<UInt128, int>();
        var fixedUnit = mapping.Unit is null ? null : UnitSpec.Parse(mapping.Unit);

        while (true)
        {
            DelimitedRow row;
            try
            {
                if (!rows.MoveNext())
                {
                    break;
                }

                row = rows.Current;
            }
            catch (DatasetException e)
            {
                Add(errors, stats, new RowError(0, e.Message));
                break;
            }

            stats.Rows++;
            foreach (var record in ReadRow(row, header, columns, fixedUnit, errors, stats))
            {
                var key = Key(record);
                if (seen.TryGetValue(key, out var first))
                {
                    Add(errors, stats, new RowError(row.Line, $"repeats line {first}: {Describe(record)}"));
                    continue;
                }

                seen[key] = row.Line;
                stats.Records++;
                yield return record;
            }
        }
    }

    private IEnumerable<DatasetRecord> ReadRow(
        DelimitedRow row, List<string> header, Columns columns, UnitSpec? fixedUnit, List<RowError> errors, ReadStats stats)
    {
        if (row.Fields.Count != header.Count)
        {
            Add(errors, stats, new RowError(row.Line, $"has {row.Fields.Count} fields, the header has {header.Count}"));
            yield break;
        }

        if (row.Fields.Any(f => f.Contains('\uFFFD', StringComparison.Ordinal)))
        {
            Add(errors, stats, new RowError(row.Line, "holds bytes that are not valid in the file's encoding (mixed encodings?)"));
            yield break;
        }

        var dimensions = new List<KeyValuePair<string, string>>(columns.Dimensions.Count + 1);
        foreach (var (name, index) in columns.Dimensions)
        {
            var value = row.Fields[index].Trim();
            if (value.Length == 0)
            {
                Add(errors, stats, new RowError(row.Line, $"{name} is empty"));
                yield break;
            }

            dimensions.Add(new(name, value));
        }

        var unit = fixedUnit;
        if (columns.Unit is { } unitIndex)
        {
            unit = UnitSpec.Parse(row.Fields[unitIndex]);
            if (unit is null)
            {
                Add(errors, stats, new RowError(row.Line, $"{header[unitIndex]} is empty"));
                yield break;
            }
        }

        if (mapping.Layout == TableLayout.Long)
        {
            var period = PeriodParser.Parse(row.Fields[columns.Period!.Value]);
            if (period is null)
            {
                Add(errors, stats, new RowError(row.Line, $"\"{row.Fields[columns.Period.Value]}\" is not a period (year, quarter, month or date)"));
                yield break;
            }

            if (Value(row, columns.Value!.Value, header, errors, stats) is { } cell)
            {
                yield return new DatasetRecord(row.Line, dimensions, period, cell.Number!.Value, unit!, cell.Footnote);
            }

            yield break;
        }

        if (mapping.Indicator is not null)
        {
            dimensions.Add(new("indicator", mapping.Indicator));
        }

        foreach (var (period, index) in columns.PeriodColumns)
        {
            if (Value(row, index, header, errors, stats) is { } cell)
            {
                yield return new DatasetRecord(row.Line, dimensions, period, cell.Number!.Value, unit!, cell.Footnote);
            }
        }
    }

    private static CellValue? Value(DelimitedRow row, int index, List<string> header, List<RowError> errors, ReadStats stats)
    {
        var cell = ValueParser.Parse(row.Fields[index]);
        if (cell.Missing)
        {
            stats.MissingValues++;
            return null;
        }

        if (cell.Error is not null)
        {
            Add(errors, stats, new RowError(row.Line, $"{header[index]}: {cell.Error}"));
            return null;
        }

        if (cell.Footnote is not null)
        {
            stats.Footnotes++;
        }

        return cell;
    }

    private static void Add(List<RowError> errors, ReadStats stats, RowError error)
    {
        stats.Errors++;
        if (errors.Count < MaxErrors)
        {
            errors.Add(error);
        }
    }

    private static UInt128 Key(DatasetRecord record)
    {
        var key = new StringBuilder();
        foreach (var (name, value) in record.Dimensions)
        {
            key.Append(name).Append('\u0001').Append(value.ToUpperInvariant()).Append('\u0002');
        }

        key.Append(record.Period.From).Append('\u0001').Append(record.Period.To);
        return BinaryPrimitives.ReadUInt128LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())));
    }

    internal static string Describe(DatasetRecord record) =>
        string.Join(", ", record.Dimensions.Select(d => $"{d.Key}={d.Value}")) + $", period={record.Period.Text}";

    /// <summary>Where the mapped columns are in this file's header.</summary>
    private sealed class Columns
    {
        public Columns(DatasetMapping mapping, List<string> header)
        {
            var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count; i++)
            {
                index.TryAdd(header[i], i);
            }

            var missing = new List<string>();
            int? Find(string? name)
            {
                if (name is null)
                {
                    return null;
                }

                if (index.TryGetValue(name.Trim(), out var i))
                {
                    return i;
                }

                missing.Add(name);
                return null;
            }

            Dimensions = mapping.Dimensions.Select(d => (Name: d.Trim(), Index: Find(d) ?? -1)).ToList();
            Unit = Find(mapping.UnitColumn);
            if (mapping.Layout == TableLayout.Long)
            {
                Period = Find(mapping.Period);
                Value = Find(mapping.Value);
            }
            else
            {
                var taken = Dimensions.Select(d => d.Index).Append(Unit ?? -1).ToHashSet();
                var names = mapping.PeriodColumns.Count > 0
                    ? mapping.PeriodColumns
                    : header.Where((h, i) => !taken.Contains(i) && PeriodParser.Parse(h) is not null).ToList();
                foreach (var name in names)
                {
                    if (Find(name) is { } i)
                    {
                        var period = PeriodParser.Parse(header[i])
                            ?? throw new DatasetException($"Column \"{header[i]}\" is listed as a period but does not read as one.");
                        PeriodColumns.Add((period, i));
                    }
                }

                if (missing.Count == 0 && PeriodColumns.Count == 0)
                {
                    throw new DatasetException("No column of the header reads as a period (years, quarters, months): list them in \"periodColumns\".");
                }
            }

            if (missing.Count > 0)
            {
                throw new DatasetException(
                    $"The file has no column {string.Join(", ", missing.Select(m => $"\"{m}\""))}; its columns are {string.Join(", ", header.Select(h => $"\"{h}\""))}.");
            }
        }

        public List<(string Name, int Index)> Dimensions { get; }
        public int? Unit { get; }
        public int? Period { get; }
        public int? Value { get; }
        public List<(Period Period, int Index)> PeriodColumns { get; } = [];
    }
}
