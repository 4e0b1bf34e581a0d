namespace FactCheck.Core.Fetching;

/// <summary>
/// The RFC 9309 subset that matters for one-off page fetches: user-agent groups, allow and
/// disallow rules with '*' and '$', longest match wins, allow wins a tie.
/// </summary>
public sealed class RobotsTxt
{
    // Crawlers must parse at least 500 KiB (RFC 9309 §2.5); more is ignored.
    public const int MaxBytes = 512 * 1024;

    private readonly List<Group> _groups;

    private RobotsTxt(List<Group> groups) => _groups = groups;

    public static RobotsTxt AllowAll { get; } = new([]);

    public static RobotsTxt DisallowAll { get; } = new([new Group(["*"], [new Rule("/", Allow: false)])]);

    public static RobotsTxt Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in content.Split('\n'))
        {
            var hash = rawLine.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? rawLine[..hash] : rawLine).Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    // Consecutive user-agent lines share one group.
                    if (current is null || !lastWasAgent)
                    {
                        current = new Group([], []);
                        groups.Add(current);
                    }

                    current.Agents.Add(value);
                    lastWasAgent = true;
                    break;
                case "allow" or "disallow" when current is not null:
                    // An empty disallow allows everything; it adds no rule.
                    if (value.Length > 0)
                    {
                        current.Rules.Add(new Rule(value, key == "allow"));
                    }

                    lastWasAgent = false;
                    break;
                default:
                    lastWasAgent = false;
                    break;
            }
        }

        return new RobotsTxt(groups);
    }

    /// <summary>Whether the crawler named <paramref name="productToken"/> may fetch <paramref name="pathAndQuery"/>.</summary>
    public bool IsAllowed(string productToken, string pathAndQuery)
    {
        if (pathAndQuery.StartsWith("/robots.txt", StringComparison.Ordinal))
        {
            return true;
        }

        var rules = _groups
            .Where(g => g.Agents.Any(a => a.Equals(productToken, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(g => g.Rules)
            .ToList();
        if (rules.Count == 0 && !_groups.Any(g => g.Agents.Any(a => a.Equals(productToken, StringComparison.OrdinalIgnoreCase))))
        {
            rules = _groups.Where(g => g.Agents.Contains("*")).SelectMany(g => g.Rules).ToList();
        }

        Rule? best = null;
        foreach (var rule in rules)
        {
            if (!Matches(rule.Pattern, pathAndQuery))
            {
                continue;
            }

            if (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    /// <summary>Glob match from the start of the path: '*' is any run, a final '$' anchors the end.</summary>
    internal static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored)
        {
            pattern = pattern[..^1];
        }

        // Greedy wildcard matching with one backtrack point: linear in practice and never
        // exponential, unlike a regex built from untrusted patterns.
        int p = 0, s = 0, star = -1, mark = 0;
        while (s < path.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = s;
            }
            else if (p < pattern.Length && pattern[p] == path[s])
            {
                p++;
                s++;
            }
            else if (p == pattern.Length && !anchored)
            {
                return true;
            }
            else if (star >= 0)
            {
                p = star + 1;
                s = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private sealed record Group(List<string> Agents, List<Rule> Rules);

    private sealed record Rule(string Pattern, bool Allow);
}
