using FactCheck.Core.Accounts;
using FactCheck.Core.Articles;
using FactCheck.Core.Checks;
using FactCheck.Core.Jobs;
using FactCheck.Core.Linking;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Storage;
using FactCheck.Web.Accounts;
using FactCheck.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Web.Pages.Submissions;

public sealed class DetailsModel(FactCheckDb db, FlagReviews reviews, ClaimLinker linker) : PageModel
{
    public SubmissionState Submission { get; private set; } = null!;
    public Article? Article { get; private set; }
    public IReadOnlyList<ClaimReport> Claims { get; private set; } = [];
    public IReadOnlyList<FlagState> Flags { get; private set; } = [];
    public IReadOnlyList<RenderedBlock> Blocks { get; private set; } = [];
    public IReadOnlyList<LinkRow> Links { get; private set; } = [];

    /// <summary>Every recorded decision on this article's flags and links, newest first.</summary>
    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];
    /// <summary>For each shown link, the records an editor may choose instead.</summary>
    public IReadOnlyDictionary<long, List<LinkCandidate>> Candidates { get; private set; } = new Dictionary<long, List<LinkCandidate>>();

    public static readonly string[] Stages = ["queued", "fetching", "extracting", "indexing", "checking", "done"];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReviewAsync(long id, long flagId, string decision, string? note, CancellationToken ct)
    {
        if (decision is not ("confirm" or "dismiss"))
        {
            return BadRequest();
        }

        var choice = decision == "confirm" ? ReviewDecision.Confirm : ReviewDecision.Dismiss;
        var name = User.Actor();
        try
        {
            var flag = await db.Flags.AsNoTracking().SingleOrDefaultAsync(f => f.Id == flagId && f.SubmissionId == id, ct);
            if (flag is null || await reviews.ReviewAsync(flagId, choice, note, name, ct) is null)
            {
                return NotFound();
            }
        }
        catch (ArgumentException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        return Redirect($"/submissions/{id}#flag-{flagId}");
    }

    public async Task<IActionResult> OnPostLinkAsync(
        long id, long linkId, string decision, long? recordId, string? note, [FromServices] LinkReviews links, [FromServices] SubmissionChecks checks, CancellationToken ct)
    {
        if (LinksApi.ParseDecision(decision) is not { } choice || (choice == LinkDecision.Replace && recordId is null))
        {
            return BadRequest();
        }

        var name = User.Actor();
        var link = await db.Links.AsNoTracking().SingleOrDefaultAsync(l => l.Id == linkId && l.SubmissionId == id, ct);
        try
        {
            if (link is null || await LinksApi.DecideAsync(links, checks, db, linkId, choice, recordId, note, name, ct) is null)
            {
                return NotFound();
            }
        }
        catch (UnknownRecordException)
        {
            return BadRequest();
        }

        return Redirect($"/submissions/{id}#link-{linkId}");
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var submission = await db.Submissions.AsNoTracking().Include(s => s.Article).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (submission is null)
        {
            return false;
        }

        Submission = SubmissionState.From(submission);
        if (submission.Article is null)
        {
            return true;
        }

        Article = StoredForms.ToArticle(submission.Article);
        Claims = await SubmissionsApi.LoadClaimsAsync(db, id, ct);
        var byOrdinal = Claims.ToDictionary(c => c.Ordinal);
        var flags = await db.Flags.AsNoTracking().Include(f => f.Reviews)
            .Where(f => f.SubmissionId == id && f.IsCurrent).OrderBy(f => f.Id).ToListAsync(ct);
        Flags = flags.Select(f => FlagState.From(f, byOrdinal, Article.Title)).ToList();
        // Info flags (what to ask the reporter for) do not mark a claim as suspect.
        var flagged = Flags.Where(f => f.Status != "dismissed" && f.Severity != "info").SelectMany(f => f.Claims.Select(c => c.Ordinal)).ToHashSet();
        Blocks = ArticleView.Render(Article, Claims, flagged);
        Links = await db.Links.AsNoTracking()
            .Where(l => l.SubmissionId == id && l.Status != LinkStatus.None)
            .OrderBy(l => l.ClaimOrdinal).ToListAsync(ct);
        Audit = await db.AuditEntries.AsNoTracking().Where(a => a.SubmissionId == id).OrderByDescending(a => a.Id).ToListAsync(ct);
        var candidates = new Dictionary<long, List<LinkCandidate>>();
        foreach (var link in Links)
        {
            candidates[link.Id] = await LinksApi.CandidatesForAsync(db, linker, link, 8, ct);
        }

        Candidates = candidates;
        return true;
    }
}
