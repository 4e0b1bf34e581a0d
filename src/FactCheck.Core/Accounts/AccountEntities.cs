using Microsoft.AspNetCore.Identity;

namespace FactCheck.Core.Accounts;

/// <summary>A person who signs in. Identity keeps the password hash, lockout state and roles.</summary>
public sealed class FactCheckUser : IdentityUser
{
    /// <summary>Set while the password is one somebody else was shown (created or reset); the next sign-in must replace it.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>The two roles. An admin can do everything an editor can.</summary>
public static class Roles
{
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static readonly string[] All = [Editor, Admin];

    public static bool IsKnown(string? role) => role is Editor or Admin;
}

/// <summary>
/// A per-user key for scripts. Only the SHA-256 of the key is stored: the key is shown once, when created,
/// and a leaked database does not leak usable keys. Revoked keys stay, so the trail still names them.
/// </summary>
public sealed class ApiKey
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }

    /// <summary>The first characters of the key, enough for a person to tell keys apart in a list.</summary>
    public required string Prefix { get; set; }

    public required string Hash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}

/// <summary>
/// One change somebody made: who, when, what, and the state before and after as JSON. Appended in the same
/// transaction as the change it records, never updated or deleted.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string Subject { get; set; }

    /// <summary>The article the change belongs to, so its page can show its own trail.</summary>
    public long? SubmissionId { get; set; }

    public string? Before { get; set; }
    public string? After { get; set; }
}
