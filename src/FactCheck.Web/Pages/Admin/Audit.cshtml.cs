using FactCheck.Core.Accounts;
using FactCheck.Core.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Web.Pages.Admin;

/// <summary>Every recorded change, newest first.</summary>
public sealed class AuditModel(FactCheckDb db) : PageModel
{
    [FromQuery(Name = "action")]
    public string? Action { get; set; }

    [FromQuery(Name = "actor")]
    public string? Actor { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Action))
        {
            var action = Action.Trim();
            query = query.Where(a => a.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var actor = Actor.Trim();
            query = query.Where(a => a.Actor == actor);
        }

        Entries = await query.OrderByDescending(a => a.Id).Take(500).ToListAsync(ct);
    }
}
