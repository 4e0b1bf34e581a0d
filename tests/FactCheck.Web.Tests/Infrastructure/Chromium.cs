using Microsoft.Playwright;

namespace FactCheck.Web.Tests.Infrastructure;

/// <summary>
/// Headless Debian Chromium driven by Playwright. The binary comes from <c>FACTCHECK_CHROMIUM</c>
/// or /usr/bin/chromium; Playwright's own browser download is never used (this machine can't fetch it).
/// Use as a class fixture or via <see cref="LaunchAsync"/> with <c>await using</c>.
/// </summary>
public sealed class Chromium : IAsyncLifetime, IAsyncDisposable
{
    public const string EnvironmentVariable = "FACTCHECK_CHROMIUM";
    public const string DefaultPath = "/usr/bin/chromium";

    // Root needs --no-sandbox; the network flags stop Chromium calling home, which this machine refuses.
    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private readonly List<IBrowserContext> _contexts = [];
    private readonly Lock _gate = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static async Task<Chromium> LaunchAsync()
    {
        var chromium = new Chromium();
        try
        {
            await chromium.StartAsync();
            return chromium;
        }
        catch
        {
            await chromium.DisposeAsync();
            throw;
        }
    }

    /// <summary>The Chromium binary this fixture launches.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } path ? path : DefaultPath;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException($"{nameof(Chromium)} is not launched.");

    /// <summary>A page in a fresh browser context (own cookies and storage). Contexts are closed on dispose.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options);
        lock (_gate)
        {
            _contexts.Add(context);
        }

        return await context.NewPageAsync();
    }

    Task IAsyncLifetime.InitializeAsync() => StartAsync();

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        IBrowserContext[] contexts;
        lock (_gate)
        {
            contexts = [.. _contexts];
            _contexts.Clear();
        }

        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        if (Interlocked.Exchange(ref _browser, null) is { } browser)
        {
            await browser.CloseAsync();
            await browser.DisposeAsync();
        }

        Interlocked.Exchange(ref _playwright, null)?.Dispose();
    }

    private async Task StartAsync()
    {
        var executable = ExecutablePath;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium not found at '{executable}'. Run the tests with ./test.sh (it installs Debian's chromium), " +
                $"or apt-get install -y chromium, or set {EnvironmentVariable} to a Chromium binary. " +
                "Playwright's own browser download is not available here.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            Headless = true,
            ExecutablePath = executable,
            Args = LaunchArgs,
        });
    }
}
