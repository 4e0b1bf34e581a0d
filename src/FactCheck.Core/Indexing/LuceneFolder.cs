using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace FactCheck.Core.Indexing;

/// <summary>
/// One Lucene index folder: its single <see cref="IndexWriter"/>, searches through a <see cref="SearcherManager"/>
/// (acquire/release), and commits that carry user data recording how far the index follows the database.
/// </summary>
public sealed class LuceneFolder : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly LuceneDirectory directory;
    private readonly SearcherManager searchers;
    private readonly System.Threading.Lock commitLock = new();

    /// <param name="path">The index folder, created when missing.</param>
    /// <param name="what">What the index holds, for the error when another process has the folder open.</param>
    public LuceneFolder(string path, string what)
    {
        System.IO.Directory.CreateDirectory(path);
        directory = FSDirectory.Open(path);
        try
        {
            Writer = new IndexWriter(directory, new IndexWriterConfig(Version, Analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
        }
        catch (LockObtainFailedException e)
        {
            directory.Dispose();
            throw new InvalidOperationException(
                $"The {what} index at {path} is open in another process (one index writer per folder). Stop that process or use another data folder.", e);
        }

        searchers = new SearcherManager(Writer, applyAllDeletes: true, searcherFactory: null);
        Path = path;
    }

    public string Path { get; }

    /// <summary>English stemming, so "cables" finds "cable"; shared by indexing and querying.</summary>
    public Analyzer Analyzer { get; } = new EnglishAnalyzer(Version);

    public IndexWriter Writer { get; }

    /// <summary>The user data of the last commit.</summary>
    public IReadOnlyDictionary<string, string> CommitData =>
        Writer.CommitData is { } data ? data.ToDictionary(d => d.Key, d => d.Value) : new Dictionary<string, string>();

    /// <summary>Makes changes durable and visible to searches, recording <paramref name="data"/> with them.</summary>
    public void Commit(IDictionary<string, string> data)
    {
        lock (commitLock)
        {
            Writer.SetCommitData(data);
            Writer.Commit();
        }

        searchers.MaybeRefreshBlocking();
    }

    public int Count => Search(s => s.IndexReader.NumDocs);

    public T Search<T>(Func<IndexSearcher, T> read)
    {
        var searcher = searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        searchers.Dispose();
        Writer.Dispose();
        Analyzer.Dispose();
        directory.Dispose();
    }
}
