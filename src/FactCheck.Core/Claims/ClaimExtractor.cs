namespace FactCheck.Core.Claims;

/// <summary>Groups quantities into claims with their measure, actors, period, place and attribution. Pure.</summary>
public sealed class ClaimExtractor(QuantityExtractor quantities)
{
    /// <summary>A claim extractor with its default quantity extractor.</summary>
    public static ClaimExtractor Create() => new(new QuantityExtractor());

    /// <param name="text">The article text (<see cref="Articles.Article.Text"/>).</param>
    /// <param name="published">Publish time, to resolve "in August" to a year.</param>
    public IReadOnlyList<Claim> Extract(string text, DateTimeOffset? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = quantities.Extract(text);
        if (found.Count == 0)
        {
            return [];
        }

        var sentences = SentenceSplitter.Split(text);
        var groups = new List<(int Sentence, List<Quantity> Quantities)>();
        var s = 0;
        foreach (var q in found)
        {
            // A quantity between two sentences (in their whitespace) joins the next one.
            while (s < sentences.Count - 1 && sentences[s].Start + sentences[s].Length <= q.Start)
            {
                s++;
            }

            if (groups.Count == 0 || groups[^1].Sentence != s)
            {
                groups.Add((s, []));
            }

            groups[^1].Quantities.Add(q);
        }

        var claims = new List<Claim>(found.Count);
        foreach (var (index, group) in groups)
        {
            var (start, length) = sentences[index];
            var context = new SentenceContext(text.Substring(start, length), start, group, published, quantities.Tagger);
            claims.AddRange(context.Claims(claims.Count));
        }

        return claims;
    }

    /// <summary>
    /// A figure and the conversion stated beside it: "328,000 miles (527,865 km)", "40 miles, or 64 km",
    /// "about 120 miles (about 190 km)". Both must measure the same dimension in different units.
    /// </summary>
    internal static bool IsConversion(string sentence, int sentenceStart, Quantity first, Quantity second)
    {
        if (first.Dimension != second.Dimension || first.Unit == second.Unit || first.IsRange != second.IsRange
            || first.Dimension is Dimension.None or Dimension.Count or Dimension.Multiplier)
        {
            return false;
        }

        var gap = sentence.AsSpan(first.End - sentenceStart, second.Start - first.End).Trim();
        var parenthesised = gap.StartsWith("(") || gap.StartsWith("[");
        if (parenthesised)
        {
            gap = gap[1..].Trim();
        }
        else if (gap.StartsWith(","))
        {
            gap = gap[1..].Trim();
            if (!StartsWithWord(gap, "or"))
            {
                return false;
            }

            gap = gap[2..].Trim();
        }
        else if (StartsWithWord(gap, "or"))
        {
            gap = gap[2..].Trim();
        }
        else
        {
            return false;
        }

        // What may stand between: a hedge ("about", "roughly"), "or", "some", "~", "c.".
        foreach (var word in gap.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is not ("about" or "around" or "roughly" or "approximately" or "nearly" or "almost" or "some"
                or "or" or "~" or "≈" or "c." or "approx." or "over" or "more" or "than" or "up" or "to" or "under"))
            {
                return false;
            }
        }

        if (!parenthesised)
        {
            return true;
        }

        var after = second.End - sentenceStart;
        while (after < sentence.Length && sentence[after] == ' ')
        {
            after++;
        }

        return after < sentence.Length && sentence[after] is ')' or ']' or ',' or ';';
    }

    private static bool StartsWithWord(ReadOnlySpan<char> s, string word) =>
        s.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (s.Length == word.Length || !char.IsLetter(s[word.Length]));
}
