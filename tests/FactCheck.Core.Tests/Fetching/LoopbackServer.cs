using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FactCheck.Core.Tests.Fetching;

/// <summary>What the test server writes back: status, headers and body, or a custom writer for lies and stalls.</summary>
internal sealed record ServerResponse(int Status, byte[] Body, IReadOnlyList<(string Name, string Value)> Headers)
{
    /// <summary>Writes the whole response itself (after the request was read); the server closes the connection afterwards.</summary>
    public Func<Stream, CancellationToken, Task>? Writer { get; init; }

    public static ServerResponse Html(string html, string contentType = "text/html; charset=utf-8") =>
        new(200, Encoding.UTF8.GetBytes(html), [("Content-Type", contentType)]);

    public static ServerResponse Bytes(byte[] body, string contentType) => new(200, body, [("Content-Type", contentType)]);

    public static ServerResponse Code(int status) => new(status, [], [("Content-Type", "text/plain")]);

    public static ServerResponse Redirect(string location, int status = 302) => new(status, [], [("Location", location)]);

    public static ServerResponse Raw(Func<Stream, CancellationToken, Task> writer) => new(200, [], []) { Writer = writer };
}

internal sealed record ServerRequest(string Path, string UserAgent, DateTimeOffset At);

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 built on TcpListener, so tests control every byte:
/// lying Content-Length headers, endless bodies and stalls that HttpListener would not allow.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<ServerRequest, ServerResponse> _handler;
    private readonly Task _accepting;

    public LoopbackServer(Func<ServerRequest, ServerResponse> handler)
    {
        _handler = handler;
        _listener.Start();
        _accepting = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public ConcurrentQueue<ServerRequest> Requests { get; } = new();

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    public int CountRequests(string path) => Requests.Count(r => r.Path == path);

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequestAsync(stream, _stop.Token);
                if (request is null)
                {
                    return;
                }

                Requests.Enqueue(request);
                var response = _handler(request);
                if (response.Writer is not null)
                {
                    await response.Writer(stream, _stop.Token);
                    return;
                }

                var head = new StringBuilder()
                    .Append("HTTP/1.1 ").Append(response.Status).Append(' ').Append(Reason(response.Status)).Append("\r\n")
                    .Append("Connection: close\r\n");
                foreach (var (name, value) in response.Headers)
                {
                    head.Append(name).Append(": ").Append(value).Append("\r\n");
                }

                if (!response.Headers.Any(h => h.Name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)))
                {
                    head.Append("Content-Length: ").Append(response.Body.Length).Append("\r\n");
                }

                head.Append("\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stop.Token);
                await stream.WriteAsync(response.Body, _stop.Token);
            }
            catch (Exception)
            {
                // The client may hang up mid-body (that is what a size cap does); nothing to report.
            }
        }
    }

    private static async Task<ServerRequest?> ReadRequestAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken);
            if (read == 0)
            {
                return null;
            }

            total += read;
            var text = Encoding.ASCII.GetString(buffer, 0, total);
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end < 0)
            {
                continue;
            }

            var lines = text[..end].Split("\r\n");
            var path = lines[0].Split(' ')[1];
            var agent = lines.Skip(1)
                .Where(l => l.StartsWith("User-Agent:", StringComparison.OrdinalIgnoreCase))
                .Select(l => l["User-Agent:".Length..].Trim())
                .FirstOrDefault() ?? string.Empty;
            return new ServerRequest(path, agent, DateTimeOffset.UtcNow);
        }

        return null;
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        404 => "Not Found",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    };

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception)
        {
            // Stopping the listener fails the pending accept; that is the point.
        }

        _stop.Dispose();
    }
}
