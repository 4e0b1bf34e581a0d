using FactCheck.Core.Accounts;
using FactCheck.Web.Tests.Infrastructure;
using FactCheck.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FactCheck.Web.Tests.Accounts;

/// <summary>Signing in, out, being locked out, and replacing a one-time password, in headless Chromium.</summary>
public sealed class SignInFlowTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task SignInAndOut_ShowsThePagesThenSendsBackToSignIn_WhenEditorUsesTheForm()
    {
        await using var app = new FactCheckApp(connectionString: null, kestrel: true);
        var page = await chromium.NewPageAsync();

        await page.GotoAsync(new Uri(app.ServerAddress, "/flags").AbsoluteUri);
        Assert.Contains("/account/signin", page.Url, StringComparison.Ordinal);
        var (email, password, _) = app.Account(Roles.Editor);
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("#signin-form button[type=submit]");
        await page.WaitForSelectorAsync("#who");

        Assert.EndsWith("/flags", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(email, (await page.TextContentAsync("#who"))?.Trim());
        Assert.Equal(0, await page.Locator("nav a[href='/admin/users']").CountAsync());

        await page.ClickAsync("#signout-form button");
        await page.WaitForSelectorAsync("#signin-form");
        await page.GotoAsync(new Uri(app.ServerAddress, "/").AbsoluteUri);
        Assert.Contains("/account/signin", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_LocksTheAccountEvenForTheRightPassword_WhenFiveAttemptsFailed()
    {
        await using var app = new FactCheckApp(connectionString: null, kestrel: true);
        var page = await chromium.NewPageAsync();
        var (email, password, _) = app.Account(Roles.Editor);
        await page.GotoAsync(new Uri(app.ServerAddress, "/account/signin").AbsoluteUri);

        for (var i = 0; i < 5; i++)
        {
            await page.FillAsync("#Email", email);
            await page.FillAsync("#Password", $"wrong-{i}");
            await page.ClickAsync("#signin-form button[type=submit]");
            await page.WaitForSelectorAsync(".errors li");
        }

        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("#signin-form button[type=submit]");
        await page.WaitForSelectorAsync(".errors li");

        Assert.Contains("locked", await page.TextContentAsync(".errors"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#who").CountAsync());

        // An admin's reset lifts the lockout and hands out a new one-time password, which must then be replaced.
        var admin = await chromium.NewPageAsync();
        await app.SignInAsync(admin, Roles.Admin);
        await admin.GotoAsync(new Uri(app.ServerAddress, "/admin/users").AbsoluteUri);
        Assert.Contains("locked out", await admin.Locator($"tr[data-email='{email}'] .state").TextContentAsync(), StringComparison.Ordinal);
        await admin.Locator($"tr[data-email='{email}'] button:text('Reset password')").ClickAsync();
        var oneTime = (await admin.TextContentAsync("#secret-value"))!.Trim();

        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", oneTime);
        await page.ClickAsync("#signin-form button[type=submit]");
        await page.WaitForSelectorAsync("#must-change");
        await page.GotoAsync(new Uri(app.ServerAddress, "/flags").AbsoluteUri);
        Assert.EndsWith("/account/password", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.FillAsync("#Current", oneTime);
        await page.FillAsync("#Next", "a long passphrase of my own");
        await page.ClickAsync("#password-form button[type=submit]");
        await page.WaitForSelectorAsync("#submit-form");
        await page.GotoAsync(new Uri(app.ServerAddress, "/flags").AbsoluteUri);
        Assert.EndsWith("/flags", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        var actions = app.WithDb(db => db.AuditEntries.Select(a => a.Action).ToList());
        Assert.Contains(AuditActions.UserPasswordReset, actions);
        Assert.Contains(AuditActions.UserPasswordChange, actions);
    }
}
