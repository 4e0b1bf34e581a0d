using System.Text;
using System.Text.RegularExpressions;

namespace FactCheck.Core.Fetching;

/// <summary>Turns a page's bytes into text, finding the charset the way browsers do.</summary>
public static partial class PageDecoder
{
    // How far into the body a <meta charset> is looked for.
    private const int SniffBytes = 2048;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(FetchedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Decode(page.Body, page.ContentType);
    }

    public static string Decode(byte[] body, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        var (encoding, preamble) = Detect(body, contentType);
        if (encoding is not null && (preamble > 0 || encoding.CodePage == Encoding.UTF8.CodePage || !IsUtf8WithNonAscii(body)))
        {
            return encoding.GetString(body, preamble, body.Length - preamble);
        }

        // A declared legacy charset over bytes that are valid UTF-8 with multi-byte sequences is a stale
        // template or a misconfigured server: text really written in GB2312 or windows-1252 is practically
        // never also valid UTF-8, and decoding UTF-8 as either turns the whole article into mojibake.
        if (encoding is not null)
        {
            return Encoding.UTF8.GetString(body);
        }

        // Nothing declared: UTF-8 if the bytes are valid UTF-8, else the web's legacy default.
        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(body);
        }
    }

    private static bool IsUtf8WithNonAscii(byte[] body)
    {
        if (body.AsSpan().IndexOfAnyInRange((byte)0x80, (byte)0xFF) < 0)
        {
            return false;
        }

        try
        {
            StrictUtf8.GetCharCount(body);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The charset a page declares through its BOM, Content-Type header or a meta tag; null if none.</summary>
    public static string? DeclaredCharset(byte[] body, string? contentType) => Detect(body, contentType).Encoding?.WebName;

    /// <summary>
    /// A BOM wins over the header and the header over a meta tag, as in the WHATWG encoding
    /// sniffing algorithm: the BOM is written by whoever produced the bytes, a header by a server
    /// that may be misconfigured, and the meta tag is only a hint inside the document.
    /// </summary>
    private static (Encoding? Encoding, int Preamble) Detect(byte[] body, string? contentType)
    {
        if (body is [0xEF, 0xBB, 0xBF, ..])
        {
            return (Encoding.UTF8, 3);
        }

        if (body is [0xFF, 0xFE, ..])
        {
            return (Encoding.Unicode, 2);
        }

        if (body is [0xFE, 0xFF, ..])
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        if (contentType is not null && CharsetParameter().Match(contentType) is { Success: true } header
            && Lookup(header.Groups[1].Value, fromMeta: false) is { } fromHeader)
        {
            return (fromHeader, 0);
        }

        // Latin-1 maps every byte to one char, so the ASCII markup of the head reads correctly
        // whatever the real encoding is.
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, SniffBytes));
        foreach (Match meta in MetaTag().Matches(head))
        {
            if (CharsetParameter().Match(meta.Value) is { Success: true } m && Lookup(m.Groups[1].Value, fromMeta: true) is { } fromMeta)
            {
                return (fromMeta, 0);
            }
        }

        return (null, 0);
    }

    private static Encoding? Lookup(string label, bool fromMeta)
    {
        label = label.Trim().Trim('"', '\'').ToLowerInvariant();

        // WHATWG: these labels mean windows-1252 on the web, and a UTF-16 label inside
        // ASCII-compatible bytes cannot be true, so it means UTF-8.
        label = label switch
        {
            "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso8859-1" or "cp1252" => "windows-1252",
            "utf-16" or "utf-16le" or "utf-16be" when fromMeta => "utf-8",
            "x-user-defined" => "windows-1252",
            _ => label,
        };
        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([\w\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"<meta\b[^>]{0,512}>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();
}
