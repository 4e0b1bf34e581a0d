using System.Text;
using FactCheck.Core.Fetching;

namespace FactCheck.Core.Tests.Fetching;

public class PageDecoderTests
{
    [Fact]
    public void Decode_UsesHeaderCharset_WhenDeclared()
    {
        var bytes = CodePages.Get("windows-1251").GetBytes("<p>Экспорт</p>");

        Assert.Equal("<p>Экспорт</p>", PageDecoder.Decode(bytes, "text/html; charset=windows-1251"));
    }

    [Fact]
    public void Decode_SniffsMetaCharset_WhenHeaderHasNone()
    {
        var bytes = CodePages.Get("windows-1252").GetBytes("<html><head><meta charset=\"windows-1252\"></head><body>Café 5 €</body></html>");

        Assert.Contains("Café 5 €", PageDecoder.Decode(bytes, "text/html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_SniffsHttpEquiv_WhenHeaderHasNone()
    {
        var bytes = CodePages.Get("iso-8859-2").GetBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\"><p>Łódź</p>");

        Assert.Contains("Łódź", PageDecoder.Decode(bytes, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_PrefersBom_WhenHeaderDisagrees()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<p>Ünïcode</p>")).ToArray();

        Assert.Equal("<p>Ünïcode</p>", PageDecoder.Decode(bytes, "text/html; charset=windows-1252"));
    }

    [Fact]
    public void Decode_DefaultsToUtf8_WhenNothingDeclared() =>
        Assert.Equal("<p>Київ</p>", PageDecoder.Decode(Encoding.UTF8.GetBytes("<p>Київ</p>"), "text/html"));

    [Fact]
    public void Decode_FallsBackToWindows1252_WhenUndeclaredBytesAreNotUtf8() =>
        Assert.Equal("<p>café</p>", PageDecoder.Decode(CodePages.Get("windows-1252").GetBytes("<p>café</p>"), null));

    [Fact]
    public void Decode_TreatsLatin1LabelAsWindows1252_WhenDeclared() =>
        Assert.Equal("“quoted”", PageDecoder.Decode(CodePages.Get("windows-1252").GetBytes("“quoted”"), "text/html; charset=ISO-8859-1"));

    [Fact]
    public void DeclaredCharset_ReturnsNull_WhenNothingDeclared() =>
        Assert.Null(PageDecoder.DeclaredCharset("<p>x</p>"u8.ToArray(), "text/html"));
    [Theory]
    [InlineData("text/html", "<meta charset=\"gb2312\"><p>中国海关数据显示出口增长</p>")]
    [InlineData("text/html; charset=ISO-8859-1", "<p>Café prices rose 5 € in Köln</p>")]
    public void Decode_ReadsUtf8_WhenDeclaredLegacyCharsetContradictsValidUtf8Bytes(string contentType, string html) =>
        Assert.Equal(html, PageDecoder.Decode(Encoding.UTF8.GetBytes(html), contentType));

    [Fact]
    public void Decode_KeepsDeclaredCharset_WhenBytesAreNotUtf8()
    {
        const string html = "<meta charset=\"gb2312\"><p>中国海关数据显示出口增长</p>";

        Assert.Equal(html, PageDecoder.Decode(CodePages.Get("gb2312").GetBytes(html), "text/html"));
    }
}
