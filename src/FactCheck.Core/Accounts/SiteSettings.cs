using FactCheck.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Core.Accounts;

/// <summary>
/// A setting an admin changed at run time, overriding the configured default for every node. Kept in the
/// database so all nodes see it; each change is in the audit trail.
/// </summary>
public sealed class SettingRow
{
    public required string Key { get; set; }
    public required string Value { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}

public sealed class SiteSettings(FactCheckDb db, TimeProvider clock)
{
    public async Task<Dictionary<string, string>> ReadAsync(CancellationToken ct) =>
        await db.Settings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, ct);

    /// <returns>False when the value was already in force.</returns>
    public async Task<bool> SetAsync(string key, string value, string actor, CancellationToken ct)
    {
        var row = await db.Settings.SingleOrDefaultAsync(s => s.Key == key, ct);
        if (row?.Value == value)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Record(now, actor, AuditActions.SettingChange, $"setting {key}", row is null ? null : new { value = row.Value }, new { value });
        if (row is null)
        {
            db.Settings.Add(new SettingRow { Key = key, Value = value, UpdatedAt = now, UpdatedBy = actor });
        }
        else
        {
            row.Value = value;
            row.UpdatedAt = now;
            row.UpdatedBy = actor;
        }

        await db.SaveChangesAsync(ct);
        return true;
    }
}
