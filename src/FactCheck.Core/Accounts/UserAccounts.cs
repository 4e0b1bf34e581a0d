using System.Security.Cryptography;
using FactCheck.Core.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Core.Accounts;

/// <summary>A refusal a person can act on: an address already taken, an unknown role or user.</summary>
public sealed class AccountException(string message) : Exception(message);

public sealed record UserInfo(string Id, string Email, string Role, bool LockedOut, bool MustChangePassword, int FailedSignIns, DateTime CreatedAt);

/// <summary>
/// Adding users, resetting passwords and changing roles, shared by the admin page and `factcheck users`.
/// Every change is recorded in the audit trail in the same transaction.
/// </summary>
public sealed class UserAccounts(UserManager<FactCheckUser> users, RoleManager<IdentityRole> roles, FactCheckDb db, TimeProvider clock)
{
    /// <summary>Creates the user with a random one-time password, which the caller shows once; the first sign-in replaces it.</summary>
    public async Task<(FactCheckUser User, string Password)> AddAsync(string email, string role, string actor, CancellationToken ct)
    {
        email = email.Trim();
        if (!Roles.IsKnown(role))
        {
            throw new AccountException($"Unknown role \"{role}\": use {string.Join(" or ", Roles.All)}.");
        }

        await EnsureRolesAsync();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var password = NewPassword();
        var user = new FactCheckUser { UserName = email, Email = email, MustChangePassword = true, CreatedAt = clock.GetUtcNow().UtcDateTime };
        Check(await users.CreateAsync(user, password));
        db.Record(clock.GetUtcNow().UtcDateTime, actor, AuditActions.UserAdd, $"user {email}", null, new { email, role });
        Check(await users.AddToRoleAsync(user, role));
        await tx.CommitAsync(ct);
        return (user, password);
    }

    public async Task<string> ResetPasswordAsync(string email, string actor, CancellationToken ct)
    {
        var user = await FindAsync(email);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var password = NewPassword();
        Check(await users.RemovePasswordAsync(user));
        Check(await users.AddPasswordAsync(user, password));
        user.MustChangePassword = true;
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        db.Record(clock.GetUtcNow().UtcDateTime, actor, AuditActions.UserPasswordReset, $"user {user.Email}", null, new { mustChangePassword = true });
        Check(await users.UpdateAsync(user));
        await tx.CommitAsync(ct);
        return password;
    }

    public async Task ChangeRoleAsync(string email, string role, string actor, CancellationToken ct)
    {
        if (!Roles.IsKnown(role))
        {
            throw new AccountException($"Unknown role \"{role}\": use {string.Join(" or ", Roles.All)}.");
        }

        await EnsureRolesAsync();
        var user = await FindAsync(email);
        var before = RoleOf(await users.GetRolesAsync(user));
        if (before == role)
        {
            return;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        Check(await users.RemoveFromRolesAsync(user, Roles.All.Where(r => r != role)));
        db.Record(clock.GetUtcNow().UtcDateTime, actor, AuditActions.UserRole, $"user {user.Email}", new { role = before }, new { role });
        Check(await users.AddToRoleAsync(user, role));
        await tx.CommitAsync(ct);
    }

    /// <summary>The user's own new password, which ends the one-time password.</summary>
    public async Task<IdentityResult> ChangePasswordAsync(FactCheckUser user, string current, string next, CancellationToken ct)
    {
        var result = await users.ChangePasswordAsync(user, current, next);
        if (result.Succeeded)
        {
            user.MustChangePassword = false;
            db.Record(clock.GetUtcNow().UtcDateTime, user.Email ?? user.Id, AuditActions.UserPasswordChange, $"user {user.Email}", null, null);
            await users.UpdateAsync(user);
        }

        return result;
    }

    public async Task<List<UserInfo>> ListAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        var userRoles = await (from ur in db.UserRoles.AsNoTracking()
                               join r in db.Roles.AsNoTracking() on ur.RoleId equals r.Id
                               select new { ur.UserId, r.Name }).ToListAsync(ct);
        return rows.Select(u => new UserInfo(
            u.Id,
            u.Email ?? u.UserName ?? "",
            RoleOf(userRoles.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "")),
            u.LockoutEnd is { } end && end > now,
            u.MustChangePassword,
            u.AccessFailedCount,
            DateTime.SpecifyKind(u.CreatedAt, DateTimeKind.Utc))).ToList();
    }

    public async Task<FactCheckUser> FindAsync(string email) =>
        await users.FindByEmailAsync(email.Trim()) ?? throw new AccountException($"No user {email}.");

    public async Task<bool> AnyAsync(CancellationToken ct) => await db.Users.AnyAsync(ct);

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    /// <summary>120 random bits as 20 URL-safe characters: long enough that composition rules add nothing.</summary>
    public static string NewPassword() => ApiKeys.Base64Url(RandomNumberGenerator.GetBytes(15));

    private static string RoleOf(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Contains(Roles.Admin) ? Roles.Admin : list.Contains(Roles.Editor) ? Roles.Editor : "";
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new AccountException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
