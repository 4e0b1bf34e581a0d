using System.Text;

namespace FactCheck.Core.Claims;

/// <summary>
/// The features of one word for the part-of-speech tagger: the word, its affixes and shape, and the same
/// for two words either side. Shared by training (FactCheck.Train) and tagging so both see identical input.
/// </summary>
/// <remarks>
/// A window, not a sequence model: the extractor asks about one word next to a number, and a window
/// answers that with one prediction instead of tagging the whole sentence.
/// </remarks>
internal static class TaggerFeatures
{
    /// <summary>Space-separated feature strings for <paramref name="words"/>[<paramref name="i"/>], hashed by the model.</summary>
    public static string Describe(IReadOnlyList<string> words, int i)
    {
        var sb = new StringBuilder(256);
        var w = words[i];
        var lower = Lower(w);
        Add(sb, "w=", lower);
        for (var n = 1; n <= 4; n++)
        {
            if (lower.Length > n)
            {
                Add(sb, "s" + n + "=", lower[^n..]);
            }
        }

        if (lower.Length > 3)
        {
            Add(sb, "p3=", lower[..3]);
        }

        Add(sb, "sh=", Shape(w));
        if (i == 0)
        {
            sb.Append("first ");
        }
        else if (char.IsUpper(w[0]))
        {
            sb.Append("cap ");
        }

        for (var d = -2; d <= 2; d++)
        {
            if (d == 0)
            {
                continue;
            }

            var j = i + d;
            var tag = d < 0 ? "m" + -d : "p" + d;
            if (j < 0 || j >= words.Count)
            {
                Add(sb, "w" + tag + "=", j < 0 ? "<s>" : "</s>");
                continue;
            }

            var other = Lower(words[j]);
            Add(sb, "w" + tag + "=", other);
            if (d is -1 or 1)
            {
                Add(sb, "s" + tag + "=", other.Length > 3 ? other[^3..] : other);
                Add(sb, "sh" + tag + "=", Shape(words[j]));
            }
        }

        Add(sb, "bm=", (i > 0 ? Lower(words[i - 1]) : "<s>") + "_" + lower);
        Add(sb, "bp=", lower + "_" + (i + 1 < words.Count ? Lower(words[i + 1]) : "</s>"));
        return sb.ToString();
    }

    private static string Lower(string word) => word.ToLowerInvariant().Replace(' ', '_');

    /// <summary>"Xx", "x", "d", "d,d.d", "X-d": character classes with runs collapsed.</summary>
    internal static string Shape(string word)
    {
        var sb = new StringBuilder(8);
        var last = '\0';
        foreach (var c in word)
        {
            var k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsWhiteSpace(c) ? '_' : c;
            if (k != last)
            {
                sb.Append(k);
                last = k;
            }

            if (sb.Length >= 6)
            {
                break;
            }
        }

        return sb.ToString();
    }

    private static void Add(StringBuilder sb, string prefix, string value) => sb.Append(prefix).Append(value).Append(' ');
}
