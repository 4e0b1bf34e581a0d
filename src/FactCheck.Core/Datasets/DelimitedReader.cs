using System.Text;

namespace FactCheck.Core.Datasets;

/// <summary>One record of a delimited file and the line it starts on (1-based, counting the header).</summary>
public sealed record DelimitedRow(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// Streams CSV/TSV (RFC 4180 quoting, any of , ; tab |) record by record, so files of hundreds of MB never sit
/// in memory. Detects the encoding and the delimiter from the start of the file unless told.
/// </summary>
public static class DelimitedReader
{
    private const int SampleBytes = 64 * 1024;
    private static readonly char[] Candidates = [',', ';', '\t', '|'];

    static DelimitedReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Opens a stream as text: a BOM wins, then the given name, then UTF-8 if the sample is valid UTF-8, else Windows-1252.</summary>
    public static TextReader OpenText(Stream stream, string? encodingName, out Encoding encoding)
    {
        var buffered = new BufferedStream(stream, SampleBytes);
        var sample = new byte[SampleBytes];
        var read = 0;
        while (read < sample.Length)
        {
            var n = buffered.Read(sample, read, sample.Length - read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        encoding = Detect(sample.AsSpan(0, read), encodingName);
        var rest = new ConcatStream(sample.AsMemory(0, read), buffered);
        // Replacement characters mark bytes that are not in the encoding; rows holding them are reported, not guessed at.
        var decoding = encoding is UTF8Encoding ? new UTF8Encoding(false, throwOnInvalidBytes: false) : encoding;
        return new StreamReader(rest, decoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
    }

    internal static Encoding Detect(ReadOnlySpan<byte> sample, string? encodingName)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new UTF8Encoding(false);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode;
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }

        if (!string.IsNullOrWhiteSpace(encodingName))
        {
            try
            {
                return Encoding.GetEncoding(encodingName);
            }
            catch (ArgumentException)
            {
                throw new DatasetException($"Unknown text encoding \"{encodingName}\".");
            }
        }

        return IsMostlyUtf8(sample) ? new UTF8Encoding(false) : Encoding.GetEncoding(1252);
    }

    /// <summary>
    /// Valid UTF-8, allowing a sequence cut off at the end of the sample and stray bytes of a mixed file: a file in a
    /// single-byte encoding has almost no valid multi-byte sequences, a mostly-UTF-8 file has more valid ones than bad.
    /// </summary>
    private static bool IsMostlyUtf8(ReadOnlySpan<byte> sample)
    {
        int valid = 0, invalid = 0;
        for (var i = 0; i < sample.Length;)
        {
            var b = sample[i];
            var length = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
            if (length == 0)
            {
                invalid++;
                i++;
                continue;
            }

            if (i + length > sample.Length)
            {
                break;
            }

            var ok = true;
            for (var k = 1; k < length; k++)
            {
                ok &= (sample[i + k] & 0xC0) == 0x80;
            }

            if (ok)
            {
                if (length > 1)
                {
                    valid++;
                }

                i += length;
            }
            else
            {
                invalid++;
                i++;
            }
        }

        return invalid == 0 || valid > invalid;
    }

    /// <summary>The delimiter that splits the first lines into the same, largest number of fields.</summary>
    public static char DetectDelimiter(string sample)
    {
        var lines = sample.Split('\n').Take(20).Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count == 0)
        {
            return ',';
        }

        return Candidates
            .Select(c => (Delimiter: c, Counts: lines.Select(l => CountOutsideQuotes(l, c)).ToList()))
            .Where(x => x.Counts[0] > 0)
            .OrderByDescending(x => x.Counts.Count(n => n == x.Counts[0]))
            .ThenByDescending(x => x.Counts[0])
            .Select(x => x.Delimiter)
            .DefaultIfEmpty(',')
            .First();
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Reads records; a quoted field may span lines. An unterminated quote is an error on the line it opened.</summary>
    public static IEnumerable<DelimitedRow> Read(TextReader reader, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var startLine = 1;
        var quoted = false;
        var afterQuote = false;
        var any = false;
        int next;
        while ((next = reader.Read()) >= 0)
        {
            var c = (char)next;
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                afterQuote = false;
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                fields.Add(field.ToString());
                field.Clear();
                if (fields.Count > 1 || fields[0].Length > 0)
                {
                    yield return new DelimitedRow(startLine, fields.ToArray());
                }

                fields.Clear();
                afterQuote = false;
                line++;
                startLine = line;
            }
            else if (c == '"' && field.Length == 0 && !afterQuote)
            {
                quoted = true;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new DatasetException($"Line {startLine}: a quoted field is never closed.");
        }

        if (any && (fields.Count > 0 || field.Length > 0))
        {
            fields.Add(field.ToString());
            yield return new DelimitedRow(startLine, fields.ToArray());
        }
    }

    /// <summary>The sample already read, then the rest of the stream.</summary>
    private sealed class ConcatStream(ReadOnlyMemory<byte> head, Stream tail) : Stream
    {
        private int position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (position < head.Length)
            {
                var n = Math.Min(count, head.Length - position);
                head.Span.Slice(position, n).CopyTo(buffer.AsSpan(offset, n));
                position += n;
                return n;
            }

            return tail.Read(buffer, offset, count);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                tail.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
