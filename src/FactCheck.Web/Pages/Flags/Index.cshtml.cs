using FactCheck.Core.Checks;
using FactCheck.Core.Storage;
using FactCheck.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheck.Web.Pages.Flags;

public sealed class IndexModel(FactCheckDb db) : PageModel
{
    public static readonly string[] Types =
    [
        FlagTypes.MixedUnits, FlagTypes.ConversionMismatch, FlagTypes.ConflictingValues, FlagTypes.ArithmeticMismatch,
        FlagTypes.BoundConflict, FlagTypes.UnitConfusion, FlagTypes.Unverifiable, FlagTypes.DatasetMismatch, FlagTypes.CrossArticleConflict,
    ];

    public static readonly string[] Severities = ["error", "warning", "info"];
    public static readonly string[] Statuses = ["open", "confirmed", "dismissed", "all"];

    [FromQuery]
    public string? Type { get; set; }

    [FromQuery]
    public string? Severity { get; set; }

    [FromQuery]
    public string? Status { get; set; }

    public IReadOnlyList<FlagState> Flags { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Flags = await FlagQueue.QueryAsync(db, Type, Severity, Status, 200, ct);
    }
}
