using FactCheck.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Web.Hosting;

public static class DatabaseStartup
{
    /// <summary>
    /// The embedded SQLite default migrates itself so a first `dotnet run` just works. PostgreSQL is migrated
    /// explicitly with `factcheck db migrate` (or FactCheck:MigrateOnStart=true), never behind an operator's back.
    /// </summary>
    public static async Task MigrateIfEmbeddedAsync(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        if (!settings.IsEmbedded && !app.Configuration.GetValue<bool>("FactCheck:MigrateOnStart"))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FactCheckDb>().Database.MigrateAsync();
    }
}
