using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FactCheck.Core.Storage;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFactCheckDb>
{
    public SqliteFactCheckDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteFactCheckDb>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresFactCheckDb>
{
    public PostgresFactCheckDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresFactCheckDb>().UseNpgsql("Host=localhost;Database=factcheck").Options);
}
