using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace FactCheck.Core.Claims;

/// <summary>
/// Universal part-of-speech tags (NOUN, VERB, ADJ, …) for single words in context, from the linear model in
/// models/pos-tagger.zip (trained on UD English EWT by FactCheck.Train; see models/MODELS.md).
/// Thread-safe: a PredictionEngine is not, so engines are pooled and each call rents one.
/// </summary>
/// <remarks>
/// The extractor calls this only where its rules cannot tell (is the plural-looking word after a number a
/// noun or a verb?), so the model's cost stays off the common path.
/// </remarks>
public sealed class PartOfSpeechTagger
{
    internal const string ResourceName = "FactCheck.Core.Models.pos-tagger.zip";

    private static readonly Lazy<PartOfSpeechTagger?> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly MLContext ml;
    private readonly ITransformer model;
    private readonly ConcurrentBag<PredictionEngine<TaggerInput, TaggerOutput>> engines = [];

    private PartOfSpeechTagger(MLContext ml, ITransformer model)
    {
        this.ml = ml;
        this.model = model;
    }

    /// <summary>The tagger shipped inside FactCheck.Core; null when the build carried no model.</summary>
    public static PartOfSpeechTagger? Default => Embedded.Value;

    /// <summary>Loads a model written by FactCheck.Train.</summary>
    public static PartOfSpeechTagger Load(Stream zip)
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(zip, out _);
        return new PartOfSpeechTagger(ml, model);
    }

    /// <summary>The UPOS tag of <paramref name="words"/>[<paramref name="index"/>] ("NOUN", "VERB", …).</summary>
    public string Tag(IReadOnlyList<string> words, int index)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, words.Count);
        var input = new TaggerInput { Features = TaggerFeatures.Describe(words, index) };
        if (!engines.TryTake(out var engine))
        {
            engine = ml.Model.CreatePredictionEngine<TaggerInput, TaggerOutput>(model);
        }

        try
        {
            return engine.Predict(input).Tag ?? "X";
        }
        finally
        {
            engines.Add(engine);
        }
    }

    /// <summary>Tags every word of a sentence (used to measure the model; the extractor tags single words).</summary>
    public IReadOnlyList<string> TagAll(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var tags = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            tags[i] = Tag(words, i);
        }

        return tags;
    }

    private static PartOfSpeechTagger? LoadEmbedded()
    {
        using var stream = typeof(PartOfSpeechTagger).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }

    /// <summary>The model's input row: the feature string of <see cref="TaggerFeatures"/>.</summary>
    public sealed class TaggerInput
    {
        public string Features { get; set; } = "";
    }

    /// <summary>The model's output row.</summary>
    public sealed class TaggerOutput
    {
        [ColumnName("PredictedTag")]
        public string? Tag { get; set; }
    }
}
