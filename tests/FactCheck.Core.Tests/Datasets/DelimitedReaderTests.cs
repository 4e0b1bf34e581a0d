using System.Text;
using FactCheck.Core.Datasets;

namespace FactCheck.Core.Tests.Datasets;

public class DelimitedReaderTests
{
    [Fact]
    public void Read_KeepsQuotedDelimitersNewlinesAndQuotes_WhenFieldsAreQuoted()
    {
        var rows = DelimitedReader.Read(new StringReader("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\r\nlast,1"), ',').ToList();

        Assert.Equal(3, rows.Count);
        Assert.Equal(["x, y", "say \"hi\"\nthere"], rows[1].Fields);
        Assert.Equal(2, rows[1].Line);
        Assert.Equal(4, rows[2].Line);
    }

    [Fact]
    public void Read_Throws_WhenQuoteIsNeverClosed()
    {
        var e = Assert.Throws<DatasetException>(() => DelimitedReader.Read(new StringReader("a,b\n\"open,1\n"), ',').ToList());

        Assert.Contains("Line 2", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("country,year,value\nRussia,2024,1\n", ',')]
    [InlineData("country;year;value\nRussia;2024;1,5\n", ';')]
    [InlineData("country\tyear\tvalue\nRussia\t2024\t1\n", '\t')]
    [InlineData("country|year|value\n\"A, B\"|2024|1\n", '|')]
    public void DetectDelimiter_FindsTheSeparator_WhenHeaderAndRowsAgree(string sample, char expected) =>
        Assert.Equal(expected, DelimitedReader.DetectDelimiter(sample));

    [Fact]
    public void OpenText_ReadsWindows1252_WhenBytesAreNotUtf8()
    {
        var bytes = Encoding.Latin1.GetBytes("country,value\nC\u00f4te d'Ivoire,5\n");

        using var reader = DelimitedReader.OpenText(new MemoryStream(bytes), null, out var encoding);

        Assert.Equal(1252, encoding.CodePage);
        Assert.Contains("C\u00f4te d'Ivoire", reader.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void OpenText_MarksBadBytes_WhenUtf8FileHasALatin1Line()
    {
        var bytes = Encoding.UTF8.GetBytes("country,value\n\u00c5land,1\nS\u00e3o Tom\u00e9,2\n").Concat(Encoding.Latin1.GetBytes("Cura\u00e7ao,3\n")).ToArray();

        using var reader = DelimitedReader.OpenText(new MemoryStream(bytes), null, out var encoding);
        var text = reader.ReadToEnd();

        Assert.Equal(Encoding.UTF8.WebName, encoding.WebName);
        Assert.Contains("S\u00e3o Tom\u00e9", text, StringComparison.Ordinal);
        Assert.Contains("Cura\uFFFDao", text, StringComparison.Ordinal);
    }
}
