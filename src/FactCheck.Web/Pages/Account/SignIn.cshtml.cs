using FactCheck.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheck.Web.Pages.Account;

/// <summary>Email and password; repeated failures lock the account (Identity lockout, see AccountsOptions).</summary>
public sealed class SignInModel(SignInManager<FactCheckUser> signIn) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(string.Empty, "Enter your email and password.");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        // One message for a wrong password and an unknown address, so the form does not tell who has an account.
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "This account is locked after repeated failed sign-ins. Try again later, or ask an admin to reset the password."
            : "Wrong email or password.");
        return Page();
    }
}
