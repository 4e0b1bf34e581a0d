using System.Text.Json.Serialization;
using FactCheck.Core.Checks;
using FactCheck.Core.Storage;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.Extensions.FileProviders;

namespace FactCheck.Web.Hosting;

public static class WebUiExtensions
{
    /// <summary>
    /// Defaults that must hold wherever the app is started from: the address when none is configured, and quiet
    /// per-query logging. Configuration (appsettings, environment, --urls) still overrides them.
    /// </summary>
    public static WebApplicationBuilder AddHostDefaults(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls("http://localhost:5080");
        }

        if (builder.Configuration.GetSection("Logging:LogLevel").GetChildren().All(c => c.Key != "Microsoft.EntityFrameworkCore"))
        {
            builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            builder.Logging.AddFilter("Hangfire", LogLevel.Warning);
        }

        return builder;
    }

    /// <summary>Razor Pages, JSON and problem details, OpenAPI, and the services pages use directly.</summary>
    public static IServiceCollection AddWebUi(this IServiceCollection services)
    {
        services.AddRazorPages();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        services.AddScoped<FlagReviews>();
        return services;
    }

    /// <summary>Error handling, security headers and static files, in the order requests meet them.</summary>
    public static WebApplication UseWebUi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            // Scraped text is shown on these pages: no inline script may run, and nothing may frame them.
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            await next();
        });
        // Served from the build folder, so the app finds its assets whatever folder it is started from
        // (`dotnet run --project …`, `factcheck serve`, the test host).
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot")),
        });
        app.UseRouting();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>
    /// The Hangfire dashboard at /hangfire: local requests only and read-only until accounts exist.
    /// It needs inline script, so it gets its own, looser policy.
    /// </summary>
    public static WebApplication MapJobsDashboard(this WebApplication app)
    {
        app.UseWhen(
            c => c.Request.Path.StartsWithSegments("/hangfire"),
            branch => branch.Use(async (context, next) =>
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.ContentSecurityPolicy = "default-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
                    return Task.CompletedTask;
                });
                await next();
            }));
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new LocalRequestsOnlyAuthorizationFilter()],
            IsReadOnlyFunc = _ => true,
            DisplayStorageConnectionString = false,
            AppPath = "/",
        });
        return app;
    }

    public static string DatabaseName(this DatabaseSettings settings) => settings.IsEmbedded ? "embedded SQLite" : "PostgreSQL";
}
