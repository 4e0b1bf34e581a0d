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
                : Window(c, Submissions, l => l.Submissions));
            o.AddPolicy(Searches, c => Window(c, Searches, l => l.Searches));
        });
        return services;
    }

    private static RateLimitPartition<string> Window(HttpContext context, string policy, Func<RateLimitsOptions, int> permits)
    {
        var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitsOptions>>().Value;
        var who = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{policy}:{who}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits(limits),
            Window = limits.Window,
            QueueLimit = 0,
        });
    }
}
