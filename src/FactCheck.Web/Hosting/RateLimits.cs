using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FactCheck.Web.Hosting;

/// <summary>Per-user limits on the calls that cost the server most; bound from "FactCheck:RateLimits".</summary>
public sealed class RateLimitsOptions
{
    public const string Section = "FactCheck:RateLimits";

    /// <summary>Submissions per user per window: each one fetches a page and runs the pipeline.</summary>
    public int Submissions { get; set; } = 30;

    /// <summary>Claim and record searches per user per window.</summary>
    public int Searches { get; set; } = 120;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// The rate limits in force: an admin's value from Admin › Settings (stored in the database, so every node sees it
/// within <see cref="RefreshInterval"/>), else the configured one.
/// </summary>
public sealed class RuntimeSettings(IServiceScopeFactory scopes, IOptions<RateLimitsOptions> configured, ILogger<RuntimeSettings> logger) : BackgroundService
{
    public const string SubmissionsKey = "RateLimits:Submissions";
    public const string SearchesKey = "RateLimits:Searches";

    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    private IReadOnlyDictionary<string, string> values = new Dictionary<string, string>();

    public int Submissions => Int(SubmissionsKey) ?? configured.Value.Submissions;

    public int Searches => Int(SearchesKey) ?? configured.Value.Searches;

    public async Task RefreshAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        Volatile.Write(ref values, await scope.ServiceProvider.GetRequiredService<Core.Accounts.SiteSettings>().ReadAsync(ct));
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Core.Jobs.Repeating.RunAsync(RefreshInterval, TimeProvider.System, logger, "Settings refresh", RefreshAsync, stoppingToken);

    private int? Int(string key) =>
        Volatile.Read(ref values).TryGetValue(key, out var text) && int.TryParse(text, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}

public static class RateLimits
{
    public const string Submissions = "submissions";
    public const string Searches = "searches";

    /// <summary>Fixed windows per signed-in user (per address for anyone else); 429 with Retry-After when spent.</summary>
    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitsOptions>().BindConfiguration(RateLimitsOptions.Section)
            .Validate(o => o.Submissions > 0 && o.Searches > 0 && o.Window > TimeSpan.Zero, "rate limits must be positive")
            .ValidateOnStart();
        services.AddSingleton<RuntimeSettings>();
        services.AddHostedService(sp => sp.GetRequiredService<RuntimeSettings>());
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await context.HttpContext.Response.WriteAsync("Too many requests: wait before trying again.", ct);
            };
            // Reading the submission form is free; only posting one counts.
            o.AddPolicy(Submissions, c => HttpMethods.IsGet(c.Request.Method) || HttpMethods.IsHead(c.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : Window(c, Submissions, s => s.Submissions));
            // A search page shown without a query is just its form (and the datasets page's posts are imports).
            o.AddPolicy(Searches, c => HttpMethods.IsGet(c.Request.Method) && (c.Request.Query.Count > 0 || c.Request.Path.StartsWithSegments("/api"))
                ? Window(c, Searches, s => s.Searches)
                : RateLimitPartition.GetNoLimiter("form"));
        });
        return services;
    }

    private static RateLimitPartition<string> Window(HttpContext context, string policy, Func<RuntimeSettings, int> permits)
    {
        var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitsOptions>>().Value;
        var permitLimit = permits(context.RequestServices.GetRequiredService<RuntimeSettings>());
        var who = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        // The limit is part of the partition, so a changed setting starts fresh windows instead of waiting for old ones.
        return RateLimitPartition.GetFixedWindowLimiter($"{policy}:{who}:{permitLimit}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitLimit,
            Window = limits.Window,
            QueueLimit = 0,
        });
    }
}
