using System.Collections.Frozen;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Units;

/// <summary>
/// Currency symbols, ISO codes and names. Values stay in the written currency: exchange rates
/// change daily and belong to checks that know the date, not to extraction.
/// </summary>
public static class CurrencyCatalog
{
    /// <summary>Symbols written before the figure ("$", "€"), including prefixed dollars ("US$", "HK$").</summary>
    private static readonly FrozenDictionary<string, UnitDefinition> Symbols;

    /// <summary>ISO codes, written before or after the figure, upper case only ("USD 5", "5 EUR").</summary>
    private static readonly FrozenDictionary<string, UnitDefinition> Codes;

    /// <summary>Names written after the figure ("5 yuan", "3 million US dollars").</summary>
    private static readonly FrozenDictionary<string, UnitDefinition> Names;

    static CurrencyCatalog()
    {
        var usd = Currency("dollar", "USD");
        var eur = Currency("euro", "EUR");
        var gbp = Currency("pound sterling", "GBP");
        var jpy = Currency("yen", "JPY");
        var cny = Currency("yuan", "CNY");
        var rub = Currency("ruble", "RUB");
        var uah = Currency("hryvnia", "UAH");
        var inr = Currency("rupee", "INR");
        var aud = Currency("Australian dollar", "AUD");
        var cad = Currency("Canadian dollar", "CAD");
        var hkd = Currency("Hong Kong dollar", "HKD");
        var nzd = Currency("New Zealand dollar", "NZD");
        var sgd = Currency("Singapore dollar", "SGD");
        var twd = Currency("New Taiwan dollar", "TWD");
        var brl = Currency("real", "BRL");
        var krw = Currency("won", "KRW");
        var tryl = Currency("Turkish lira", "TRY");
        var ils = Currency("shekel", "ILS");
        var chf = Currency("Swiss franc", "CHF");
        var pln = Currency("zloty", "PLN");
        var sek = Currency("Swedish krona", "SEK");
        var nok = Currency("Norwegian krone", "NOK");
        var dkk = Currency("Danish krone", "DKK");
        var zar = Currency("rand", "ZAR");
        var mxn = Currency("Mexican peso", "MXN");
        var sar = Currency("riyal", "SAR");
        var aed = Currency("dirham", "AED");
        var ngn = Currency("naira", "NGN");
        var php = Currency("Philippine peso", "PHP");
        var idr = Currency("rupiah", "IDR");
        var kzt = Currency("tenge", "KZT");
        var byn = Currency("Belarusian ruble", "BYN");
        var btc = Currency("bitcoin", "BTC");
        var thb = Currency("baht", "THB");
        var myr = Currency("Malaysian ringgit", "MYR");
        var vnd = Currency("dong", "VND");
        var egp = Currency("Egyptian pound", "EGP");
        var pkr = Currency("Pakistani rupee", "PKR");
        var bdt = Currency("taka", "BDT");
        var kes = Currency("Kenyan shilling", "KES");
        var ghs = Currency("cedi", "GHS");
        var irr = Currency("Iranian rial", "IRR");
        var lak = Currency("kip", "LAK");
        var gel = Currency("lari", "GEL");
        var crc = Currency("Costa Rican colón", "CRC");
        var huf = Currency("forint", "HUF");
        var czk = Currency("koruna", "CZK");
        var ron = Currency("leu", "RON");
        var azn = Currency("manat", "AZN");
        var pyg = Currency("guaraní", "PYG");
        var ars = Currency("Argentine peso", "ARS");
        var clp = Currency("Chilean peso", "CLP");
        var cop = Currency("Colombian peso", "COP");
        var lkr = Currency("Sri Lankan rupee", "LKR");

        // Currencies replaced by the euro still fill archives and histories.
        var dem = Currency("Deutsche mark", "DEM");
        var nlg = Currency("Dutch guilder", "NLG");
        var fim = Currency("Finnish markka", "FIM");
        var frf = Currency("French franc", "FRF");
        var itl = Currency("Italian lira", "ITL");
        var esp = Currency("Spanish peseta", "ESP");

        // A bare "francs" may be Swiss, French (before 2002), Belgian or CFA, and bare "pesos" Mexican, Argentine,
        // Chilean, Colombian, Philippine or Uruguayan: named, but with no code.
        var franc = new UnitDefinition("franc", Dimension.Currency);
        var peso = new UnitDefinition("peso", Dimension.Currency);
        var usCent = new UnitDefinition("cent", Dimension.Currency, Iso: "USD", CurrencyFactor: 0.01);
        var penny = new UnitDefinition("penny", Dimension.Currency, Iso: "GBP", CurrencyFactor: 0.01);
        var kopeck = new UnitDefinition("kopeck", Dimension.Currency, Iso: "RUB", CurrencyFactor: 0.01);

        Symbols = new Dictionary<string, UnitDefinition>(StringComparer.Ordinal)
        {
            ["$"] = usd, ["US$"] = usd, ["USD$"] = usd,
            ["A$"] = aud, ["AU$"] = aud, ["AUD$"] = aud,
            ["C$"] = cad, ["CA$"] = cad, ["CAN$"] = cad, ["CAD$"] = cad, ["Mex$"] = mxn, ["MX$"] = mxn, ["MXN$"] = mxn,
            ["HK$"] = hkd, ["NZ$"] = nzd, ["S$"] = sgd, ["NT$"] = twd, ["R$"] = brl,
            ["€"] = eur, ["£"] = gbp, ["¥"] = jpy, ["JP¥"] = jpy, ["CN¥"] = cny, ["₹"] = inr, ["₽"] = rub,
            ["₴"] = uah, ["₿"] = btc, ["₩"] = krw, ["₺"] = tryl, ["₪"] = ils, ["₦"] = ngn, ["₱"] = php, ["₸"] = kzt,
            ["Rs"] = inr, ["Rs."] = inr, ["NZD$"] = nzd, ["HKD$"] = hkd, ["SGD$"] = sgd, ["SG$"] = sgd, ["RM"] = myr,
            ["฿"] = thb, ["₫"] = vnd, ["৳"] = bdt, ["₵"] = ghs, ["﷼"] = irr, ["₭"] = lak, ["₾"] = gel, ["₡"] = crc,
            ["₼"] = azn, ["₲"] = pyg, ["ரூ"] = lkr, ["E£"] = egp, ["KSh"] = kes,
        }.ToFrozenDictionary(StringComparer.Ordinal);

        Codes = new Dictionary<string, UnitDefinition>(StringComparer.Ordinal)
        {
            ["USD"] = usd, ["EUR"] = eur, ["GBP"] = gbp, ["JPY"] = jpy, ["CNY"] = cny, ["RMB"] = cny,
            ["RUB"] = rub, ["UAH"] = uah, ["INR"] = inr, ["AUD"] = aud, ["CAD"] = cad, ["HKD"] = hkd,
            ["NZD"] = nzd, ["SGD"] = sgd, ["TWD"] = twd, ["BRL"] = brl, ["KRW"] = krw, ["TRY"] = tryl,
            ["ILS"] = ils, ["CHF"] = chf, ["PLN"] = pln, ["SEK"] = sek, ["NOK"] = nok, ["DKK"] = dkk,
            ["ZAR"] = zar, ["MXN"] = mxn, ["SAR"] = sar, ["AED"] = aed, ["NGN"] = ngn, ["PHP"] = php,
            ["IDR"] = idr, ["KZT"] = kzt, ["BYN"] = byn, ["BTC"] = btc, ["THB"] = thb, ["MYR"] = myr, ["VND"] = vnd,
            ["EGP"] = egp, ["PKR"] = pkr, ["BDT"] = bdt, ["KES"] = kes, ["GHS"] = ghs, ["IRR"] = irr, ["LAK"] = lak,
            ["GEL"] = gel, ["CRC"] = crc, ["HUF"] = huf, ["CZK"] = czk, ["RON"] = ron, ["AZN"] = azn, ["PYG"] = pyg,
            ["ARS"] = ars, ["CLP"] = clp, ["COP"] = cop, ["LKR"] = lkr, ["DEM"] = dem, ["NLG"] = nlg, ["FIM"] = fim,
            ["FRF"] = frf, ["ITL"] = itl, ["ESP"] = esp,
        }.ToFrozenDictionary(StringComparer.Ordinal);

        var names = new Dictionary<string, UnitDefinition>(StringComparer.OrdinalIgnoreCase);

        void Name(UnitDefinition u, params string[] forms)
        {
            foreach (var f in forms)
            {
                names[f] = u;
            }
        }

        // A bare "pounds" stays a mass (see UnitCatalog); only the explicit sterling forms are money.
        Name(usd, "dollar", "dollars", "US dollar", "US dollars", "U.S. dollars", "American dollars", "bucks");
        Name(eur, "euro", "euros");
        Name(gbp, "pound sterling", "pounds sterling", "sterling", "British pounds", "British pound", "quid");
        Name(jpy, "yen", "Japanese yen");
        Name(cny, "yuan", "renminbi", "Chinese yuan", "元");
        Name(rub, "ruble", "rubles", "rouble", "roubles", "Russian rubles", "Russian roubles");
        Name(uah, "hryvnia", "hryvnias", "hryvnyas", "hryvnya", "hryvni");
        Name(inr, "rupee", "rupees", "Indian rupees");
        Name(aud, "Australian dollars", "Australian dollar");
        Name(cad, "Canadian dollars", "Canadian dollar");
        Name(hkd, "Hong Kong dollars", "Hong Kong dollar");
        Name(nzd, "New Zealand dollars");
        Name(sgd, "Singapore dollars");
        Name(twd, "Taiwan dollars", "New Taiwan dollars");
        Name(brl, "reais", "Brazilian reais", "Brazilian real");
        Name(tryl, "lira", "liras", "Turkish lira", "Turkish liras");
        Name(ils, "shekel", "shekels");
        Name(chf, "Swiss franc", "Swiss francs");
        Name(franc, "franc", "francs");
        Name(btc, "bitcoin", "bitcoins");
        Name(pln, "zloty", "zlotys", "zlotych");
        Name(sek, "Swedish kronor", "Swedish krona", "kronor", "krona", "Swedish crowns", "Swedish crown");
        Name(nok, "Norwegian kroner", "Norwegian krone", "kroner", "krone");
        Name(dkk, "Danish kroner", "Danish krone");
        Name(zar, "rand", "South African rand");
        Name(mxn, "Mexican pesos");
        Name(peso, "peso", "pesos");
        Name(sar, "riyal", "riyals", "Saudi riyals");
        Name(aed, "dirham", "dirhams");
        Name(ngn, "naira");
        Name(php, "Philippine pesos");
        Name(idr, "rupiah");
        Name(kzt, "tenge");
        Name(byn, "Belarusian rubles");
        Name(thb, "baht", "Thai baht");
        Name(myr, "ringgit", "Malaysian ringgit");
        Name(vnd, "dong", "Vietnamese dong");
        Name(egp, "Egyptian pounds", "Egyptian pound");
        Name(pkr, "Pakistani rupees", "Pakistani rupee");
        Name(bdt, "taka", "Bangladeshi taka");
        Name(kes, "Kenyan shillings", "Kenyan shilling");
        Name(ghs, "cedi", "cedis", "Ghanaian cedis");
        Name(irr, "rials", "Iranian rials", "rial");
        Name(lak, "kip", "Lao kip");
        Name(gel, "lari", "Georgian lari");
        Name(crc, "colón", "colones", "Costa Rican colones");
        Name(huf, "forint", "forints", "Hungarian forints");
        Name(czk, "koruna", "korunas", "Czech korunas", "Czech crowns");
        Name(ron, "lei", "Romanian lei");
        Name(azn, "manat", "manats");
        Name(pyg, "guaraní", "guaranís", "guaranies");
        Name(ars, "Argentine pesos");
        Name(clp, "Chilean pesos");
        Name(cop, "Colombian pesos");
        Name(lkr, "Sri Lankan rupees");
        Name(dem, "Deutsche marks", "Deutschmarks", "deutschmarks", "D-marks");
        Name(nlg, "guilders", "guilder", "Dutch guilders");
        Name(fim, "markka", "markkaa", "Finnish markka", "Finnish markkaa");
        Name(frf, "French francs");
        Name(itl, "Italian lire", "lire");
        Name(esp, "pesetas", "peseta");
        Name(usCent, "cent", "cents", "US cent", "US cents", "U.S. cents");
        Name(new UnitDefinition("paisa", Dimension.Currency, Iso: "INR", CurrencyFactor: 0.01), "paise", "paisa");
        Name(penny, "pence", "penny", "pennies");
        Name(kopeck, "kopecks", "kopeks");
        Names = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static UnitDefinition Currency(string name, string iso) => new(name, Dimension.Currency, Iso: iso);

    /// <summary>
    /// Codes that are safe in lower case after a figure ("20 usd", "10 rmb"): none of them is an English word,
    /// unlike "try", "all" or "php".
    /// </summary>
    private static readonly FrozenSet<string> LowercaseCodes =
        new[] { "usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "aud", "cad", "chf", "hkd", "nzd", "sgd", "rub", "uah" }
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"$", "US$", and the prefixed dollars in any case ("aud$", "Cad$"), as people type them.</summary>
    public static UnitDefinition? FindSymbol(string symbol) =>
        Symbols.GetValueOrDefault(symbol) ?? (symbol.Length >= 2 && symbol[^1] == '$' ? Symbols.GetValueOrDefault(symbol.ToUpperInvariant()) : null);

    /// <summary>An ISO code in upper case, or one of the unambiguous codes in lower case, before or after a figure.</summary>
    internal static UnitDefinition? FindCodeAfterFigure(string code) =>
        Codes.GetValueOrDefault(code) ?? (LowercaseCodes.Contains(code) ? Codes.GetValueOrDefault(code.ToUpperInvariant()) : null);

    /// <summary>
    /// Nordic and German business style "MUSD 30", "120 MEUR", "kEUR": a scale letter glued to an ISO code.
    /// Returns the currency and the scale, or null.
    /// </summary>
    internal static (UnitDefinition Currency, double Scale)? FindScaledCode(string written)
    {
        if (written.Length == 4 && written[0] is 'M' or 'k' or 'K' or 'B' && Codes.GetValueOrDefault(written[1..]) is { } currency
            && written[1..] != "RMB")
        {
            return (currency, written[0] switch { 'M' => 1e6, 'B' => 1e9, _ => 1e3 });
        }

        return null;
    }

    public static UnitDefinition? FindCode(string code) => Codes.GetValueOrDefault(code);

    public static UnitDefinition? FindName(string name) => Names.GetValueOrDefault(name);
}
