using FactCheck.Core.Articles;

namespace FactCheck.Core.Tests.Articles;

/// <summary>One test per extraction rule, each on a small page written for it.</summary>
public class ArticleRulesTests
{
    private static readonly ArticleExtractor Extractor = new();

    /// <summary>An article page with <paramref name="middle"/> between its two paragraphs.</summary>
    private static string BetweenParagraphs(string middle) =>
        $"""<html><body><article><h1>Budget passed</h1><p>{Sentences}</p>{middle}<p>The vote was 21 to 9, with two abstentions, after a debate that lasted four hours.</p></article></body></html>""";

    private const string Sentences =
        "The council approved a budget of 48 million euros on Tuesday, 6% more than last year, after a debate that lasted four hours. "
        + "Most of the increase, about 2.1 million euros, goes to schools, and the rest to road repairs and the fire service, the mayor said.";

    [Fact]
    public void Extract_FindsArticle_WhenTextRunsAreSeparatedOnlyByBreaks()
    {
        var html = $"""
            <html><body>
            <ul class="links"><li><a href="/a">Home</a></li><li><a href="/b">News</a></li><li><a href="/c">Contact</a></li></ul>
            <div class="column"><div class="picture"><img src="/x.jpg"></div>
            {Sentences}<br><br>The vote was 21 to 9, with two abstentions.<br><br>A final reading is planned for 14 March, when the opposition wants to propose cuts.
            </div>
            <div class="bottom">Imprint</div>
            </body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Equal([Sentences, "The vote was 21 to 9, with two abstentions.", "A final reading is planned for 14 March, when the opposition wants to propose cuts."], article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_ReadsNoscriptCopy_WhenPostIsOnlyInScriptTemplate()
    {
        var html = $"""
            <html><body><div class="post"><h2>Budget passed</h2>
            <div class="post-body"><script type="text/template"><p>{Sentences}</p></script>
            <noscript><p>{Sentences}</p><p>The vote was 21 to 9, with two abstentions.</p></noscript></div></div>
            <div class="sidebar"><a href="/1">Archive</a></div></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Contains(Sentences, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_IgnoresNoscriptDialog_WhenArticleIsOnPage()
    {
        var consent = string.Concat(Enumerable.Repeat("We and our 842 partners process personal data such as your device identifiers. ", 4));
        var html = $"""
            <html><body><noscript><div class="dialog"><p>{consent}</p><p>{consent}</p></div></noscript>
            <article><h1>Budget passed</h1><p>{Sentences}</p><p>The vote was 21 to 9, with two abstentions.</p></article></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.DoesNotContain("842 partners", article.Text, StringComparison.Ordinal);
        Assert.Contains(Sentences, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_PrefersVisibleHeadline_WhenOgTitleIsShorterVariantOfIt()
    {
        var html = $"""
            <html><head><meta property="og:title" content="Council passes budget"></head>
            <body><article><h1>Council passes budget after four-hour debate</h1><p>{Sentences}</p></article></body></html>
            """;

        Assert.Equal("Council passes budget after four-hour debate", Extractor.Extract(html, null).Title);
    }

    [Fact]
    public void Extract_KeepsOgTitle_WhenOnlyHeadlineIsSectionName()
    {
        var html = $"""
            <html><head><meta property="og:title" content="Council passes budget after four-hour debate"></head>
            <body><h1>Local politics</h1><article><p>{Sentences}</p></article></body></html>
            """;

        Assert.Equal("Council passes budget after four-hour debate", Extractor.Extract(html, null).Title);
    }

    [Fact]
    public void Extract_TakesHeadline_WhenTitleElementIsSiteLabelShownInHeader()
    {
        var html = $"""
            <html><head><title>Riverside Gazette</title></head>
            <body><div class="logo">Riverside Gazette</div><h1>Council passes budget</h1><div><p>{Sentences}</p></div></body></html>
            """;

        Assert.Equal("Council passes budget", Extractor.Extract(html, null).Title);
    }

    [Fact]
    public void Extract_KeepsTitleElement_WhenHeadlineIsUnrelatedAndTitleAppearsNowhereElse()
    {
        var html = $"""
            <html><head><title>Council budget vote</title></head>
            <body><h1>Welcome</h1><div><p>{Sentences}</p></div></body></html>
            """;

        Assert.Equal("Council budget vote", Extractor.Extract(html, null).Title);
    }

    [Fact]
    public void Extract_ReadsDateAndAuthorBesideHeadline_WhenMarkupStatesNeither()
    {
        var html = $"""
            <html lang="de"><body><div class="kopf"><h1>Haushalt beschlossen</h1>
            <div class="zeile">Von: Björn Jahner <span>|</span> <span>31.10.2023</span></div></div>
            <div><p>{Sentences}</p></div></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Equal(new DateTimeOffset(2023, 10, 31, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(["Björn Jahner"], article.Authors);
    }

    [Theory]
    [InlineData("2022-01-28T11:05:37+0100", 2022, 1, 28)]
    [InlineData("Fri Feb 18 10:27:24 2022", 2022, 2, 18)]
    [InlineData("18.02.2022", 2022, 2, 18)]
    public void Extract_ReadsMetaDate_WhenWrittenInLooserFormat(string value, int year, int month, int day)
    {
        var html = $"""<html><head><meta itemprop="datePublished" content="{value}"></head><body><p>{Sentences}</p></body></html>""";

        var published = Extractor.Extract(html, null).Published;

        Assert.NotNull(published);
        Assert.Equal(new DateTime(year, month, day), published.Value.Date);
    }

    [Fact]
    public void Extract_TakesModifiedTime_WhenPageStatesNoPublishedTime()
    {
        var html = $"""<html><head><meta property="og:updated_time" content="2022-01-28T11:05:37+01:00"></head><body><p>{Sentences}</p></body></html>""";

        Assert.Equal(new DateTimeOffset(2022, 1, 28, 11, 5, 37, TimeSpan.FromHours(1)), Extractor.Extract(html, null).Published);
    }

    [Fact]
    public void Extract_DropsSiteFromAuthors_WhenBylineNamesPublisher()
    {
        var html = $"""
            <html><head><meta property="og:site_name" content="Riverside Gazette"><meta name="author" content="Rob Picheta, Riverside Gazette"></head>
            <body><p>{Sentences}</p></body></html>
            """;

        Assert.Equal(["Rob Picheta"], Extractor.Extract(html, null).Authors);
    }

    [Fact]
    public void Extract_ReadsOnlyArticleByline_WhenTeasersHaveAuthorLinks()
    {
        var html = $"""
            <html><body><article><h1>Budget passed</h1><p class="by">By <a rel="author" href="/a/1">Tatyana Turner</a></p><p>{Sentences}</p></article>
            <aside><ul><li><div><a href="/s/2">Other story</a><span>By <a rel="author" href="/a/2">Emma Whitford</a></span></div></li></ul></aside></body></html>
            """;

        Assert.Equal(["Tatyana Turner"], Extractor.Extract(html, null).Authors);
    }

    [Fact]
    public void Extract_DropsDomainFromAuthors_WhenMetaAuthorIsSiteAddress()
    {
        var html = $"""<html><head><meta name="author" content="finanzen.example.de"></head><body><p>{Sentences}</p></body></html>""";

        Assert.Empty(Extractor.Extract(html, null).Authors);
    }

    [Theory]
    [InlineData("""<script>window.__STATE__ = {"story":{"id":7,"published_at":"2019-03-02T06:22:28+01:00"}};</script>""")]
    [InlineData("""<span property="schema:dateCreated" content="2019-03-02T06:22:28+01:00"></span>""")]
    [InlineData("""<span class="updated" title="2019-03-02T06:22:28+01:00"></span>""")]
    public void Extract_ReadsPublishedTime_WhenOnlyScriptStateOrAttributesStateIt(string markup)
    {
        var html = $"""<html><body>{markup}<div><p>{Sentences}</p></div></body></html>""";

        Assert.Equal(new DateTime(2019, 3, 2), Extractor.Extract(html, null).Published?.Date);
    }

    [Theory]
    [InlineData("Read also: Mayor resigns after budget row")]
    [InlineData("MIRA: Así quedó el presupuesto")]
    [InlineData("Lesen Sie auch: Der Bürgermeister tritt zurück")]
    [InlineData("PUEDES VER: ¿Qué aprobó el concejo?")]
    [InlineData("You might also like")]
    [InlineData("Mehr zum Thema")]
    public void Extract_DropsTeaserLine_WhenItPointsToAnotherArticle(string teaser)
    {
        var html = $"""<html><body><article><p>{Sentences}</p><p>{teaser}</p><p>The vote was 21 to 9, with two abstentions.</p></article></body></html>""";

        var article = Extractor.Extract(html, null);

        Assert.DoesNotContain(teaser, article.Text, StringComparison.Ordinal);
        Assert.Equal(2, article.Blocks.Count);
    }

    [Theory]
    [InlineData("<p>Subscribe now to our e-paper for the full story.</p>")]
    [InlineData("<p>Follow us on Twitter and Instagram for the latest news.</p>")]
    [InlineData("<p>© 2026 Riverside Gazette. All rights reserved.</p>")]
    [InlineData("<h3>More on this topic</h3>")]
    [InlineData("<p><a href=\"/next\">Next article</a> »</p>")]
    [InlineData("<p>© 2026 Riverside Gazette. All rights reserved.</p><p>Terms of use</p>")]
    [InlineData("<p>Quelle: Stadtverwaltung</p>")]
    [InlineData("<p>Was this article helpful?</p><p>Yes / No</p>")]
    [InlineData("<p>More topics:</p>")]
    [InlineData("<p>While you are here…</p><p>If you enjoyed reading this story, would you consider supporting our work?</p><p>All the best, the editors</p>")]
    [InlineData("<p>Get the latest news straight to your phone with our app.</p>")]
    [InlineData("<p>The Gazette is not responsible for the opinions of contributors.</p>")]
    [InlineData("<p>We want to hear what you think about this story. Write us a letter at letters@gazette.example.</p>")]
    [InlineData("<p>We’d love to hear from you: did the new budget change your rates?</p>")]
    [InlineData("<p>Submit your letter to the editor through our online form.</p>")]
    [InlineData("<p>Sign up for the Gazette newsletter to get the council's decisions every week.</p>")]
    [InlineData("<p>Download the Gazette app for the latest local news.</p>")]
    [InlineData("<p>IMPRESSUM | DATENSCHUTZ | COPYRIGHT RIVERSIDE GAZETTE</p>")]
    [InlineData("<p>Share this story</p><p>14 comments</p>")]
    [InlineData("<p>Follow us on Facebook.</p><p>Get 3 months of unlimited access for just $1 today.</p>")]
    [InlineData("<p>Subscribe to The Gazette for £1 a week.</p>")]
    [InlineData("<p>Copyright Riverside Gazette Ltd.</p>")]
    public void Extract_TrimsCallToAction_WhenItEndsTheArticle(string tail)
    {
        var html = $"""<html><body><article><h1>Budget passed</h1><p>{Sentences}</p><p>The vote was 21 to 9, with two abstentions.</p><p>A final reading is planned for 14 March.</p>{tail}</article></body></html>""";

        var article = Extractor.Extract(html, null);

        Assert.Equal("A final reading is planned for 14 March.", article.Blocks[^1].Text);
    }

    [Fact]
    public void Extract_KeepsFinalSentence_WhenItOnlyMentionsComment()
    {
        var html = $"""<html><body><article><p>{Sentences}</p><p>The mayor's office did not respond to a request for comment.</p></article></body></html>""";

        Assert.Equal("The mayor's office did not respond to a request for comment.", Extractor.Extract(html, null).Blocks[^1].Text);
    }

    [Theory]
    [InlineData("The council will send a letter to every household in March to explain the new rates.")]
    [InlineData("\"We want to hear from you,\" the inspector said, asking witnesses to come forward.")]
    [InlineData("Residents can come and have your say sessions at the library, the council said.")]
    [InlineData("The service added 8.8 million subscribers in the quarter, the company said.")]
    [InlineData("Residents must follow the new rules from 1 May, the mayor said.")]
    [InlineData("Users who subscribe to the premium plan pay $10 a month.")]
    [InlineData("Voters can sign up for the postal vote until 14 March.")]
    [InlineData("The band lost the copyright case in 2019 and paid $2 million.")]
    [InlineData("She has read more than 200 reports on the subject.")]
    [InlineData("The council's newsletter reported a 5% rise in complaints.")]
    [InlineData("The agency received 3,000 comments on the plan before the deadline.")]
    [InlineData("Schools will share this year's budget of $12 million equally.")]
    [InlineData("Help us continue the search, the family said in a statement on Sunday.")]
    [InlineData("The service added 8.8 million subscribers in the quarter.")]
    [InlineData("Residents must follow the new rules from 1 May.")]
    [InlineData("Ukraine hopes to become a member of the EU by 2030.")]
    [InlineData("Netflix raised the price of its subscription plans by $2 a month.")]
    [InlineData("The channel reached 10 million subscribers only 18 months after launch.")]
    [InlineData("The consultation received 1,200 comments.")]
    [InlineData("Travellers should follow the guidance on the Foreign Office website.")]
    [InlineData("From March, patients must download the NHS app to book appointments.")]
    [InlineData("Children who read more for pleasure scored 10% higher in tests.")]
    [InlineData("The publisher launched a newsletter in 2021 that now has 40,000 readers.")]
    [InlineData("Customers can subscribe to the streaming service for £4.99 a month from 1 March.")]
    [InlineData("Over-65s can sign up for free flu jabs until 30 November.")]
    [InlineData("Investors will follow US jobs data due on Friday.")]
    public void Extract_KeepsFinalSentence_WhenItOnlyMentionsLettersOrHearingFromReaders(string last)
    {
        var html = $"""<html><body><article><p>{Sentences}</p><p>{last}</p></article></body></html>""";

        Assert.Equal(last, Extractor.Extract(html, null).Blocks[^1].Text);
    }

    [Fact]
    public void Extract_ResolvesAuthorReference_WhenJsonLdGraphNamesPersonById()
    {
        var html = $$$"""
            <html><head><script type="application/ld+json">{"@graph":[
              {"@type":"Article","headline":"Budget passed","author":{"@id":"https://gazette.example/#/person/7"}},
              {"@type":["Person","Organization"],"@id":"https://gazette.example/#/person/7","name":"Helga Brandt"}]}</script></head>
            <body><p>{{{Sentences}}}</p></body></html>
            """;

        Assert.Equal(["Helga Brandt"], Extractor.Extract(html, null).Authors);
    }

    [Fact]
    public void Extract_ReadsAuthor_WhenTwitterCardLabelsIt()
    {
        var html = $"""
            <html><head><meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Christa Hein">
            <meta name="twitter:label2" content="Geschätzte Lesezeit"><meta name="twitter:data2" content="4 Minuten"></head>
            <body><p>{Sentences}</p></body></html>
            """;

        Assert.Equal(["Christa Hein"], Extractor.Extract(html, null).Authors);
    }

    [Fact]
    public void Extract_ReadsAuthor_WhenOnlyAuthorArchiveLinkNamesThem()
    {
        var html = $"""
            <html><body><article><h1>Budget passed</h1><div class="entry-meta"><span class="entry-meta-author"><a class="fn" href="/author/hr/">Helmut Rubik</a></span></div>
            <p>{Sentences}</p></article></body></html>
            """;

        Assert.Equal(["Helmut Rubik"], Extractor.Extract(html, null).Authors);
    }

    [Fact]
    public void Extract_ReadsAuthor_WhenOnlyClassNamesMarkIt()
    {
        var html = $"""<html><body><article><h1>Budget passed</h1><div class="post-author-box"><span>Marina Beuerle</span></div><p>{Sentences}</p></article></body></html>""";

        Assert.Equal(["Marina Beuerle"], Extractor.Extract(html, null).Authors);
    }

    [Fact]
    public void Extract_IgnoresCommentFormField_WhenItsClassSaysAuthor()
    {
        var html = $"""
            <html><body><article><h1>Budget passed</h1><p>{Sentences}</p></article>
            <form class="comment-form"><p class="comment-form-author"><label for="author">Name</label><input id="author"></p></form></body></html>
            """;

        Assert.Empty(Extractor.Extract(html, null).Authors);
    }

    [Fact]
    public void Extract_ReadsJsonLdAuthor_WhenItsStringsHoldRawLineBreaks()
    {
        // The template pasted the article's text with its line break into a JSON string.
        var html = $$$"""
            <html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Budget passed",
            "articleBody":"First line
            second line","author":{"@type":"Person","name":"Jacopo Berti"},
            "datePublished":"2026-03-02T09:00:00+01:00"}</script></head>
            <body><p>{{{Sentences}}}</p></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Equal(["Jacopo Berti"], article.Authors);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1)), article.Published);
    }

    [Fact]
    public void Extract_ReadsBylineAuthor_WhenJsonLdNamesOnlyPublisher()
    {
        var html = $$$"""
            <html><head><meta property="og:site_name" content="Valley Gazette">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget passed","author":{"@type":"Organization","name":"Valley Gazette"}}</script></head>
            <body><article><h1>Budget passed</h1><div class="author">von <a href="/autor/jz">Julia Zauner</a></div><p>{{{Sentences}}}</p></article></body></html>
            """;

        Assert.Equal(["Julia Zauner"], Extractor.Extract(html, null).Authors);
    }

    [Fact]
    public void Extract_ReadsAuthor_WhenTestIdMarksByline()
    {
        var html = $"""
            <html><body><article><h1>Budget passed</h1>
            <div data-testid="story-byline"><span>By</span> <a href="/team/ada-lind">Ada Lind</a></div><p>{Sentences}</p></article></body></html>
            """;

        Assert.Equal(["Ada Lind"], Extractor.Extract(html, null).Authors);
    }

    [Fact]
    public void Extract_ReadsDateFromCanonicalAddress_WhenMarkupAndTextStateNone()
    {
        var html = $"""
            <html><head><link rel="canonical" href="https://gazette.example/2016/05/22/budget-passed/"></head>
            <body><article><h1>Budget passed</h1><p>{Sentences}</p></article></body></html>
            """;

        Assert.Equal(new DateTimeOffset(2016, 5, 22, 0, 0, 0, TimeSpan.Zero), Extractor.Extract(html, null).Published);
    }

    [Theory]
    [InlineData("https://gazette.example/2016/05/22/budget-passed/", 2016, 5, 22)]
    [InlineData("/news/2023-11-08-budget-passed", 2023, 11, 8)]
    [InlineData("https://gazette.example/2016/05/budget-passed", 0, 0, 0)]
    [InlineData("https://gazette.example/2016/02/30/budget-passed", 0, 0, 0)]
    [InlineData("https://gazette.example/item/20160522123", 0, 0, 0)]
    public void DateInUrl_ReadsDayOnly_WhenAddressStatesFullDate(string url, int year, int month, int day)
    {
        var date = HtmlMetadata.DateInUrl(url);

        Assert.Equal(year == 0 ? null : new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), date);
    }

    [Theory]
    [InlineData("2023-11-08T23:30:59-06:00")]
    [InlineData("2023-11-08 23:30:59")]
    public void Extract_KeepsNewsroomTimeZone_WhenMetaStatesSameMomentInUtc(string datetime)
    {
        var html = $"""
            <html><head><meta property="article:published_time" content="2023-11-09T05:30:59Z"></head>
            <body><article><h1>Budget passed</h1><time datetime="{datetime}">Nov. 8, 2023</time><p>{Sentences}</p></article></body></html>
            """;

        var published = Extractor.Extract(html, null).Published;

        Assert.Equal(new DateTimeOffset(2023, 11, 8, 23, 30, 59, TimeSpan.FromHours(-6)), published);
        Assert.Equal(TimeSpan.FromHours(-6), published!.Value.Offset);
    }

    [Fact]
    public void Extract_KeepsUtcTime_WhenTimeElementStatesAnotherMoment()
    {
        var html = $"""
            <html><head><meta property="article:published_time" content="2023-11-09T05:30:59Z"></head>
            <body><article><h1>Budget passed</h1><time datetime="2023-11-10T08:12:00+01:00">Updated</time><p>{Sentences}</p></article></body></html>
            """;

        Assert.Equal(new DateTimeOffset(2023, 11, 9, 5, 30, 59, TimeSpan.Zero), Extractor.Extract(html, null).Published);
    }

    [Fact]
    public void Extract_MovesToPrintedDay_WhenUtcTimeFallsOnNeighbouringDay()
    {
        var html = $"""
            <html><head><meta property="article:published_time" content="2022-11-06T23:00:00Z"></head>
            <body><article><h1>Budget passed</h1><p class="date">07.11.2022</p><p>{Sentences}</p></article></body></html>
            """;

        var published = Extractor.Extract(html, null).Published!.Value;

        Assert.Equal(new DateTimeOffset(2022, 11, 6, 23, 0, 0, TimeSpan.Zero), published);
        Assert.Equal(new DateTime(2022, 11, 7), published.Date);
        Assert.Equal(TimeSpan.FromHours(1), published.Offset);
    }

    [Fact]
    public void Extract_KeepsUtcDay_WhenPrintedDayIsFurtherAway()
    {
        var html = $"""
            <html><head><meta property="article:published_time" content="2022-11-06T12:00:00Z"></head>
            <body><article><h1>Budget passed</h1><p class="date">08.11.2022</p><p>{Sentences}</p></article></body></html>
            """;

        Assert.Equal(TimeSpan.Zero, Extractor.Extract(html, null).Published!.Value.Offset);
    }

    [Fact]
    public void Extract_CompletesFirstName_WhenBylineOnPageGivesFullName()
    {
        var html = $$$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget passed","author":{"@type":"Person","name":"Todd"}}</script></head>
            <body><article><h1>Budget passed</h1><div class="author-box"><p class="label">By</p><p class="full-name">Todd Brandes</p></div><p>{{{Sentences}}}</p></article></body></html>
            """;

        Assert.Equal(["Todd Brandes"], Extractor.Extract(html, null).Authors);
    }

    [Fact]
    public void Extract_IgnoresPhotoCredit_WhenItSitsInAuthorClass()
    {
        var html = $"""
            <html><body><article><h1>Budget passed</h1><p>{Sentences}</p><span class="image-author">Photo by Kai Ro on Unsplash</span></article></body></html>
            """;

        Assert.Empty(Extractor.Extract(html, null).Authors);
    }

    [Theory]
    [InlineData("""<div class="news-meta"><h4>Autor</h4><p><a href="/profil/nh">Nikola Hauke</a><b>, </b></p></div>""")]
    [InlineData("""<footer class="article-footer"><span>Author: </span><span>Nikola Hauke</span></footer>""")]
    [InlineData("""<div class="meta-info"><span class="sr">| By </span><span>Nikola Hauke</span> | <span>April 13, 2020</span></div>""")]
    public void Extract_ReadsAuthor_WhenLabelStandsBesideName(string byline)
    {
        var html = $"""<html><body><article><h1>Budget passed</h1>{byline}<p>{Sentences}</p></article></body></html>""";

        Assert.Equal(["Nikola Hauke"], Extractor.Extract(html, null).Authors);
    }

    [Fact]
    public void Extract_IgnoresCommenter_WhenCommentUsesBylineMarkup()
    {
        var html = $"""
            <html><body><article><h1>Budget passed</h1><p>{Sentences}</p></article>
            <ol class="comment-list"><li class="comment"><div class="vcard"><b class="fn">Dora Kessel</b> <span>says:</span></div><p>Good news for the schools.</p></li></ol></body></html>
            """;

        Assert.Empty(Extractor.Extract(html, null).Authors);
    }

    [Theory]
    [InlineData("<p class=\"footer-line\">Letzte Änderung: 31.10.2023 - 14:49<br>Erschienen am: <b>01.11.2023</b></p>")]
    [InlineData("<div><span>Published on</span> <span>1 November 2023</span></div>")]
    [InlineData("<div><h5>Datum: </h5>01.11.2023</div>")]
    [InlineData("<span class=\"heading-meta\">Stand - 01.11.2023</span>")]
    [InlineData("<div class=\"submitted\">Gespeichert von <span>rasos</span> am 1. November 2023 - 18:55</div>")]
    [InlineData("<div class=\"submitted\">Submitted by <span>rasos</span> on 1 November 2023</div>")]
    public void Extract_ReadsLabelledDate_WhenOnlyTextStatesIt(string line)
    {
        var html = $"""<html lang="de"><body><article><h1>Budget passed</h1><p>{Sentences}</p><p>{Sentences}</p>{line}</article></body></html>""";

        Assert.Equal(new DateTimeOffset(2023, 11, 1, 0, 0, 0, TimeSpan.Zero), Extractor.Extract(html, null).Published);
    }

    [Fact]
    public void Extract_ReadsDateInTitle_WhenPageStatesItNowhereElse()
    {
        var html = $"""<html lang="de"><head><title>01.11.2023 - Budget passed</title></head><body><article><h1>Budget passed</h1><p>{Sentences}</p></article></body></html>""";

        Assert.Equal(new DateTimeOffset(2023, 11, 1, 0, 0, 0, TimeSpan.Zero), Extractor.Extract(html, null).Published);
    }

    [Fact]
    public void Extract_ReadsLoneDateBelowHeadline_WhenNothingLabelsIt()
    {
        var html = $"""<html lang="de"><body><h1>Budget passed</h1><p>{Sentences}</p><p>{Sentences}</p><p><em>01.11.2023</em></p></body></html>""";

        Assert.Equal(new DateTimeOffset(2023, 11, 1, 0, 0, 0, TimeSpan.Zero), Extractor.Extract(html, null).Published);
    }

    [Fact]
    public void Extract_JoinsArticleParts_WhenEachPartSitsInWrapperWithItsOwnRail()
    {
        static string Part(int n, string text) => $"""
            <div class="wrap"><div class="part-holder"><section class="story-section" id="part-{n}">{text}</section></div>
            <aside class="rail"><div class="ad-slot"></div></aside></div>
            """;
        var first = "<p>When the council met in January, the budget gap was 3.2 million euros, and nobody expected a deal before spring.</p>";
        var second = string.Concat(Enumerable.Repeat($"<p>{Sentences}</p>", 4));
        var third = string.Concat(Enumerable.Repeat($"<p>{Sentences}</p>", 3));
        var html = $"""
            <html><body><nav><a href="/">Home</a></nav>
            <article class="story"><h1>Budget passed</h1><div class="story-parts">
            {Part(0, first + first.Replace("January", "February", StringComparison.Ordinal))}{Part(1, second)}{Part(2, third)}
            </div></article>
            <div class="more"><ul><li><a href="/1">Another story about the harbour</a></li><li><a href="/2">Weather</a></li></ul></div>
            </body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.StartsWith("When the council met in January", article.Text, StringComparison.Ordinal);
        Assert.Contains("met in February", article.Text, StringComparison.Ordinal);
        Assert.Equal(7, article.Blocks.Count(b => b.Text == Sentences));
        Assert.DoesNotContain("harbour", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_KeepsParagraphsAroundTable_WhenTableCellOutscoresThem()
    {
        var names = string.Join(", ", Enumerable.Range(1, 60).Select(i => $"Signatory Number{i} (City {i})"));
        var html = $"""
            <html><body><div class="menu"><a href="/">Home</a> <a href="/letters">Letters</a></div>
            <div class="page"><h1>An open letter on the budget</h1><div class="letter">
            <p>{Sentences}</p><p>We, the undersigned, ask the council to publish every line of the budget before the vote.</p>
            <p>{Sentences}</p><p>Only then can residents judge whether 48 million euros is well spent.</p>
            <table><tr><td>{names}</td></tr></table></div></div>
            <div class="bottom">Imprint</div></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.StartsWith(Sentences, article.Text, StringComparison.Ordinal);
        Assert.Contains("We, the undersigned", article.Text, StringComparison.Ordinal);
        Assert.Contains("Signatory Number60", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Imprint", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The mayor at the vote on Tuesday. | © City Hall/Getty Images")]
    [InlineData("Crédits photos : Agence Exemple")]
    [InlineData("The new fire station, photo: City archive")]
    [InlineData("(Credit: Jane Doe / Example Wire)")]
    [InlineData("Photograph by Jane Doe")]
    [InlineData("© City Hall | Jane Doe")]
    [InlineData("图为市议会周二投票时的现场。")]
    [InlineData("图注：新消防站于五月启用")]
    public void Extract_MovesCreditLineToCaptions_WhenItStandsBetweenParagraphs(string credit)
    {
        var html = $"""
            <html><body><article><h1>Budget passed</h1><p>{Sentences}</p><p>{credit}</p>
            <p>The vote was 21 to 9, with two abstentions, after a debate that lasted four hours.</p></article></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.DoesNotContain(credit, article.Text, StringComparison.Ordinal);
        Assert.Contains(credit, article.Captions);
        Assert.Contains("The vote was 21 to 9", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Image")]
    [InlineData("Photo 3 of 12")]
    public void Extract_LeavesFigureLabelOut_WhenFigureHasOnlyLabelBesideCaption(string label)
    {
        var html = $"""
            <html><body><article><h1>Budget passed</h1><div class="body"><p>{Sentences}</p>
            <figure><div><span class="label">{label}</span><img src="/hall.jpg"></div><figcaption>The town hall in May. Photo: archive</figcaption></figure>
            <p>The vote was 21 to 9, with two abstentions, after a debate that lasted four hours.</p></div></article></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Equal([Sentences, "The vote was 21 to 9, with two abstentions, after a debate that lasted four hours."], article.Blocks.Select(b => b.Text));
        Assert.Contains("The town hall in May. Photo: archive", article.Captions);
    }

    [Fact]
    public void Extract_KeepsQuoteInFigure_WhenFigureHoldsMoreThanLabel()
    {
        var quote = "We will not raise the rates this year, whatever the state does.";
        var html = $"""
            <html><body><article><h1>Budget passed</h1><div class="body"><p>{Sentences}</p>
            <figure><blockquote>{quote}</blockquote><figcaption>The mayor, in May</figcaption></figure>
            <p>The vote was 21 to 9, with two abstentions, after a debate that lasted four hours.</p></div></article></body></html>
            """;

        Assert.Contains(quote, Extractor.Extract(html, null).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DropsBreadcrumbTrail_WhenThemeCallsItCrumbs()
    {
        var html = $"""
            <html><body><div class="post"><h1>Budget passed</h1>
            <div class="entry-crumbs"><span><a href="/">Home</a></span> <i></i> <span><a href="/city">City</a></span> <i></i> <span>Council passes the budget after a night of debate</span></div>
            <p>{Sentences}</p><p>{Sentences}</p></div></body></html>
            """;

        Assert.DoesNotContain("Home", Extractor.Extract(html, null).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_LeavesPostingLineOut_WhenItStandsAboveTheText()
    {
        var html = $"""
            <html><body><div class="post"><h1>Budget passed</h1><p>Posted on April 22, 2022 by Ann Lee</p>
            <p>{Sentences}</p><p>{Sentences}</p></div></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.DoesNotContain("Posted on", article.Text, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2022, 4, 22, 0, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Theory]
    [InlineData("<h4>3/14/2024 9:05 AM PDT BY LEDGER STAFF</h4>", false)]
    [InlineData("<h4>Thursday, 14 March 2024</h4>", true)]
    public void Extract_LeavesDateHeadingOut_OnlyWhenItNamesTheWriter(string heading, bool kept)
    {
        var html = $"""
            <html><body><div class="post"><h1>Budget passed</h1>{heading}<p>{Sentences}</p><p>{Sentences}</p></div></body></html>
            """;

        Assert.Equal(kept, Extractor.Extract(html, null).Blocks.Any(b => b.Kind == BlockKind.Heading && b.Text.Contains("2024", StringComparison.Ordinal)));
    }

    [Fact]
    public void Extract_LeavesAuthorBioOut_WhenItClosesTheArticle()
    {
        var bio = "Ann Lee is a senior reporter for the Ledger covering city hall. She has reported from 30 countries.";
        var html = $"""
            <html><head><meta name="author" content="Ann Lee"></head><body><div class="post"><h1>Budget passed</h1>
            <p>{Sentences}</p><p>{Sentences}</p><p>{bio}</p></div></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.DoesNotContain("30 countries", article.Text, StringComparison.Ordinal);
        Assert.Equal(2, article.Blocks.Count);
    }

    [Fact]
    public void Extract_KeepsClosingParagraph_WhenItIsAboutSomeoneElse()
    {
        var line = "Mark Hale is a former editor of the Ledger who now chairs the budget committee, which meets again in May.";
        var html = $"""
            <html><head><meta name="author" content="Ann Lee"></head><body><div class="post"><h1>Budget passed</h1>
            <p>{Sentences}</p><p>{Sentences}</p><p>{line}</p></div></body></html>
            """;

        Assert.Contains(line, Extractor.Extract(html, null).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_KeepsSentence_WhenItOnlyMentionsPhotos()
    {
        var line = "The council also voted to buy photo equipment for 12,000 euros.";
        var html = $"""
            <html><body><article><h1>Budget passed</h1><p>{Sentences}</p><p>{line}</p></article></body></html>
            """;

        Assert.Contains(line, Extractor.Extract(html, null).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MovesCaptionToCaptions_WhenItSitsInsideInlineImageWrapper()
    {
        var html = $"""
            <html><body><article><h1>Budget passed</h1>
            <p><span class="rte-image"><img src="/x.jpg"><span class="rte-image-caption">The town hall in May. Photo: archive</span></span>{Sentences}</p>
            <p>The vote was 21 to 9, with two abstentions, after a debate that lasted four hours.</p></article></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Equal(Sentences, article.Blocks[0].Text);
        Assert.Contains("The town hall in May. Photo: archive", article.Captions);
    }

    [Theory]
    [InlineData("01.11.2023 - Der Rat hat den Haushalt am Dienstag beschlossen.")]
    [InlineData("Lübeck, 1. November 2023 – Der Rat hat den Haushalt beschlossen.")]
    [InlineData("<strong>01.11.2023</strong> „Der Haushalt steht“, sagte die Bürgermeisterin.")]
    public void Extract_ReadsDatelineOpeningParagraph_WhenNothingElseStatesDate(string opening)
    {
        var html = $"""<html lang="de"><body><div class="text"><p>{opening}</p><p>{Sentences}</p></div></body></html>""";

        Assert.Equal(new DateTimeOffset(2023, 11, 1, 0, 0, 0, TimeSpan.Zero), Extractor.Extract(html, null).Published);
    }

    [Fact]
    public void Extract_LeavesDateEmpty_WhenParagraphOnlyMentionsDateInside()
    {
        var html = $"""<html lang="de"><body><div class="text"><p>Der Rat hat am 01.11.2023 den Haushalt beschlossen.</p><p>{Sentences}</p></div></body></html>""";

        Assert.Null(Extractor.Extract(html, null).Published);
    }

    [Fact]
    public void Extract_ReadsDateBesideHeadline_WhenScreenReaderHeadingComesFirst()
    {
        var menu = string.Concat(Enumerable.Range(1, 40).Select(i => $"<a href=\"/{i}\">Bereich {i}</a> "));
        var html = $"""
            <html lang="de"><body><h1 class="navSkip">Navigation und Service</h1><div class="links">{menu}</div>
            <div class="single"><h1>Rede des Bürgermeisters zum Haushalt</h1><div class="article-info"><span>Lübeck, 1. November 2023</span></div>
            <div class="text"><p>{Sentences}</p><p>{Sentences}</p></div></div></body></html>
            """;

        Assert.Equal(new DateTimeOffset(2023, 11, 1, 0, 0, 0, TimeSpan.Zero), Extractor.Extract(html, null).Published);
    }

    [Theory]
    [InlineData("23.10.2018")]
    [InlineData("Aktualisiert: 11.04.2020, 10:27")]
    [InlineData("Published 2020-04-11")]
    public void Extract_DropsDatelineParagraph_WhenItStatesOnlyTheDate(string dateline)
    {
        var html = $"""<html><body><article><h1>Budget passed</h1><p>{dateline}</p><p>{Sentences}</p><p>The vote was 21 to 9.</p></article></body></html>""";

        var article = Extractor.Extract(html, null);

        Assert.Equal([Sentences, "The vote was 21 to 9."], article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_KeepsParagraph_WhenDateOpensSentence()
    {
        var line = "11.04.2020: the council met for the first time by video.";
        var html = $"""<html><body><article><h1>Budget passed</h1><p>{line}</p><p>{Sentences}</p></article></body></html>""";

        Assert.Contains(line, Extractor.Extract(html, null).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_KeepsSubheading_WhenItsIdIsSlugWithNavPrefix()
    {
        var html = $"""
            <html><body><article><h1>Budget passed</h1><p>{Sentences}</p>
            <h3 id="nav_only_the_schools__1">Only the schools gain</h3><p>{Sentences}</p></article></body></html>
            """;

        Assert.Contains("Only the schools gain", Extractor.Extract(html, null).Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Das Thema könnte dich auch interessieren:")]
    [InlineData("Zum Weiterlesen")]
    public void Extract_DropsRelatedLabel_WhenItsLinksAreGone(string label)
    {
        var html = $"""<html><body><article><h1>Budget passed</h1><p>{Sentences}</p><p>{label}</p><p>The vote was 21 to 9.</p></article></body></html>""";

        Assert.Equal([Sentences, "The vote was 21 to 9."], Extractor.Extract(html, null).Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Jan 04")]
    [InlineData("Aug 13")]
    [InlineData("Tuesday 09:34")]
    public void ParseDate_ReturnsNull_WhenTextStatesNoYear(string value) =>
        Assert.Null(HtmlMetadata.ParseDate(value));

    [Theory]
    [InlineData("3/09/15 8:00am", 2015)]
    [InlineData("Jan 04, 2021", 2021)]
    public void ParseDate_ReadsYear_WhenTextStatesIt(string value, int year) =>
        Assert.Equal(year, HtmlMetadata.ParseDate(value)?.Year);

    [Fact]
    public void Extract_KeepsLinkWords_WhenLinkWithBoilerplateClassSitsInSentence()
    {
        var html = $"""
            <html><body><div class="story"><p>{Sentences}</p>
            <p>The <a class="popup" href="javascript:void(0)">finance committee</a> will meet again on 14 March, <a class="social-link" href="/p/9">Councillor Hart</a> said.</p>
            <p><a class="share-button" href="/share">Share</a> <a class="share-button" href="/mail">Email</a></p></div></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Contains("The finance committee will meet again on 14 March, Councillor Hart said.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_KeepsLinkedItem_WhenItsListIsProse()
    {
        var html = $"""
            <html><body><div class="post"><p>{Sentences}</p><h3>Highlights</h3>
            <ul><li><a href="/review">Here is our year in review!</a></li>
            <li>The new budget tool landed in version 85, after a test with 1,200 users in three cities.</li>
            <li>The council now publishes its spending every month, and 40% of residents have read it.</li></ul></div></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Contains("Here is our year in review!", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DropsStoryCards_WhenListItemsAreLinkedHeadlinesOverTeasers()
    {
        var teaser = "The district's schools will get 12 new buses by the summer, the transport office said, and older buses will be sold";
        var html = $"""
            <html><body><div class="page"><div class="body"><p>{Sentences}</p><p>The vote was 21 to 9, with two abstentions, and a final reading is planned.</p></div>
            <h2>Recommended for you</h2><ul>
            <li><h3><a href="/s/1">New buses for schools</a></h3><p>{teaser}</p></li>
            <li><h3><a href="/s/2">Bridge closed for repairs</a></h3><p>{teaser}</p></li>
            <li><h3><a href="/s/3">Library opens on Sundays</a></h3><p>{teaser}</p></li></ul></div></body></html>
            """;

        Assert.Equal(
            [Sentences, "The vote was 21 to 9, with two abstentions, and a final reading is planned."],
            Extractor.Extract(html, null).Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_KeepsFormula_WhenSentenceHoldsMathML()
    {
        var html = $"""
            <html><body><div class="post"><p>{Sentences}</p>
            <p>The grant applies when <math><mi>n</mi><mo>&gt;</mo><mn>20</mn><annotation encoding="application/x-tex">n &gt; 20</annotation></math> pupils share a class, the office said.</p></div></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Contains("The grant applies when n>20 pupils share a class, the office said.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DropsRubyReadings_WhenWordsCarryThem()
    {
        var html = $"""
            <html><body><div class="post"><p>{Sentences}</p>
            <p><ruby>市<rp>(</rp><rt>し</rt><rp>)</rp></ruby>の<ruby>予算<rt>よさん</rt></ruby>は48億円です。</p></div></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Contains("市の予算は48億円です。", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_KeepsSentenceWhole_WhenIndentedMarkupSurroundsItsInlineElements()
    {
        // Pretty-printed markup: each inline element of the formula on lines of its own.
        var html = $"""
            <html><body><div class="post"><p>{Sentences}</p>
            <p>The grant applies when
              <span class="formula">
                <span>
                  n
                </span>
                <span>
                  &gt;
                </span>
                <span>
                  20
                </span>
              </span>
              pupils share a class, the office said.</p></div></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Equal(
            [Sentences, "The grant applies when n > 20 pupils share a class, the office said."],
            article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_KeepsLinesApart_WhenEachEndsWithBreakAndNewline()
    {
        var html = $"""
            <html><body><div class="post"><p>{Sentences}</p>
            <p>Schools: 2.1 million euros<br />
            Roads: 1.4 million euros<br />
            Fire service: 0.6 million euros</p></div></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Equal(
            [Sentences, "Schools: 2.1 million euros", "Roads: 1.4 million euros", "Fire service: 0.6 million euros"],
            article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_DropsEmbeddedStory_WhenBoxOpensWithItsOwnHeadlineAndByline()
    {
        const string Other = "The county opened a second swimming pool on Monday, which cost 9 million euros and seats 400 visitors.";
        var html = $"""
            <html><body><article><h1>Council passes budget</h1><div class="article-body"><p>{Sentences}</p>
            <div class="box"><h3>County opens second pool</h3><div class="box-body"><p>By Anna Weber for Town News</p>
            <p>{Other}</p><p>{Other}</p></div></div>
            <p>The vote was 21 to 9, with two abstentions, and a final reading is planned.</p>
            <p>The opposition wants to propose cuts of 3 million euros at the final reading on 14 March.</p></div></article></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Equal(
            [Sentences, "The vote was 21 to 9, with two abstentions, and a final reading is planned.", "The opposition wants to propose cuts of 3 million euros at the final reading on 14 March."],
            article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_KeepsSection_WhenItsSubheadingHasNoByline()
    {
        const string Schools = "Schools receive 2.1 million euros more, most of it for two new classrooms and 14 teachers.";
        var html = $"""
            <html><body><article><h1>Council passes budget</h1><div class="article-body"><p>{Sentences}</p>
            <div class="section"><h3>Schools</h3><p>{Schools}</p><p>{Schools}</p></div>
            <p>The vote was 21 to 9, with two abstentions, and a final reading is planned.</p>
            <p>The opposition wants to propose cuts of 3 million euros at the final reading on 14 March.</p></div></article></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Contains(article.Blocks, b => b.Kind == BlockKind.Heading && b.Text == "Schools");
        Assert.Contains(Schools, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_KeepsClosingSentence_WhenItOnlyMentionsAnAppStore()
    {
        const string Price = "The app costs 49 euros in the Mac App Store and needs macOS 10.10 or later.";
        var html = $"""
            <html><body><article><h1>Password manager adds one-time codes</h1><p>{Sentences}</p>
            <p>The vote was 21 to 9, with two abstentions, and a final reading is planned.</p>
            <p>{Price}</p></article></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Equal(Price, article.Blocks[^1].Text);
    }

    [Fact]
    public void Extract_DropsClosingLine_WhenItAsksToGetTheAppFromAStore()
    {
        var html = $"""
            <html><body><article><h1>Council passes budget</h1><p>{Sentences}</p>
            <p>The vote was 21 to 9, with two abstentions, and a final reading is planned.</p>
            <p>Get it on Google Play or in the App Store.</p></article></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.DoesNotContain("Google Play", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DropsPaywallPromptAndItsOffer_WhenTheyEndTheArticle()
    {
        var offer = string.Concat(Enumerable.Repeat("When you join, you get unlimited digital access to all our reporting, our archive and the daily newsletter. ", 3));
        var html = $"""
            <html><body><article><h1>Budget passed</h1><p>{Sentences}</p><p>The vote was 21 to 9, with two abstentions.</p>
            <p>A final reading is planned for 14 March.</p><p>To read the full story, please subscribe to the Gazette. You can choose a yearly or a weekly pass.</p>
            <p>{offer}</p><p>{offer}</p></article></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Equal("A final reading is planned for 14 March.", article.Blocks[^1].Text);
    }

    [Theory]
    [InlineData("This post may contain affiliate links. If you buy through them, we may receive a small commission at no extra cost to you.")]
    [InlineData("Advertiser disclosure: this page contains references to products from our partners.")]
    [InlineData("*Werbung. Dieser Beitrag enthält Werbung für einen Hersteller.")]
    public void Extract_DropsDisclosure_WhenSiteStatesItEarnsFromLinks(string notice)
    {
        var html = $"""<html><body><article><h1>Budget passed</h1><p>{notice}</p><p>{Sentences}</p><p>The vote was 21 to 9, with two abstentions.</p></article></body></html>""";

        var article = Extractor.Extract(html, null);

        Assert.Equal([Sentences, "The vote was 21 to 9, with two abstentions."], article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_KeepsQuote_WhenItOnlyMentionsCompensation()
    {
        const string Quote = "\"We may receive compensation of up to 5 million euros from the insurer,\" the mayor said.";
        var html = $"""<html><body><article><h1>Budget passed</h1><p>{Sentences}</p><p>{Quote}</p></article></body></html>""";

        var article = Extractor.Extract(html, null);

        Assert.Equal(Quote, article.Blocks[^1].Text);
    }

    [Theory]
    [InlineData("<p>Posted in<a href=\"/category/local\">Local News</a></p>", "")]
    [InlineData("", "<p>Tags: budget, council, schools</p>")]
    [InlineData("", "<p>Filed under Politics</p>")]
    public void Extract_DropsTaxonomyLine_WhenItOpensOrClosesTheArticle(string head, string tail)
    {
        var html = $"""<html><body><article><h1>Budget passed</h1>{head}<p>{Sentences}</p><p>The vote was 21 to 9, with two abstentions.</p>{tail}</article></body></html>""";

        var article = Extractor.Extract(html, null);

        Assert.Equal([Sentences, "The vote was 21 to 9, with two abstentions."], article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_KeepsCategoryLine_WhenItIsPartOfTheText()
    {
        var html = $"""
            <html><body><article><h1>Prizes</h1><p>{Sentences}</p>
            <p>Golden Sparrow, 2003</p><p>Category: Entertainment</p><p>for the children's show on Saturday mornings</p></article></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Contains(article.Blocks, b => b.Text == "Category: Entertainment");
    }

    [Theory]
    [InlineData("Share on Pinterest")]
    [InlineData("click to enlarge")]
    [InlineData("Jump to navigation Jump to search")]
    public void Extract_DropsControlLabel_WhenItStandsAsALineOfItsOwn(string label)
    {
        var html = $"""<html><body><article><h1>Budget passed</h1><p>{label}</p><p>{Sentences}</p><p>The vote was 21 to 9, with two abstentions.</p></article></body></html>""";

        var article = Extractor.Extract(html, null);

        Assert.Equal([Sentences, "The vote was 21 to 9, with two abstentions."], article.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Sign up for the Gazette newsletter")]
    [InlineData("Get the morning briefing in your inbox")]
    [InlineData("Newsletter")]
    public void Extract_DropsSignUpBox_WhenItSitsInsideTheArticle(string heading)
    {
        var html = $"""
            <html><body><article><h1>Budget passed</h1><p>{Sentences}</p>
            <div class="factbox"><h3>{heading}</h3><p>Never miss a story: the latest news from the council, every morning.</p><p>You can unsubscribe at any time.</p></div>
            <p>The vote was 21 to 9, with two abstentions, after a debate that lasted four hours.</p></article></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.DoesNotContain("Never miss a story", article.Text, StringComparison.Ordinal);
        Assert.Contains("The vote was 21 to 9", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Newsletters are booming in the valley")]
    [InlineData("Get ready for the vote")]
    [InlineData("Get ready for more flood alerts")]
    public void Extract_KeepsBox_WhenItsHeadingIsNoSignUp(string heading)
    {
        var html = $"""
            <html><body><article><h1>Budget passed</h1><p>{Sentences}</p>
            <div class="factbox"><h3>{heading}</h3><p>Three local newsletters now reach 12,000 readers a week, twice as many as in 2023.</p></div>
            <p>The vote was 21 to 9, with two abstentions, after a debate that lasted four hours.</p></article></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Contains("Three local newsletters now reach 12,000 readers", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A picture by Banksy sold for $25.4 million at auction in London on Thursday.")]
    [InlineData("A photograph by Ansel Adams fetched $1.2 million, the auction house said.")]
    [InlineData("The photo: a crowd of 20,000 outside parliament on Saturday.")]
    public void Extract_KeepsSentenceInBody_WhenItReportsAFigureAboutAPicture(string sentence)
    {
        var html = BetweenParagraphs($"<p>{sentence}</p>");

        var article = Extractor.Extract(html, null);

        Assert.Contains(sentence, article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(sentence, article.Captions);
    }

    [Theory]
    [InlineData("<p>Follow the Gazette on Instagram.</p>")]
    [InlineData("<p>Source: city council</p>")]
    [InlineData("<p>Follow us on Twitter for live updates from the chamber.</p>")]
    public void Extract_KeepsClosingParagraphsWithFigures_WhenChromeLineStandsBeforeThem(string chrome)
    {
        var html = $"""
            <html><body><article><h1>Budget passed</h1><p>{Sentences}</p>{chrome}
            <p>The vote was 21 to 9, with two abstentions.</p><p>A final reading is planned for 14 March.</p></article></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.Equal("A final reading is planned for 14 March.", article.Blocks[^1].Text);
        Assert.Contains(article.Blocks, b => b.Text == "The vote was 21 to 9, with two abstentions.");
    }

    [Theory]
    [InlineData("<p><a href=\"https://stats.example/cpi\">Inflation rose to 4.2% in March, the statistics office said.</a></p>", true)]
    [InlineData("<p><a href=\"/news/1\">Inflation hits 4.2% as food prices climb</a></p>", false)]
    [InlineData("<p><a href=\"/news/2\">20 ways to cut your energy bill!</a></p>", false)]
    [InlineData("<p><a href=\"/subscribe\">Subscribe today and get 20 ways to save, with 50% off your first year.</a></p>", false)]
    public void Extract_KeepsLinkedParagraph_OnlyWhenItIsAStatementWithAFigure(string paragraph, bool kept)
    {
        var html = BetweenParagraphs(paragraph);

        var article = Extractor.Extract(html, null);

        Assert.Equal(kept, article.Text.Contains("4.2%", StringComparison.Ordinal) || article.Text.Contains("20 ways", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Photo: Firefighters tackle a blaze that destroyed 12 homes on Tuesday.")]
    [InlineData("Protesters march in the city centre on 1 May. © Example Wire")]
    public void Extract_MovesCaptionToCaptions_WhenItOpensWithCreditDespiteAFigure(string caption)
    {
        var html = BetweenParagraphs($"<p>{caption}</p>");

        var article = Extractor.Extract(html, null);

        Assert.DoesNotContain(caption, article.Text, StringComparison.Ordinal);
        Assert.Contains(caption, article.Captions);
    }

    [Fact]
    public void Extract_KeepsShortBrief_WhenItsBodyEndsWithSignUpBox()
    {
        var html = $"""
            <html><body><article><h1>Budget passed</h1><div class="body"><p>{Sentences}</p><p>The vote was 21 to 9, with two abstentions.</p>
            <div class="nl"><h3>Sign up for our newsletter</h3><p>The council's decisions in your inbox every week.</p></div></div></article></body></html>
            """;

        var article = Extractor.Extract(html, null);

        Assert.StartsWith(Sentences, article.Text, StringComparison.Ordinal);
        Assert.Contains("The vote was 21 to 9", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("in your inbox", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DropsTeaserLine_WhenLabelIsFollowedByADash()
    {
        var teaser = "Read more — Minister says rates will stay at 5.25%";
        var html = BetweenParagraphs($"<p>{teaser}</p>");

        Assert.DoesNotContain("Minister says", Extractor.Extract(html, null).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The deal is worth £5bn to the region.")]
    [InlineData("The motion passed 52-48 in the council chamber.")]
    [InlineData("Temperatures reached 40C in the city on Tuesday.")]
    public void Extract_KeepsClosingFigure_WhenItsUnitIsGluedOnOrItIsAScore(string last)
    {
        var html = $"""<html><body><article><h1>Budget passed</h1><p>{Sentences}</p><p>Follow us on Twitter for updates.</p><p>{last}</p></article></body></html>""";

        Assert.Equal(last, Extractor.Extract(html, null).Blocks[^1].Text);
    }
}
