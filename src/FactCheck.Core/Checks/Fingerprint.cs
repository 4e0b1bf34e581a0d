using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Checks;

/// <summary>
/// Builds <see cref="Flag.Fingerprint"/>: the same finding must get the same fingerprint on every
/// re-run, even after an edit above it moves every offset and ordinal, so reviews stay attached.
/// </summary>
public static class Fingerprint
{
    /// <summary>
    /// First 16 hex digits of SHA-256 over the flag type, the measure and the sorted, normalised
    /// surface texts of the claims (a claim's text includes its stated conversion).
    /// </summary>
    public static string For(string type, IEnumerable<Claim> claims, string? measure) =>
        For(type, claims.Select(SurfaceText), measure);

    /// <inheritdoc cref="For(string, IEnumerable{Claim}, string?)"/>
    public static string For(string type, IEnumerable<string> surfaceTexts, string? measure)
    {
        // Sorting makes the fingerprint blind to claim order; normalising makes it blind to
        // case, odd spaces and typographic variants an editor's re-save may introduce.
        var texts = surfaceTexts.Select(Normalize).Order(StringComparer.Ordinal);
        var payload = string.Join('\n', [type, Normalize(measure ?? ""), .. texts]);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(payload));
        return Convert.ToHexStringLower(hash)[..16];
    }

    internal static string SurfaceText(Claim claim) =>
        claim.Conversion is { } conversion ? $"{claim.Quantity.Text} ({conversion.Text})" : claim.Quantity.Text;

    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
