namespace FactCheck.Core.Indexing;

/// <summary>The claim index; bound from "FactCheck:Indexing".</summary>
public sealed class IndexingOptions
{
    public const string Section = "FactCheck:Indexing";

    /// <summary>Keep this node's index in step with the database. Workers that never search leave it off.</summary>
    public bool Sync { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// A hole in the change sequence older than this is taken as a rolled-back transaction, not a slow one.
    /// </summary>
    public TimeSpan GapTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
