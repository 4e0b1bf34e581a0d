using System.Security.Cryptography;
using System.Text;
using FactCheck.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Core.Accounts;

public sealed record ApiKeyInfo(long Id, string UserId, string Email, string Name, string Prefix, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt);

/// <summary>Per-user API keys: 256 random bits shown once, stored as their SHA-256, revocable.</summary>
public sealed class ApiKeys(FactCheckDb db, TimeProvider clock)
{
    /// <summary>Marks the string as a FactCheck key, so a secret scanner or a person can recognise a leaked one.</summary>
    public const string KeyPrefix = "fck_";

    public const string Header = "X-Api-Key";

    /// <summary>Creates a key for the user; the returned text is the only time the key exists outside the caller.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(FactCheckUser user, string? name, string actor, CancellationToken ct)
    {
        var secret = KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        var key = new ApiKey
        {
            UserId = user.Id,
            Name = string.IsNullOrWhiteSpace(name) ? "key" : name.Trim(),
            Prefix = secret[..(KeyPrefix.Length + 6)],
            Hash = Hash(secret),
            CreatedAt = now,
        };
        // Two saves (the entry names the key's id), one transaction: no key without its audit entry.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        db.Record(now, actor, AuditActions.ApiKeyCreate, $"apikey {key.Id}", null, new { user = user.Email, key.Name, key.Prefix });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (key, secret);
    }

    /// <returns>False when there is no such live key.</returns>
    public async Task<bool> RevokeAsync(long id, string actor, CancellationToken ct)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id && k.RevokedAt == null, ct);
        if (key is null)
        {
            return false;
        }

        key.RevokedAt = clock.GetUtcNow().UtcDateTime;
        db.Record(key.RevokedAt.Value, actor, AuditActions.ApiKeyRevoke, $"apikey {key.Id}", new { key.Name, key.Prefix, revoked = false }, new { key.Name, key.Prefix, revoked = true });
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The user a presented key belongs to, or null when the key is unknown or revoked.</summary>
    public async Task<string?> FindUserIdAsync(string presented, CancellationToken ct)
    {
        if (!presented.StartsWith(KeyPrefix, StringComparison.Ordinal) || presented.Length > 128)
        {
            return null;
        }

        var hash = Hash(presented);
        var key = await db.ApiKeys.AsNoTracking().Where(k => k.Hash == hash && k.RevokedAt == null)
            .Select(k => new { k.Id, k.UserId, k.LastUsedAt }).SingleOrDefaultAsync(ct);
        if (key is null)
        {
            return null;
        }

        // Last use is for spotting dead keys, so minute precision is enough and busy scripts do not write on every call.
        var now = clock.GetUtcNow().UtcDateTime;
        if (key.LastUsedAt is null || now - key.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), ct);
        }

        return key.UserId;
    }

    public async Task<List<ApiKeyInfo>> ListAsync(string? userId, CancellationToken ct)
    {
        var keys = db.ApiKeys.AsNoTracking();
        if (userId is not null)
        {
            keys = keys.Where(k => k.UserId == userId);
        }

        return await (from k in keys
                      join u in db.Users.AsNoTracking() on k.UserId equals u.Id
                      orderby k.Id descending
                      select new ApiKeyInfo(k.Id, k.UserId, u.Email ?? u.UserName ?? "", k.Name, k.Prefix, k.CreatedAt, k.LastUsedAt, k.RevokedAt)).ToListAsync(ct);
    }

    /// <summary>Hex SHA-256. A key carries 256 random bits, so a fast unsalted hash is enough: there is nothing to guess.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    internal static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
