using Npgsql;

namespace FactCheck.Web.Tests.Support;

/// <summary>Reads the database behind the app directly, for what the API does not show (row counts, Hangfire state).</summary>
public static class Sql
{
    public static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
