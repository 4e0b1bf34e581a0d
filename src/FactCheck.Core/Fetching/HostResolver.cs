using System.Net;

namespace FactCheck.Core.Fetching;

/// <summary>
/// Turns a host name into addresses for the fetcher's connect step. Replaceable so tests can
/// make a name resolve to loopback or a metadata address without touching real DNS.
/// </summary>
public interface IHostResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

/// <summary>The operating system's resolver (hosts file, then DNS).</summary>
public sealed class SystemHostResolver : IHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}
