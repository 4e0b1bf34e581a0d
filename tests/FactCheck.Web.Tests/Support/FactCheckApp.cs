using System.Net.Http.Json;
using FactCheck.Core.Storage;
using FactCheck.Web.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Support;

/// <summary>
/// The real web app in-process: PostgreSQL when given a connection string, else the embedded default
/// (SQLite + in-memory jobs) in a fresh data folder. Loopback fetching is allowed so fixture pages can be
/// served from 127.0.0.1.
/// </summary>
public sealed class FactCheckApp : WebApplicationFactory<Program>
{
    private readonly string? connectionString;
    private readonly IReadOnlyDictionary<string, string?> settings;

    public FactCheckApp(string? connectionString, IReadOnlyDictionary<string, string?>? settings = null, bool kestrel = false)
    {
        this.connectionString = connectionString;
        this.settings = settings ?? new Dictionary<string, string?>();
        DataDir = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("N"));
        if (kestrel)
        {
            UseKestrel(0);
        }
    }

    public string DataDir { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:FactCheck", connectionString ?? "");
        builder.UseSetting("FactCheck:DataDir", DataDir);
        builder.UseSetting("FactCheck:MigrateOnStart", "true");
        builder.UseSetting("FactCheck:Samples:Seed", "false");
        builder.UseSetting("FactCheck:Fetching:AllowLoopback", "true");
        builder.UseSetting("FactCheck:Fetching:PerHostInterval", "00:00:00");
        builder.UseSetting("FactCheck:Fetching:RespectRobots", "false");
        builder.UseSetting("FactCheck:Indexing:PollInterval", "00:00:00.200");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>The Kestrel address when started with kestrel: true.</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    public T WithDb<T>(Func<FactCheckDb, T> query)
    {
        using var scope = Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<FactCheckDb>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TryDelete(DataDir);
    }

    internal static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>Calls the JSON API the way a newsroom script would.</summary>
public static class Api
{
    public static async Task<long> SubmitAsync(this HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/api/submissions", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, $"POST /api/submissions: {(int)response.StatusCode} {text}");
        var created = System.Text.Json.JsonSerializer.Deserialize<SubmissionCreated>(text, Json)!;
        return created.Id;
    }

    /// <summary>Polls until the submission is done or failed; fails the test on time-out with the last state.</summary>
    public static async Task<SubmissionState> WaitAsync(this HttpClient client, long id, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        SubmissionState? state = null;
        while (DateTime.UtcNow < deadline)
        {
            state = await client.GetFromJsonAsync<SubmissionState>($"/api/submissions/{id}", Json);
            if (state is { Status: "done" or "failed" })
            {
                return state;
            }

            await Task.Delay(150);
        }

        Assert.Fail($"submission {id} did not finish in time; last state: {state}");
        return state!;
    }

    public static async Task<T> GetJsonAsync<T>(this HttpClient client, string path) =>
        (await client.GetFromJsonAsync<T>(path, Json))!;

    /// <summary>The API's own JSON settings (enums as kebab-case strings).</summary>
    public static readonly System.Text.Json.JsonSerializerOptions Json = StoredForms.Json;
}
