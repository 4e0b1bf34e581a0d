using System.Globalization;
using FactCheck.Core.Indexing;
using FactCheck.Core.Storage;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace FactCheck.Core.Linking;

/// <summary>
/// This node's Lucene index of dataset records, latest version of each dataset only. Derived from the database
/// like the claim index (docs/decisions/0001-index-per-node.md): it records the last dataset version applied.
/// </summary>
public sealed class RecordIndex : IDisposable
{
    private const string VersionsKey = "versions";
    private const string SchemaKey = "schema";

    /// <summary>Bumped when documents gain fields; an index of an older schema is rebuilt by the sync.</summary>
    private const string Schema = "4";

    /// <summary>
    /// Searched text without length norms: a country with many names ("Norway | Norge | Noreg | Kingdom of Norway …")
    /// must not rank below one with few when both match the same words, or it falls out of the linker's candidates.
    /// </summary>
    private static readonly FieldType AboutType = new(TextField.TYPE_NOT_STORED) { OmitNorms = true };

    private readonly LuceneFolder folder;

    public RecordIndex(IOptions<FactCheckOptions> options)
        : this(System.IO.Path.Combine(options.Value.DataPath, "index", "records"))
    {
    }

    public RecordIndex(string path) => folder = new LuceneFolder(path, "record");

    public Analyzer Analyzer => folder.Analyzer;

    /// <summary>The version indexed for each dataset, as committed.</summary>
    public IReadOnlyDictionary<long, long> Versions =>
        folder.CommitData.TryGetValue(SchemaKey, out var schema) && schema == Schema
            && folder.CommitData.TryGetValue(VersionsKey, out var value) && value.Length > 0
            ? value.Split(',').Select(p => p.Split(':')).ToDictionary(p => long.Parse(p[0], CultureInfo.InvariantCulture), p => long.Parse(p[1], CultureInfo.InvariantCulture))
            : new Dictionary<long, long>();

    public int Count => folder.Count;

    /// <summary>Drops a dataset's records (the version they belong to has been superseded).</summary>
    public void DeleteDataset(long datasetId) =>
        folder.Writer.DeleteDocuments(new Term("dataset", datasetId.ToString(CultureInfo.InvariantCulture)));

    public void Add(RecordRow record, DatasetRow dataset, int version)
    {
        var about = RecordText.About(record.DimensionsJson);
        var doc = new Document
        {
            new StringField("record", record.Id.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField("dataset", dataset.Id.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new StoredField("version_id", record.VersionId),
            new StoredField("version", version),
            new StoredField("dataset_name", dataset.Name),
            new StoredField("as_reported", dataset.AsReported ? 1 : 0),
            // Searched over what the record is about and the dataset's name ("Primary energy consumption" tables
            // often name the measure only in their title); actors are later matched on the dimensions alone.
            new Field("about", about + " | " + RecordText.Title(dataset.Name), AboutType),
            new StoredField("dims", about),
            new StoredField("description", record.DimensionText),
            new StringField("dimension", record.Dimension, Field.Store.YES),
            new StoredField("period", record.PeriodText),
            new StoredField("value", record.Value),
            new StoredField("unit", record.Unit),
            new StoredField("line", record.Line),
        };
        if (record.PeriodFrom is { } from && record.PeriodTo is { } to)
        {
            doc.Add(new Int32Field("period_from", from.DayNumber, Field.Store.YES));
            doc.Add(new Int32Field("period_to", to.DayNumber, Field.Store.YES));
            doc.Add(new StringField("link_key", LinkKey(record.Dimension, from, to), Field.Store.NO));
        }

        if (record.Normalized is { } n)
        {
            doc.Add(new StoredField("normalized", n));
            doc.Add(new DoubleField("normalized_range", n, Field.Store.NO));
        }

        if (record.CanonicalUnit is { } c)
        {
            doc.Add(new StoredField("canonical", c));
        }

        folder.Writer.AddDocument(doc);
    }

    /// <summary>
    /// Unit dimension and exact period in one term: what a linked record must share with its claim, looked up as one
    /// term rather than intersecting two numeric ranges and a term for every claim.
    /// </summary>
    public static string LinkKey(string dimension, DateOnly from, DateOnly to) =>
        string.Create(CultureInfo.InvariantCulture, $"{dimension}|{from.DayNumber}|{to.DayNumber}");

        /// <summary>Makes changes durable and visible, recording which version of each dataset is now indexed.</summary>
    public void Commit(IReadOnlyDictionary<long, long> versions) =>
        folder.Commit(new Dictionary<string, string>
        {
            [SchemaKey] = Schema,
            [VersionsKey] = string.Join(',', versions.OrderBy(v => v.Key).Select(v => FormattableString.Invariant($"{v.Key}:{v.Value}"))),
        });

    /// <summary>Records matching a query, best first.</summary>
    public IReadOnlyList<(LinkedRecord Record, float Score)> Search(Query query, int limit) =>
        folder.Search(searcher => searcher.Search(query, limit).ScoreDocs
            .Select(d => (ToRecord(searcher.Doc(d.Doc)), d.Score))
            .ToList());

    /// <summary>Records for an editor's search: Lucene syntax over what they are about and their dataset, plus filters.</summary>
    public (int Total, IReadOnlyList<LinkedRecord> Records) Search(RecordQuery query)
    {
        var all = new BooleanQuery();
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            try
            {
                all.Add(new Lucene.Net.QueryParsers.Classic.QueryParser(LuceneFolder.Version, "about", folder.Analyzer)
                {
                    DefaultOperator = Lucene.Net.QueryParsers.Classic.Operator.AND,
                }.Parse(query.Text), Occur.MUST);
            }
            catch (Lucene.Net.QueryParsers.Classic.ParseException e)
            {
                throw new InvalidSearchException($"Cannot read the query \"{query.Text}\": {e.Message.Split('\n')[0].Trim()}", e);
            }
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
            all.Add(NumericRangeQuery.NewDoubleRange("normalized_range", query.Min, query.Max, true, true), Occur.MUST);
        }

        if (query.From is { } from)
        {
            all.Add(NumericRangeQuery.NewInt32Range("period_to", from.DayNumber, null, true, true), Occur.MUST);
        }

        if (query.To is { } to)
        {
            all.Add(NumericRangeQuery.NewInt32Range("period_from", null, to.DayNumber, true, true), Occur.MUST);
        }

        if (query.DatasetId is { } dataset)
        {
            all.Add(new TermQuery(new Term("dataset", dataset.ToString(CultureInfo.InvariantCulture))), Occur.MUST);
        }

        return folder.Search(searcher =>
        {
            var top = searcher.Search(all, Math.Clamp(query.Limit, 1, 500));
            return (top.TotalHits, (IReadOnlyList<LinkedRecord>)top.ScoreDocs.Select(d => ToRecord(searcher.Doc(d.Doc))).ToList());
        });
    }

    private static LinkedRecord ToRecord(Document doc)
    {
        var from = doc.GetField("period_from")?.GetInt32Value();
        var to = doc.GetField("period_to")?.GetInt32Value();
        return new LinkedRecord(
            long.Parse(doc.Get("record"), CultureInfo.InvariantCulture),
            doc.GetField("version_id").GetInt64Value() ?? 0,
            doc.Get("dataset_name"),
            doc.GetField("version").GetInt32Value() ?? 0,
            doc.GetField("as_reported").GetInt32Value() == 1,
            doc.Get("dims"),
            doc.Get("description"),
            doc.Get("period"),
            from is { } f ? DateOnly.FromDayNumber(f) : null,
            to is { } t ? DateOnly.FromDayNumber(t) : null,
            doc.GetField("value").GetDoubleValue() ?? 0,
            doc.Get("unit"),
            doc.Get("dimension"),
            doc.GetField("normalized")?.GetDoubleValue(),
            doc.Get("canonical"),
            doc.GetField("line").GetInt32Value() ?? 0);
    }

    public void Dispose() => folder.Dispose();
}
