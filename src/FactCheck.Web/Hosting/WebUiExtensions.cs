using System.Text.Json.Serialization;
using FactCheck.Core.Accounts;
using FactCheck.Core.Checks;
using FactCheck.Core.Storage;
using Hangfire;
using FactCheck.Web.Accounts;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.FileProviders;
using Microsoft.OpenApi;

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
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
            o.Conventions.AllowAnonymousToPage("/Account/SignIn");
            o.Conventions.AllowAnonymousToPage("/Account/Denied");
            o.Conventions.AddPageApplicationModelConvention("/Index", m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimits.Submissions)));
            o.Conventions.AddPageApplicationModelConvention("/Search", m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimits.Searches)));
            o.Conventions.AddPageApplicationModelConvention("/Datasets/Index", m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimits.Searches)));
        });
        services.AddProblemDetails();
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            // Tells client generators and readers how scripts authenticate (docs/decisions/0006).
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["ApiKey"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeys.Header,
                Description = "A per-user key from `factcheck apikeys create <email>` or Admin › Users.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("ApiKey", document)] = [] }];
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        services.AddScoped<FlagReviews>();
        return services;
    }

    /// <summary>Error handling, security headers, static files, sign-in, rate limits and antiforgery, in the order requests meet them.</summary>
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
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
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
        app.UseAccounts();
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>
    /// The Hangfire dashboard at /hangfire, for admins only (the endpoint policy, and Hangfire's own filter in case
    /// the dashboard is ever served outside endpoint routing). It needs inline script, so it gets its own, looser policy.
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
            Authorization = [new AdminsOnly()],
            IsReadOnlyFunc = c => !AdminsOnly.IsAdmin(c),
            DisplayStorageConnectionString = false,
            AppPath = "/",
        }).RequireAuthorization(Policies.Admin);
        return app;
    }

    private sealed class AdminsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => IsAdmin(context);

        public static bool IsAdmin(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }

    public static string DatabaseName(this DatabaseSettings settings) => settings.IsEmbedded ? "embedded SQLite" : "PostgreSQL";
}
