using FactCheck.Core.Accounts;
using FactCheck.Core.Datasets;
using FactCheck.Core.Storage;
using FactCheck.Web.Accounts;
using FactCheck.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Web.Pages.Datasets;

/// <summary>The imported datasets, and the upload form: a table plus its mapping, previewed before it is imported.</summary>
[RequestSizeLimit(DatasetsApi.MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = DatasetsApi.MaxUploadBytes)]
public sealed class IndexModel(FactCheckDb db, DatasetImporter importer, Core.Linking.RecordIndex records) : PageModel
{
    public const int PreviewRows = 20;

    [BindProperty]
    public MappingForm Form { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<DatasetState> Datasets { get; private set; } = [];
    public IReadOnlyList<DatasetRecord> Preview { get; private set; } = [];
    public IReadOnlyList<RowError> Errors { get; private set; } = [];
    public int ErrorCount { get; private set; }
    public ImportResult? Imported { get; private set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "period")]
    public string? PeriodFilter { get; set; }

    public RecordSearchResult? Found { get; private set; }
    public string? SearchError { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Query is null && Unit is null && PeriodFilter is null)
        {
            return;
        }

        // A period filter takes any period a table uses ("2019", "2025-06"), read like the tables' own cells.
        var period = string.IsNullOrWhiteSpace(PeriodFilter) ? null : PeriodParser.Parse(PeriodFilter);
        if (!string.IsNullOrWhiteSpace(PeriodFilter) && period is null)
        {
            SearchError = $"\"{PeriodFilter}\" is not a period (year, quarter, month or date).";
            return;
        }

        try
        {
            var (total, found) = records.Search(new Core.Linking.RecordQuery { Text = Query, Dimension = Unit, From = period?.From, To = period?.To });
            Found = new RecordSearchResult(total, found);
        }
        catch (Core.Indexing.InvalidSearchException e)
        {
            SearchError = e.Message;
        }
    }

    /// <summary>Reads the start of the table with the mapping and shows what would be imported, storing nothing.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        // Editors read and search the datasets; importing (and previewing an import) is an admin's job.
        if (!User.IsInRole(Roles.Admin))
        {
            return Forbid();
        }

        if (TryMapping() is { } mapping && Upload is not null)
        {
            try
            {
                await using var stream = Upload.OpenReadStream();
                using var text = DelimitedReader.OpenText(stream, mapping.Encoding, out _);
                var errors = new List<RowError>();
                var stats = new ReadStats();
                Preview = new RecordReader(mapping).Read(text, errors, stats).Take(PreviewRows).ToList();
                Errors = errors;
                ErrorCount = stats.Errors;
            }
            catch (DatasetException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Admin))
        {
            return Forbid();
        }

        if (TryMapping() is { } mapping && Upload is not null)
        {
            try
            {
                await using var stream = Upload.OpenReadStream();
                var result = await importer.ImportAsync(stream, Upload.FileName, mapping, User.Actor(), ct);
                if (result.Imported)
                {
                    Imported = result;
                }
                else
                {
                    Errors = result.Errors;
                    ErrorCount = result.ErrorCount;
                    ModelState.AddModelError(string.Empty, $"Nothing imported: {result.ErrorCount} rows cannot be read.");
                }
            }
            catch (DatasetException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private DatasetMapping? TryMapping()
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(string.Empty, "Choose a CSV or TSV file.");
        }

        try
        {
            return Form.ToMapping().Validated();
        }
        catch (DatasetException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return null;
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var rows = await db.Datasets.AsNoTracking().Include(d => d.Versions).OrderBy(d => d.Name).ToListAsync(ct);
        Datasets = rows.Select(DatasetState.From).ToList();
    }
}

/// <summary>The mapping as the upload form asks for it.</summary>
public sealed class MappingForm
{
    public string? Dataset { get; set; }
    public string? Publisher { get; set; }
    public string? SourceUrl { get; set; }
    public string? Licence { get; set; }
    public DateOnly? ReleaseDate { get; set; }
    public bool AsReported { get; set; }
    public TableLayout Layout { get; set; } = TableLayout.Long;
    public string? Dimensions { get; set; }
    public string? Period { get; set; }
    public string? Value { get; set; }
    public string? PeriodColumns { get; set; }
    public string? Indicator { get; set; }
    public string? UnitColumn { get; set; }
    public string? Unit { get; set; }

    public DatasetMapping ToMapping() => new()
    {
        Dataset = Dataset?.Trim() ?? "",
        Publisher = Blank(Publisher),
        SourceUrl = Blank(SourceUrl),
        Licence = Blank(Licence),
        ReleaseDate = ReleaseDate,
        AsReported = AsReported,
        Layout = Layout,
        Dimensions = List(Dimensions),
        Period = Blank(Period),
        Value = Blank(Value),
        PeriodColumns = List(PeriodColumns),
        Indicator = Blank(Indicator),
        UnitColumn = Blank(UnitColumn),
        Unit = Blank(Unit),
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static List<string> List(string? s) =>
        (s ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
