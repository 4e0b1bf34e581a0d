using System.Text.RegularExpressions;

namespace FactCheck.Core.Articles;

/// <summary>Turns byline text ("By Jane Doe and John Roe | 14 Oct") into author names.</summary>
internal static partial class AuthorNames
{
    public static IReadOnlyList<string> Split(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return [];
        }

        var text = TextCleanup.Normalize(byline.Length > 300 ? byline[..300] : byline);
        text = GluedLabel().Replace(text, string.Empty);
        text = ByPrefix().Replace(text, string.Empty);

        // "Ada Lind Thursday, November 9": the dateline after the names, commas and all.
        text = CutAtDateline(text);

        // Bylines run on into datelines and roles; names carry no digits or separators.
        var cut = text.IndexOfAny(['|', '•', '·', '\n', '(', '—', '–']);
        if (cut >= 0)
        {
            text = text[..cut];
        }

        var digit = text.IndexOfAny("0123456789".ToCharArray());
        if (digit >= 0)
        {
            text = text[..digit];
        }

        // Degrees after a name ("Grant Tinsley, PhD") are not names of their own.
        text = Degree().Replace(text, string.Empty);

        var names = new List<string>();
        foreach (var part in Separator().Split(text))
        {
            var name = TrimTail(part.Trim(' ', ',', '.', ':', '-', ';', '→', '›', '»', '«', '>', '/', '*'));
            if (name.Length < 2 || name.Length > 60 || !name.Any(char.IsLetter) || LinkWords.Contains(name.Split(' ')[0])
                || name.StartsWith("http", StringComparison.OrdinalIgnoreCase) || name.Contains('@', StringComparison.Ordinal)
                || RoleWords().IsMatch(name))
            {
                continue;
            }

            if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names;
    }

    // Author boxes run on into their links: "Jane Doe Alle Artikel", "Jane Doe, show all articles".
    private static readonly HashSet<string> LinkWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Alle", "All", "Show", "Zeige", "Weitere", "Weiter", "More", "Mehr", "View", "Artikel", "Articles", "Beiträge", "Posts", "Profil", "Profile",

        // "Sara Zinnecker Stand: 05. Februar", "Jane Doe am Samstag": the dateline after a name.
        "Stand", "am",
    };

    private static readonly HashSet<string> MonthWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Updated", "Published", "Posted",
    };

    // "Jane Doe Thursday, November 9": the weekday opens the dateline.
    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
    };

    // "Tomas Spahn Fr, 20. Mai": abbreviations are also surnames ("Lena Sun"), so only a comma or a number after them counts.
    private static readonly HashSet<string> WeekdayAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So",
    };

    private static string CutAtDateline(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            var word = words[i].TrimEnd('.', ',');
            var datelineFollows = words[i].EndsWith(',') || (i + 1 < words.Length && char.IsDigit(words[i + 1][0]));
            if (Weekdays.Contains(word) || ((MonthWords.Contains(word) || WeekdayAbbreviations.Contains(word)) && datelineFollows))
            {
                return string.Join(' ', words.Take(i));
            }
        }

        return text;
    }

    /// <summary>
    /// Bylines run on into datelines ("Jane Doe March 11") and words like "ago"; a name ends at the
    /// first month word after it, and trailing lowercase words are not part of it.
    /// </summary>
    private static string TrimTail(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count < 2)
        {
            return name;
        }

        var month = words.FindIndex(1, w => MonthWords.Contains(w.TrimEnd('.', ',')) || LinkWords.Contains(w.TrimEnd('.', ',', ':', '→')));
        if (month > 0)
        {
            words.RemoveRange(month, words.Count - month);
        }

        while (words.Count > 1 && char.IsLower(words[^1][0]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    // "By", and the labels of other languages and of blog templates ("Veröffentlicht von", "Zeige alle Beiträge von").
    [GeneratedRegex(@"^\s*(?:(?:(?:written|words|story|text|reporting|posted|published)\s+)?by\b|(?:(?:veröffentlicht|geschrieben|erstellt|verfasst|gespeichert)\s+)?von\b|zeige\s+alle\s+beiträge\s+von\b|(?:alles|mehr|artikel|beiträge|beitrag)\s+von\b|interview\s*:|©|\(c\)|(?:publié\s+)?par\b|auteur\b|(?:escrito\s+)?por\b|autor(?:in)?\b|author\b|text\s*:)[:\s]*", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    // "AuthorJane Doe", "Veröffentlicht vonChris Jung": a label glued to the name by a template without a space.
    [GeneratedRegex(@"^\s*(?:Author|Autor|Autorin|Von|By|[\p{L} ]{0,20}\bvon|[\p{L} ]{0,20}\bby|Beitragvon)(?=\p{Lu}(?:\p{Ll}|\.\s?\p{Lu}))")]
    private static partial Regex GluedLabel();

    [GeneratedRegex(@",\s*(?:PhD|Ph\.D\.|MD|M\.D\.|MBA|MSc|BSc|Dr\.?|Prof\.?)(?=\s*(?:[,;&]|$|\band\b))", RegexOptions.IgnoreCase)]
    private static partial Regex Degree();

    [GeneratedRegex(@"\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:updated|published|posted|staff|editor|reporter|correspondent|writer|contributor|more|follow|view|share|admin|administrator|wordpressadmin|webmaster|no author|unknown|link|news|name|datum|date|nachricht|message|e-?mail|website|kommentar|comment|quelle|source|photo|foto|image|bild)\b|\b(?:unsplash|pexels|pixabay|shutterstock|getty images|istock)\b|\b(?:updated|published|posted|minutes?|hours?|ago)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleWords();
}
