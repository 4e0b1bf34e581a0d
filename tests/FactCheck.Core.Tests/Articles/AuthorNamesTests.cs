using FactCheck.Core.Articles;

namespace FactCheck.Core.Tests.Articles;

public class AuthorNamesTests
{
    [Theory]
    [InlineData("By Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("by JANE DOE March 11, 2015 3:46 PM", new[] { "JANE DOE" })]
    [InlineData("Jane Doe | Staff writer | 14 Oct 2025", new[] { "Jane Doe" })]
    [InlineData("Olena Marchuk, Tom Reyes", new[] { "Olena Marchuk", "Tom Reyes" })]
    [InlineData("Michiel de Jong", new[] { "Michiel de Jong" })]
    [InlineData("Aleš Vávra před", new[] { "Aleš Vávra" })]
    [InlineData("https://ledger.example/staff/olena", new string[0])]
    [InlineData("", new string[0])]
    [InlineData(" , ; and ", new string[0])]
    [InlineData("By", new string[0])]
    [InlineData("Veröffentlicht von Chris Jung", new[] { "Chris Jung" })]
    [InlineData("Zeige alle Beiträge von Cem Basman →", new[] { "Cem Basman" })]
    [InlineData("AuthorAndreas Kalt", new[] { "Andreas Kalt" })]
    [InlineData("Johanna Kropfitsch Alle Artikel", new[] { "Johanna Kropfitsch" })]
    [InlineData("Heiko Sauer, Show all articles of Heiko Sauer", new[] { "Heiko Sauer" })]
    [InlineData("Par Claire Martin", new[] { "Claire Martin" })]
    [InlineData("Veröffentlicht vonChris Jung", new[] { "Chris Jung" })]
    [InlineData("Alles von Martin Junker", new[] { "Martin Junker" })]
    [InlineData("© Kathrin Führes", new[] { "Kathrin Führes" })]
    [InlineData("Michael L. Anderson, PhD; Carlos Dobkin, PhD", new[] { "Michael L. Anderson", "Carlos Dobkin" })]
    [InlineData("admin", new string[0])]
    [InlineData("Auteur: Anna Kubišta", new[] { "Anna Kubišta" })]
    [InlineData("Sara Zinnecker Stand: 05. Februar 2020", new[] { "Sara Zinnecker" })]
    [InlineData("No Author", new string[0])]
    [InlineData("By Ada Lind Thursday, November 9, 2023", new[] { "Ada Lind" })]
    [InlineData("ByJ.R. Stone", new[] { "J.R. Stone" })]
    [InlineData("Von Tomas Sperl Fr, 20. Mai 2022", new[] { "Tomas Sperl" })]
    [InlineData("Lena Sun and Jane Doe", new[] { "Lena Sun", "Jane Doe" })]
    [InlineData("Photo by Kai Ro on Unsplash", new string[0])]
    public void Split_ReturnsNames_WhenBylineHasNoise(string byline, string[] names) =>
        Assert.Equal(names, AuthorNames.Split(byline));
}
