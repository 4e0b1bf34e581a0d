using System.Net.Http.Json;
using FactCheck.Core.Accounts;
using FactCheck.Core.Storage;
using FactCheck.Web.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FactCheck.Web.Tests.Support;

/// <summary>
/// The real web app in-process: PostgreSQL when given a connection string, else the embedded default
/// (SQLite + in-memory jobs) in a fresh data folder. Loopback fetching is allowed so fixture pages can be
/// served from 127.0.0.1. It has an editor and an admin, each with a password and an API key; clients made
/// with <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> act as the editor through the key.
/// </summary>
public sealed class FactCheckApp : WebApplicationFactory<Program>
{
    public const string EditorEmail = "editor@factcheck.test";
    public const string AdminEmail = "admin@factcheck.test";

    private readonly string? connectionString;
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly Lock accountsGate = new();
    private Dictionary<string, (string Password, string Key)>? accounts;

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
        // Tests poll and submit fast; the limits have their own test.
        builder.UseSetting("FactCheck:RateLimits:Submissions", "100000");
        builder.UseSetting("FactCheck:RateLimits:Searches", "100000");
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

    /// <summary>The test user of a role: email, password, API key.</summary>
    public (string Email, string Password, string Key) Account(string role)
    {
        var (password, key) = Accounts()[role];
        return (role == Roles.Admin ? AdminEmail : EditorEmail, password, key);
    }

    /// <summary>A client acting as the given role through its API key.</summary>
    public HttpClient CreateClient(string role, bool followRedirects = true)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects });
        client.DefaultRequestHeaders.Remove(ApiKeys.Header);
        client.DefaultRequestHeaders.Add(ApiKeys.Header, Account(role).Key);
        return client;
    }

    /// <summary>A client nobody signed in to; redirects are not followed so a sign-in redirect shows.</summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Remove(ApiKeys.Header);
        return client;
    }

    /// <summary>A client signed in through the sign-in form, carrying the cookie as a browser would; redirects are not followed.</summary>
    public async Task<HttpClient> CreateSignedInClientAsync(string role)
    {
        var (email, password, _) = Account(role);
        var client = CreateAnonymousClient();
        var form = await client.GetStringAsync("/account/signin");
        using var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
        }));
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"sign-in as {role}: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static string AntiforgeryToken(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(match.Success, "the page has no antiforgery token");
        return match.Groups[1].Value;
    }

    /// <summary>A client of the Kestrel server (kestrel: true) acting as the given role.</summary>
    public HttpClient CreateServerClient(string role = Roles.Editor)
    {
        var client = new HttpClient { BaseAddress = ServerAddress };
        client.DefaultRequestHeaders.Add(ApiKeys.Header, Account(role).Key);
        return client;
    }

    /// <summary>Signs the browser page in through the sign-in form (kestrel: true).</summary>
    public async Task SignInAsync(IPage page, string role = Roles.Editor)
    {
        var (email, password, _) = Account(role);
        await page.GotoAsync(new Uri(ServerAddress, "/account/signin").AbsoluteUri);
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("#signin-form button[type=submit]");
        await page.WaitForSelectorAsync("#who");
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add(ApiKeys.Header, Account(Roles.Editor).Key);
    }

    private Dictionary<string, (string Password, string Key)> Accounts()
    {
        lock (accountsGate)
        {
            // Blocking is fine here: it runs once per app, in test code, before any request.
            return accounts ??= Task.Run(CreateAccountsAsync).GetAwaiter().GetResult();
        }
    }

    private async Task<Dictionary<string, (string Password, string Key)>> CreateAccountsAsync()
    {
        var created = new Dictionary<string, (string Password, string Key)>();
        foreach (var (email, role) in new[] { (EditorEmail, Roles.Editor), (AdminEmail, Roles.Admin) })
        {
            await using var scope = Services.CreateAsyncScope();
            var (user, password) = await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync(email, role, "test", CancellationToken.None);
            // Test users keep the generated password, so they skip the choose-your-password step.
            user.MustChangePassword = false;
            await scope.ServiceProvider.GetRequiredService<UserManager<FactCheckUser>>().UpdateAsync(user);
            var (_, key) = await scope.ServiceProvider.GetRequiredService<ApiKeys>().CreateAsync(user, "tests", "test", CancellationToken.None);
            created[role] = (password, key);
        }

        return created;
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
