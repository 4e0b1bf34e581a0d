using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace FactCheck.Core.Fetching;

/// <summary>
/// Fetches a page for an editor-supplied URL without letting that URL reach our own network:
/// every connection goes to an address checked by <see cref="AddressPolicy"/>, redirects are
/// followed here hop by hop, and size, type, time, robots.txt and per-host pace are enforced.
/// </summary>
public sealed class HttpPageFetcher(IHttpClientFactory clients, IOptions<FetchingOptions> options, TimeProvider time) : IPageFetcher
{
    public const string HttpClientName = "FactCheck.Fetching";

    private const string AcceptHtml = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

    private readonly PerHostGate _gate = new(time);
    private readonly ConcurrentDictionary<string, (RobotsTxt Rules, DateTimeOffset Expires)> _robots = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses an editor-typed URL, refusing anything but absolute http(s) URLs.</summary>
    public static Uri ParseUrl(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.Host.Length == 0)
        {
            throw new FetchException(FetchErrorKind.InvalidUrl, $"not a valid http(s) URL: {Shorten(text)}");
        }

        return url;
    }

    public async Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var o = options.Value;
        CheckUrl(url, o);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(o.Timeout);
        var token = timeout.Token;
        try
        {
            var client = clients.CreateClient(HttpClientName);
            var current = url;
            for (var hop = 0; ; hop++)
            {
                await CheckRobotsAsync(client, current, o, token);
                await _gate.WaitAsync(current.Authority, o.PerHostInterval, token);
                using var response = await SendAsync(client, current, o, token);

                if (RedirectTarget(current, response) is { } next)
                {
                    if (hop >= o.MaxRedirects)
                    {
                        throw new FetchException(FetchErrorKind.TooManyRedirects, $"more than {o.MaxRedirects} redirects, last to {Shorten(next.ToString())}");
                    }

                    CheckUrl(next, o);
                    current = next;
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new FetchException(FetchErrorKind.HttpError, $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
                }

                return await ReadPageAsync(url, current, response, o, token);
            }
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(o, e);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            // The connection broke while the body was streaming.
            throw new FetchException(FetchErrorKind.Unreachable, $"the connection to {url.Authority} broke off: {e.Message}", e);
        }
        catch (TimeoutRejectedException e)
        {
            throw TimedOut(o, e);
        }
    }

    /// <summary>The primary handler: no proxy, no automatic redirects, connections only to checked addresses.</summary>
    internal static SocketsHttpHandler CreateHandler(FetchingOptions o, IHostResolver resolver) => new()
    {
        AllowAutoRedirect = false,

        // A proxy would resolve the host itself, out of reach of the address check.
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = TimeSpan.FromSeconds(Math.Min(10, o.Timeout.TotalSeconds)),
        MaxResponseHeadersLength = 64,
        ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, o.AllowLoopback, resolver, cancellationToken),
    };

    /// <summary>
    /// Resolves the host, refuses it if any address is not public, then connects to one of
    /// exactly those addresses, so a second DNS answer (rebinding) is never consulted.
    /// </summary>
    internal static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowLoopback, IHostResolver resolver, CancellationToken cancellationToken)
    {
        var addresses = await ResolveAsync(endpoint.Host, allowLoopback, resolver, cancellationToken);
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        var target = new IPEndPoint(addresses[0], endpoint.Port);
        throw new FetchException(FetchErrorKind.Unreachable, $"could not connect to {target}: {Describe(last)}", last);
    }

    internal static async Task<IPAddress[]> ResolveAsync(string host, bool allowLoopback, IHostResolver resolver, CancellationToken cancellationToken)
    {
        host = host.Trim('[', ']');
        IPAddress[] addresses;
        if (IPAddress.TryParse(host, out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await resolver.ResolveAsync(host, cancellationToken);
            }
            catch (SocketException e)
            {
                throw new FetchException(FetchErrorKind.Unreachable, $"could not resolve host {host}", e);
            }
        }

        if (addresses.Length == 0)
        {
            throw new FetchException(FetchErrorKind.Unreachable, $"could not resolve host {host}");
        }

        // One bad address refuses the host: a name that points into our network is not an
        // accident worth working around.
        foreach (var address in addresses)
        {
            if (AddressPolicy.WhyRefused(address, allowLoopback) is { } reason)
            {
                throw new FetchException(FetchErrorKind.Refused, $"refused: {address} is {reason}");
            }
        }

        return addresses;
    }

    private static void CheckUrl(Uri url, FetchingOptions o)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https") || url.Host.Length == 0)
        {
            throw new FetchException(FetchErrorKind.InvalidUrl, $"not a valid http(s) URL: {Shorten(url.OriginalString)}");
        }

        if (url.UserInfo.Length > 0)
        {
            throw new FetchException(FetchErrorKind.InvalidUrl, $"not a valid http(s) URL: {Shorten(url.OriginalString)} (credentials in URLs are not accepted)");
        }

        if (!o.AllowLoopback && !o.AllowedPorts.Contains(url.Port))
        {
            throw new FetchException(FetchErrorKind.Refused, $"refused: port {url.Port} is not allowed");
        }

        // Literal addresses fail here with a clear message; names are checked when connecting.
        if (IPAddress.TryParse(url.Host.Trim('[', ']'), out var literal) && AddressPolicy.WhyRefused(literal, o.AllowLoopback) is { } reason)
        {
            throw new FetchException(FetchErrorKind.Refused, $"refused: {literal} is {reason}");
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Uri url, FetchingOptions o, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", o.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", AcceptHtml);
        try
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception e) when (Find(e) is { } refusal)
        {
            throw new FetchException(refusal.Kind, refusal.Message, e);
        }
        catch (HttpRequestException e)
        {
            throw new FetchException(FetchErrorKind.Unreachable, $"could not fetch {url.Authority}: {e.Message}", e);
        }
    }

    internal static FetchException? Find(Exception? e)
    {
        for (var depth = 0; e is not null && depth < 8; depth++, e = e.InnerException)
        {
            if (e is FetchException f)
            {
                return f;
            }
        }

        return null;
    }

    private static Uri? RedirectTarget(Uri current, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is not (301 or 302 or 303 or 307 or 308) || response.Headers.Location is not { } location)
        {
            return null;
        }

        return location.IsAbsoluteUri ? location : new Uri(current, location);
    }

    private async Task<FetchedPage> ReadPageAsync(Uri url, Uri finalUrl, HttpResponseMessage response, FetchingOptions o, CancellationToken cancellationToken)
    {
        var contentType = response.Content.Headers.ContentType;
        var mediaType = contentType?.MediaType?.ToLowerInvariant();
        if (mediaType is not null && mediaType is not ("text/html" or "application/xhtml+xml"))
        {
            throw Unsupported(mediaType);
        }

        if (response.Content.Headers.ContentLength is { } length && length > o.MaxBytes)
        {
            throw new FetchException(FetchErrorKind.TooLarge, $"page is {Size(length)}, limit {Size(o.MaxBytes)}");
        }

        var body = await ReadCappedAsync(response.Content, o.MaxBytes, cancellationToken)
            ?? throw new FetchException(FetchErrorKind.TooLarge, $"page is over {Size(o.MaxBytes)}, limit {Size(o.MaxBytes)}");

        // Without a declared type, refuse what is plainly not a web page.
        if (mediaType is null && body.AsSpan().StartsWith("%PDF"u8))
        {
            throw Unsupported("application/pdf");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers[name] = string.Join(", ", values);
        }

        var declared = contentType?.ToString();
        return new FetchedPage
        {
            Url = url,
            FinalUrl = finalUrl,
            Status = (int)response.StatusCode,
            ContentType = declared ?? string.Empty,
            Charset = PageDecoder.DeclaredCharset(body, declared),
            Headers = headers,
            FetchedAt = time.GetUtcNow(),
            Body = body,
        };
    }

    private static FetchException TimedOut(FetchingOptions o, Exception inner) =>
        new(FetchErrorKind.Timeout, string.Create(CultureInfo.InvariantCulture, $"timed out after {o.Timeout.TotalSeconds:0.#} s"), inner);

    private static FetchException Unsupported(string mediaType) =>
        new(FetchErrorKind.UnsupportedContentType, $"unsupported content type {mediaType}: only HTML pages can be checked");

    /// <summary>The body, or null once it passes <paramref name="maxBytes"/>: the header's length is never trusted.</summary>
    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private async Task CheckRobotsAsync(HttpClient client, Uri url, FetchingOptions o, CancellationToken cancellationToken)
    {
        if (!o.RespectRobots)
        {
            return;
        }

        var key = url.GetLeftPart(UriPartial.Authority);
        var now = time.GetUtcNow();
        if (!_robots.TryGetValue(key, out var cached) || cached.Expires <= now)
        {
            cached = (await LoadRobotsAsync(client, new Uri(new Uri(key), "/robots.txt"), o, cancellationToken), now + o.RobotsCacheDuration);
            _robots[key] = cached;
        }

        if (!cached.Rules.IsAllowed(o.RobotsToken, url.PathAndQuery))
        {
            throw new FetchException(FetchErrorKind.RobotsDisallowed, $"robots.txt of {url.Host} does not allow fetching {Shorten(url.PathAndQuery)}");
        }
    }

    /// <summary>RFC 9309 §2.3.1: a missing file (4xx) allows everything; a server error or an unreachable file disallows everything.</summary>
    private async Task<RobotsTxt> LoadRobotsAsync(HttpClient client, Uri robotsUrl, FetchingOptions o, CancellationToken cancellationToken)
    {
        var current = robotsUrl;
        for (var hop = 0; hop <= 5; hop++)
        {
            await _gate.WaitAsync(current.Authority, o.PerHostInterval, cancellationToken);
            using var response = await SendAsync(client, current, o, cancellationToken);
            if (RedirectTarget(current, response) is { } next)
            {
                CheckUrl(next, o);
                current = next;
                continue;
            }

            var status = (int)response.StatusCode;
            if (status is >= 200 and < 300)
            {
                var bytes = await ReadPrefixAsync(response.Content, RobotsTxt.MaxBytes, cancellationToken);
                return RobotsTxt.Parse(PageDecoder.Decode(bytes, "text/plain; charset=utf-8"));
            }

            return status is >= 400 and < 500 ? RobotsTxt.AllowAll : RobotsTxt.DisallowAll;
        }

        // Too many redirects means the file is unavailable, which allows everything.
        return RobotsTxt.AllowAll;
    }

    private static async Task<byte[]> ReadPrefixAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[maxBytes];
        var total = 0;
        int read;
        while (total < maxBytes && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
        }

        return buffer[..total];
    }

    private static string Describe(SocketException? e) => e?.SocketErrorCode switch
    {
        null => "no address answered",
        SocketError.ConnectionRefused => "connection refused",
        SocketError.TimedOut => "connection timed out",
        SocketError.HostUnreachable or SocketError.NetworkUnreachable => "host unreachable",
        var code => code.ToString()!.ToLowerInvariant(),
    };

    internal static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => $"{bytes} bytes",
    };

    private static string Shorten(string s) => s.Length > 200 ? s[..200] + "…" : s;
}
