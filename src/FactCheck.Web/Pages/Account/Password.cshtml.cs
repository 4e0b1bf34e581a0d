using FactCheck.Core.Accounts;
using FactCheck.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FactCheck.Web.Pages.Account;

public sealed class PasswordModel(UserManager<FactCheckUser> users, SignInManager<FactCheckUser> signIn, UserAccounts accounts, IOptions<AccountsOptions> options)
    : PageModel
{
    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? Next { get; set; }

    public bool MustChange => User.HasClaim(AccountsWebExtensions.MustChangePasswordClaim, "true");

    public int MinLength => options.Value.PasswordLength;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await accounts.ChangePasswordAsync(user, Current ?? "", Next ?? "", ct);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        // A fresh cookie without the one-time-password claim.
        await signIn.RefreshSignInAsync(user);
        return Redirect("/");
    }
}
