using FactCheck.Core.Articles;

namespace FactCheck.Core.Tests.Articles;

public class TextDatesTests
{
    [Theory]
    [InlineData("Posted on 14 October 2025 by Olena", 2025, 10, 14)]
    [InlineData("Published Oct. 14, 2025, 9:00 am", 2025, 10, 14)]
    [InlineData("am 6. August 2009 um 10:15", 2009, 8, 6)]
    [InlineData("6 de agosto de 2009", 2009, 8, 6)]
    [InlineData("2025-10-14", 2025, 10, 14)]
    [InlineData("Stand: 14.10.2025", 2025, 10, 14)]
    [InlineData("Fri Feb 18 10:27:24 2022", 2022, 2, 18)]
    [InlineData("Von: Björn Jahner | 31.10.23", 2023, 10, 31)]
    [InlineData("2022-01-10T22:06:08:684Z", 2022, 1, 10)]
    public void Find_ReadsDate_WhenTextStatesOne(string text, int year, int month, int day) =>
        Assert.Equal(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), TextDates.Find(text, monthFirst: false));

    [Fact]
    public void Find_ReadsMonthFirst_WhenPageIsAmerican() =>
        Assert.Equal(new DateTimeOffset(2009, 8, 6, 0, 0, 0, TimeSpan.Zero), TextDates.Find("08/06/2009", monthFirst: true));

    [Fact]
    public void Find_ReadsDayFirst_WhenDotsSeparateEvenOnAmericanPage() =>
        Assert.Equal(new DateTimeOffset(2023, 11, 1, 0, 0, 0, TimeSpan.Zero), TextDates.Find("01.11.2023", monthFirst: true));

    [Theory]
    [InlineData("version 1.2.3.45")]
    [InlineData("Exports rose 4% to 328,000 miles")]
    [InlineData("31 Foo 2025")]
    [InlineData("30.02.2025")]
    public void Find_ReturnsNull_WhenTextHasNoValidDate(string text) =>
        Assert.Null(TextDates.Find(text, monthFirst: false));

    [Theory]
    [InlineData("December 18, 2020")]
    [InlineData("22 Dec, 2016 22 Dec, 2016")]
    [InlineData("Posted on April 22, 2022")]
    [InlineData("Posted: Thursday, April 21, 2022. 10:11 pm CST.")]
    [InlineData("Published:Tuesday | April 26, 2022 | 9:52 PM")]
    [InlineData("| By Cara Stiles | April 13, 2020")]
    [InlineData("Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.")]
    [InlineData("19.03.2019 11:45 | von Inga Buller")]
    [InlineData("Miércoles 04 mayo de 2022 | 01:10")]
    public void IsDateLine_ReturnsTrue_WhenLineOnlySaysWhenAndByWhom(string line) =>
        Assert.True(TextDates.IsDateLine(line));

    [Theory]
    [InlineData("Einsendeschluss: 03.11.2019 (Poststempel)")]
    [InlineData("The plant closed on April 22, 2022.")]
    [InlineData("Exports reached 527,865 km on August 31, 2024")]
    [InlineData("Hamburg Harbour Authority, April 22, 2022")]
    [InlineData("10:15")]
    public void IsDateLine_ReturnsFalse_WhenLineSaysMoreThanTheDate(string line) =>
        Assert.False(TextDates.IsDateLine(line));

    [Theory]
    [InlineData("2/26/2015 7:11 AM PST BY TMZ STAFF", true)]
    [InlineData("March 23, 2020: Lockdown Ordered By Johnson", false)]
    [InlineData("Thursday, 14 March 2024", false)]
    public void IsDateLine_TakesHeadingOnlyWithWriterInCapitals_WhenBylineOnly(string line, bool expected) =>
        Assert.Equal(expected, TextDates.IsDateLine(line, bylineOnly: true));
}
