using System.Net;
using System.Net.Http.Json;
using FactCheck.Core.Indexing;
using FactCheck.Core.Jobs;
using FactCheck.Core.Storage;
using FactCheck.Web.Api;
using FactCheck.Web.Tests.Infrastructure;
using FactCheck.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Submissions;

/// <summary>A fixture article served from 127.0.0.1 goes from submission to flags, on PostgreSQL and on the embedded default.</summary>
public sealed class SubmissionPipelineTests(TestPostgres postgres, PageServer pages) : IClassFixture<TestPostgres>, IClassFixture<PageServer>
{
    [Fact]
    public async Task Submit_EndsWithMixedUnitsAsTheOnlyWarning_WhenFixtureIsFetchedOnPostgres() =>
        await AssertFixtureFlowAsync(await postgres.CreateDatabaseAsync());

    [Fact]
    public async Task Submit_EndsWithMixedUnitsAsTheOnlyWarning_WhenFixtureIsFetchedOnEmbeddedDefault() =>
        await AssertFixtureFlowAsync(connectionString: null);

    [Fact]
    public async Task RunAsync_DuplicatesNothingAndKeepsReviews_WhenSubmissionIsProcessedTwice()
    {
        pages.MapHtml(Fixture.ArticlePath, Fixture.Html);
        await using var app = new FactCheckApp(await postgres.CreateDatabaseAsync());
        var client = app.CreateClient();
        var id = await client.SubmitAsync(new { url = pages.Url(Fixture.ArticlePath).AbsoluteUri });
        Assert.Equal("done", (await client.WaitAsync(id)).Status);
        var flags = await client.GetJsonAsync<List<FlagState>>($"/api/submissions/{id}/flags");
        var mixed = SampleFlags.AssertExpected(flags);
        var review = await client.PostAsJsonAsync($"/api/flags/{mixed.Id}/review", new { decision = "dismiss", note = "units differ on purpose in the quote" });
        review.EnsureSuccessStatusCode();
        var claimsBefore = app.WithDb(db => db.Claims.Count(c => c.SubmissionId == id));

        // Put the submission back as if a crashed runner had left it, and run the job again.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
            await db.Submissions.Where(s => s.Id == id).ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Status, SubmissionStatus.Running)
                .SetProperty(s => s.Stage, SubmissionStage.Checking)
                .SetProperty(s => s.RunnerId, (string?)null));
            await scope.ServiceProvider.GetRequiredService<SubmissionJob>().RunAsync(id, CancellationToken.None);
        }

        Assert.Equal("done", (await client.WaitAsync(id)).Status);
        Assert.Equal(claimsBefore, app.WithDb(db => db.Claims.Count(c => c.SubmissionId == id)));
        var after = await client.GetJsonAsync<List<FlagState>>($"/api/submissions/{id}/flags");
        Assert.Equal(flags.Select(f => f.Id).Order(), after.Select(f => f.Id).Order());
        var flag = SampleFlags.AssertExpected(after);
        Assert.Equal(mixed.Id, flag.Id);
        Assert.Equal("dismissed", flag.Status);
        Assert.Equal(FactCheckApp.EditorEmail, flag.Review?.Reviewer);
        Assert.Equal(flags.Count, app.WithDb(db => db.Flags.Count(f => f.SubmissionId == id)));
    }

    [Fact]
    public async Task Search_FindsFlaggedClaimsUntilTheFlagIsDismissed_WhenFilteredByFlag()
    {
        pages.MapHtml(Fixture.ArticlePath, Fixture.Html);
        await using var app = new FactCheckApp(connectionString: null);
        var client = app.CreateClient();
        var id = await client.SubmitAsync(new { url = pages.Url(Fixture.ArticlePath).AbsoluteUri });
        Assert.Equal("done", (await client.WaitAsync(id)).Status);

        var flagged = await SearchUntilAsync(client, $"/api/claims/search?article={id}&flagged=true&unit=length", r => r.Total >= 3);
        Assert.Contains(flagged.Hits, h => h.Quantity == "119,000 miles");
        Assert.All(flagged.Hits, h => Assert.True(h.Flagged));
        Assert.Equal(flagged.Total, flagged.Facets!["length"]);

        var mixed = SampleFlags.AssertExpected(await client.GetJsonAsync<List<FlagState>>($"/api/submissions/{id}/flags"));
        using var review = await client.PostAsJsonAsync($"/api/flags/{mixed.Id}/review", new { decision = "dismiss" });
        review.EnsureSuccessStatusCode();

        await SearchUntilAsync(client, $"/api/claims/search?article={id}&flagged=true&unit=length", r => r.Total == 0);
        var unflagged = await client.GetJsonAsync<ClaimSearchResult>($"/api/claims/search?article={id}&flagged=false&actor=Russia&sort=date");
        Assert.Contains(unflagged.Hits, h => h.Quantity == "119,000 miles");
    }

    [Fact]
    public async Task Sweep_CompletesSubmission_WhenItsJobIsUnknownToTheJobStorage()
    {
        await using var app = new FactCheckApp(await postgres.CreateDatabaseAsync(), new Dictionary<string, string?> { ["FactCheck:Jobs:SweepInterval"] = "00:00:01" });
        var client = app.CreateClient();
        long id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // As a crash between storing a submission and queueing its job would leave it: no job will ever run it.
            var db = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
            var submission = new Submission
            {
                Kind = SubmissionKind.Text,
                Input = "Wind farms added 12 GW in 2024, up from 9 GW a year earlier.",
                Status = SubmissionStatus.Queued,
                Stage = SubmissionStage.Queued,
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
                JobId = "requeueing",
            };
            db.Submissions.Add(submission);
            await db.SaveChangesAsync();
            id = submission.Id;
        }

        Assert.Equal("done", (await client.WaitAsync(id)).Status);
        Assert.Equal(2, app.WithDb(db => db.Claims.Count(c => c.SubmissionId == id)));
        Assert.NotEqual("requeueing", app.WithDb(db => db.Submissions.Single(s => s.Id == id).JobId));
    }

    private async Task AssertFixtureFlowAsync(string? connectionString)
    {
        pages.MapHtml(Fixture.ArticlePath, Fixture.Html);
        await using var app = new FactCheckApp(connectionString);
        var client = app.CreateClient();

        var id = await client.SubmitAsync(new { url = pages.Url(Fixture.ArticlePath).AbsoluteUri });
        var state = await client.WaitAsync(id);

        Assert.True(state.Status == "done", $"submission ended {state.Status}: {state.Error}");
        var article = await client.GetJsonAsync<Core.Pipeline.ArticleReport>($"/api/submissions/{id}/article");
        Assert.Equal(Fixture.Headline, article.Title);
        Assert.DoesNotContain("Sponsor", article.Text, StringComparison.OrdinalIgnoreCase);
        var claims = await client.GetJsonAsync<List<Core.Pipeline.ClaimReport>>($"/api/submissions/{id}/claims");
        Assert.Contains(claims, c => c.Text == "119,000 miles");
        Assert.Contains(claims, c => c.Text == "527,865 km" && c.Conversion is null);
        Assert.Contains(claims, c => c.Text == "328,000 miles" && c.Conversion?.Text == "527,865 km");

        var flags = await client.GetJsonAsync<List<FlagState>>($"/api/submissions/{id}/flags");
        var flag = SampleFlags.AssertExpected(flags);
        Assert.Contains(flag.Values, v => v.Label == "May" && v.Stated.Contains("mi", StringComparison.Ordinal));
        Assert.Contains(flag.Values, v => v.Label == "June");
        Assert.Contains(flag.Values, v => v.Label == "August");

        var hits = await SearchUntilFoundAsync(client, $"/api/claims/search?q=fiber&unit=length&article={id}");
        Assert.Contains(hits.Hits, h => h.Quantity == "209,215 km" && h.Snippet.Any(p => p.Hit));
    }

    internal static Task<ClaimSearchResult> SearchUntilFoundAsync(HttpClient client, string path) =>
        SearchUntilAsync(client, path, r => r.Total > 0);

    internal static async Task<ClaimSearchResult> SearchUntilAsync(HttpClient client, string path, Func<ClaimSearchResult, bool> done)
    {
        // The index follows the database within its poll interval; give it a few.
        ClaimSearchResult? result = null;
        for (var i = 0; i < 100; i++)
        {
            result = await client.GetJsonAsync<ClaimSearchResult>(path);
            if (done(result))
            {
                return result;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"search {path} never gave the expected hits; last: {System.Text.Json.JsonSerializer.Serialize(result)}");
        return null!;
    }
}
