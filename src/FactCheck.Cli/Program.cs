using System.CommandLine;
using FactCheck.Cli.Commands;

var root = new RootCommand("factcheck: checks the numbers in news articles.")
{
    CheckCommand.Create(),
    QuantitiesCommand.Create(),
    ClaimsCommand.Create(),
    ArticleCommand.Create(),
    ArticlesCommand.Create(),
    ServeCommand.Create(),
    WorkerCommand.Create(),
    DbCommand.Create(),
    IndexCommand.Create(),
    DatasetsCommand.Create(),
    LinksCommand.Create(),
    UsersCommand.Create(),
    ApiKeysCommand.Create(),
};
root.Options.Add(CliSettings.DataDir);

return await root.Parse(args).InvokeAsync();
