using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactCheck.Core.Datasets;

public enum TableLayout
{
    /// <summary>One value per row: dimension columns, a period column, a value column.</summary>
    Long,

    /// <summary>Periods as columns (years, months): each period column of a row becomes one record.</summary>
    Wide,
}

/// <summary>
/// How to read a table: which columns are dimensions, which is the period, which is the value, and the unit.
/// Written by the editor who imports the table (JSON file, form or API body).
/// </summary>
public sealed record DatasetMapping
{
    /// <summary>The dataset's name; a new import under an existing name is a new version of it.</summary>
    public required string Dataset { get; init; }

    public string? Publisher { get; init; }
    public string? SourceUrl { get; init; }
    public string? Licence { get; init; }
    public DateOnly? ReleaseDate { get; init; }

    /// <summary>Figures as a source reported them rather than as an official table; shown with every link.</summary>
    public bool AsReported { get; init; }

    public TableLayout Layout { get; init; } = TableLayout.Long;

    /// <summary>Columns that say what a value is about (country, partner, commodity, indicator …).</summary>
    public IReadOnlyList<string> Dimensions { get; init; } = [];

    /// <summary>Long layout: the period column.</summary>
    public string? Period { get; init; }

    /// <summary>Long layout: the value column.</summary>
    public string? Value { get; init; }

    /// <summary>Wide layout: the period columns; empty means every column that reads as a period.</summary>
    public IReadOnlyList<string> PeriodColumns { get; init; } = [];

    /// <summary>Wide layout: a name for the melted value (the indicator), e.g. "fiber-optic cable exports".</summary>
    public string? Indicator { get; init; }

    /// <summary>A column holding each row's unit ("thousand tonnes", "million USD").</summary>
    public string? UnitColumn { get; init; }

    /// <summary>A unit for every value when there is no unit column.</summary>
    public string? Unit { get; init; }

    /// <summary>Field delimiter; null to detect it from the first lines.</summary>
    public char? Delimiter { get; init; }

    /// <summary>Text encoding name; null to detect it (BOM, valid UTF-8, else Windows-1252).</summary>
    public string? Encoding { get; init; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static DatasetMapping Parse(string json)
    {
        DatasetMapping? mapping;
        try
        {
            mapping = JsonSerializer.Deserialize<DatasetMapping>(json, Json);
        }
        catch (JsonException e)
        {
            throw new DatasetException($"The mapping is not valid JSON: {e.Message}");
        }

        return (mapping ?? throw new DatasetException("The mapping is empty.")).Validated();
    }

    /// <summary>Checks the mapping on its own, before any row is read.</summary>
    public DatasetMapping Validated()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Dataset))
        {
            problems.Add("\"dataset\" (the dataset's name) is required");
        }

        if (Layout == TableLayout.Long)
        {
            if (string.IsNullOrWhiteSpace(Period))
            {
                problems.Add("\"period\" (the period column) is required for the long layout");
            }

            if (string.IsNullOrWhiteSpace(Value))
            {
                problems.Add("\"value\" (the value column) is required for the long layout");
            }
        }

        if (UnitColumn is null && Unit is null)
        {
            problems.Add("give \"unit\" (one unit for all values) or \"unitColumn\"");
        }

        if (Dimensions.Count == 0)
        {
            problems.Add("\"dimensions\" needs at least one column (country, commodity …)");
        }

        return problems.Count == 0 ? this : throw new DatasetException("The mapping is incomplete: " + string.Join("; ", problems) + ".");
    }
}

/// <summary>A dataset problem an editor can act on, said in one sentence.</summary>
public sealed class DatasetException(string message) : Exception(message);
