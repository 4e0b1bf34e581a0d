using System.Globalization;
using System.Net;
using System.Net.Sockets;
using FactCheck.Core.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Core.Tests.Fetching;

/// <summary>
/// Hostile targets an editor could paste. Each must be refused before any connection is made:
/// a listener on 127.0.0.1 and ::1 at the port the targets use counts every connection that
/// reaches it, and that count must stay at zero.
/// </summary>
public sealed class SsrfTests : IAsyncDisposable
{
    private readonly SentinelListener _sentinel = new();
    private readonly List<ServiceProvider> _providers = [];

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        _sentinel.Dispose();
    }

    /// <summary>Names the stub resolver knows; anything else fails to resolve, and no real DNS is asked.</summary>
    private static readonly Dictionary<string, string[]> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["localhost"] = ["127.0.0.1", "::1"],
        ["loopback.test"] = ["127.0.0.1"],
        ["v6-loopback.test"] = ["::1"],
        ["mapped-loopback.test"] = ["::ffff:127.0.0.1"],
        ["public-and-loopback.test"] = ["93.184.216.34", "127.0.0.1"],
        ["metadata.google.internal"] = ["169.254.169.254"],
        ["intranet.test"] = ["10.1.2.3"],
        ["router.test"] = ["192.168.1.1"],
        ["nat64-loopback.test"] = ["64:ff9b::7f00:1"],
    };

    /// <summary>{P} is the sentinel's port, so a target that slipped through would reach it.</summary>
    public static TheoryData<string> HostileTargets() =>
    [
        // Loopback, spelled every way a URL parser or inet_aton accepts.
        "http://127.0.0.1:{P}/",
        "http://127.1:{P}/",
        "http://127.0.1:{P}/",
        "http://127.255.255.254:{P}/",
        "http://2130706433:{P}/",
        "http://0x7f000001:{P}/",
        "http://0x7f.0x0.0x0.0x1:{P}/",
        "http://0x7f.1:{P}/",
        "http://0177.0.0.1:{P}/",
        "http://0177.0000.0000.0001:{P}/",
        "http://017700000001:{P}/",
        "https://127.0.0.1:{P}/",
        "http://[::1]:{P}/",
        "http://[0:0:0:0:0:0:0:1]:{P}/",
        "http://[::ffff:127.0.0.1]:{P}/",
        "http://[::ffff:7f00:1]:{P}/",
        "http://[64:ff9b::127.0.0.1]:{P}/",
        "http://[2002:7f00:1::]:{P}/",
        "http://[::127.0.0.1]:{P}/",

        // "This host" addresses connect to the local machine.
        "http://0.0.0.0:{P}/",
        "http://0:{P}/",
        "http://[::]:{P}/",

        // Names for the local machine, and names a resolver maps to it.
        "http://localhost:{P}/",
        "http://localhost.:{P}/",
        "http://LOCALHOST:{P}/",
        "http://loopback.test:{P}/",
        "http://v6-loopback.test:{P}/",
        "http://mapped-loopback.test:{P}/",
        "http://public-and-loopback.test:{P}/",
        "http://nat64-loopback.test:{P}/",

        // Cloud metadata services.
        "http://169.254.169.254/latest/meta-data/",
        "http://2852039166/latest/meta-data/",
        "http://0251.0376.0251.0376/latest/meta-data/",
        "http://0xa9fea9fe/latest/meta-data/",
        "http://[::ffff:169.254.169.254]/latest/meta-data/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://metadata.google.internal/computeMetadata/v1/",
        "http://100.100.100.200/latest/meta-data/",

        // Private, link-local, unique-local, CGNAT, multicast and reserved ranges.
        "http://10.0.0.1/",
        "http://167772161/",
        "http://172.16.0.1/",
        "http://192.168.0.1/",
        "http://intranet.test/",
        "http://router.test/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
        "http://100.64.0.1/",
        "http://224.0.0.1/",
        "http://255.255.255.255/",
        "http://[ff02::1]/",
        "http://192.0.0.170/",
        "http://198.18.0.1/",
    ];

    [Theory]
    [MemberData(nameof(HostileTargets))]
    public async Task FetchAsync_RefusesBeforeConnecting_WhenTargetIsHostile(string template)
    {
        var url = new Uri(template.Replace("{P}", _sentinel.Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var fetcher = CreateFetcher(allowLoopback: false);

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(url, CancellationToken.None));

        Assert.Equal(FetchErrorKind.Refused, error.Kind);
        Assert.Matches(@"^refused: \S+ is an? [\w\- ]+ address$", error.Message);
        Assert.Equal(0, _sentinel.Connections);
    }

    [Fact]
    public async Task FetchAsync_RefusesBeforeConnecting_WhenPortIsNotAllowed()
    {
        var fetcher = CreateFetcher(allowLoopback: false);

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri("http://93.184.216.34:22/"), CancellationToken.None));

        Assert.Equal(FetchErrorKind.Refused, error.Kind);
        Assert.Equal("refused: port 22 is not allowed", error.Message);
    }

    [Theory]
    [InlineData("http://metadata.google.internal/computeMetadata/v1/", "refused: 169.254.169.254 is a link-local address")]
    [InlineData("http://intranet.test/admin", "refused: 10.1.2.3 is a private address")]
    [InlineData("http://[::ffff:10.0.0.1]/", "refused: ::ffff:10.0.0.1 is a private address")]
    [InlineData("http://2852039166/", "refused: 169.254.169.254 is a link-local address")]
    public async Task FetchAsync_RefusesAtLastHop_WhenRedirectChainEndsInsideNetwork(string target, string message)
    {
        // The chain starts on an allowed server (loopback is opened for it) and walks two hops
        // before it points inside the network.
        await using var server = new LoopbackServer(request => request.Path switch
        {
            "/start" => ServerResponse.Redirect("/middle", 301),
            "/middle" => ServerResponse.Redirect(target, 302),
            _ => ServerResponse.Code(404),
        });
        var fetcher = CreateFetcher(allowLoopback: true);

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Url("/start"), CancellationToken.None));

        Assert.Equal(FetchErrorKind.Refused, error.Kind);
        Assert.Equal(message, error.Message);
        Assert.Equal(1, server.CountRequests("/start"));
        Assert.Equal(1, server.CountRequests("/middle"));
    }

    [Fact]
    public async Task FetchAsync_ConnectsToResolvedAddress_WhenNameResolvesToAllowedLoopback()
    {
        // The positive control for the table: the same stub resolver, loopback allowed, reaches the server.
        await using var server = new LoopbackServer(_ => ServerResponse.Html("<p>ok</p>"));
        var fetcher = CreateFetcher(allowLoopback: true);

        var page = await fetcher.FetchAsync(new Uri($"http://loopback.test:{server.Port}/page"), CancellationToken.None);

        Assert.Equal(200, page.Status);
        Assert.Equal(1, server.CountRequests("/page"));
    }

    private IPageFetcher CreateFetcher(bool allowLoopback)
    {
        var port = _sentinel.Port.ToString(CultureInfo.InvariantCulture);
        var settings = new Dictionary<string, string?>
        {
            ["FactCheck:Fetching:AllowLoopback"] = allowLoopback ? "true" : "false",
            ["FactCheck:Fetching:AllowedPorts:0"] = "80",
            ["FactCheck:Fetching:AllowedPorts:1"] = "443",
            ["FactCheck:Fetching:AllowedPorts:2"] = port,
            ["FactCheck:Fetching:PerHostInterval"] = "00:00:00",
            ["FactCheck:Fetching:MaxRetries"] = "0",
            ["FactCheck:Fetching:Timeout"] = "00:00:10",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var provider = new ServiceCollection()
            .AddSingleton<IHostResolver>(new StubResolver(Names))
            .AddFetching(configuration)
            .BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<IPageFetcher>();
    }

    private sealed class StubResolver(Dictionary<string, string[]> names) : IHostResolver
    {
        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
            names.TryGetValue(host.TrimEnd('.'), out var addresses)
                ? Task.FromResult(addresses.Select(IPAddress.Parse).ToArray())
                : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
    }

    /// <summary>Listens on 127.0.0.1 and, where the machine has it, ::1 at one port and counts accepted connections.</summary>
    private sealed class SentinelListener : IDisposable
    {
        private readonly List<TcpListener> _listeners = [];
        private int _connections;

        public SentinelListener()
        {
            var v4 = new TcpListener(IPAddress.Loopback, 0);
            v4.Start();
            _listeners.Add(v4);
            Port = ((IPEndPoint)v4.LocalEndpoint).Port;
            if (Socket.OSSupportsIPv6)
            {
                try
                {
                    var v6 = new TcpListener(IPAddress.IPv6Loopback, Port);
                    v6.Start();
                    _listeners.Add(v6);
                }
                catch (SocketException)
                {
                    // ::1 is missing or the port is taken there; the IPv4 sentinel still counts.
                }
            }

            foreach (var listener in _listeners)
            {
                _ = AcceptAsync(listener);
            }
        }

        public int Port { get; }

        /// <summary>Accepted connections, plus any the kernel completed that the accept loop has not taken yet.</summary>
        public int Connections => Volatile.Read(ref _connections) + _listeners.Count(l => l.Pending());

        private async Task AcceptAsync(TcpListener listener)
        {
            try
            {
                while (true)
                {
                    using var client = await listener.AcceptTcpClientAsync();
                    Interlocked.Increment(ref _connections);
                }
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                // Stopped.
            }
        }

        public void Dispose()
        {
            foreach (var listener in _listeners)
            {
                listener.Stop();
            }
        }
    }
}
