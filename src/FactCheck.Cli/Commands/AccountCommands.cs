using System.CommandLine;
using FactCheck.Core.Accounts;
using FactCheck.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Cli.Commands;

/// <summary>`factcheck users …`: people who sign in, managed on the server itself (the first admin comes from here).</summary>
public static class UsersCommand
{
    public static Command Create()
    {
        var email = new Argument<string>("email") { Description = "The user's email address, also the sign-in name." };
        var role = new Option<string>("--role") { Description = "editor or admin.", DefaultValueFactory = _ => Roles.Editor };
        var add = new Command("add", "Add a user and print a one-time password (the first sign-in replaces it).") { email, role };
        add.SetAction((parse, ct) => CliAction.RunAsync(() => WithAccountsAsync(parse, async services =>
        {
            var (user, password) = await services.GetRequiredService<UserAccounts>().AddAsync(parse.GetValue(email)!, parse.GetValue(role)!, Audit.System, ct);
            Console.WriteLine($"Added {user.Email} as {parse.GetValue(role)}. One-time password (shown once): {password}");
            return 0;
        })));

        var resetEmail = new Argument<string>("email") { Description = "The user's email address." };
        var reset = new Command("reset", "Set a new one-time password and lift any lockout.") { resetEmail };
        reset.SetAction((parse, ct) => CliAction.RunAsync(() => WithAccountsAsync(parse, async services =>
        {
            var password = await services.GetRequiredService<UserAccounts>().ResetPasswordAsync(parse.GetValue(resetEmail)!, Audit.System, ct);
            Console.WriteLine($"One-time password for {parse.GetValue(resetEmail)} (shown once): {password}");
            return 0;
        })));

        var list = new Command("list", "List users with their roles.");
        list.SetAction((parse, ct) => CliAction.RunAsync(() => WithAccountsAsync(parse, async services =>
        {
            foreach (var u in await services.GetRequiredService<UserAccounts>().ListAsync(ct))
            {
                Console.WriteLine($"{u.Email}\t{u.Role}\t{(u.LockedOut ? "locked out" : "active")}");
            }

            return 0;
        })));
        return new Command("users", "Users and roles.") { add, reset, list };
    }

    /// <summary>The account services on the database the web app uses (same data folder or connection string).</summary>
    internal static async Task<int> WithAccountsAsync(ParseResult parse, Func<IServiceProvider, Task<int>> body, CancellationToken ct = default)
    {
        var configuration = CliSettings.Configuration(parse);
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddStorage(configuration);
        services.AddAccounts(configuration);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        if (provider.GetRequiredService<DatabaseSettings>().IsEmbedded)
        {
            // The embedded file migrates itself, as the web app does, so the first admin can come before the first start.
            await scope.ServiceProvider.GetRequiredService<FactCheckDb>().Database.MigrateAsync(ct);
        }

        try
        {
            return await body(scope.ServiceProvider);
        }
        catch (AccountException e)
        {
            throw new CliException(e.Message);
        }
    }
}

/// <summary>`factcheck apikeys …`: keys for newsroom scripts, sent as X-Api-Key.</summary>
public static class ApiKeysCommand
{
    public static Command Create()
    {
        var email = new Argument<string>("email") { Description = "The key's owner; the key acts with the owner's role." };
        var name = new Option<string?>("--name") { Description = "What the key is for (e.g. cms-plugin)." };
        var create = new Command("create", "Create an API key and print it (shown once; only its hash is stored).") { email, name };
        create.SetAction((parse, ct) => CliAction.RunAsync(() => UsersCommand.WithAccountsAsync(parse, async services =>
        {
            var user = await services.GetRequiredService<UserAccounts>().FindAsync(parse.GetValue(email)!);
            var (key, secret) = await services.GetRequiredService<ApiKeys>().CreateAsync(user, parse.GetValue(name), Audit.System, ct);
            await Console.Error.WriteLineAsync($"API key {key.Id} for {user.Email} (shown once; send it as {ApiKeys.Header}):");
            Console.WriteLine(secret);
            return 0;
        })));

        var id = new Argument<long>("id") { Description = "The key's number, as `factcheck apikeys list` shows it." };
        var revoke = new Command("revoke", "Revoke an API key at once.") { id };
        revoke.SetAction((parse, ct) => CliAction.RunAsync(() => UsersCommand.WithAccountsAsync(parse, async services =>
        {
            if (!await services.GetRequiredService<ApiKeys>().RevokeAsync(parse.GetValue(id), Audit.System, ct))
            {
                throw new CliException($"No live key {parse.GetValue(id)}.");
            }

            Console.WriteLine($"Revoked key {parse.GetValue(id)}.");
            return 0;
        })));

        var list = new Command("list", "List API keys (never the keys themselves).");
        list.SetAction((parse, ct) => CliAction.RunAsync(() => UsersCommand.WithAccountsAsync(parse, async services =>
        {
            foreach (var k in await services.GetRequiredService<ApiKeys>().ListAsync(null, ct))
            {
                Console.WriteLine($"{k.Id}\t{k.Prefix}…\t{k.Email}\t{k.Name}\t{(k.RevokedAt is null ? "live" : "revoked")}");
            }

            return 0;
        })));
        return new Command("apikeys", "API keys for scripts.") { create, revoke, list };
    }
}
