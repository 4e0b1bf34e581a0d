using FactCheck.Core.Jobs;
using FactCheck.Core.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Web.Pages;

public sealed class IndexModel(FactCheckDb db, SubmissionService submissions) : PageModel
{
    [BindProperty(Name = "url")]
    public string? ArticleUrl { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Pasted { get; set; }

    public IReadOnlyList<RecentSubmission> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var submission = await submissions.SubmitAsync(ToRequest(ArticleUrl, Title, Pasted), ct);
            return Redirect($"/submissions/{submission.Id}");
        }
        catch (InvalidSubmissionException e)
        {
            // The editor's input goes back into the form untouched: nothing is lost on a refusal.
            ModelState.AddModelError(string.Empty, e.Message);
            await LoadAsync(ct);
            return Page();
        }
    }

    /// <summary>Pasted input that starts like markup is HTML (with the URL as its address); anything else is text.</summary>
    internal static SubmissionRequest ToRequest(string? url, string? title, string? pasted)
    {
        url = string.IsNullOrWhiteSpace(url) ? null : url.Trim();
        if (string.IsNullOrWhiteSpace(pasted))
        {
            return new SubmissionRequest(Url: url, Title: title);
        }

        var trimmed = pasted.TrimStart();
        var looksLikeHtml = trimmed.StartsWith('<')
            && (trimmed.Contains("</p>", StringComparison.OrdinalIgnoreCase)
                || trimmed.Contains("<body", StringComparison.OrdinalIgnoreCase)
                || trimmed.Contains("<html", StringComparison.OrdinalIgnoreCase)
                || trimmed.Contains("<article", StringComparison.OrdinalIgnoreCase)
                || trimmed.Contains("<div", StringComparison.OrdinalIgnoreCase));
        return looksLikeHtml
            ? new SubmissionRequest(Url: url, Html: pasted, Title: title)
            : new SubmissionRequest(Text: pasted, Title: title);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var rows = await db.Submissions.AsNoTracking()
            .OrderByDescending(s => s.Id)
            .Take(25)
            .Select(s => new
            {
                s.Id,
                s.Url,
                Title = s.Article != null ? s.Article.Title : s.Title,
                s.Status,
                s.Stage,
                s.CreatedAt,
                OpenFlags = db.Flags.Count(f => f.SubmissionId == s.Id && f.IsCurrent && f.Status == FlagStatus.Open),
            })
            .ToListAsync(ct);
        Recent = rows.Select(r => new RecentSubmission(
            r.Id, r.Title, r.Url, StoredForms.StatusName(r.Status), StoredForms.StageName(r.Stage), r.OpenFlags, r.CreatedAt)).ToList();
    }
}

public sealed record RecentSubmission(long Id, string? Title, string? Url, string Status, string Stage, int OpenFlags, DateTime CreatedAt);
