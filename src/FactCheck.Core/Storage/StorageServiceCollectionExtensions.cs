using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="FactCheckDb"/> on PostgreSQL when ConnectionStrings:FactCheck is set, else on a
    /// SQLite file in the data folder, plus <see cref="FactCheckOptions"/> and the resolved <see cref="DatabaseSettings"/>.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(FactCheckOptions.Section).Get<FactCheckOptions>() ?? new FactCheckOptions();
        services.AddOptions<FactCheckOptions>().BindConfiguration(FactCheckOptions.Section);
        var settings = DatabaseSettings.From(configuration.GetConnectionString("FactCheck"), options.DataPath);
        services.AddSingleton(settings);

        if (settings.IsEmbedded)
        {
            Directory.CreateDirectory(options.DataPath);
            services.AddDbContext<SqliteFactCheckDb>(o => o.UseSqlite(settings.ConnectionString));
            services.AddScoped<FactCheckDb>(sp => sp.GetRequiredService<SqliteFactCheckDb>());
        }
        else
        {
            services.AddDbContext<PostgresFactCheckDb>(o => o.UseNpgsql(settings.ConnectionString));
            services.AddScoped<FactCheckDb>(sp => sp.GetRequiredService<PostgresFactCheckDb>());
        }

        return services;
    }
}
