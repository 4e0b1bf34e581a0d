using System.Text.Json;
using FactCheck.Core.Storage;

namespace FactCheck.Core.Accounts;

/// <summary>The actions the trail knows, one name per kind of change.</summary>
public static class AuditActions
{
    public const string FlagReview = "flag.review";
    public const string LinkReview = "link.review";
    public const string DatasetImport = "dataset.import";
    public const string UserAdd = "user.add";
    public const string UserRole = "user.role";
    public const string UserPasswordReset = "user.password-reset";
    public const string UserPasswordChange = "user.password-change";
    public const string UserLockout = "user.lockout";
    public const string ApiKeyCreate = "apikey.create";
    public const string ApiKeyRevoke = "apikey.revoke";
    public const string SettingChange = "setting.change";
}

public static class Audit
{
    /// <summary>Who did something when nobody signed in: the CLI on the server, the sample seeder.</summary>
    public const string System = "system";

    /// <summary>
    /// Adds an entry to the unit of work; it is written by the caller's SaveChanges, so a change and its
    /// record commit or roll back together.
    /// </summary>
    public static AuditEntry Record(
        this FactCheckDb db, DateTime at, string actor, string action, string subject, object? before, object? after, long? submissionId = null)
    {
        var entry = new AuditEntry
        {
            At = at,
            Actor = string.IsNullOrWhiteSpace(actor) ? System : actor,
            Action = action,
            Subject = subject,
            SubmissionId = submissionId,
            Before = before is null ? null : JsonSerializer.Serialize(before, StoredForms.Json),
            After = after is null ? null : JsonSerializer.Serialize(after, StoredForms.Json),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }
}
