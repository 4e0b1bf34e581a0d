using System.Diagnostics;
using System.Globalization;
using FactCheck.Core.Claims;
using FactCheck.Train;
using Microsoft.ML;

// Trains the part-of-speech tagger shipped in models/pos-tagger.zip (see models/MODELS.md):
//   dotnet run -c Release --project src/FactCheck.Train -- <ud-english-ewt folder> [models/pos-tagger.zip]
if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project src/FactCheck.Train -- <ud-english-ewt folder> [output.zip]");
    return 2;
}

var corpus = args[0];
var output = args.Length > 1 ? args[1] : Path.Combine("models", "pos-tagger.zip");
var train = Conllu.Read(Path.Combine(corpus, "en_ewt-ud-train.conllu"));
var dev = Conllu.Read(Path.Combine(corpus, "en_ewt-ud-dev.conllu"));
var test = Conllu.Read(Path.Combine(corpus, "en_ewt-ud-test.conllu"));
Console.WriteLine($"train {train.Count} sentences / {train.Sum(s => s.Words.Count)} words, dev {dev.Count}, test {test.Count}");

var ml = new MLContext(seed: 1);
var rows = ml.Data.LoadFromEnumerable(Rows(train));

// The label's key mapping is fitted apart so the saved model needs only the features at run time.
var labelled = ml.Transforms.Conversion.MapValueToKey("Label", nameof(Row.Tag)).Fit(rows).Transform(rows);

// Hashed bags of the feature strings: no vocabulary to ship, a fixed-size linear model.
var pipeline = ml.Transforms.Text.ProduceHashedWordBags("Hashed", nameof(Row.Features), numberOfBits: Bits.Value, ngramLength: 1, useAllLengths: false)
    .AppendCacheCheckpoint(ml)
    .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy("Label", "Hashed", l2Regularization: 1e-6f, maximumNumberOfIterations: 25))
    .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedTag", "PredictedLabel"));

var watch = Stopwatch.StartNew();
var model = pipeline.Fit(labelled);
Console.WriteLine($"trained in {watch.Elapsed.TotalSeconds:N0} s");

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
ml.Model.Save(model, rows.Schema, output);
Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:N1} MiB)");

// Measure through the shipped facade, on the saved file, exactly as Core will use it.
await using var stream = File.OpenRead(output);
var tagger = PartOfSpeechTagger.Load(stream);
Report("dev", dev);
Report("test", test);
return 0;

void Report(string name, List<TaggedSentence> sentences)
{
    var total = 0;
    var correct = 0;
    var perTag = new Dictionary<string, (int Gold, int Predicted, int Correct)>(StringComparer.Ordinal);
    foreach (var s in sentences)
    {
        var predicted = tagger.TagAll(s.Words);
        for (var i = 0; i < s.Words.Count; i++)
        {
            var gold = s.Tags[i];
            var ok = predicted[i] == gold;
            total++;
            correct += ok ? 1 : 0;
            var g = perTag.GetValueOrDefault(gold);
            perTag[gold] = (g.Gold + 1, g.Predicted, g.Correct + (ok ? 1 : 0));
            var p = perTag.GetValueOrDefault(predicted[i]);
            perTag[predicted[i]] = (p.Gold, p.Predicted + 1, p.Correct);
        }
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: accuracy {100.0 * correct / total:0.00}% ({correct}/{total} words)"));
    foreach (var tag in new[] { "NOUN", "PROPN", "VERB", "ADJ", "NUM" })
    {
        var (gold, predictedCount, hit) = perTag.GetValueOrDefault(tag);
        var precision = predictedCount == 0 ? 0 : 100.0 * hit / predictedCount;
        var recall = gold == 0 ? 0 : 100.0 * hit / gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {tag,-6} P {precision:0.0} R {recall:0.0} F1 {f1:0.0}"));
    }
}

static IEnumerable<Row> Rows(List<TaggedSentence> sentences)
{
    foreach (var s in sentences)
    {
        for (var i = 0; i < s.Words.Count; i++)
        {
            yield return new Row { Features = TaggerFeatures.Describe(s.Words, i), Tag = s.Tags[i] };
        }
    }
}

/// <summary>One training row: a word's features and its gold tag.</summary>
internal sealed class Row
{
    public string Features { get; set; } = "";

    public string Tag { get; set; } = "";
}

internal static class Bits
{
    /// <summary>2^17 hash buckets: few collisions for ~200k words, and a model file of a few MB.</summary>
    public const int Value = 17;
}
