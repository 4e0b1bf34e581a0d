using System.CommandLine;
using System.Reflection;
using FactCheck.Core.Fetching;
using FactCheck.Core.Indexing;
using FactCheck.Core.Jobs;
using FactCheck.Core.Linking;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Cli.Commands;

/// <summary>`factcheck serve`: the web app, exactly as `dotnet FactCheck.Web.dll` runs it.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Run the web app (same settings as the web host; e.g. --urls http://localhost:5080).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(async (parse, ct) =>
        {
            var entry = typeof(FactCheck.Web.Api.SubmissionsApi).Assembly.EntryPoint
                ?? throw new InvalidOperationException("FactCheck.Web has no entry point.");
            var result = entry.Invoke(null, [CliSettings.HostArgs(parse, parse.UnmatchedTokens)]);
            if (result is Task task)
            {
                await task;
            }

            return 0;
        });
        return command;
    }
}

/// <summary>`factcheck worker`: a job server without the web UI; any number share one PostgreSQL.</summary>
public static class WorkerCommand
{
    public static Command Create()
    {
        var command = new Command("worker", "Process submissions in the background (no web UI).") { TreatUnmatchedTokensAsErrors = false };
        command.SetAction(async (parse, ct) =>
        {
            var builder = Host.CreateApplicationBuilder(CliSettings.HostArgs(parse, parse.UnmatchedTokens));
            builder.Configuration.AddConfigurationFromBase();
            builder.Services.AddStorage(builder.Configuration);
            builder.Services.AddFetching(builder.Configuration);
            builder.Services.AddPipeline();
            builder.Services.AddLinking();
            builder.Services.AddJobs(builder.Configuration, server: true);
            using var host = builder.Build();
            await host.RunAsync(ct);
            return 0;
        });
        return command;
    }

    private static void AddConfigurationFromBase(this Microsoft.Extensions.Configuration.IConfigurationManager configuration)
    {
        // Without this the worker would miss the web app's appsettings.json when started from another folder.
        Microsoft.Extensions.Configuration.JsonConfigurationExtensions.AddJsonFile(
            configuration, Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
    }
}

/// <summary>`factcheck db migrate`: brings the database schema up to date.</summary>
public static class DbCommand
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply the database migrations (PostgreSQL when ConnectionStrings__FactCheck is set, else the embedded SQLite file).");
        migrate.SetAction((parse, ct) => CliAction.RunAsync(async () =>
        {
            var configuration = CliSettings.Configuration(parse);
            await using var services = new ServiceCollection().AddLogging().AddSingleton(configuration).AddStorage(configuration).BuildServiceProvider();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FactCheckDb>();
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await db.Database.MigrateAsync(ct);
            var settings = services.GetRequiredService<DatabaseSettings>();
            Console.WriteLine($"{settings.Provider}: applied {pending.Count} migrations{(pending.Count > 0 ? ": " + string.Join(", ", pending) : "")}; schema is up to date.");
            return 0;
        }));
        return new Command("db", "Database tasks.") { migrate };
    }
}

/// <summary>`factcheck index rebuild`: the claim index is derived from the database and can be rebuilt at any time.</summary>
public static class IndexCommand
{
    public static Command Create()
    {
        var rebuild = new Command("rebuild", "Rebuild this data folder's claim index from the database (stop the web app using the folder first).");
        rebuild.SetAction((parse, ct) => CliAction.RunAsync(async () =>
        {
            var configuration = CliSettings.Configuration(parse);
            var services = new ServiceCollection().AddLogging().AddSingleton(configuration).AddStorage(configuration);
            services.AddOptions<IndexingOptions>();
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<ClaimIndex>();
            services.AddSingleton<IndexSync>();
            await using var provider = services.BuildServiceProvider();
            var count = await provider.GetRequiredService<IndexSync>().RebuildAsync(ct);
            var index = provider.GetRequiredService<ClaimIndex>();
            Console.WriteLine($"Indexed {index.Count} claims from {count} articles into {index.Path}.");
            return 0;
        }));
        return new Command("index", "Claim index tasks.") { rebuild };
    }
}
