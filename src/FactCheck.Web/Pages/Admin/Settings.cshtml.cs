using System.Globalization;
using FactCheck.Core.Accounts;
using FactCheck.Web.Accounts;
using FactCheck.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FactCheck.Web.Pages.Admin;

/// <summary>Run-time settings: the per-user rate limits.</summary>
public sealed class SettingsModel(RuntimeSettings runtime, SiteSettings settings, IOptions<RateLimitsOptions> configured) : PageModel
{
    public int Submissions { get; private set; }
    public int Searches { get; private set; }
    public TimeSpan Window => configured.Value.Window;
    public bool Saved { get; private set; }

    public void OnGet() => Load();

    public async Task<IActionResult> OnPostAsync(int submissions, int searches, CancellationToken ct)
    {
        if (submissions < 1 || searches < 1)
        {
            ModelState.AddModelError(string.Empty, "Limits must be at least 1.");
            Load();
            return Page();
        }

        // Only what differs from the value in force is stored (and recorded).
        if (submissions != runtime.Submissions)
        {
            await settings.SetAsync(RuntimeSettings.SubmissionsKey, submissions.ToString(CultureInfo.InvariantCulture), User.Actor(), ct);
        }

        if (searches != runtime.Searches)
        {
            await settings.SetAsync(RuntimeSettings.SearchesKey, searches.ToString(CultureInfo.InvariantCulture), User.Actor(), ct);
        }

        await runtime.RefreshAsync(ct);
        Saved = true;
        Load();
        return Page();
    }

    private void Load()
    {
        Submissions = runtime.Submissions;
        Searches = runtime.Searches;
    }
}
