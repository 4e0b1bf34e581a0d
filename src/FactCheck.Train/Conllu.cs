namespace FactCheck.Train;

/// <summary>One sentence of a CoNLL-U file: its syntactic words and their universal POS tags.</summary>
public sealed record TaggedSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Tags);

/// <summary>Reads CoNLL-U (https://universaldependencies.org/format.html): word lines only.</summary>
public static class Conllu
{
    public static List<TaggedSentence> Read(string path)
    {
        var sentences = new List<TaggedSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            // "3-4" multiword tokens and "8.1" empty nodes carry no tag of their own.
            if (cols.Length < 4 || cols[0].Contains('-', StringComparison.Ordinal) || cols[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            words.Add(cols[1]);
            tags.Add(cols[3]);
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new TaggedSentence([.. words], [.. tags]));
                words.Clear();
                tags.Clear();
            }
        }
    }
}
