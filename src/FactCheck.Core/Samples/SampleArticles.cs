namespace FactCheck.Core.Samples;

/// <summary>
/// Articles written for this project that carry the figures of a real report (see Samples/README.md).
/// The embedded demo processes one at first start so a newcomer sees flags at once; tests use them as fixtures.
/// </summary>
public static class SampleArticles
{
    public const string DroneCableHtml = "drone-cable.html";
    public const string DroneCableText = "drone-cable.txt";

    /// <summary>The sample's own (invented) address, as its canonical link gives it.</summary>
    public const string DroneCableUrl = "https://northline.example/world/2025/10/14/china-fiber-optic-cable-russia-drones";

    public static string Read(string name)
    {
        var assembly = typeof(SampleArticles).Assembly;
        using var stream = assembly.GetManifestResourceStream($"FactCheck.Core.Samples.{name}")
            ?? throw new FileNotFoundException($"No sample article named {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
