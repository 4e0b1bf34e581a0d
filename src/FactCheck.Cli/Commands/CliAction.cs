using FactCheck.Core.Fetching;

namespace FactCheck.Cli.Commands;

public static class CliAction
{
    /// <summary>Runs a command body, turning the failures a user can act on into one readable line and exit code 1.</summary>
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception e) when (e is CliException or FetchException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }
}
