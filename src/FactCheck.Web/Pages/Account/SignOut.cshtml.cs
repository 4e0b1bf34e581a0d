using FactCheck.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheck.Web.Pages.Account;

/// <summary>Signing out is a POST with an antiforgery token, so another site cannot sign a person out.</summary>
public sealed class SignOutModel(SignInManager<FactCheckUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect(Accounts.AccountsWebExtensions.SignInPath);
    }
}
