namespace FactCheck.Core.Fetching;

/// <summary>How pages are fetched; bound from the "FactCheck:Fetching" configuration section.</summary>
public sealed class FetchingOptions
{
    public const string SectionName = "FactCheck:Fetching";

    /// <summary>Permits 127.0.0.0/8 and ::1 and any port: for tests and the embedded demo only.</summary>
    public bool AllowLoopback { get; set; }

    // AddFetching makes configured ports replace these instead of being appended to them.
    public int[] AllowedPorts { get; set; } = [80, 443];

    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>For the whole fetch: robots.txt, every redirect hop and the body.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public int MaxRedirects { get; set; } = 5;

    public string UserAgent { get; set; } = "FactCheckBot/1.0 (+https://github.com/factcheck/factcheck; contact: factcheck@example.org)";

    /// <summary>At most one request per host in this interval, robots.txt included.</summary>
    public TimeSpan PerHostInterval { get; set; } = TimeSpan.FromSeconds(1);

    public bool RespectRobots { get; set; } = true;

    /// <summary>Retries of transient failures (connection resets, 408, 429, 5xx); 0 turns them off.</summary>
    public int MaxRetries { get; set; } = 2;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RobotsCacheDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The product token matched against robots.txt user-agent lines ("FactCheckBot").</summary>
    internal string RobotsToken
    {
        get
        {
            var token = UserAgent.Split(['/', ' '], 2, StringSplitOptions.RemoveEmptyEntries);
            return token.Length > 0 ? token[0] : "*";
        }
    }

    internal IEnumerable<string> Validate()
    {
        if (AllowedPorts.Length == 0 || AllowedPorts.Any(p => p is < 1 or > 65535))
        {
            yield return "AllowedPorts must list ports between 1 and 65535.";
        }

        if (MaxBytes < 1024)
        {
            yield return "MaxBytes must be at least 1024.";
        }

        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(10))
        {
            yield return "Timeout must be positive and at most 10 minutes.";
        }

        if (MaxRedirects is < 0 or > 20)
        {
            yield return "MaxRedirects must be between 0 and 20.";
        }

        if (string.IsNullOrWhiteSpace(UserAgent))
        {
            yield return "UserAgent must not be empty.";
        }

        if (PerHostInterval < TimeSpan.Zero || RetryDelay < TimeSpan.Zero || RobotsCacheDuration < TimeSpan.Zero)
        {
            yield return "PerHostInterval, RetryDelay and RobotsCacheDuration must not be negative.";
        }

        if (MaxRetries is < 0 or > 10)
        {
            yield return "MaxRetries must be between 0 and 10.";
        }
    }
}
