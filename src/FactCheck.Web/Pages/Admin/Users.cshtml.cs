using FactCheck.Core.Accounts;
using FactCheck.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheck.Web.Pages.Admin;

public sealed record ShownSecret(string Label, string Value);

/// <summary>
/// Users and their API keys. One-time passwords and new keys are shown in the response to the POST that made them
/// and nowhere else: they are not stored, so a reload cannot show them again.
/// </summary>
public sealed class UsersModel(UserAccounts accounts, ApiKeys keys) : PageModel
{
    public IReadOnlyList<UserInfo> Users { get; private set; } = [];
    public IReadOnlyList<ApiKeyInfo> Keys { get; private set; } = [];
    public ShownSecret? Shown { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostAddAsync(string? email, string? role, CancellationToken ct) => RunAsync(async () =>
    {
        var (user, password) = await accounts.AddAsync(email ?? "", role ?? "", User.Actor(), ct);
        Shown = new ShownSecret($"One-time password for {user.Email}:", password);
    }, ct);

    public Task<IActionResult> OnPostResetAsync(string? email, CancellationToken ct) => RunAsync(async () =>
    {
        var password = await accounts.ResetPasswordAsync(email ?? "", User.Actor(), ct);
        Shown = new ShownSecret($"New one-time password for {email}:", password);
    }, ct);

    public Task<IActionResult> OnPostRoleAsync(string? email, string? role, CancellationToken ct) =>
        RunAsync(() => accounts.ChangeRoleAsync(email ?? "", role ?? "", User.Actor(), ct), ct);

    public Task<IActionResult> OnPostKeyAsync(string? email, CancellationToken ct) => RunAsync(async () =>
    {
        var user = await accounts.FindAsync(email ?? "");
        var (_, secret) = await keys.CreateAsync(user, "created by an admin", User.Actor(), ct);
        Shown = new ShownSecret($"API key for {user.Email}:", secret);
    }, ct);

    public Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken ct) => RunAsync(async () =>
    {
        if (!await keys.RevokeAsync(id, User.Actor(), ct))
        {
            throw new AccountException($"No live key {id}.");
        }
    }, ct);

    private async Task<IActionResult> RunAsync(Func<Task> change, CancellationToken ct)
    {
        try
        {
            await change();
        }
        catch (AccountException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Users = await accounts.ListAsync(ct);
        Keys = await keys.ListAsync(null, ct);
    }
}
