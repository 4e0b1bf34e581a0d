using System.Net;
using System.Text;
using FactCheck.Core.Accounts;
using FactCheck.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Accounts;

/// <summary>
/// Every endpoint the app maps, read from its EndpointDataSource, called as nobody, an editor and an admin. The
/// table below says who may call what; an endpoint missing from it fails the test, so none can be added unguarded.
/// </summary>
public sealed class AccessMatrixTests
{
    private enum Access
    {
        Anyone,
        Editor,
        Admin,
    }

    private static readonly Dictionary<string, Access> Expected = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GET /healthz"] = Access.Anyone,
        ["GET /readyz"] = Access.Anyone,
        ["GET /account/signin"] = Access.Anyone,
        ["GET /account/denied"] = Access.Anyone,
        ["GET /account/signout"] = Access.Editor,
        ["GET /account/password"] = Access.Editor,
        ["GET /"] = Access.Editor,
        ["GET /index"] = Access.Editor,
        ["GET /search"] = Access.Editor,
        ["GET /flags"] = Access.Editor,
        ["GET /flags/index"] = Access.Editor,
        ["GET /datasets"] = Access.Editor,
        ["GET /datasets/index"] = Access.Editor,
        ["GET /submissions/{id:long}"] = Access.Editor,
        ["GET /admin/users"] = Access.Admin,
        ["GET /admin/audit"] = Access.Admin,
        ["GET /admin/settings"] = Access.Admin,
        ["GET /hangfire/{**path}"] = Access.Admin,
        ["GET /openapi/{documentName}.json"] = Access.Editor,
        ["POST /api/submissions/"] = Access.Editor,
        ["GET /api/submissions/"] = Access.Editor,
        ["GET /api/submissions/{id:long}"] = Access.Editor,
        ["GET /api/submissions/{id:long}/article"] = Access.Editor,
        ["GET /api/submissions/{id:long}/claims"] = Access.Editor,
        ["GET /api/submissions/{id:long}/flags"] = Access.Editor,
        ["GET /api/submissions/{id:long}/links"] = Access.Editor,
        ["GET /api/flags/"] = Access.Editor,
        ["POST /api/flags/{id:long}/review"] = Access.Editor,
        ["GET /api/claims/search"] = Access.Editor,
        ["GET /api/datasets/"] = Access.Editor,
        ["GET /api/datasets/{id:long}/records"] = Access.Editor,
        ["GET /api/records/search"] = Access.Editor,
        ["POST /api/links/{id:long}/review"] = Access.Editor,
        ["GET /api/links/{id:long}/candidates"] = Access.Editor,
        ["GET /api/links/evaluation"] = Access.Admin,
        ["POST /api/datasets/"] = Access.Admin,
    };

    [Fact]
    public async Task EveryEndpoint_AnswersEachRoleAsTheTableSays_WhenCalledAnonymouslyAsEditorAndAsAdmin()
    {
        await using var app = new FactCheckApp(connectionString: null);
        var endpoints = Endpoints(app);

        var unlisted = endpoints.Keys.Where(k => !Expected.ContainsKey(k)).ToList();
        var stale = Expected.Keys.Where(k => !endpoints.ContainsKey(k)).ToList();
        Assert.True(unlisted.Count == 0 && stale.Count == 0,
            $"say who may call each endpoint.\nnot in the table: {string.Join(", ", unlisted)}\nno longer mapped: {string.Join(", ", stale)}");

        using var anonymous = app.CreateAnonymousClient();
        using var editorCookie = await app.CreateSignedInClientAsync(Roles.Editor);
        using var adminCookie = await app.CreateSignedInClientAsync(Roles.Admin);
        using var editorKey = app.CreateClient(Roles.Editor, followRedirects: false);
        using var adminKey = app.CreateClient(Roles.Admin, followRedirects: false);
        var failures = new List<string>();
        foreach (var (key, (path, accepts)) in endpoints.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var method = key.Split(' ')[0];
            var access = Expected[key];
            // Pages are used with the sign-in cookie, the API with keys (its writes take nothing else).
            var isApi = path.StartsWith("/api", StringComparison.Ordinal);
            await CheckAsync(failures, key, anonymous, method, path, accepts, allowed: access == Access.Anyone);
            await CheckAsync(failures, key, isApi ? editorKey : editorCookie, method, path, accepts, allowed: access != Access.Admin, who: "editor");
            await CheckAsync(failures, key, isApi ? adminKey : adminCookie, method, path, accepts, allowed: true, who: "admin");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>"METHOD /pattern" → a path that reaches it (parameters filled in, catch-alls empty).</summary>
    private static Dictionary<string, (string Path, IReadOnlyList<string> Accepts)> Endpoints(FactCheckApp app)
    {
        var found = new Dictionary<string, (string, IReadOnlyList<string>)>(StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get];
            foreach (var method in methods.Where(m => m != HttpMethods.Options))
            {
                found[$"{method} {pattern}"] = (PathOf(endpoint.RoutePattern), endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? []);
            }
        }

        return found;
    }

    private static string PathOf(RoutePattern pattern)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart { IsCatchAll: true } => "",
                    RoutePatternParameterPart { Name: "documentName" } => "v1",
                    RoutePatternParameterPart => "1",
                    _ => "",
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    private static async Task CheckAsync(
        List<string> failures, string key, HttpClient client, string method, string path, IReadOnlyList<string> accepts, bool allowed, string who = "anonymous")
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != HttpMethods.Get)
        {
            // The body the endpoint accepts, so routing picks it (a wrong content type would end in 415 before authorization).
            request.Content = accepts.Contains("multipart/form-data")
                ? new MultipartFormDataContent { { new StringContent("{}"), "mapping" } }
                : new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        var location = response.Headers.Location?.OriginalString ?? "";
        var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && (location.Contains("/account/signin", StringComparison.Ordinal) || location.Contains("/account/denied", StringComparison.Ordinal)));
        if (allowed == refused)
        {
            failures.Add($"{key} as {who} ({method} {path}): {(int)response.StatusCode} {location} — expected {(allowed ? "allowed" : "refused")}");
        }
    }
}
