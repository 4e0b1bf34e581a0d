using FactCheck.Core.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactCheck.Core.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>
    /// Identity's user and role stores on <see cref="FactCheckDb"/>, plus API keys and user administration.
    /// The web app adds sign-in and cookies on top; the CLI needs only this.
    /// </summary>
    public static IdentityBuilder AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(AccountsOptions.Section).Get<AccountsOptions>() ?? new AccountsOptions();
        services.AddOptions<AccountsOptions>().BindConfiguration(AccountsOptions.Section);
        services.AddScoped<UserAccounts>();
        services.AddScoped<ApiKeys>();
        services.AddScoped<SiteSettings>();
        services.TryAddSingleton(TimeProvider.System);
        return services.AddIdentityCore<FactCheckUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // Length, not composition: generated passwords are random, chosen ones must be long.
                o.Password.RequiredLength = options.PasswordLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = options.LockoutAttempts;
                o.Lockout.DefaultLockoutTimeSpan = options.LockoutDuration;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<FactCheckDb>();
    }
}
