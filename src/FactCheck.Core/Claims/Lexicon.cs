using System.Collections.Frozen;

namespace FactCheck.Core.Claims;

/// <summary>The closed word lists extraction relies on. Kept in one place so the rules read as rules.</summary>
internal static class Lexicon
{
    private static readonly StringComparer Ci = StringComparer.OrdinalIgnoreCase;

    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["January"] = 1, ["February"] = 2, ["March"] = 3, ["April"] = 4, ["May"] = 5, ["June"] = 6,
        ["July"] = 7, ["August"] = 8, ["September"] = 9, ["October"] = 10, ["November"] = 11, ["December"] = 12,
        ["Jan"] = 1, ["Feb"] = 2, ["Mar"] = 3, ["Apr"] = 4, ["Jun"] = 6, ["Jul"] = 7, ["Aug"] = 8,
        ["Sep"] = 9, ["Sept"] = 9, ["Oct"] = 10, ["Nov"] = 11, ["Dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> SmallNumbers = new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19,
    }.ToFrozenDictionary(Ci);

    public static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(Ci);

    /// <summary>Written scales: after digits or number words.</summary>
    public static readonly FrozenDictionary<string, double> ScaleWords = new Dictionary<string, double>
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12, ["lakh"] = 1e5, ["crore"] = 1e7,
    }.ToFrozenDictionary(Ci);

    /// <summary>Abbreviated scales touching the digits ("3.2k", "$5bn"). "m"/"b" only count after a currency.</summary>
    public static readonly FrozenDictionary<string, double> ScaleAbbreviations = new Dictionary<string, double>
    {
        ["k"] = 1e3, ["K"] = 1e3, ["mn"] = 1e6, ["mln"] = 1e6, ["M"] = 1e6, ["bn"] = 1e9, ["bln"] = 1e9,
        ["tn"] = 1e12, ["trn"] = 1e12, ["mil"] = 1e6,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, double> CurrencyScaleAbbreviations = new Dictionary<string, double>
    {
        // "mm"/"MM" is the finance desk's million ("$15mm"); "t" the trillion in "$7.2t".
        ["m"] = 1e6, ["b"] = 1e9, ["B"] = 1e9, ["T"] = 1e12, ["t"] = 1e12, ["mm"] = 1e6, ["MM"] = 1e6,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Denominators of spelled fractions ("two-thirds", "a quarter of").</summary>
    public static readonly FrozenDictionary<string, int> FractionWords = new Dictionary<string, int>
    {
        ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4,
        ["fifth"] = 5, ["fifths"] = 5, ["sixth"] = 6, ["sixths"] = 6, ["seventh"] = 7, ["sevenths"] = 7,
        ["eighth"] = 8, ["eighths"] = 8, ["ninth"] = 9, ["ninths"] = 9, ["tenth"] = 10, ["tenths"] = 10,
    }.ToFrozenDictionary(Ci);

    /// <summary>Verbs that state a multiplier on their own, with its direction.</summary>
    public static readonly FrozenDictionary<string, (double Value, Change Change)> MultiplierVerbs =
        new Dictionary<string, (double, Change)>
        {
            ["doubled"] = (2, Change.Up), ["doubling"] = (2, Change.Up), ["doubles"] = (2, Change.Up),
            ["tripled"] = (3, Change.Up), ["tripling"] = (3, Change.Up), ["triples"] = (3, Change.Up),
            ["trebled"] = (3, Change.Up), ["quadrupled"] = (4, Change.Up), ["quadrupling"] = (4, Change.Up),
            ["halved"] = (0.5, Change.Down), ["halving"] = (0.5, Change.Down), ["halves"] = (0.5, Change.Down),
        }.ToFrozenDictionary(Ci);

    /// <summary>Hedges written before a figure, longest first so "no more than" beats "more than".</summary>
    public static readonly (string[] Words, Hedge Hedge)[] Hedges =
    [
        (["no", "more", "than"], Hedge.AtMost), (["not", "more", "than"], Hedge.AtMost),
        (["no", "less", "than"], Hedge.AtLeast), (["no", "fewer", "than"], Hedge.AtLeast),
        (["in", "excess", "of"], Hedge.AtLeast), (["as", "many", "as"], Hedge.AtMost),
        (["as", "much", "as"], Hedge.AtMost), (["as", "high", "as"], Hedge.AtMost),
        (["an", "estimated"], Hedge.Approximate), (["close", "to"], Hedge.Approximate),
        (["estimated", "at"], Hedge.Approximate), (["put", "at"], Hedge.Approximate),
        (["more", "than"], Hedge.AtLeast), (["at", "least"], Hedge.AtLeast), (["upwards", "of"], Hedge.AtLeast),
        (["just", "over"], Hedge.AtLeast), (["well", "over"], Hedge.AtLeast), (["just", "above"], Hedge.AtLeast),
        (["up", "to"], Hedge.AtMost), (["less", "than"], Hedge.AtMost), (["fewer", "than"], Hedge.AtMost),
        (["at", "most"], Hedge.AtMost), (["just", "under"], Hedge.AtMost), (["just", "below"], Hedge.AtMost),
        (["nearly"], Hedge.Approximate), (["about"], Hedge.Approximate), (["around"], Hedge.Approximate),
        (["roughly"], Hedge.Approximate), (["almost"], Hedge.Approximate), (["approximately"], Hedge.Approximate),
        (["approx"], Hedge.Approximate), (["some"], Hedge.Approximate), (["circa"], Hedge.Approximate),
        (["estimated"], Hedge.Approximate), (["nigh"], Hedge.Approximate),
        (["over"], Hedge.AtLeast), (["above"], Hedge.AtLeast), (["exceeding"], Hedge.AtLeast),
        (["under"], Hedge.AtMost), (["below"], Hedge.AtMost), (["maximum"], Hedge.AtMost), (["within"], Hedge.AtMost),
        (["topped"], Hedge.AtLeast), (["tops"], Hedge.AtLeast), (["topping"], Hedge.AtLeast), (["exceeded"], Hedge.AtLeast),
        (["exceeds"], Hedge.AtLeast), (["surpassed"], Hedge.AtLeast), (["surpassing"], Hedge.AtLeast),
    ];

    public static readonly FrozenSet<string> UpVerbs = new[]
    {
        "rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases", "increasing",
        "grew", "grow", "grows", "growing", "grown", "jumped", "jump", "jumps", "climbed", "climb", "climbs",
        "surged", "surge", "surges", "soared", "soar", "soars", "gained", "gain", "gains", "added", "rallied",
        "advanced", "expanded", "boosted", "raised", "raise", "up", "spiked", "swelled", "widened",
        // Wire copy and headlines run in the present and the participle: "rupee slumps 4.5%", "after advancing 3.1%".
        "advance", "advances", "advancing", "rallies", "rally", "rallying", "soaring", "surging", "jumping", "strengthened",
        "lifted", "lifting", "boosting", "raising", "lengthened", "lengthening",
    }.ToFrozenSet(Ci);

    public static readonly FrozenSet<string> DownVerbs = new[]
    {
        "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "declined", "decline",
        "declines", "decreased", "decrease", "decreases", "plunged", "plunge", "plummeted", "slumped", "sank",
        "sink", "sinks", "slid", "slipped", "shrank", "shrunk", "shrinks", "contracted", "lost", "down",
        "tumbled", "cut", "reduced", "lowered", "eased", "dipped", "narrowed", "slashed", "trimmed", "retreated", "shed",
        "slump", "slumps", "slumping", "slide", "slides", "sliding", "slips", "slipping", "tumble", "tumbles", "tumbling",
        "plunges", "plunging", "dips", "dipping", "eases", "easing", "weakened", "weakens", "sags", "sagged", "skidded",
        "cutting", "lowering", "lowers", "reducing", "reduces", "reduce", "slashing", "slashes", "shortened", "shortening",
    }.ToFrozenSet(Ci);

    /// <summary>Verbs whose "up" or "down" is their own particle ("shot down", "racked up"), never a change of the figure.</summary>
    public static readonly FrozenSet<string> PhrasalVerbs = new[]
    {
        "shot", "shoot", "shoots", "shooting", "brought", "bring", "brings", "bringing", "knocked", "took", "take", "takes",
        "taking", "taken", "set", "sets", "setting", "signed", "sign", "signs", "picked", "pick", "picks", "racked", "rack",
        "racks", "ran", "run", "runs", "running", "wound", "turned", "pulled", "tore", "torn", "broke", "broken", "hunted",
        "tracked", "gunned", "mowed", "chopped", "burned", "burnt", "put", "puts", "putting", "stepped", "shut", "shuts",
        "locked", "rounded", "piled", "lined", "backed", "called", "handed", "handing", "hands", "make", "makes", "making",
        "made",
    }.ToFrozenSet(Ci);

    /// <summary>Change verbs that take what they count as an object: "cut 2,500 jobs", "added 275,000 jobs".</summary>
    public static readonly FrozenSet<string> CountingVerbs = new[]
    {
        "cut", "cuts", "cutting", "added", "add", "adds", "adding", "shed", "sheds", "shedding", "lost", "lose", "loses",
        "losing", "slashed", "slash", "slashes", "trimmed", "gained", "gain", "gains", "boosted", "axed", "axe", "axes",
    }.ToFrozenSet(Ci);

    /// <summary>Verbs that take a figure "off" something: "cutting 31 seconds off the record", "wiped $40 billion off".</summary>
    public static readonly FrozenSet<string> TakeOffVerbs = new[]
    {
        "cut", "cuts", "cutting", "shaved", "shave", "shaves", "shaving", "knocked", "knock", "knocks", "knocking", "took",
        "take", "takes", "taking", "taken", "wiped", "wipe", "wipes", "wiping", "slashed", "slash", "slashes", "slashing",
        "trimmed", "trim", "trims", "trimming", "lopped", "chopped", "clipped", "sliced", "stripped",
    }.ToFrozenSet(Ci);

    /// <summary>Nouns after a stock figure that make it a change of the stock: "a 2.3-million-barrel draw".</summary>
    public static readonly FrozenDictionary<string, Change> StockChangeNouns = new Dictionary<string, Change>
    {
        ["draw"] = Change.Down, ["drawdown"] = Change.Down, ["build"] = Change.Up, ["buildup"] = Change.Up,
    }.ToFrozenDictionary(Ci);

    /// <summary>A verb stating a rise or a fall: "rose", "cut".</summary>
    public static bool IsChangeVerb(string word) => UpVerbs.Contains(word) || DownVerbs.Contains(word);

    /// <summary>Verbs without a direction that still make "from X to Y" two values: "went from $2 to $3".</summary>
    public static readonly FrozenSet<string> MoveVerbs = new[]
    {
        "went", "go", "goes", "gone", "moved", "moves", "changed", "changes", "shifted", "swung", "revised",
        "upgraded", "downgraded", "switched", "adjusted", "grown", "climbing", "dropping", "lift", "raise", "boost", "bring", "push",
    }.ToFrozenSet(Ci);

    /// <summary>Nouns after a figure that make it a change: "a 40% increase".</summary>
    public static readonly FrozenDictionary<string, Change> ChangeNouns = new Dictionary<string, Change>
    {
        ["increase"] = Change.Up, ["rise"] = Change.Up, ["jump"] = Change.Up, ["gain"] = Change.Up,
        ["growth"] = Change.Up, ["hike"] = Change.Up, ["surge"] = Change.Up,
        ["decrease"] = Change.Down, ["drop"] = Change.Down, ["decline"] = Change.Down, ["fall"] = Change.Down,
        ["cut"] = Change.Down, ["reduction"] = Change.Down, ["slump"] = Change.Down,
        ["plunge"] = Change.Down, ["slide"] = Change.Down, ["dip"] = Change.Down, ["slip"] = Change.Down,
        ["tumble"] = Change.Down, ["contraction"] = Change.Down, ["rebound"] = Change.Up, ["rally"] = Change.Up,
        ["improvement"] = Change.Up,
    }.ToFrozenDictionary(Ci);

    /// <summary>Words after which a 1900–2100 number is a year, not a count.</summary>
    public static readonly FrozenSet<string> YearLeads = new[]
    {
        "in", "since", "by", "between", "of", "from", "until", "till", "to", "and", "before", "after", "during",
        "the", "early", "late", "mid", "end", "year", "fiscal", "through", "throughout", "for", "as", "circa",
        "spring", "summer", "autumn", "winter", "fall", "around", "on", "this", "last", "or", "than", "pre", "post",
    }.ToFrozenSet(Ci);

    /// <summary>Plural nouns that, after a 1900–2100 number, make it a year: "1990 levels", "2020 results".</summary>
    public static readonly FrozenSet<string> YearNouns = new[]
    {
        "level", "result", "figure", "price", "sale", "earning", "rate", "election", "census", "budget", "season",
        "game", "olympic", "championship", "model", "edition", "graduate", "value", "term", "standard", "estimate",
        "forecast", "target", "emission", "total", "number", "peak", "high", "low", "record",
    }.ToFrozenSet(Ci);

    /// <summary>Nouns whose following number is a reference, not a quantity ("page 12", "Article 5").</summary>
    public static readonly FrozenSet<string> ReferenceWords = new[]
    {
        "page", "pages", "p", "pp", "section", "sections", "chapter", "chapters", "article", "paragraph", "clause",
        "rule", "figure", "fig", "table", "no", "nos", "number", "vol", "volume", "issue", "episode", "season",
        "part", "step", "phase", "stage", "grade", "round", "line", "route", "highway", "interstate", "flight",
        "room", "apt", "apartment", "unit", "windows", "version", "v", "iphone", "galaxy", "level", "gate",
        "platform", "track", "exit", "block", "lot", "suite", "floor", "ward", "district", "precinct", "amendment",
        "resolution", "act", "bill", "item", "annex", "appendix", "footnote", "verse", "psalm", "code", "model",
        "type", "mark", "mk", "no.", "ch", "sec", "art", "para", "id", "tier", "category", "cat", "class", "division",
        "league", "ligue", "serie", "bundesliga", "channel", "studio", "lane", "square", "street", "avenue", "road",
        "ext", "extension", "rev", "revision", "release", "junction", "junctions", "terminal", "berth", "incident", "lap", "hole", "band",
        "ref", "reference",
    }.ToFrozenSet(Ci);

    /// <summary>Small words that end a noun phrase or never start one.</summary>
    public static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "from", "by", "for", "with",
        "without", "into", "onto", "over", "under", "than", "as", "that", "which", "who", "whom", "whose",
        "this", "these", "those", "there", "their", "they", "them", "it", "its", "is", "are", "was", "were",
        "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
        "may", "might", "must", "shall", "should", "not", "no", "so", "if", "then", "also", "only", "just",
        "per", "each", "every", "more", "less", "fewer", "most", "least", "about", "around", "after", "before",
        "since", "until", "while", "when", "where", "why", "how", "all", "any", "some", "such", "other", "out",
        "up", "down", "off", "between", "among", "across", "through", "during", "against", "he", "she", "we",
        "you", "i", "his", "her", "our", "your", "my", "us", "me", "him", "yet", "still", "even", "ago", "earlier",
        "later", "each", "both", "either", "neither", "again", "already", "alone", "compared", "including",
        "respectively", "apiece", "too", "very", "much", "many", "last", "next", "this", "year", "years",
        "times", "time", "percent", "said", "says", "say", "according", "per", "cent", "via", "like", "unlike",
        "within", "above", "below", "near", "toward", "towards", "despite", "versus", "vs", "plus", "minus",
        "overnight", "today", "yesterday", "tomorrow", "alone", "instead", "away", "ahead", "back", "long", "wide",
        "high", "tall", "deep", "thick", "old", "annually", "monthly", "weekly", "daily", "yearly", "now", "then",
    }.ToFrozenSet(Ci);

    /// <summary>Plural nouns that do not end in "s".</summary>
    public static readonly FrozenDictionary<string, string> IrregularPlurals = new Dictionary<string, string>
    {
        ["people"] = "person", ["children"] = "child", ["men"] = "man", ["women"] = "woman",
        ["staff"] = "staff", ["personnel"] = "personnel", ["police"] = "police", ["cattle"] = "cattle",
        ["sheep"] = "sheep", ["fish"] = "fish", ["aircraft"] = "aircraft", ["livestock"] = "livestock",
        ["geese"] = "goose", ["mice"] = "mouse", ["teeth"] = "tooth", ["feet"] = "foot", ["deer"] = "deer",
        ["spacecraft"] = "spacecraft", ["offspring"] = "offspring", ["crew"] = "crew", ["data"] = "data",
        ["buses"] = "bus", ["minibuses"] = "minibus", ["bonuses"] = "bonus", ["viruses"] = "virus", ["campuses"] = "campus",
        ["surpluses"] = "surplus",
        ["species"] = "species", ["series"] = "series", ["lives"] = "life", ["wives"] = "wife", ["knives"] = "knife",
        ["wolves"] = "wolf", ["shelves"] = "shelf", ["thieves"] = "thief", ["calves"] = "calf", ["loaves"] = "loaf",
    }.ToFrozenDictionary(Ci);

    /// <summary>
    /// Capitals and seats of government standing for their country ("Washington imposed tariffs"); inside a longer
    /// proper name they name something else ("The Washington Post", "Moscow State University").
    /// </summary>
    public static readonly FrozenSet<string> Seats = new[]
    {
        "Kremlin", "Moscow", "Kyiv", "Kiev", "Beijing", "Washington", "London", "Brussels", "Berlin", "Paris", "Rome", "Madrid",
        "Warsaw", "Minsk", "Tehran", "New Delhi", "Tokyo", "Pyongyang", "Seoul", "Taipei", "Ankara", "Ottawa", "Canberra",
        "Riyadh", "Cairo", "Damascus", "Baghdad", "Kabul", "Islamabad", "Budapest", "Helsinki", "Stockholm", "Oslo",
        "Copenhagen", "Amsterdam", "Vienna", "Athens", "Lisbon", "Dublin", "Belgrade", "Hanoi", "Bangkok", "Jakarta", "Manila",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Country names and how they are also written (demonyms, abbreviations), mapped to the name.</summary>
    public static readonly FrozenDictionary<string, string> Countries = BuildCountries();

    private static FrozenDictionary<string, string> BuildCountries()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);

        void C(string name, params string[] forms)
        {
            d[name] = name;
            foreach (var f in forms)
            {
                d[f] = name;
            }
        }

        C("Russia", "Russian", "Russians", "Russian Federation", "Kremlin", "Moscow");
        C("Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev");
        C("China", "Chinese", "PRC", "Beijing");
        C("United States", "US", "U.S.", "USA", "America", "American", "Americans", "Washington");
        C("United Kingdom", "UK", "U.K.", "Britain", "British", "Great Britain", "London");
        C("European Union", "EU", "E.U.", "Brussels");
        C("NATO", "Nato");
        C("United Nations", "UN", "U.N.");
        C("Germany", "German", "Germans", "Berlin");
        C("France", "French", "Paris");
        C("Italy", "Italian", "Italians", "Rome");
        C("Spain", "Spanish", "Madrid");
        C("Poland", "Polish", "Poles", "Warsaw");
        C("Belarus", "Belarusian", "Minsk");
        C("Iran", "Iranian", "Iranians", "Tehran");
        C("Israel", "Israeli", "Israelis");
        C("India", "Indian", "Indians", "New Delhi");
        C("Japan", "Japanese", "Tokyo");
        C("North Korea", "North Korean", "North Koreans", "Pyongyang", "DPRK");
        C("South Korea", "South Korean", "South Koreans", "Seoul");
        C("Taiwan", "Taiwanese", "Taipei");
        C("Turkey", "Turkish", "Turkiye", "Türkiye", "Ankara");
        C("Canada", "Canadian", "Canadians", "Ottawa");
        C("Mexico", "Mexican", "Mexicans");
        C("Brazil", "Brazilian", "Brazilians");
        C("Argentina", "Argentine", "Argentinian");
        C("Australia", "Australian", "Australians", "Canberra");
        C("New Zealand", "New Zealander");
        C("Saudi Arabia", "Saudi", "Saudis", "Riyadh");
        C("United Arab Emirates", "UAE", "Emirati");
        C("Qatar", "Qatari", "Qataris");
        C("Yemen", "Yemeni", "Yemenis");
        C("Somalia", "Somali", "Somalis");
        C("Kuwait", "Kuwaiti", "Kuwaitis");
        C("Bangladesh", "Bangladeshi", "Bangladeshis");
        C("Egypt", "Egyptian", "Egyptians", "Cairo");
        C("Syria", "Syrian", "Syrians", "Damascus");
        C("Iraq", "Iraqi", "Iraqis", "Baghdad");
        C("Afghanistan", "Afghan", "Afghans", "Kabul");
        C("Pakistan", "Pakistani", "Pakistanis", "Islamabad");
        C("Kazakhstan", "Kazakh");
        C("Georgia", "Georgian");
        C("Armenia", "Armenian");
        C("Azerbaijan", "Azerbaijani");
        C("Moldova", "Moldovan");
        C("Romania", "Romanian");
        C("Hungary", "Hungarian", "Budapest");
        C("Czech Republic", "Czechia", "Czech");
        C("Slovakia", "Slovak");
        C("Lithuania", "Lithuanian");
        C("Latvia", "Latvian");
        C("Estonia", "Estonian");
        C("Finland", "Finnish", "Helsinki");
        C("Sweden", "Swedish", "Stockholm");
        C("Norway", "Norwegian", "Oslo");
        C("Denmark", "Danish", "Copenhagen");
        C("Netherlands", "Dutch", "Holland", "Amsterdam");
        C("Belgium", "Belgian");
        C("Switzerland", "Swiss");
        C("Austria", "Austrian", "Vienna");
        C("Greece", "Greek", "Athens");
        C("Portugal", "Portuguese", "Lisbon");
        C("Ireland", "Irish", "Dublin");
        C("Serbia", "Serbian", "Belgrade");
        C("Bulgaria", "Bulgarian");
        C("Vietnam", "Vietnamese", "Hanoi");
        C("Thailand", "Thai", "Bangkok");
        C("Indonesia", "Indonesian", "Jakarta");
        C("Malaysia", "Malaysian");
        C("Philippines", "Filipino", "Philippine", "Manila");
        C("Singapore", "Singaporean");
        C("Nigeria", "Nigerian", "Nigerians");
        C("South Africa", "South African", "South Africans");
        C("Kenya", "Kenyan");
        C("Ethiopia", "Ethiopian");
        C("Venezuela", "Venezuelan");
        C("Colombia", "Colombian");
        C("Chile", "Chilean");
        C("Peru", "Peruvian");
        C("Cuba", "Cuban");
        C("Gaza", "Gazan", "Palestinian", "Palestinians", "Palestine");
        C("Lebanon", "Lebanese");
        C("Yemen", "Yemeni");
        AddCountryTable(d);
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Every country's official and other names and its demonyms from Claims/Data/countries.tsv (mledoze/countries,
    /// ODbL 1.0), under the names above where a row shares a form with them ("Türkiye" → Turkey). A form two
    /// countries share ("Congolese", "Dominican") names neither.
    /// </summary>
    private static void AddCountryTable(Dictionary<string, string> d)
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("FactCheck.Core.Claims.Data.countries.tsv")
            ?? throw new InvalidOperationException("countries.tsv is not embedded");
        using var reader = new StreamReader(stream);
        // Names that are also first names or parts of other places' names: "Chad", "Jordan", "New Jersey".
        string[] ambiguous = ["Chad", "Jordan", "Jersey", "Guernsey", "Georgia", "Niger", "Guinea", "Dominica"];
        var found = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Split('\t') is not [_, var common, var others, var demonyms])
            {
                continue;
            }

            var forms = new[] { common }.Concat(others.Split(';')).Concat(demonyms.Split(';')).Where(f => f.Length > 2 && !ambiguous.Contains(f)).ToList();
            var name = forms.Select(f => d.GetValueOrDefault(f)).FirstOrDefault(n => n is not null) ?? common;
            foreach (var form in forms)
            {
                found[form] = found.TryGetValue(form, out var other) && other != name ? null : name;
            }
        }

        foreach (var (form, name) in found)
        {
            if (name is not null)
            {
                d.TryAdd(form, name);
            }
        }
    }

    /// <summary>
    /// Month names as written, and in lower case (chat, captions, lowercased feeds) where the word has no other
    /// sense: full names but "may" and "march", abbreviations only with their stop ("sept.", "oct.").
    /// </summary>
    public static bool IsMonth(string word, bool dotted) =>
        Months.ContainsKey(word)
        || (word.Length > 0 && char.IsLower(word[0]) && word is not ("may" or "march" or "mar")
            && Months.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1)))
            && (dotted || word.Length > 4 || word == "june" || word == "july"));

    /// <summary>Drops a possessive ending: "China’s" → "China".</summary>
    public static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)
            ? word[..^2]
            : word;

    /// <summary>Simple English singular: enough for count nouns ("companies" → "company").</summary>
    public static string Singularize(string word)
    {
        if (IrregularPlurals.TryGetValue(word, out var irregular))
        {
            return irregular;
        }

        if (IsAcronymPlural(word))
        {
            return word[..^1];
        }

        // "Iraqis", "Yemenis": plural demonyms end in -is like "crisis" but are countries' people.
        if (word.EndsWith("is", StringComparison.Ordinal) && word.Length > 3 && char.IsUpper(word[0]) && Countries.ContainsKey(word[..^1]))
        {
            return word[..^1];
        }

        if (word.Length <= 3 || word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("us", StringComparison.OrdinalIgnoreCase) || word.EndsWith("is", StringComparison.OrdinalIgnoreCase))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("ches", StringComparison.OrdinalIgnoreCase) || word.EndsWith("shes", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("xes", StringComparison.OrdinalIgnoreCase) || word.EndsWith("sses", StringComparison.OrdinalIgnoreCase))
        {
            return word[..^2];
        }

        return word.EndsWith('s') ? word[..^1] : word;
    }

    /// <summary>"MPs", "CEOs", "NGOs": an acronym made plural with a small "s".</summary>
    public static bool IsAcronymPlural(string word) =>
        word.Length >= 3 && word[^1] == 's' && word.AsSpan(0, word.Length - 1).IndexOfAnyExceptInRange('A', 'Z') < 0;

    /// <summary>Looks like a plural noun: used to accept a word after a number as its count noun.</summary>
    public static bool IsPlural(string word) =>
        IrregularPlurals.ContainsKey(word) || IsAcronymPlural(word)
        || (word.EndsWith("is", StringComparison.Ordinal) && char.IsUpper(word[0]) && Countries.ContainsKey(word[..^1]))
        || (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
            && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal));
}
