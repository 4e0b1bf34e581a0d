namespace FactCheck.Core.Samples;

/// <summary>
/// Articles written for this project that carry the figures of a real report (see Samples/README.md).
/// The embedded demo processes one at first start so a newcomer sees flags at once; tests use them as fixtures.
/// </summary>
public static class SampleArticles
{
    public const string DroneCableHtml = "drone-cable.html";
    public const string DroneCableText = "drone-cable.txt";

    /// <summary>Where the sample says it was published; it is served from the app itself.</summary>
    public const string DroneCableUrl = "https://example.org/news/drone-cable";

    public static string Read(string name)
    {
        var assembly = typeof(SampleArticles).Assembly;
        using var stream = assembly.GetManifestResourceStream($"FactCheck.Core.Samples.{name}")
            ?? throw new FileNotFoundException($"No sample article named {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
