using System.CommandLine;
using System.Text.Json;
using FactCheck.Core.Storage;
using Microsoft.Extensions.Configuration;

namespace FactCheck.Cli.Commands;

/// <summary>The settings the CLI shares with the web app: the same keys, from the same places.</summary>
public static class CliSettings
{
    public static readonly Option<string?> DataDir = new("--data-dir")
    {
        Description = "The data folder (SQLite file, claim index); default ./data or FactCheck__DataDir.",
        Recursive = true,
    };

    public static readonly JsonSerializerOptions Json = new(StoredForms.Json) { WriteIndented = false };

    public static readonly JsonSerializerOptions PrettyJson = new(StoredForms.Json) { WriteIndented = true };

    public static IConfiguration Configuration(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(DataDir) is { } dir)
        {
            overrides["FactCheck:DataDir"] = dir;
        }

        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
    }

    /// <summary>Arguments for a host builder, so `--data-dir` reaches hosts built from args.</summary>
    public static string[] HostArgs(ParseResult parse, IEnumerable<string> rest)
    {
        var args = rest.ToList();
        if (parse.GetValue(DataDir) is { } dir)
        {
            args.Add($"--FactCheck:DataDir={dir}");
        }

        return [.. args];
    }
}
