using FactCheck.Core.Articles;
using FactCheck.Core.Pipeline;

namespace FactCheck.Web.Pages.Submissions;

/// <summary>A piece of article text: plain, or a quantity belonging to a claim (with what was read around it, for a tooltip).</summary>
public sealed record Segment(string Text, int? ClaimOrdinal, bool Flagged, bool IsConversion, string? Title = null);

public sealed record RenderedBlock(BlockKind Kind, IReadOnlyList<Segment> Segments);

/// <summary>
/// Cuts the article's blocks at the claims' spans so the page can mark quantities while Razor encodes
/// every character of the scraped text.
/// </summary>
public static class ArticleView
{
    public static IReadOnlyList<RenderedBlock> Render(Article article, IReadOnlyList<ClaimReport> claims, ISet<int> flagged)
    {
        var titles = claims.ToDictionary(c => c.Ordinal, c => c.Describe());
        var spans = claims
            .SelectMany(c => Spans(c))
            .OrderBy(s => s.Start)
            .ToList();
        var blocks = new List<RenderedBlock>();
        var offset = 0;
        foreach (var block in article.Blocks)
        {
            var end = offset + block.Text.Length;
            var segments = new List<Segment>();
            var cursor = offset;
            foreach (var span in spans.Where(s => s.Start >= offset && s.End <= end && s.Start >= cursor))
            {
                if (span.Start > cursor)
                {
                    segments.Add(new Segment(block.Text[(cursor - offset)..(span.Start - offset)], null, false, false));
                }

                segments.Add(new Segment(block.Text[(span.Start - offset)..(span.End - offset)], span.Ordinal, flagged.Contains(span.Ordinal), span.IsConversion, titles[span.Ordinal]));
                cursor = span.End;
            }

            if (cursor < end)
            {
                segments.Add(new Segment(block.Text[(cursor - offset)..], null, false, false));
            }

            blocks.Add(new RenderedBlock(block.Kind, segments));
            offset = end + Article.BlockSeparator.Length;
        }

        return blocks;
    }

    private static IEnumerable<(int Start, int End, int Ordinal, bool IsConversion)> Spans(ClaimReport c)
    {
        yield return (c.Start, c.End, c.Ordinal, false);
        if (c.Conversion is { } conv)
        {
            yield return (conv.Start, conv.End, c.Ordinal, true);
        }
    }
}
