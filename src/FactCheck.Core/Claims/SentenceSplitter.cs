using System.Collections.Frozen;

namespace FactCheck.Core.Claims;

/// <summary>Splits text into sentences without breaking "U.S.", "Dr. Smith", "1.5" or "Oct. 14".</summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "plc", "llc", "vs", "etc",
        "no", "nos", "vol", "fig", "approx", "est", "dept", "gov", "gen", "sen", "rep", "col", "lt", "capt", "sgt",
        "cmdr", "adm", "rev", "hon", "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "ave", "blvd", "rd", "mt", "ft", "pp", "p",
        "e.g", "i.e", "al", "cf", "op", "ed", "eds", "govt", "univ", "assn", "bros", "mln", "bn",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Sentence spans (start, length) in text order; whitespace between sentences belongs to none.</summary>
    public static IReadOnlyList<(int Start, int Length)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(int, int)>();
        var start = SkipSpace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];

            // A line break ends a sentence: headlines, captions and list items carry no final stop.
            if (c == '\n')
            {
                Add(spans, text, start, i);
                start = SkipSpace(text, i + 1);
                i = start;
                continue;
            }

            if (c is '.' or '!' or '?' or '…' && IsBoundary(text, i))
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')')
                {
                    end++;
                }

                Add(spans, text, start, end);
                start = SkipSpace(text, end);
                i = start;
                continue;
            }

            i++;
        }

        Add(spans, text, start, text.Length);
        return spans;
    }

    private static bool IsBoundary(string text, int i)
    {
        var next = i + 1;
        while (next < text.Length && text[next] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')')
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        var after = SkipSpace(text, next);
        if (after >= text.Length)
        {
            return true;
        }

        var nc = text[after];
        if (!(char.IsUpper(nc) || char.IsDigit(nc) || nc is '"' or '“' or '‘' or '(' or '['))
        {
            return false;
        }

        if (text[i] != '.')
        {
            return true;
        }

        // The word before the stop: an abbreviation or an initial ("U.S.", "J.") does not end a sentence
        // unless a new sentence clearly starts (we cannot tell, so we keep them together).
        var w = i;
        while (w > 0 && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }

        var word = text.AsSpan(w, i - w);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        if (word.Contains('.'))
        {
            // "U.S" / "e.g": dotted abbreviations; a capital after them usually starts a name.
            return false;
        }

        return !Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void Add(List<(int, int)> spans, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add((start, end - start));
        }
    }
}
