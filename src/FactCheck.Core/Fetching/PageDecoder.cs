using System.Text;

namespace FactCheck.Core.Fetching;

/// <summary>Placeholder until the fetching work lands: decodes as UTF-8.</summary>
public static class PageDecoder
{
    public static string Decode(FetchedPage page) => Encoding.UTF8.GetString(page.Body);
}
