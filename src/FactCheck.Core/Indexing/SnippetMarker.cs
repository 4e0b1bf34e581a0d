using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;

namespace FactCheck.Core.Indexing;

/// <summary>
/// Marks the words of a sentence that a query's terms (as analysed), prefixes and wildcards match. Word by word,
/// without positions: Lucene's span-aware highlighter built an in-memory index for every hit, which cost phrase and
/// prefix searches over a million claims several milliseconds of their 20.
/// </summary>
internal sealed class SnippetMarker
{
    private readonly HashSet<string> terms = new(StringComparer.Ordinal);
    private readonly List<string> prefixes = [];
    private readonly List<Regex> patterns = [];

    public SnippetMarker(Query query, string field) => Collect(query, field);

    public bool IsEmpty => terms.Count == 0 && prefixes.Count == 0 && patterns.Count == 0;

    private void Collect(Query query, string field)
    {
        switch (query)
        {
            case BooleanQuery all:
                foreach (var clause in all.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    Collect(clause.Query, field);
                }

                break;
            case TermQuery t when t.Term.Field == field:
                terms.Add(t.Term.Text);
                break;
            case PhraseQuery p:
                terms.UnionWith(p.GetTerms().Where(t => t.Field == field).Select(t => t.Text));
                break;
            case PrefixQuery p when p.Prefix.Field == field:
                prefixes.Add(p.Prefix.Text);
                break;
            case WildcardQuery w when w.Term.Field == field:
                patterns.Add(new Regex("^" + Regex.Escape(w.Term.Text).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant));
                break;
        }
    }

    /// <summary>The sentence cut into parts, the matching words marked as hits.</summary>
    public IReadOnlyList<SnippetPart> Mark(Analyzer analyzer, string field, string sentence)
    {
        var parts = new List<SnippetPart>();
        var position = 0;
        using var stream = analyzer.GetTokenStream(field, sentence);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var text = term.ToString();
            if (offset.StartOffset < position || !Matches(text))
            {
                continue;
            }

            if (offset.StartOffset > position)
            {
                parts.Add(new SnippetPart(sentence[position..offset.StartOffset], false));
            }

            parts.Add(new SnippetPart(sentence[offset.StartOffset..offset.EndOffset], true));
            position = offset.EndOffset;
        }

        stream.End();
        if (position < sentence.Length)
        {
            parts.Add(new SnippetPart(sentence[position..], false));
        }

        return parts;
    }

    private bool Matches(string term) =>
        terms.Contains(term) || prefixes.Any(p => term.StartsWith(p, StringComparison.Ordinal)) || patterns.Any(p => p.IsMatch(term));
}
