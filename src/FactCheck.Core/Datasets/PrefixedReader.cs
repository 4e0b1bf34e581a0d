namespace FactCheck.Core.Datasets;

/// <summary>Text already read for sniffing, followed by the rest of the reader: lets detection look ahead without a seekable stream.</summary>
internal sealed class PrefixedReader(string prefix, TextReader rest) : TextReader
{
    private int position;

    public override int Peek() => position < prefix.Length ? prefix[position] : rest.Peek();

    public override int Read() => position < prefix.Length ? prefix[position++] : rest.Read();

    public static (string Sample, TextReader Reader) Sniff(TextReader reader, int chars)
    {
        var buffer = new char[chars];
        var read = reader.ReadBlock(buffer, 0, chars);
        var sample = new string(buffer, 0, read);
        return (sample, new PrefixedReader(sample, reader));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
