using System.Diagnostics;
using System.Text;

namespace FactCheck.Web.Tests.Support;

/// <summary>
/// The app as a real operating-system process (web app or `factcheck worker`), for what an in-process host
/// cannot show: a process killed mid-pipeline, several processes sharing one PostgreSQL.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder standardOutput = new();

    private AppProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data, standardOutput);
        process.ErrorDataReceived += (_, e) => Append(e.Data, null);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Standard output and error, interleaved as they came.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Standard output alone, for commands that print JSON.</summary>
    public string StandardOutput
    {
        get
        {
            lock (output)
            {
                return standardOutput.ToString();
            }
        }
    }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Starts FactCheck.Web.dll listening on the given port.</summary>
    public static AppProcess StartWeb(int port, IReadOnlyDictionary<string, string> environment) =>
        Start(Build("FactCheck.Web", "FactCheck.Web.dll"), ["--urls", $"http://127.0.0.1:{port}"], environment);

    /// <summary>Starts `factcheck` with the given arguments (e.g. worker).</summary>
    public static AppProcess StartCli(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, string? stdin = null) =>
        Start(Build("FactCheck.Cli", "factcheck.dll"), arguments, environment, stdin);

    private static AppProcess Start(string dll, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, string? stdin = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var started = new AppProcess(Process.Start(info) ?? throw new InvalidOperationException($"could not start {dll}"));
        if (stdin is not null)
        {
            started.process.StandardInput.Write(stdin);
            started.process.StandardInput.Close();
        }

        return started;
    }

    /// <summary>
    /// Makes a user of the role with `factcheck users add` and returns a key from `factcheck apikeys create`, as an
    /// operator would (migrating first, which a PostgreSQL database needs before it has the account tables).
    /// </summary>
    public static async Task<string> CreateApiKeyAsync(IReadOnlyDictionary<string, string> environment, string role = "editor")
    {
        var email = $"{role}-{Guid.NewGuid():N}@factcheck.test";
        string[][] steps = [["db", "migrate"], ["users", "add", email, "--role", role], ["apikeys", "create", email, "--name", "test"]];
        var output = "";
        foreach (var step in steps)
        {
            await using var cli = StartCli(step, environment);
            Assert.True(await cli.WaitForExitAsync(TimeSpan.FromSeconds(60)), $"factcheck {string.Join(' ', step)} did not finish");
            Assert.True(cli.ExitCode == 0, $"factcheck {string.Join(' ', step)}: {cli.Output}");
            output = cli.StandardOutput;
        }

        return output.Trim().Split('\n')[^1].Trim();
    }

    /// <summary>The build output of a project of this repository, in the same configuration as the tests.</summary>
    private static string Build(string project, string dll)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release"
            : "Debug";
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "FactCheck.sln")))
        {
            root = root.Parent;
        }

        var path = Path.Combine(root?.FullName ?? throw new InvalidOperationException("FactCheck.sln not found above the test folder"),
            "src", project, "bin", configuration, "net10.0", dll);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is not built", path);
    }

    /// <summary>Waits until the process answers /healthz on the port.</summary>
    public async Task WaitHealthyAsync(int port, TimeSpan timeout)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                Assert.Fail($"process exited with {process.ExitCode} before it was healthy:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        Assert.Fail($"process not healthy after {timeout}:\n{Output}");
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await WaitForExitAsync(TimeSpan.FromSeconds(10));
        }

        process.Dispose();
    }

    private void Append(string? line, StringBuilder? stream)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
            stream?.AppendLine(line);
        }
    }
}
