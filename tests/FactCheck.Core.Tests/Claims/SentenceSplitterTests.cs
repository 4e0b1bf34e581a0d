using FactCheck.Core.Claims;

namespace FactCheck.Core.Tests.Claims;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    [Fact]
    public void Split_BreaksAtStops_WhenNextSentenceIsCapitalised() =>
        Assert.Equal(["Prices rose.", "Wages fell!", "Why?"], Sentences("Prices rose. Wages fell! Why?"));

    [Fact]
    public void Split_KeepsDecimalsAndAbbreviations_InsideSentence() =>
        Assert.Equal(["Dr. Kim said the U.S. rate hit 1.5 percent on Oct. 3.", "It then eased."],
            Sentences("Dr. Kim said the U.S. rate hit 1.5 percent on Oct. 3. It then eased."));

    [Fact]
    public void Split_BreaksAtLineBreaks_WhenHeadlineHasNoStop() =>
        Assert.Equal(["Exports soar", "Cable sales rose."], Sentences("Exports soar\n\nCable sales rose."));

    [Fact]
    public void Split_KeepsClosingQuote_WithItsSentence() =>
        Assert.Equal(["He said \"enough.\"", "Then he left."], Sentences("He said \"enough.\" Then he left."));

    [Fact]
    public void Split_ReturnsEmpty_WhenTextIsBlank() => Assert.Empty(Sentences("   \n "));
}
