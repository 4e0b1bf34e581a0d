using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheck.Web.Pages.Account;

public sealed class DeniedModel : PageModel
{
    public void OnGet()
    {
    }
}
