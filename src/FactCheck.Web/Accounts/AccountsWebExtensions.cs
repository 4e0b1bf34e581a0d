using System.Security.Claims;
using FactCheck.Core.Accounts;
using FactCheck.Core.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FactCheck.Web.Accounts;

public static class AccountsWebExtensions
{
    /// <summary>The authentication scheme requests meet first: it picks the API key or the sign-in cookie.</summary>
    public const string Scheme = "FactCheck";

    /// <summary>Claim carried while the password is a one-time one; pages send the person to choose their own.</summary>
    public const string MustChangePasswordClaim = "factcheck:must-change-password";

    public const string SignInPath = "/account/signin";
    public const string PasswordPath = "/account/password";

    /// <summary>
    /// Identity on FactCheckDb with sign-in cookies for pages, X-Api-Key for scripts, and a fallback policy so that
    /// every endpoint not marked otherwise needs a signed-in editor or admin.
    /// </summary>
    public static IServiceCollection AddWebAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAccounts(configuration)
            .AddSignInManager()
            .AddClaimsPrincipalFactory<FactCheckClaimsFactory>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
                o.DefaultForbidScheme = Scheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(Scheme, "Cookie or API key", o => o.ForwardDefaultSelector = SelectScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "factcheck-auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = SignInPath;
            o.LogoutPath = "/account/signout";
            o.AccessDeniedPath = "/account/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // A script gets a status code, not a sign-in page.
            o.Events.OnRedirectToLogin = c => Answer(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => Answer(c, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Editor, Policies.EditorPolicy)
            .AddPolicy(Policies.Admin, Policies.AdminPolicy)
            .SetFallbackPolicy(Policies.EditorPolicy);
        services.AddHostedService<FirstAdmin>();
        return services;
    }

    /// <summary>Authentication, authorization and the one-time-password gate, after routing so endpoints' policies are known.</summary>
    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (context.User.HasClaim(MustChangePasswordClaim, "true")
                && context.User.Identity?.AuthenticationType != ApiKeyAuthenticationHandler.SchemeName
                && !path.StartsWithSegments("/account")
                && !path.StartsWithSegments("/api"))
            {
                context.Response.Redirect(PasswordPath);
                return;
            }

            await next();
        });
        return app;
    }

    /// <summary>
    /// An X-Api-Key header means the key scheme. Without one, pages and reads use the cookie; a write to /api
    /// without a key is refused, so a browser's cookie alone can never post to the API (no cross-site forgery there).
    /// </summary>
    private static string SelectScheme(HttpContext context)
    {
        if (context.Request.Headers.ContainsKey(ApiKeys.Header))
        {
            return ApiKeyAuthenticationHandler.SchemeName;
        }

        var request = context.Request;
        return request.Path.StartsWithSegments("/api") && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            ? ApiKeyAuthenticationHandler.SchemeName
            : IdentityConstants.ApplicationScheme;
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hangfire")
            || context.Request.Path.StartsWithSegments("/openapi"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    public static string Actor(this ClaimsPrincipal user) => user.Identity?.Name ?? Audit.System;
}

/// <summary>Adds the one-time-password claim to the signed-in principal.</summary>
public sealed class FactCheckClaimsFactory(UserManager<FactCheckUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<FactCheckUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(FactCheckUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(AccountsWebExtensions.MustChangePasswordClaim, "true"));
        }

        return identity;
    }
}

/// <summary>
/// The embedded default's first start: with no user at all, creates admin@localhost with a random password and
/// prints it once to the console. There is never a fixed default password. PostgreSQL installs use `factcheck users add`.
/// </summary>
public sealed class FirstAdmin(IServiceScopeFactory scopes, DatabaseSettings database, ILogger<FirstAdmin> logger) : IHostedService
{
    public const string Email = "admin@localhost";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!database.IsEmbedded)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        if (await accounts.AnyAsync(cancellationToken))
        {
            return;
        }

        var (_, password) = await accounts.AddAsync(Email, Roles.Admin, Audit.System, cancellationToken);
        // Straight to the console, not the log: it is shown this once and must not end up in log files.
        Console.WriteLine($"""

            FactCheck created the first admin (shown this once):
              email:    {Email}
              password: {password}
            Sign in and choose your own password; add people under Admin › Users or with `factcheck users add`.

            """);
        logger.LogInformation("Created the first admin {Email}", Email);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
