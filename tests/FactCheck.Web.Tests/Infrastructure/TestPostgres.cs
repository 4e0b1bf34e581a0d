using System.Collections.Concurrent;
using Npgsql;

namespace FactCheck.Web.Tests.Infrastructure;

/// <summary>
/// Hands out fresh, uniquely named PostgreSQL databases on the server named by
/// <c>FACTCHECK_TEST_PG</c> and drops them all on dispose. Use as a class fixture or with
/// <c>await using</c>. Without the variable every test that uses it fails: a database test
/// that silently skips is a test that never runs in CI.
/// </summary>
public sealed class TestPostgres : IAsyncLifetime, IAsyncDisposable
{
    public const string EnvironmentVariable = "FACTCHECK_TEST_PG";

    private const string DatabasePrefix = "factcheck_test_";

    private readonly string _serverConnectionString;
    private readonly ConcurrentDictionary<string, byte> _created = new();
    private int _disposed;

    public TestPostgres()
        : this(Environment.GetEnvironmentVariable(EnvironmentVariable))
    {
    }

    internal TestPostgres(string? serverConnectionString)
    {
        if (string.IsNullOrWhiteSpace(serverConnectionString))
        {
            throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set. Run the tests with ./test.sh (it starts a throwaway PostgreSQL), " +
                $"or set {EnvironmentVariable} to an Npgsql connection string for a server where the user may CREATE DATABASE, " +
                "e.g. \"Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres\".");
        }

        _serverConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString).ConnectionString;
    }

    /// <summary>The connection string from <c>FACTCHECK_TEST_PG</c> (the server's maintenance database).</summary>
    public string ServerConnectionString => _serverConnectionString;

    /// <summary>Names of the databases created so far and not yet dropped.</summary>
    public IReadOnlyCollection<string> CreatedDatabases => [.. _created.Keys];

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);

        var name = DatabasePrefix + Guid.NewGuid().ToString("N");
        await using (var connection = await OpenServerConnectionAsync(cancellationToken))
        await using (var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        _created[name] = 0;
        return new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops one database created by this instance, ending its open connections first.</summary>
    public async Task DropDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!_created.ContainsKey(name))
        {
            throw new ArgumentException($"Database '{name}' was not created by this {nameof(TestPostgres)}.", nameof(name));
        }

        // Idle pooled connections would otherwise be cut by WITH (FORCE) and surface as errors later.
        NpgsqlConnection.ClearAllPools();
        await using (var connection = await OpenServerConnectionAsync(cancellationToken))
        await using (var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        _created.TryRemove(name, out _);
    }

    /// <summary>Whether a database of that name exists on the server.</summary>
    public async Task<bool> DatabaseExistsAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenServerConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", name);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) > 0;
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        var errors = new List<Exception>();
        foreach (var name in _created.Keys)
        {
            try
            {
                await DropDatabaseAsync(name);
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
            {
                errors.Add(ex);
            }
        }

        if (errors.Count > 0)
        {
            throw new AggregateException("Could not drop every test database.", errors);
        }
    }

    private async Task<NpgsqlConnection> OpenServerConnectionAsync(CancellationToken cancellationToken)
    {
        // Unpooled: an idle pooled connection to the maintenance database would outlive the tests.
        var builder = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
