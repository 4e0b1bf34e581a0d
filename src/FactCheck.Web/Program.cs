using FactCheck.Core.Datasets;
using FactCheck.Core.Fetching;
using FactCheck.Core.Indexing;
using FactCheck.Core.Jobs;
using FactCheck.Core.Linking;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Storage;
using FactCheck.Web.Accounts;
using FactCheck.Web.Api;
using FactCheck.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddHostDefaults();

builder.Services.AddStorage(builder.Configuration);
builder.Services.AddFetching(builder.Configuration);
builder.Services.AddPipeline();
builder.Services.AddJobs(builder.Configuration);
builder.Services.AddIndexing(builder.Configuration);
builder.Services.AddDatasets();
builder.Services.AddLinking();
builder.Services.AddSamples();
builder.Services.AddWebAccounts(builder.Configuration);
builder.Services.AddRateLimits();
builder.Services.AddWebUi();

var app = builder.Build();

app.UseWebUi();
app.MapHealthApi();
app.MapSubmissionsApi();
app.MapFlagsApi();
app.MapClaimsApi();
app.MapDatasetsApi();
app.MapLinksApi();
app.MapOpenApi();
app.MapJobsDashboard();
app.MapRazorPages();

await app.MigrateIfEmbeddedAsync();
await app.RunAsync();

public partial class Program;
