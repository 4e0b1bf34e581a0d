namespace FactCheck.Core.Linking;

/// <summary>A search over the latest version of every dataset, with the same filters as claim search.</summary>
public sealed record RecordQuery
{
    /// <summary>Lucene query syntax over the record's dimension values (with the names claims use) and its dataset's name.</summary>
    public string? Text { get; init; }

    public string? Dimension { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public long? DatasetId { get; init; }
    public int Limit { get; init; } = 50;
}
