using FactCheck.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Core.Tests.Storage;

/// <summary>Each provider's migrations must describe the current model, or `factcheck db migrate` would build a stale schema.</summary>
public class MigrationTests
{
    [Fact]
    public void SqliteMigrations_MatchTheModel_WhenBuilt()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> --context SqliteFactCheckDb --output-dir Storage/Migrations/Sqlite");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void PostgresMigrations_MatchTheModel_WhenBuilt()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> --context PostgresFactCheckDb --output-dir Storage/Migrations/Postgres");
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}
