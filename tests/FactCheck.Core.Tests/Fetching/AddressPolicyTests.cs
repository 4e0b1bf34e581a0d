using System.Net;
using FactCheck.Core.Fetching;

namespace FactCheck.Core.Tests.Fetching;

public class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("127.53.1.9", "a loopback address")]
    [InlineData("10.0.0.5", "a private address")]
    [InlineData("172.16.0.1", "a private address")]
    [InlineData("172.31.255.255", "a private address")]
    [InlineData("192.168.1.1", "a private address")]
    [InlineData("169.254.169.254", "a link-local address")]
    [InlineData("100.64.0.1", "a carrier-grade NAT address")]
    [InlineData("100.127.255.254", "a carrier-grade NAT address")]
    [InlineData("224.0.0.1", "a multicast address")]
    [InlineData("0.0.0.0", "an unspecified address")]
    [InlineData("255.255.255.255", "a broadcast address")]
    [InlineData("240.0.0.1", "a reserved address")]
    public void WhyRefused_ReturnsReason_WhenIPv4IsNotPublic(string address, string reason) =>
        Assert.Equal(reason, AddressPolicy.WhyRefused(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("::1", "a loopback address")]
    [InlineData("::", "an unspecified address")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("febf::1", "a link-local address")]
    [InlineData("fc00::1", "a unique-local address")]
    [InlineData("fd12:3456::1", "a unique-local address")]
    [InlineData("ff02::1", "a multicast address")]
    [InlineData("2001:db8::1", "a documentation address")]
    public void WhyRefused_ReturnsReason_WhenIPv6IsNotPublic(string address, string reason) =>
        Assert.Equal(reason, AddressPolicy.WhyRefused(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("::ffff:127.0.0.1", "a loopback address")]
    [InlineData("::ffff:10.0.0.5", "a private address")]
    [InlineData("::ffff:172.20.1.1", "a private address")]
    [InlineData("::ffff:192.168.0.10", "a private address")]
    [InlineData("::ffff:169.254.169.254", "a link-local address")]
    [InlineData("::ffff:100.64.1.1", "a carrier-grade NAT address")]
    [InlineData("::ffff:239.1.1.1", "a multicast address")]
    [InlineData("::ffff:0.0.0.0", "an unspecified address")]
    [InlineData("::ffff:255.255.255.255", "a broadcast address")]
    [InlineData("64:ff9b::a00:5", "a private address")]
    [InlineData("2002:a9fe:a9fe::1", "a link-local address")]
    public void WhyRefused_ReturnsReasonOfEmbeddedIPv4_WhenIPv6CarriesIPv4(string address, string reason) =>
        Assert.Equal(reason, AddressPolicy.WhyRefused(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("::ffff:93.184.216.34")]
    [InlineData("2606:4700:4700::1111")]
    public void WhyRefused_ReturnsNull_WhenAddressIsPublic(string address) =>
        Assert.Null(AddressPolicy.WhyRefused(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.1.2.3")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void WhyRefused_ReturnsNull_WhenLoopbackIsAllowed(string address) =>
        Assert.Null(AddressPolicy.WhyRefused(IPAddress.Parse(address), allowLoopback: true));

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("169.254.169.254")]
    [InlineData("fe80::1")]
    [InlineData("::ffff:192.168.1.1")]
    public void WhyRefused_StillRefuses_WhenLoopbackIsAllowedButAddressIsPrivate(string address) =>
        Assert.NotNull(AddressPolicy.WhyRefused(IPAddress.Parse(address), allowLoopback: true));
}
