using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using FactCheck.Core.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Core.Tests.Fetching;

public sealed class HttpPageFetcherTests : IDisposable
{
    private const string Page = "<html><head><title>Exports</title></head><body><p>Exports rose 4% in May.</p></body></html>";

    private readonly List<ServiceProvider> _providers = [];

    public void Dispose()
    {
        foreach (var provider in _providers)
        {
            provider.Dispose();
        }
    }

    /// <summary>A fetcher built through AddFetching, loopback allowed, no pacing and no retries unless a test asks.</summary>
    private IPageFetcher CreateFetcher(params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["FactCheck:Fetching:AllowLoopback"] = "true",
            ["FactCheck:Fetching:PerHostInterval"] = "00:00:00",
            ["FactCheck:Fetching:MaxRetries"] = "0",
            ["FactCheck:Fetching:Timeout"] = "00:00:10",
        };
        foreach (var (key, value) in overrides)
        {
            settings["FactCheck:Fetching:" + key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var provider = new ServiceCollection().AddFetching(configuration).BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<IPageFetcher>();
    }

    private static Func<ServerRequest, ServerResponse> Routes(Dictionary<string, Func<ServerResponse>> routes) =>
        request => routes.TryGetValue(request.Path, out var respond) ? respond() : ServerResponse.Code(404);

    private static async Task<FetchException> FetchFailsAsync(IPageFetcher fetcher, Uri url) =>
        await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(url, CancellationToken.None));

    [Fact]
    public async Task FetchAsync_ReturnsPage_WhenServerAnswersHtml()
    {
        await using var server = new LoopbackServer(Routes(new() { ["/a"] = () => ServerResponse.Html(Page) }));
        var fetcher = CreateFetcher();

        var page = await fetcher.FetchAsync(server.Url("/a"), CancellationToken.None);

        Assert.Equal(200, page.Status);
        Assert.Equal(server.Url("/a"), page.FinalUrl);
        Assert.Equal("utf-8", page.Charset);
        Assert.StartsWith("text/html", page.ContentType, StringComparison.Ordinal);
        Assert.Contains("Exports rose 4%", PageDecoder.Decode(page), StringComparison.Ordinal);
        Assert.StartsWith("FactCheckBot/1.0", server.Requests.Single(r => r.Path == "/a").UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_FollowsRedirects_WhenWithinLimit()
    {
        await using var server = new LoopbackServer(Routes(new()
        {
            ["/start"] = () => ServerResponse.Redirect("/middle", 301),
            ["/middle"] = () => ServerResponse.Redirect("/end", 307),
            ["/end"] = () => ServerResponse.Html(Page),
        }));
        var fetcher = CreateFetcher();

        var page = await fetcher.FetchAsync(server.Url("/start"), CancellationToken.None);

        Assert.Equal(server.Url("/start"), page.Url);
        Assert.Equal(server.Url("/end"), page.FinalUrl);
    }

    [Fact]
    public async Task FetchAsync_ThrowsTooManyRedirects_WhenChainExceedsLimit()
    {
        await using var server = new LoopbackServer(request =>
            request.Path.StartsWith("/hop/", StringComparison.Ordinal)
                ? ServerResponse.Redirect("/hop/" + (int.Parse(request.Path[5..], System.Globalization.CultureInfo.InvariantCulture) + 1))
                : ServerResponse.Code(404));
        var fetcher = CreateFetcher();

        var error = await FetchFailsAsync(fetcher, server.Url("/hop/0"));

        Assert.Equal(FetchErrorKind.TooManyRedirects, error.Kind);
        Assert.StartsWith("more than 5 redirects", error.Message, StringComparison.Ordinal);
        Assert.Equal(6, server.Requests.Count(r => r.Path.StartsWith("/hop/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task FetchAsync_ThrowsTooLarge_WhenContentLengthIsHonestlyTooLarge()
    {
        await using var server = new LoopbackServer(Routes(new()
        {
            ["/big"] = () => ServerResponse.Raw(async (stream, ct) =>
            {
                var head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 12582912\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head), ct);
                await stream.WriteAsync(new byte[1024], ct);
            }),
        }));
        var fetcher = CreateFetcher();

        var error = await FetchFailsAsync(fetcher, server.Url("/big"));

        Assert.Equal(FetchErrorKind.TooLarge, error.Kind);
        Assert.Equal("page is 12 MB, limit 5 MB", error.Message);
    }

    [Fact]
    public async Task FetchAsync_ThrowsUnreachable_WhenConnectionBreaksMidBody()
    {
        await using var server = new LoopbackServer(Routes(new()
        {
            ["/cut"] = () => ServerResponse.Raw(async (stream, ct) =>
            {
                var head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n<html>";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head), ct);
            }),
        }));
        var fetcher = CreateFetcher();

        var error = await FetchFailsAsync(fetcher, server.Url("/cut"));

        Assert.Equal(FetchErrorKind.Unreachable, error.Kind);
        Assert.StartsWith($"the connection to 127.0.0.1:{server.Port} broke off: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_ThrowsTooLarge_WhenBodyOutgrowsCapWithoutContentLength()
    {
        await using var server = new LoopbackServer(Routes(new()
        {
            ["/endless"] = () => ServerResponse.Raw(async (stream, ct) =>
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n"), ct);
                var chunk = Encoding.ASCII.GetBytes(new string('x', 8192));
                for (var i = 0; i < 1000; i++)
                {
                    await stream.WriteAsync(chunk, ct);
                }
            }),
        }));
        var fetcher = CreateFetcher(("MaxBytes", "65536"));

        var error = await FetchFailsAsync(fetcher, server.Url("/endless"));

        Assert.Equal(FetchErrorKind.TooLarge, error.Kind);
        Assert.Equal("page is over 64 KB, limit 64 KB", error.Message);
    }

    [Fact]
    public async Task FetchAsync_ThrowsTooLarge_WhenContentLengthLiesAboutChunkedBody()
    {
        await using var server = new LoopbackServer(Routes(new()
        {
            ["/liar"] = () => ServerResponse.Raw(async (stream, ct) =>
            {
                var head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head), ct);
                var chunk = Encoding.ASCII.GetBytes("2000\r\n" + new string('x', 0x2000) + "\r\n");
                for (var i = 0; i < 256; i++)
                {
                    await stream.WriteAsync(chunk, ct);
                }

                await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), ct);
            }),
        }));
        var fetcher = CreateFetcher(("MaxBytes", "1048576"));

        var error = await FetchFailsAsync(fetcher, server.Url("/liar"));

        Assert.Equal(FetchErrorKind.TooLarge, error.Kind);
        Assert.Equal("page is over 1 MB, limit 1 MB", error.Message);
    }

    [Fact]
    public async Task FetchAsync_ThrowsTooLarge_WhenSmallContentLengthHidesLargeCompressedBody()
    {
        // 2 MB of spaces gzip to a few KB: the honest Content-Length says nothing about the page.
        byte[] compressed;
        using (var output = new MemoryStream())
        {
            using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                gzip.Write(Encoding.ASCII.GetBytes("<html><body>" + new string(' ', 2 * 1024 * 1024)));
            }

            compressed = output.ToArray();
        }

        await using var server = new LoopbackServer(Routes(new()
        {
            ["/bomb"] = () => new ServerResponse(200, compressed, [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]),
        }));
        var fetcher = CreateFetcher(("MaxBytes", "1048576"));

        var error = await FetchFailsAsync(fetcher, server.Url("/bomb"));

        Assert.True(compressed.Length < 1024 * 1024);
        Assert.Equal(FetchErrorKind.TooLarge, error.Kind);
        Assert.Equal("page is over 1 MB, limit 1 MB", error.Message);
    }

    [Fact]
    public async Task FetchAsync_ThrowsUnsupportedContentType_WhenServerSendsPdf()
    {
        await using var server = new LoopbackServer(Routes(new()
        {
            ["/report.pdf"] = () => ServerResponse.Bytes("%PDF-1.7"u8.ToArray(), "application/pdf"),
        }));
        var fetcher = CreateFetcher();

        var error = await FetchFailsAsync(fetcher, server.Url("/report.pdf"));

        Assert.Equal(FetchErrorKind.UnsupportedContentType, error.Kind);
        Assert.Equal("unsupported content type application/pdf: only HTML pages can be checked", error.Message);
    }

    [Fact]
    public async Task FetchAsync_ThrowsHttpError_WhenServerAnswersNotFound()
    {
        await using var server = new LoopbackServer(Routes(new()));
        var fetcher = CreateFetcher();

        var error = await FetchFailsAsync(fetcher, server.Url("/missing"));

        Assert.Equal(FetchErrorKind.HttpError, error.Kind);
        Assert.Equal("the server answered 404 Not Found", error.Message);
    }

    [Fact]
    public async Task FetchAsync_ReturnsPage_WhenTransientErrorIsRetried()
    {
        var calls = 0;
        await using var server = new LoopbackServer(Routes(new()
        {
            ["/flaky"] = () => Interlocked.Increment(ref calls) == 1 ? ServerResponse.Code(503) : ServerResponse.Html(Page),
        }));
        var fetcher = CreateFetcher(("MaxRetries", "2"), ("RetryDelay", "00:00:00.010"));

        var page = await fetcher.FetchAsync(server.Url("/flaky"), CancellationToken.None);

        Assert.Equal(200, page.Status);
        Assert.Equal(2, server.CountRequests("/flaky"));
    }

    [Fact]
    public async Task FetchAsync_DecodesWindows1251_WhenHeaderDeclaresIt()
    {
        var html = "<html><body><p>Экспорт вырос на 4%</p></body></html>";
        await using var server = new LoopbackServer(Routes(new()
        {
            ["/ru"] = () => ServerResponse.Bytes(CodePages.Get("windows-1251").GetBytes(html), "text/html; charset=windows-1251"),
        }));
        var fetcher = CreateFetcher();

        var page = await fetcher.FetchAsync(server.Url("/ru"), CancellationToken.None);

        Assert.Equal("windows-1251", page.Charset);
        Assert.Contains("Экспорт вырос на 4%", PageDecoder.Decode(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_ThrowsRobotsDisallowed_WhenRobotsTxtDisallowsPath()
    {
        await using var server = new LoopbackServer(Routes(new()
        {
            ["/robots.txt"] = () => ServerResponse.Html("User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /", "text/plain"),
            ["/private/page"] = () => ServerResponse.Html(Page),
            ["/public/page"] = () => ServerResponse.Html(Page),
        }));
        var fetcher = CreateFetcher();

        var error = await FetchFailsAsync(fetcher, server.Url("/private/page"));
        var allowed = await fetcher.FetchAsync(server.Url("/public/page"), CancellationToken.None);

        Assert.Equal(FetchErrorKind.RobotsDisallowed, error.Kind);
        Assert.Equal("robots.txt of 127.0.0.1 does not allow fetching /private/page", error.Message);
        Assert.Equal(200, allowed.Status);
        Assert.Equal(0, server.CountRequests("/private/page"));
        Assert.Equal(1, server.CountRequests("/robots.txt"));
    }

    [Fact]
    public async Task FetchAsync_ThrowsRobotsDisallowed_WhenRobotsTxtFailsWithServerError()
    {
        await using var server = new LoopbackServer(Routes(new()
        {
            ["/robots.txt"] = () => ServerResponse.Code(500),
            ["/page"] = () => ServerResponse.Html(Page),
        }));
        var fetcher = CreateFetcher();

        var error = await FetchFailsAsync(fetcher, server.Url("/page"));

        Assert.Equal(FetchErrorKind.RobotsDisallowed, error.Kind);
    }

    [Fact]
    public async Task FetchAsync_IgnoresRobotsTxt_WhenRespectRobotsIsOff()
    {
        await using var server = new LoopbackServer(Routes(new()
        {
            ["/robots.txt"] = () => ServerResponse.Html("User-agent: *\nDisallow: /", "text/plain"),
            ["/page"] = () => ServerResponse.Html(Page),
        }));
        var fetcher = CreateFetcher(("RespectRobots", "false"));

        var page = await fetcher.FetchAsync(server.Url("/page"), CancellationToken.None);

        Assert.Equal(200, page.Status);
        Assert.Equal(0, server.CountRequests("/robots.txt"));
    }

    [Fact]
    public async Task FetchAsync_SpacesRequestsToOneHost_WhenPerHostIntervalIsSet()
    {
        await using var server = new LoopbackServer(Routes(new() { ["/a"] = () => ServerResponse.Html(Page), ["/b"] = () => ServerResponse.Html(Page) }));
        var fetcher = CreateFetcher(("PerHostInterval", "00:00:00.300"), ("RespectRobots", "false"));

        // Measured on the client: the second request cannot start before the interval since the
        // first one started, however slow the machine is.
        var clock = Stopwatch.StartNew();
        await fetcher.FetchAsync(server.Url("/a"), CancellationToken.None);
        await fetcher.FetchAsync(server.Url("/b"), CancellationToken.None);

        // A few ms of slack for timer granularity: without spacing the two fetches take a few ms in all.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(280), $"two fetches took {clock.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task FetchAsync_ThrowsTimeout_WhenServerStalls()
    {
        await using var server = new LoopbackServer(Routes(new()
        {
            ["/slow"] = () => ServerResponse.Raw((stream, ct) => Task.Delay(TimeSpan.FromSeconds(30), ct)),
        }));
        var fetcher = CreateFetcher(("Timeout", "00:00:01"), ("RespectRobots", "false"));
        var clock = Stopwatch.StartNew();

        var error = await FetchFailsAsync(fetcher, server.Url("/slow"));

        Assert.Equal(FetchErrorKind.Timeout, error.Kind);
        Assert.Equal("timed out after 1 s", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task FetchAsync_ThrowsTimeout_WhenServerTricklesBody()
    {
        // Headers arrive at once and then a byte every 100 ms: no single read stalls, so only
        // the timeout over the whole fetch can end it.
        await using var server = new LoopbackServer(Routes(new()
        {
            ["/trickle"] = () => ServerResponse.Raw(async (stream, ct) =>
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n"), ct);
                for (var i = 0; i < 100000; i++)
                {
                    await stream.WriteAsync("x"u8.ToArray(), ct);
                    await stream.FlushAsync(ct);
                    await Task.Delay(100, ct);
                }
            }),
        }));
        var fetcher = CreateFetcher(("Timeout", "00:00:01"), ("RespectRobots", "false"));

        var error = await FetchFailsAsync(fetcher, server.Url("/trickle"));

        Assert.Equal(FetchErrorKind.Timeout, error.Kind);
        Assert.Equal("timed out after 1 s", error.Message);
    }

    [Fact]
    public async Task FetchAsync_ThrowsUnsupportedContentType_WhenPdfComesWithoutContentType()
    {
        await using var server = new LoopbackServer(Routes(new()
        {
            ["/download"] = () => new ServerResponse(200, "%PDF-1.7\n%binary"u8.ToArray(), []),
        }));
        var fetcher = CreateFetcher();

        var error = await FetchFailsAsync(fetcher, server.Url("/download"));

        Assert.Equal(FetchErrorKind.UnsupportedContentType, error.Kind);
        Assert.Equal("unsupported content type application/pdf: only HTML pages can be checked", error.Message);
    }

    [Fact]
    public async Task FetchAsync_ReadsOnlyDeclaredLength_WhenServerSendsMoreThanContentLength()
    {
        // A Content-Length smaller than what follows: the extra bytes are not part of the page.
        await using var server = new LoopbackServer(Routes(new()
        {
            ["/short"] = () => ServerResponse.Raw(async (stream, ct) =>
            {
                var body = "<p>Exports rose.</p>";
                var head = $"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head + body + new string('x', 200000)), ct);
            }),
        }));
        var fetcher = CreateFetcher(("MaxBytes", "65536"));

        var page = await fetcher.FetchAsync(server.Url("/short"), CancellationToken.None);

        Assert.Equal("<p>Exports rose.</p>", Encoding.ASCII.GetString(page.Body));
    }

    [Fact]
    public async Task FetchAsync_ThrowsRefused_WhenLoopbackIsNotAllowed()
    {
        await using var server = new LoopbackServer(Routes(new() { ["/a"] = () => ServerResponse.Html(Page) }));
        var fetcher = CreateFetcher(("AllowLoopback", "false"), ("AllowedPorts:0", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var literal = await FetchFailsAsync(fetcher, server.Url("/a"));
        var named = await FetchFailsAsync(fetcher, new Uri($"http://localhost:{server.Port}/a"));

        Assert.Equal(FetchErrorKind.Refused, literal.Kind);
        Assert.Equal("refused: 127.0.0.1 is a loopback address", literal.Message);
        Assert.Equal(FetchErrorKind.Refused, named.Kind);
        Assert.Matches("^refused: (127.0.0.1|::1) is a loopback address$", named.Message);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("http://2130706433/", "refused: 127.0.0.1 is a loopback address")]
    [InlineData("http://0x7f.1/", "refused: 127.0.0.1 is a loopback address")]
    [InlineData("http://[::1]/", "refused: ::1 is a loopback address")]
    [InlineData("http://[::ffff:127.0.0.1]/", "refused: ::ffff:127.0.0.1 is a loopback address")]
    [InlineData("http://[fd00::1]/", "refused: fd00::1 is a unique-local address")]
    [InlineData("https://100.64.0.1/", "refused: 100.64.0.1 is a carrier-grade NAT address")]
    public async Task FetchAsync_ThrowsRefused_WhenUrlSpellsInternalAddress(string url, string message)
    {
        var fetcher = CreateFetcher(("AllowLoopback", "false"));

        var error = await FetchFailsAsync(fetcher, new Uri(url));

        Assert.Equal(FetchErrorKind.Refused, error.Kind);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task FetchAsync_ThrowsRefused_WhenPortIsNotAllowed()
    {
        var fetcher = CreateFetcher(("AllowLoopback", "false"));

        var error = await FetchFailsAsync(fetcher, new Uri("http://example.org:8080/"));

        Assert.Equal(FetchErrorKind.Refused, error.Kind);
        Assert.Equal("refused: port 8080 is not allowed", error.Message);
    }

    [Theory]
    [InlineData("http://10.0.0.5/admin", "refused: 10.0.0.5 is a private address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "refused: 169.254.169.254 is a link-local address")]
    [InlineData("http://[::ffff:192.168.1.1]/", "refused: ::ffff:192.168.1.1 is a private address")]
    public async Task FetchAsync_ThrowsRefused_WhenRedirectPointsInsideNetwork(string target, string message)
    {
        await using var server = new LoopbackServer(Routes(new() { ["/go"] = () => ServerResponse.Redirect(target) }));
        var fetcher = CreateFetcher(("RespectRobots", "false"));

        var error = await FetchFailsAsync(fetcher, server.Url("/go"));

        Assert.Equal(FetchErrorKind.Refused, error.Kind);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/file")]
    [InlineData("http://user:secret@example.org/")]
    public async Task FetchAsync_ThrowsInvalidUrl_WhenNotPlainHttp(string url)
    {
        var fetcher = CreateFetcher();

        var error = await FetchFailsAsync(fetcher, new Uri(url));

        Assert.Equal(FetchErrorKind.InvalidUrl, error.Kind);
        Assert.StartsWith("not a valid http(s) URL: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseUrl_ThrowsInvalidUrl_WhenTextIsNotAUrl()
    {
        var error = Assert.Throws<FetchException>(() => HttpPageFetcher.ParseUrl("exports rose 4%"));

        Assert.Equal(FetchErrorKind.InvalidUrl, error.Kind);
        Assert.Equal("not a valid http(s) URL: exports rose 4%", error.Message);
    }

    [Fact]
    public async Task FetchAsync_ThrowsUnreachable_WhenNothingListens()
    {
        var fetcher = CreateFetcher(("RespectRobots", "false"));

        var error = await FetchFailsAsync(fetcher, new Uri("http://127.0.0.1:9/"));

        Assert.Equal(FetchErrorKind.Unreachable, error.Kind);
        Assert.Equal("could not connect to 127.0.0.1:9: connection refused", error.Message);
    }
}
