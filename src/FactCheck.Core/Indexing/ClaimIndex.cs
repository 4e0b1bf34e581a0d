using System.Globalization;
using FactCheck.Core.Storage;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace FactCheck.Core.Indexing;

/// <summary>
/// This node's Lucene index of claims: one <see cref="IndexWriter"/> for the index folder and searches through a
/// <see cref="SearcherManager"/>. Derived from the database and rebuilt from it at will; it records in each commit
/// the last <see cref="IndexChange"/> it has applied.
/// </summary>
public sealed class ClaimIndex : IDisposable
{
    private const LuceneVersion Version = LuceneFolder.Version;
    private const string SequenceKey = "sequence";
    private static readonly string[] TextFields = ["text", "measure", "actors", "title"];

    private readonly LuceneFolder folder;

    public ClaimIndex(IOptions<FactCheckOptions> options)
        : this(System.IO.Path.Combine(options.Value.DataPath, "index", "claims"))
    {
    }

    public ClaimIndex(string path) => folder = new LuceneFolder(path, "claim");

    public string Path => folder.Path;

    /// <summary>The last index change applied and committed.</summary>
    public long Sequence =>
        folder.CommitData.TryGetValue(SequenceKey, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : 0;

    /// <summary>Replaces every document of a submission with its current claims.</summary>
    /// <param name="flagged">Ordinals of the claims an open or confirmed flag involves.</param>
    public void Replace(long submissionId, string? title, IEnumerable<ClaimRow> claims, IReadOnlySet<int>? flagged = null)
    {
        var key = new Term("submission", submissionId.ToString(CultureInfo.InvariantCulture));
        folder.Writer.DeleteDocuments(key);
        foreach (var claim in claims)
        {
            folder.Writer.AddDocument(ToDocument(claim, title, flagged?.Contains(claim.Ordinal) == true));
        }
    }

    public void DeleteAll() => folder.Writer.DeleteAll();

    /// <summary>Makes changes durable and visible to searches, recording how far the change sequence has been applied.</summary>
    public void Commit(long sequence) =>
        folder.Commit(new Dictionary<string, string> { [SequenceKey] = sequence.ToString(CultureInfo.InvariantCulture) });

    public int Count => folder.Count;

    public ClaimSearchResult Search(ClaimQuery query)
    {
        var (lucene, textQuery) = Build(query);
        return folder.Search(searcher =>
        {
            var limit = Math.Clamp(query.Limit, 1, 500);
            ITopDocsCollector collector = string.Equals(query.Sort, "date", StringComparison.OrdinalIgnoreCase)
                ? TopFieldCollector.Create(new Sort(new SortField("period_sort", SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE), limit, true, true, false, false)
                : TopScoreDocCollector.Create(limit, true);
            var facets = new DimensionCounter();
            searcher.Search(lucene, MultiCollector.Wrap(collector, facets));
            var top = collector.GetTopDocs();
            var marker = textQuery is null ? null : new SnippetMarker(textQuery, "text");
            var hits = top.ScoreDocs.Select(d => ToHit(searcher.Doc(d.Doc), d.Score, marker)).ToList();
            return new ClaimSearchResult(top.TotalHits, hits, facets.Counts());
        });
    }

    /// <summary>
    /// Counts matching claims per unit dimension while the search itself runs: one pass, reading each hit's
    /// dimension from the field cache rather than loading documents or running a query per dimension.
    /// </summary>
    private sealed class DimensionCounter : ICollector
    {
        private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
        private SortedDocValues? values;
        private int[] segment = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            Flush();
            values = FieldCache.DEFAULT.GetTermsIndex(context.AtomicReader, "dimension");
            segment = new int[values.ValueCount];
        }

        public void Collect(int doc)
        {
            var ord = values!.GetOrd(doc);
            if (ord >= 0)
            {
                segment[ord]++;
            }
        }

        public Dictionary<string, int> Counts()
        {
            Flush();
            return counts;
        }

        private void Flush()
        {
            if (values is null)
            {
                return;
            }

            var term = new BytesRef();
            for (var ord = 0; ord < segment.Length; ord++)
            {
                if (segment[ord] > 0)
                {
                    values.LookupOrd(ord, term);
                    var name = term.Utf8ToString();
                    counts[name] = counts.GetValueOrDefault(name) + segment[ord];
                }
            }

            values = null;
            segment = [];
        }
    }

    private (Query Query, Query? Text) Build(ClaimQuery query)
    {
        var all = new BooleanQuery();
        Query? text = null;
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var parser = new MultiFieldQueryParser(Version, TextFields, folder.Analyzer) { DefaultOperator = Operator.AND };
            try
            {
                text = parser.Parse(query.Text);
            }
            catch (ParseException e)
            {
                throw new InvalidSearchException($"Cannot read the query \"{query.Text}\": {FirstLine(e.Message)}", e);
            }

            all.Add(text, Occur.MUST);
        }
        else
        {
            all.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(query.Dimension))
        {
            all.Add(new TermQuery(new Term("dimension", query.Dimension.Trim().ToLowerInvariant())), Occur.MUST);
        }

        if (query.Min is not null || query.Max is not null)
        {
            all.Add(NumericRangeQuery.NewDoubleRange("value", query.Min, query.Max, true, true), Occur.MUST);
        }

        if (query.From is { } from)
        {
            all.Add(NumericRangeQuery.NewInt32Range("period_to", from.DayNumber, null, true, true), Occur.MUST);
        }

        if (query.To is { } to)
        {
            all.Add(NumericRangeQuery.NewInt32Range("period_from", null, to.DayNumber, true, true), Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            all.Add(new TermQuery(new Term("actor", query.Actor.Trim().ToLowerInvariant())), Occur.MUST);
        }

        if (query.HasFlag is { } hasFlag)
        {
            all.Add(new TermQuery(new Term("flagged", hasFlag ? "1" : "0")), Occur.MUST);
        }

        if (query.SubmissionId is { } id)
        {
            all.Add(new TermQuery(new Term("submission", id.ToString(CultureInfo.InvariantCulture))), Occur.MUST);
        }

        return (all, text);
    }

    private static Document ToDocument(ClaimRow claim, string? title, bool flagged)
    {
        var doc = new Document
        {
            new StringField("submission", claim.SubmissionId.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new StoredField("ordinal", claim.Ordinal),
            new TextField("text", claim.Sentence, Field.Store.YES),
            new StoredField("quantity", claim.Text),
            new StoredField("quantity_offset", claim.Start - claim.SentenceStart),
            new StringField("unit", claim.Unit, Field.Store.YES),
            new StringField("dimension", claim.Dimension, Field.Store.YES),
        };
        if (!string.IsNullOrEmpty(title))
        {
            doc.Add(new TextField("title", title, Field.Store.YES));
        }

        if (!string.IsNullOrEmpty(claim.Measure))
        {
            doc.Add(new TextField("measure", claim.Measure, Field.Store.YES));
        }

        if (!string.IsNullOrEmpty(claim.Actors))
        {
            doc.Add(new TextField("actors", claim.Actors, Field.Store.YES));
            foreach (var actor in claim.Actors.Split("; ", StringSplitOptions.RemoveEmptyEntries))
            {
                doc.Add(new StringField("actor", actor.ToLowerInvariant(), Field.Store.NO));
            }
        }

        doc.Add(new StringField("flagged", flagged ? "1" : "0", Field.Store.YES));
        // Claims without a period sort last when sorting by date.
        doc.Add(new NumericDocValuesField("period_sort", claim.PeriodFrom?.DayNumber ?? 0));

        if (claim.Normalized is { } value)
        {
            doc.Add(new DoubleField("value", value, Field.Store.YES));
        }

        if (claim.CanonicalUnit is not null)
        {
            doc.Add(new StoredField("canonical_unit", claim.CanonicalUnit));
        }

        if (claim.PeriodText is not null)
        {
            doc.Add(new StoredField("period", claim.PeriodText));
        }

        if (claim.PeriodFrom is { } from)
        {
            doc.Add(new Int32Field("period_from", from.DayNumber, Field.Store.NO));
        }

        if (claim.PeriodTo is { } to)
        {
            doc.Add(new Int32Field("period_to", to.DayNumber, Field.Store.NO));
        }

        return doc;
    }

    private ClaimHit ToHit(Document doc, float score, SnippetMarker? marker)
    {
        var sentence = doc.Get("text");
        IReadOnlyList<SnippetPart> parts = marker is null || marker.IsEmpty ? [new SnippetPart(sentence, false)] : marker.Mark(folder.Analyzer, "text", sentence);
        return new ClaimHit
        {
            SubmissionId = long.Parse(doc.Get("submission"), CultureInfo.InvariantCulture),
            Ordinal = doc.GetField("ordinal").GetInt32Value() ?? 0,
            Title = doc.Get("title"),
            Sentence = sentence,
            Quantity = doc.Get("quantity"),
            Unit = doc.Get("unit"),
            Dimension = doc.Get("dimension"),
            Normalized = doc.GetField("value")?.GetDoubleValue(),
            CanonicalUnit = doc.Get("canonical_unit"),
            Measure = doc.Get("measure"),
            Period = doc.Get("period"),
            Flagged = doc.Get("flagged") == "1",
            Snippet = MarkQuantity(parts, doc.Get("quantity"), doc.GetField("quantity_offset")?.GetInt32Value()),
            // Sorted searches do not score (NaN): report 0 rather than a number JSON cannot carry.
            Score = float.IsFinite(score) ? score : 0,
        };
    }

    /// <summary>Cuts the parts again at the claim's quantity (by its offset in the sentence) and marks it.</summary>
    internal static IReadOnlyList<SnippetPart> MarkQuantity(IReadOnlyList<SnippetPart> parts, string quantity, int? offset)
    {
        var sentence = string.Concat(parts.Select(p => p.Text));
        var start = offset is { } o && o >= 0 && o + quantity.Length <= sentence.Length && string.CompareOrdinal(sentence, o, quantity, 0, quantity.Length) == 0
            ? o
            : sentence.IndexOf(quantity, StringComparison.Ordinal);
        if (start < 0 || quantity.Length == 0)
        {
            return parts;
        }

        var end = start + quantity.Length;
        var result = new List<SnippetPart>();
        var position = 0;
        foreach (var part in parts)
        {
            var partEnd = position + part.Text.Length;
            var cuts = new[] { position, Math.Clamp(start, position, partEnd), Math.Clamp(end, position, partEnd), partEnd };
            for (var i = 0; i < 3; i++)
            {
                if (cuts[i + 1] > cuts[i])
                {
                    result.Add(part with { Text = part.Text[(cuts[i] - position)..(cuts[i + 1] - position)], Quantity = i == 1 });
                }
            }

            position = partEnd;
        }

        return result;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    public void Dispose() => folder.Dispose();
}
