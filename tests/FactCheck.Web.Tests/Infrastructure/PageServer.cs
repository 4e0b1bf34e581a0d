using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactCheck.Web.Tests.Infrastructure;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, a free port) serving fixture pages, so fetchers and
/// the browser see real sockets, headers, delays and status codes. Routes can be added at any
/// time, also after start; unknown paths answer 404. Paths match exactly (query strings ignored).
/// </summary>
public sealed class PageServer : IAsyncLifetime, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private Uri? _baseUri;

    /// <summary>Starts a server; the same as using it as a class fixture.</summary>
    public static async Task<PageServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var server = new PageServer();
        await server.StartServerAsync(cancellationToken);
        return server;
    }

    /// <summary>The server's root, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseUri => _baseUri ?? throw new InvalidOperationException($"{nameof(PageServer)} is not started.");

    public int Port => BaseUri.Port;

    /// <summary>The absolute URL of a path on this server.</summary>
    public Uri Url(string path) => new(BaseUri, Normalize(path));

    /// <summary>Serves HTML (UTF-8) at the path.</summary>
    public PageServer MapHtml(string path, string html) =>
        MapBytes(path, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));

    /// <summary>Serves raw bytes with a content type, for other encodings, PDFs, images, robots.txt.</summary>
    public PageServer MapBytes(string path, string contentType, byte[] body) =>
        Map(path, context => WriteAsync(context, StatusCodes.Status200OK, contentType, body));

    /// <summary>Serves HTML after a delay, for time-out tests. The delay ends early if the client goes away.</summary>
    public PageServer MapDelayed(string path, string html, TimeSpan delay)
    {
        var body = Encoding.UTF8.GetBytes(html);
        return Map(path, async context =>
        {
            await Task.Delay(delay, context.RequestAborted);
            await WriteAsync(context, StatusCodes.Status200OK, "text/html; charset=utf-8", body);
        });
    }

    /// <summary>Answers with a bare status code (e.g. 404, 429, 500, 503).</summary>
    public PageServer MapStatus(string path, int statusCode) =>
        Map(path, context =>
        {
            context.Response.StatusCode = statusCode;
            return Task.CompletedTask;
        });

    /// <summary>Answers a redirect to another URL or path.</summary>
    public PageServer MapRedirect(string path, string location, int statusCode = StatusCodes.Status302Found) =>
        Map(path, context =>
        {
            context.Response.StatusCode = statusCode;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        });

    /// <summary>Any handler, for what the helpers above don't cover (headers, cookies, streaming).</summary>
    public PageServer Map(string path, RequestDelegate handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _routes[Normalize(path)] = handler;
        return this;
    }

    /// <summary>How many requests reached the path, whether or not it is mapped.</summary>
    public int Hits(string path) => _hits.TryGetValue(Normalize(path), out var count) ? count : 0;

    Task IAsyncLifetime.InitializeAsync() => StartServerAsync(CancellationToken.None);

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        var app = Interlocked.Exchange(ref _app, null);
        if (app is null)
        {
            return;
        }

        // Delayed routes would otherwise hold shutdown for their whole delay.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(timeout.Token);
        await app.DisposeAsync();
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            throw new InvalidOperationException($"{nameof(PageServer)} is already started.");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(PageServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Only this code configures the server: no appsettings.json, no ASPNETCORE_URLS, no logging noise.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");

        var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        _baseUri = new Uri(address.TrimEnd('/') + "/");
        _app = app;
    }

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.HasValue ? context.Request.Path.Value! : "/";
        _hits.AddOrUpdate(path, 1, (_, count) => count + 1);
        if (_routes.TryGetValue(path, out var handler))
        {
            return handler(context);
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static async Task WriteAsync(HttpContext context, int statusCode, string contentType, byte[] body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static string Normalize(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var withoutQuery = path.Split('?', 2)[0];
        return withoutQuery.StartsWith('/') ? withoutQuery : "/" + withoutQuery;
    }
}
