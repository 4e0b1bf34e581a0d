using Npgsql;

namespace FactCheck.Web.Tests.Infrastructure;

public class TestPostgresTests
{
    [Fact]
    public async Task CreateDatabaseAsync_ReturnsDatabaseThatAcceptsQueries_WhenServerIsConfigured()
    {
        await using var postgres = new TestPostgres();
        var connectionString = await postgres.CreateDatabaseAsync();

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand("CREATE TABLE t (n int); INSERT INTO t VALUES (41), (1);", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var sum = new NpgsqlCommand("SELECT sum(n) FROM t", connection);
        Assert.Equal(42L, await sum.ExecuteScalarAsync());
        Assert.Equal(new NpgsqlConnectionStringBuilder(connectionString).Database, connection.Database);
    }

    [Fact]
    public async Task CreateDatabaseAsync_ReturnsDistinctDatabases_WhenCalledTwice()
    {
        await using var postgres = new TestPostgres();

        var first = new NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync()).Database;
        var second = new NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync()).Database;

        Assert.NotEqual(first, second);
        Assert.Equal(2, postgres.CreatedDatabases.Count);
    }

    [Fact]
    public async Task DisposeAsync_DropsCreatedDatabases_WhenConnectionsAreStillOpen()
    {
        var postgres = new TestPostgres();
        var connectionString = await postgres.CreateDatabaseAsync();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        Assert.True(await postgres.DatabaseExistsAsync(name));

        await postgres.DisposeAsync();

        await using var observer = new TestPostgres();
        Assert.False(await observer.DatabaseExistsAsync(name));
        await connection.DisposeAsync();
    }

    [Fact]
    public async Task DropDatabaseAsync_RemovesOnlyThatDatabase_WhenTwoWereCreated()
    {
        await using var postgres = new TestPostgres();
        var kept = new NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync()).Database!;
        var dropped = new NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync()).Database!;

        await postgres.DropDatabaseAsync(dropped);

        Assert.True(await postgres.DatabaseExistsAsync(kept));
        Assert.False(await postgres.DatabaseExistsAsync(dropped));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Constructor_ThrowsNamingTestScript_WhenConnectionStringIsMissing(string? connectionString)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new TestPostgres(connectionString));

        Assert.Contains("./test.sh", error.Message, StringComparison.Ordinal);
        Assert.Contains(TestPostgres.EnvironmentVariable, error.Message, StringComparison.Ordinal);
    }
}
