using FactCheck.Core.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace FactCheck.Web.Accounts;

/// <summary>The authorization policies. Every endpoint needs at least <see cref="Editor"/> (the fallback policy).</summary>
public static class Policies
{
    public const string Editor = Roles.Editor;
    public const string Admin = Roles.Admin;

    internal static AuthorizationPolicy EditorPolicy { get; } =
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(Roles.Editor, Roles.Admin).Build();

    internal static AuthorizationPolicy AdminPolicy { get; } =
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(Roles.Admin).Build();
}
