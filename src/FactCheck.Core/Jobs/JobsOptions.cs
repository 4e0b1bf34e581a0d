using System.ComponentModel.DataAnnotations;

namespace FactCheck.Core.Jobs;

/// <summary>Background processing; bound from "FactCheck:Jobs".</summary>
public sealed class JobsOptions
{
    public const string Section = "FactCheck:Jobs";
    public const string Queue = "submissions";

    /// <summary>Run a Hangfire server in this process. The web app can leave it to `factcheck worker` processes.</summary>
    public bool Server { get; set; } = true;

    /// <summary>Hangfire worker threads; the embedded SQLite default keeps this low because SQLite has one writer.</summary>
    [Range(1, 64)]
    public int Workers { get; set; } = 2;

    /// <summary>A runner that has not sent a heartbeat for this long is presumed dead and its submission is taken over.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often each job server looks for submissions that lost their job.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Attempts ending in an unexpected error before the submission is marked failed.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// Fault injection for crash tests: the process exits immediately after committing this stage
    /// ("fetching", "extracting", "indexing", "checking"). Never set in production.
    /// </summary>
    public string? CrashAfterStage { get; set; }
}
