using FactCheck.Core.Claims;

namespace FactCheck.Core.Tests.Claims;

// Alone, after the parallel tests: the many-threads test would take the CPU from timed tests elsewhere.
[Collection(QuantityExtractorScaleTests.Name)]
public class PartOfSpeechTaggerTests
{
    private static PartOfSpeechTagger Tagger => PartOfSpeechTagger.Default ?? throw new InvalidOperationException("no embedded model");

    [Fact]
    public void Default_LoadsEmbeddedModel_WhenCoreIsBuilt() => Assert.NotNull(PartOfSpeechTagger.Default);

    [Theory]
    [InlineData("Only 1 in 8 says the plan works .", 4, "VERB")]
    [InlineData("The ferry carried 90 passengers .", 3, "NUM")]
    [InlineData("The ferry carried 90 passengers .", 4, "NOUN")]
    [InlineData("The ferry carried 90 passengers .", 2, "VERB")]
    public void Tag_ReturnsUniversalTag_WhenWordIsUnambiguousInContext(string sentence, int index, string expected) =>
        Assert.Equal(expected, Tagger.Tag(sentence.Split(' '), index));

    [Fact]
    public void Tag_GivesSameTagsAsSequential_WhenCalledFromManyThreads()
    {
        string[][] sentences =
        [
            "Only 1 in 8 says the plan works .".Split(' '),
            "The ferry carried 90 passengers across the bay .".Split(' '),
            "A review of 400 finds that rents rose sharply .".Split(' '),
        ];
        var expected = sentences.Select(s => Tagger.TagAll(s)).ToArray();

        var mismatches = 0;
        Parallel.For(0, 300, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var k = i % sentences.Length;
            if (!Tagger.TagAll(sentences[k]).SequenceEqual(expected[k]))
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
    }

    [Theory]
    [InlineData("A study of 900 suggests otherwise.", 900)]
    [InlineData("A review of 400 suggests otherwise.", 400)]
    public void Extract_LeavesVerbOutOfCountNoun_WhenTaggerReadsVerbAfterFigure(string text, double value)
    {
        var withModel = new QuantityExtractor().Extract(text).Single(q => q.Value == value);
        var rulesOnly = new QuantityExtractor(tagger: null).Extract(text).Single(q => q.Value == value);

        Assert.Equal("", withModel.Unit);
        Assert.NotEqual("", rulesOnly.Unit);
    }

    [Theory]
    [InlineData("The navy sank 12 boats overnight.", "boat")]
    [InlineData("Of the 30 drones, most crashed.", "drone")]
    public void Extract_KeepsCountNoun_WhenTaggerReadsNounAfterFigure(string text, string unit) =>
        Assert.Contains(new QuantityExtractor().Extract(text), q => q.Unit == unit);
}
