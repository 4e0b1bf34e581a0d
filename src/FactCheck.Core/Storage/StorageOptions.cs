namespace FactCheck.Core.Storage;

/// <summary>Where FactCheck keeps its files; bound from the "FactCheck" section.</summary>
public sealed class FactCheckOptions
{
    public const string Section = "FactCheck";

    /// <summary>The data folder: the embedded SQLite file, the Lucene index. Relative paths are taken from the working directory.</summary>
    public string DataDir { get; set; } = "data";

    public string DataPath => Path.GetFullPath(DataDir);
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The database in force: PostgreSQL when ConnectionStrings:FactCheck is set, the embedded SQLite file otherwise.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public bool IsEmbedded => Provider == DatabaseProvider.Sqlite;

    public static DatabaseSettings From(string? connectionString, string dataPath) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataPath, "factcheck.db")};Cache=Shared;Pooling=True")
            : new(DatabaseProvider.Postgres, connectionString);
}
