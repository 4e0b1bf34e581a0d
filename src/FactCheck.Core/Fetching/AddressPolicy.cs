using System.Net;
using System.Net.Sockets;

namespace FactCheck.Core.Fetching;

/// <summary>Which IP addresses a fetch may connect to: public unicast only (SSRF guard).</summary>
public static class AddressPolicy
{
    /// <summary>Null when the address may be fetched, otherwise why not ("a private address").</summary>
    public static string? WhyRefused(IPAddress address, bool allowLoopback)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // Addresses that carry an IPv4 address reach that IPv4 host, so judge it instead.
            if (address.IsIPv4MappedToIPv6)
            {
                return WhyRefusedV4(address.MapToIPv4(), allowLoopback);
            }

            var b = address.GetAddressBytes();
            if (b.AsSpan().StartsWith((byte[])[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) && !IPAddress.IPv6Loopback.Equals(address) && !IPAddress.IPv6Any.Equals(address))
            {
                return "an IPv4-compatible IPv6 address";
            }

            if (b.AsSpan().StartsWith((byte[])[0x00, 0x64, 0xff, 0x9b]))
            {
                return WhyRefusedV4(new IPAddress(b.AsSpan(12, 4)), allowLoopback);
            }

            if (b.AsSpan().StartsWith((byte[])[0x20, 0x02]))
            {
                return WhyRefusedV4(new IPAddress(b.AsSpan(2, 4)), allowLoopback);
            }

            return WhyRefusedV6(address, b, allowLoopback);
        }

        return address.AddressFamily == AddressFamily.InterNetwork
            ? WhyRefusedV4(address, allowLoopback)
            : "not an IP address";
    }

    private static string? WhyRefusedV4(IPAddress address, bool allowLoopback)
    {
        var b = address.GetAddressBytes();
        return b switch
        {
            [127, ..] => allowLoopback ? null : "a loopback address",
            [0, ..] => "an unspecified address",
            [10, ..] => "a private address",
            [172, >= 16 and <= 31, ..] => "a private address",
            [192, 168, ..] => "a private address",
            [169, 254, ..] => "a link-local address",
            [100, >= 64 and <= 127, ..] => "a carrier-grade NAT address",
            [255, 255, 255, 255] => "a broadcast address",
            [>= 224 and <= 239, ..] => "a multicast address",
            [>= 240, ..] => "a reserved address",
            [192, 0, 0, _] => "a reserved address",
            [192, 0, 2, _] or [198, 51, 100, _] or [203, 0, 113, _] => "a documentation address",
            [198, 18 or 19, ..] => "a benchmarking address",
            _ => null,
        };
    }

    private static string? WhyRefusedV6(IPAddress address, byte[] b, bool allowLoopback)
    {
        if (IPAddress.IPv6Loopback.Equals(address))
        {
            return allowLoopback ? null : "a loopback address";
        }

        if (IPAddress.IPv6Any.Equals(address))
        {
            return "an unspecified address";
        }

        return b switch
        {
            [0xfe, >= 0x80 and <= 0xbf, ..] => "a link-local address",
            [0xfe, >= 0xc0, ..] => "a site-local address",
            [0xfc or 0xfd, ..] => "a unique-local address",
            [0xff, ..] => "a multicast address",
            [0x20, 0x01, 0x0d, 0xb8, ..] => "a documentation address",
            [0x01, 0x00, 0, 0, 0, 0, 0, 0, ..] => "a discard-only address",
            // Only global unicast (2000::/3) is routed on the internet.
            [< 0x20 or >= 0x40, ..] => "a reserved address",
            _ => null,
        };
    }
}
