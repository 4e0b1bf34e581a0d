using FactCheck.Core.Articles;
using FactCheck.Core.Fetching;
using FactCheck.Core.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Cli.Commands;

/// <summary>Turns a command-line input (an http(s) URL, an .html/.htm file or a text file) into an article.</summary>
public static class InputReader
{
    public static async Task<Article> ReadArticleAsync(
        string input, string? url, ArticlePipeline pipeline, IConfiguration configuration, CancellationToken ct)
    {
        if (Uri.TryCreate(input, UriKind.Absolute, out var web) && (web.Scheme == Uri.UriSchemeHttp || web.Scheme == Uri.UriSchemeHttps))
        {
            var services = new ServiceCollection().AddLogging().AddSingleton(configuration).AddFetching(configuration).BuildServiceProvider();
            await using (services)
            {
                var page = await services.GetRequiredService<IPageFetcher>().FetchAsync(web, ct);
                return pipeline.ExtractHtml(PageDecoder.Decode(page), page.FinalUrl);
            }
        }

        if (!File.Exists(input))
        {
            throw new CliException($"No such file: {input} (give a file path or an http(s) URL).");
        }

        var text = await ReadFileTextAsync(input, ct);
        if (IsHtml(input, text))
        {
            return pipeline.ExtractHtml(text, url is null ? null : new Uri(url));
        }

        return pipeline.ExtractText(text, null);
    }

    /// <summary>
    /// The file's text, decoded the way fetched pages are (BOM, meta charset, else UTF-8 or
    /// windows-1252): saved pages keep the charset they were served in.
    /// </summary>
    public static async Task<string> ReadFileTextAsync(string path, CancellationToken ct)
    {
        byte[] bytes;
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            await using var file = File.OpenRead(path);
            await using var gz = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            await gz.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }
        else
        {
            bytes = await File.ReadAllBytesAsync(path, ct);
        }

        return PageDecoder.Decode(bytes, null);
    }

    private static bool IsHtml(string path, string text)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var ext = Path.GetExtension(name).ToLowerInvariant();
        if (ext is ".html" or ".htm" or ".xhtml")
        {
            return true;
        }

        if (ext is ".txt" or ".md")
        {
            return false;
        }

        var head = text.TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>An error the CLI prints as it is, without a stack trace.</summary>
public sealed class CliException(string message) : Exception(message);
