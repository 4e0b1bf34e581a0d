using System.Collections.Frozen;
using FactCheck.Core.Claims;
using UnitsNet.Units;

namespace FactCheck.Core.Units;

/// <summary>
/// The unit words and symbols the extractor recognises, keyed by their written form.
/// Multi-token forms are keyed as written with single spaces ("square kilometres") or without
/// spaces where the tokens touch ("km/h", "kilowatt-hours").
/// </summary>
public static class UnitCatalog
{
    /// <summary>Abbreviations whose case carries meaning ("mm" vs "Mm", "MW" vs "mW").</summary>
    private static readonly FrozenDictionary<string, UnitDefinition> Exact;

    /// <summary>Written-out names and abbreviations that are safe in any case.</summary>
    private static readonly FrozenDictionary<string, UnitDefinition> Words;

    /// <summary>
    /// Forms that are only units when they touch the number ("30C", "5F"): spaced, they are
    /// far more often a grade, a letter or an initial.
    /// </summary>
    private static readonly FrozenDictionary<string, UnitDefinition> TouchingOnly;

    private static readonly FrozenDictionary<string, Packing> Packings;

    /// <summary>The scale and rate an abbreviation packs into the unit ("bcm": billion, "bpd": per day).</summary>
    public sealed record Packing(double Scale, string? Per);

    public static readonly UnitDefinition Percentage = new("percentage", Dimension.Percentage);
    public static readonly UnitDefinition PercentagePoint = new("percentage point", Dimension.Percentage);
    public static readonly UnitDefinition Times = new("times", Dimension.Multiplier);

    static UnitCatalog()
    {
        var exact = new Dictionary<string, UnitDefinition>(StringComparer.Ordinal);
        var words = new Dictionary<string, UnitDefinition>(StringComparer.OrdinalIgnoreCase);
        var touching = new Dictionary<string, UnitDefinition>(StringComparer.Ordinal);
        var packing = new Dictionary<string, Packing>(StringComparer.OrdinalIgnoreCase);

        void Abbr(UnitDefinition u, params string[] forms)
        {
            foreach (var f in forms)
            {
                exact[f] = u;
            }
        }

        // Names get their regular plural; irregular plurals are listed as forms of their own.
        void Name(UnitDefinition u, params string[] forms)
        {
            foreach (var f in forms)
            {
                words[f] = u;
                words[f.EndsWith('s') || f.EndsWith('z') ? f + "es" : f + "s"] = u;
            }
        }

        void Any(UnitDefinition u, params string[] forms)
        {
            foreach (var f in forms)
            {
                words[f] = u;
            }
        }

        void Packed(UnitDefinition u, double scale, string? per, params string[] forms)
        {
            foreach (var f in forms)
            {
                words[f] = u;
                packing[f] = new Packing(scale, per);
            }
        }

        // Length
        var km = new UnitDefinition("kilometre", Dimension.Length, LengthUnit.Kilometer);
        Any(km, "km", "kms");
        Name(km, "kilometre", "kilometer");
        var m = new UnitDefinition("metre", Dimension.Length, LengthUnit.Meter);
        Abbr(m, "m");
        Name(m, "metre", "meter");
        var cm = new UnitDefinition("centimetre", Dimension.Length, LengthUnit.Centimeter);
        Any(cm, "cm");
        Name(cm, "centimetre", "centimeter");
        var mm = new UnitDefinition("millimetre", Dimension.Length, LengthUnit.Millimeter);
        Any(mm, "mm");
        Name(mm, "millimetre", "millimeter");
        var um = new UnitDefinition("micrometre", Dimension.Length, LengthUnit.Micrometer);
        Any(um, "µm", "μm");
        Name(um, "micrometre", "micrometer", "micron");
        var nm = new UnitDefinition("nanometre", Dimension.Length, LengthUnit.Nanometer);
        Abbr(nm, "nm");
        Name(nm, "nanometre", "nanometer");
        var pm = new UnitDefinition("picometre", Dimension.Length, LengthUnit.Picometer);
        Name(pm, "picometre", "picometer");
        var dm = new UnitDefinition("decimetre", Dimension.Length, LengthUnit.Decimeter);
        Abbr(dm, "dm");
        Name(dm, "decimetre", "decimeter");
        var mi = new UnitDefinition("mile", Dimension.Length, LengthUnit.Mile);
        Any(mi, "mi");
        Name(mi, "mile");
        var nmi = new UnitDefinition("nautical mile", Dimension.Length, LengthUnit.NauticalMile);
        Any(nmi, "nmi");
        Name(nmi, "nautical mile");
        var ft = new UnitDefinition("foot", Dimension.Length, LengthUnit.Foot);
        Any(ft, "ft", "foot", "feet");
        var inch = new UnitDefinition("inch", Dimension.Length, LengthUnit.Inch);
        Any(inch, "inch", "inches");
        var yd = new UnitDefinition("yard", Dimension.Length, LengthUnit.Yard);
        Any(yd, "yd", "yds");
        Name(yd, "yard");
        var ly = new UnitDefinition("light year", Dimension.Length, LengthUnit.LightYear);
        Name(ly, "light year", "light-year");

        // Mass. "ton(s)" is read as the metric ton: most of the wires we check use it that way.
        var kg = new UnitDefinition("kilogram", Dimension.Mass, MassUnit.Kilogram);
        Any(kg, "kg", "kgs");
        Name(kg, "kilogram", "kilogramme", "kilo");
        var g = new UnitDefinition("gram", Dimension.Mass, MassUnit.Gram);
        Abbr(g, "g");
        Name(g, "gram", "gramme");
        var mg = new UnitDefinition("milligram", Dimension.Mass, MassUnit.Milligram);
        Any(mg, "mg");
        Name(mg, "milligram", "milligramme");
        var ug = new UnitDefinition("microgram", Dimension.Mass, MassUnit.Microgram);
        Any(ug, "µg", "μg", "mcg");
        Name(ug, "microgram", "microgramme");
        var t = new UnitDefinition("metric ton", Dimension.Mass, MassUnit.Tonne);
        Abbr(t, "t");
        Name(t, "tonne", "metric ton", "metric tonne");

        // India's farm prices are quoted per quintal (100 kg), which UnitsNet does not know: a mass, named but not converted.
        Name(new UnitDefinition("quintal", Dimension.Mass), "quintal");

        // Named as written, since "tons" may be short or metric; converted as metric per the comment above.
        var ton = new UnitDefinition("ton", Dimension.Mass, MassUnit.Tonne);
        Name(ton, "ton");
        var kt = new UnitDefinition("kilotonne", Dimension.Mass, MassUnit.Kilotonne);
        Abbr(kt, "kt");
        Name(kt, "kilotonne", "kiloton");
        var mt = new UnitDefinition("megatonne", Dimension.Mass, MassUnit.Megatonne);
        Abbr(mt, "Mt");
        Name(mt, "megatonne", "megaton");
        var lb = new UnitDefinition("pound", Dimension.Mass, MassUnit.Pound);
        Any(lb, "lb", "lbs");
        Name(lb, "pound");
        var oz = new UnitDefinition("ounce", Dimension.Mass, MassUnit.Ounce);
        Any(oz, "oz", "ozs");
        Name(oz, "ounce");
        var stone = new UnitDefinition("stone", Dimension.Mass, MassUnit.Stone);
        Any(stone, "stone");
        var shortTon = new UnitDefinition("short ton", Dimension.Mass, MassUnit.ShortTon);
        Name(shortTon, "short ton");

        // Commodity units UnitsNet lacks or leaves ambiguous (a bushel of wheat and of oats differ in weight; a
        // hundredweight is 100 lb in the US and 112 lb in Britain): named and priced ("$6.02 a bushel"), never converted.
        Name(Commodity("troy ounce"), "troy ounce");
        Any(Commodities[^1], "troy oz", "oz t", "ozt");
        Name(Commodity("bushel"), "bushel");
        Any(Commodity("hundredweight"), "hundredweight", "hundredweights", "cwt");
        Name(Commodity("bale"), "bale");

        // Volume
        var l = new UnitDefinition("litre", Dimension.Volume, VolumeUnit.Liter);
        Abbr(l, "l", "L");
        Name(l, "litre", "liter");
        var ml = new UnitDefinition("millilitre", Dimension.Volume, VolumeUnit.Milliliter);
        Any(ml, "ml");
        Name(ml, "millilitre", "milliliter");
        var cl = new UnitDefinition("centilitre", Dimension.Volume, VolumeUnit.Centiliter);
        Abbr(cl, "cl", "cL");
        Name(cl, "centilitre", "centiliter");
        var dl = new UnitDefinition("decilitre", Dimension.Volume, VolumeUnit.Deciliter);
        Abbr(dl, "dl", "dL");
        Name(dl, "decilitre", "deciliter");
        var tsp = new UnitDefinition("teaspoon", Dimension.Volume, VolumeUnit.UsTeaspoon);
        Any(tsp, "tsp", "tsps");
        Name(tsp, "teaspoon");
        var tbsp = new UnitDefinition("tablespoon", Dimension.Volume, VolumeUnit.UsTablespoon);
        Any(tbsp, "tbsp", "tbsps", "tbs");
        Name(tbsp, "tablespoon");
        var cup = new UnitDefinition("cup", Dimension.Volume, VolumeUnit.UsCustomaryCup);
        Name(cup, "cup");
        var pint = new UnitDefinition("pint", Dimension.Volume, VolumeUnit.UsPint);
        Name(pint, "pint");
        var quart = new UnitDefinition("quart", Dimension.Volume, VolumeUnit.UsQuart);
        Name(quart, "quart");
        var floz = new UnitDefinition("fluid ounce", Dimension.Volume, VolumeUnit.UsOunce);
        Any(floz, "fl oz", "fl. oz", "fluid ounce", "fluid ounces");
        var m3 = new UnitDefinition("cubic metre", Dimension.Volume, VolumeUnit.CubicMeter);
        Any(m3, "m³", "m3", "m^3", "cu m", "metres cubed", "meters cubed");
        Name(m3, "cubic metre", "cubic meter");
        var km3 = new UnitDefinition("cubic kilometre", Dimension.Volume, VolumeUnit.CubicKilometer);
        Any(km3, "km³", "km3", "km^3", "cubic km", "km cubed");
        Name(km3, "cubic kilometre", "cubic kilometer");
        var ft3 = new UnitDefinition("cubic foot", Dimension.Volume, VolumeUnit.CubicFoot);
        Any(ft3, "cubic feet", "cubic foot", "cu ft", "ft³");
        var gal = new UnitDefinition("gallon", Dimension.Volume, VolumeUnit.UsGallon);
        Any(gal, "gal");
        Name(gal, "gallon", "US gallon");
        var bbl = new UnitDefinition("barrel", Dimension.Volume, VolumeUnit.OilBarrel);
        Any(bbl, "bbl", "bbls");
        Name(bbl, "barrel");
        var boardFoot = new UnitDefinition("board foot", Dimension.Volume, VolumeUnit.BoardFoot);
        Any(boardFoot, "board feet", "board foot", "board-feet", "board-foot");

        // Trade abbreviations of energy and commodity news pack a scale and a rate into the unit:
        // "72,000 bpd" is barrels a day, "40 bcm" forty billion cubic metres, "5 mtpa" five million
        // tonnes a year. The extractor applies the scale and sets the rate (Quantity.Per).
        var boe = new UnitDefinition("barrel of oil equivalent", Dimension.None);
        Packed(bbl, 1, "day", "bpd", "b/d", "bopd");
        Packed(bbl, 1e3, "day", "kb/d", "kbpd");
        Packed(bbl, 1e6, "day", "mb/d", "mbpd", "mmbpd");
        Packed(bbl, 1e6, null, "mmbbl", "MMbbls");
        Packed(boe, 1, null, "boe");
        Packed(boe, 1, "day", "boe/d", "boepd");
        Packed(m3, 1e9, null, "bcm");
        Packed(m3, 1e9, "year", "bcm/y", "bcm/yr", "bcma");
        Packed(ft3, 1e9, null, "bcf");
        Packed(ft3, 1e9, "day", "bcf/d", "bcfd");
        Packed(ft3, 1e12, null, "tcf");
        Packed(ft3, 1e6, "day", "mmcf/d", "mmcfd");
        Packed(t, 1, "day", "tpd");
        Packed(t, 1, "year", "tpa", "tpy");
        Packed(t, 1e6, "year", "mtpa", "mtpy", "mt/y", "mt/yr");
        Any(new UnitDefinition("mile per gallon", Dimension.None), "mpg", "miles per gallon");

        // Air quality: "10 µg/m³" of fine particles.
        Any(new UnitDefinition("microgram per cubic metre", Dimension.None), "µg/m³", "µg/m3", "μg/m³", "μg/m3", "ug/m3",
            "micrograms per cubic metre", "micrograms per cubic meter");

        // Weather maps and blood pressure: "952 hPa", "130 mmHg".
        Any(new UnitDefinition("hectopascal", Dimension.None), "hPa", "hectopascal", "hectopascals");
        Any(new UnitDefinition("millibar", Dimension.None), "mbar", "millibar", "millibars");
        Any(new UnitDefinition("millimetre of mercury", Dimension.None), "mmHg", "mm Hg", "millimetres of mercury", "millimeters of mercury");

        // Market reports abbreviate index points: "Sensex sheds 930 pts".
        Any(new UnitDefinition("point", Dimension.Count), "pts");

        // Video and games state their frame rate as a unit of its own.
        Any(new UnitDefinition("frame per second", Dimension.None), "fps", "frames per second", "frames a second", "frame per second");

        // Shipping measures boxes in twenty-foot equivalents ("a 24,000 TEU ship", "4.5 million TEUs"), a unit of
        // capacity and throughput, not a noun counted: the claim measures what the sentence names.
        Any(new UnitDefinition("twenty-foot equivalent unit", Dimension.None), "TEU", "TEUs", "teu", "teus", "twenty-foot equivalent units");
        Any(new UnitDefinition("part per billion", Dimension.None), "ppb", "parts per billion");

        // Area
        var km2 = new UnitDefinition("square kilometre", Dimension.Area, AreaUnit.SquareKilometer);
        Any(km2, "km²", "km2", "km^2", "sq km", "sq. km", "sqkm", "square km", "km squared", "square-kilometre", "square-kilometer");
        Name(km2, "square kilometre", "square kilometer");
        var m2 = new UnitDefinition("square metre", Dimension.Area, AreaUnit.SquareMeter);
        Any(m2, "m²", "m2", "m^2", "sq m", "sqm", "metres squared", "meters squared", "square-metre", "square-meter");
        Name(m2, "square metre", "square meter");
        var mi2 = new UnitDefinition("square mile", Dimension.Area, AreaUnit.SquareMile);
        Any(mi2, "sq mi", "sq mile", "sq miles", "square-mile");
        Name(mi2, "square mile");
        var ft2 = new UnitDefinition("square foot", Dimension.Area, AreaUnit.SquareFoot);
        Any(ft2, "sq ft", "square feet", "square foot", "ft²", "square-foot");
        var ha = new UnitDefinition("hectare", Dimension.Area, AreaUnit.Hectare);
        Any(ha, "ha");
        Name(ha, "hectare");
        var acre = new UnitDefinition("acre", Dimension.Area, AreaUnit.Acre);
        Name(acre, "acre");

        // Speed
        var kmh = new UnitDefinition("kilometre per hour", Dimension.Speed, SpeedUnit.KilometerPerHour);
        Any(kmh, "km/h", "kmh", "kph", "km/hr", "kmph", "kms per hour");
        Any(kmh, "kilometres per hour", "kilometers per hour", "kilometre per hour", "kilometer per hour",
            "kilometres an hour", "kilometers an hour", "km per hour", "km an hour");
        var mph = new UnitDefinition("mile per hour", Dimension.Speed, SpeedUnit.MilePerHour);
        Any(mph, "mph", "miles per hour", "mile per hour", "miles an hour", "mi/h");
        var mps = new UnitDefinition("metre per second", Dimension.Speed, SpeedUnit.MeterPerSecond);
        Any(mps, "m/s", "metres per second", "meters per second", "metre per second", "meter per second",
            "metres a second", "meters a second");
        var knot = new UnitDefinition("knot", Dimension.Speed, SpeedUnit.Knot);
        Name(knot, "knot");

        // Accelerations and fluxes, written with an exponent on the divisor ("9.8 m/s²", "20 J/m^2"); recognised
        // so the exponent is not read as a figure of its own, never converted.
        Any(new UnitDefinition("metre per square second", Dimension.None), "m/s2", "m/s²", "m/s^2", "metres per second squared",
            "meters per second squared", "metre per second squared", "meter per second squared");
        Any(new UnitDefinition("kilometre per square second", Dimension.None), "km/s2", "km/s²", "km/s^2");
        Any(new UnitDefinition("joule per square metre", Dimension.None), "J/m2", "J/m²", "J/m^2");
        Any(new UnitDefinition("watt per square metre", Dimension.None), "W/m2", "W/m²", "W/m^2");
        Any(new UnitDefinition("inverse second", Dimension.None), "s-1", "s^-1", "s⁻¹");

        // Energy
        var wh = new UnitDefinition("watt hour", Dimension.Energy, EnergyUnit.WattHour);
        Abbr(wh, "Wh");
        var kwh = new UnitDefinition("kilowatt hour", Dimension.Energy, EnergyUnit.KilowattHour);
        Any(kwh, "kWh", "kwh");
        Name(kwh, "kilowatt hour", "kilowatt-hour");
        var mwh = new UnitDefinition("megawatt hour", Dimension.Energy, EnergyUnit.MegawattHour);
        Any(mwh, "MWh", "mwh");
        Name(mwh, "megawatt hour", "megawatt-hour");
        var gwh = new UnitDefinition("gigawatt hour", Dimension.Energy, EnergyUnit.GigawattHour);
        Any(gwh, "GWh", "gwh");
        Name(gwh, "gigawatt hour", "gigawatt-hour");
        var twh = new UnitDefinition("terawatt hour", Dimension.Energy, EnergyUnit.TerawattHour);
        Any(twh, "TWh", "twh");
        Name(twh, "terawatt hour", "terawatt-hour");
        var j = new UnitDefinition("joule", Dimension.Energy, EnergyUnit.Joule);
        Abbr(j, "J");
        Name(j, "joule");
        var kj = new UnitDefinition("kilojoule", Dimension.Energy, EnergyUnit.Kilojoule);
        Abbr(kj, "kJ");
        Name(kj, "kilojoule");
        var mj = new UnitDefinition("megajoule", Dimension.Energy, EnergyUnit.Megajoule);
        Abbr(mj, "MJ");
        Name(mj, "megajoule");
        var gj = new UnitDefinition("gigajoule", Dimension.Energy, EnergyUnit.Gigajoule);
        Abbr(gj, "GJ");
        Name(gj, "gigajoule");
        var cal = new UnitDefinition("calorie", Dimension.Energy, EnergyUnit.Calorie);
        Name(cal, "calorie");
        var kcal = new UnitDefinition("kilocalorie", Dimension.Energy, EnergyUnit.Kilocalorie);
        Any(kcal, "kcal");
        Name(kcal, "kilocalorie");
        var btu = new UnitDefinition("british thermal unit", Dimension.Energy, EnergyUnit.BritishThermalUnit);
        Any(btu, "BTU", "Btu", "btu", "BTUs");
        Packed(btu, 1e6, null, "mmbtu", "mmbtus");

        // Power
        var w = new UnitDefinition("watt", Dimension.Power, PowerUnit.Watt);
        Abbr(w, "W");
        Name(w, "watt");
        var kw = new UnitDefinition("kilowatt", Dimension.Power, PowerUnit.Kilowatt);
        Any(kw, "kW", "kw", "KW");
        Name(kw, "kilowatt");
        var mw = new UnitDefinition("megawatt", Dimension.Power, PowerUnit.Megawatt);
        Abbr(mw, "MW");
        Name(mw, "megawatt");
        var gw = new UnitDefinition("gigawatt", Dimension.Power, PowerUnit.Gigawatt);
        Any(gw, "GW", "gw");
        Name(gw, "gigawatt");
        var tw = new UnitDefinition("terawatt", Dimension.Power, PowerUnit.Terawatt);
        Abbr(tw, "TW");
        Name(tw, "terawatt");
        var hp = new UnitDefinition("horsepower", Dimension.Power, PowerUnit.MechanicalHorsepower);
        Any(hp, "hp", "horsepower", "bhp");

        // Duration
        var ms = new UnitDefinition("millisecond", Dimension.Duration, DurationUnit.Millisecond);
        Abbr(ms, "ms", "msec");
        Name(ms, "millisecond");
        var s = new UnitDefinition("second", Dimension.Duration, DurationUnit.Second);
        Any(s, "sec", "secs");
        Name(s, "second");
        var min = new UnitDefinition("minute", Dimension.Duration, DurationUnit.Minute);
        Any(min, "min", "mins");
        Name(min, "minute");
        var h = new UnitDefinition("hour", Dimension.Duration, DurationUnit.Hour);
        Any(h, "hr", "hrs");
        Abbr(h, "h");
        Name(h, "hour");
        var day = new UnitDefinition("day", Dimension.Duration, DurationUnit.Day);
        Name(day, "day");
        var week = new UnitDefinition("week", Dimension.Duration, DurationUnit.Week);
        Name(week, "week");
        var month = new UnitDefinition("month", Dimension.Duration, DurationUnit.Month30);
        Name(month, "month");
        var year = new UnitDefinition("year", Dimension.Duration, DurationUnit.Year365);
        Any(year, "yr", "yrs");
        Name(year, "year");

        // Temperature
        var c = new UnitDefinition("degree Celsius", Dimension.Temperature, TemperatureUnit.DegreeCelsius);
        Any(c, "°C", "ºC", "° C", "degrees Celsius", "degree Celsius", "degrees centigrade", "Celsius", "centigrade",
            "deg C", "deg Celsius", "° Celsius", "°Celsius", "degrees C", "degree C", "celcius", "degrees celcius");
        touching["C"] = c;
        touching["pc"] = Percentage;

        // "120p" share prices and fares; spaced, "p" is a page or an initial.
        touching["p"] = new UnitDefinition("penny", Dimension.Currency, Iso: "GBP", CurrencyFactor: 0.01);
        var f = new UnitDefinition("degree Fahrenheit", Dimension.Temperature, TemperatureUnit.DegreeFahrenheit);
        Any(f, "°F", "ºF", "° F", "degrees Fahrenheit", "degree Fahrenheit", "Fahrenheit", "deg F", "deg Fahrenheit", "° Fahrenheit", "°Fahrenheit",
            "degrees F", "degree F", "farenheit", "degrees farenheit");
        touching["F"] = f;
        var k = new UnitDefinition("kelvin", Dimension.Temperature, TemperatureUnit.Kelvin);
        Any(k, "kelvin", "kelvins");

        // Information (decimal prefixes, as storage and telecoms marketing use them)
        var b = new UnitDefinition("byte", Dimension.Information, InformationUnit.Byte);
        Name(b, "byte");
        var kb = new UnitDefinition("kilobyte", Dimension.Information, InformationUnit.Kilobyte);
        Abbr(kb, "KB", "kB");
        Name(kb, "kilobyte");
        var mb = new UnitDefinition("megabyte", Dimension.Information, InformationUnit.Megabyte);
        Abbr(mb, "MB");
        Name(mb, "megabyte");
        var gb = new UnitDefinition("gigabyte", Dimension.Information, InformationUnit.Gigabyte);
        Abbr(gb, "GB");
        Name(gb, "gigabyte");
        var tb = new UnitDefinition("terabyte", Dimension.Information, InformationUnit.Terabyte);
        Abbr(tb, "TB");
        Name(tb, "terabyte");
        var pb = new UnitDefinition("petabyte", Dimension.Information, InformationUnit.Petabyte);
        Abbr(pb, "PB");
        Name(pb, "petabyte");
        var bit = new UnitDefinition("bit", Dimension.Information, InformationUnit.Bit);
        Name(bit, "bit");

        // Recognised so their numbers are not mistaken for counts, but never converted.
        Name(new UnitDefinition("hertz", Dimension.None), "hertz");
        Abbr(new UnitDefinition("hertz", Dimension.None), "Hz");
        Abbr(new UnitDefinition("kilohertz", Dimension.None), "kHz");
        Abbr(new UnitDefinition("megahertz", Dimension.None), "MHz");
        Abbr(new UnitDefinition("gigahertz", Dimension.None), "GHz");
        Any(new UnitDefinition("decibel", Dimension.None), "dB", "decibel", "decibels");
        Abbr(new UnitDefinition("electronvolt", Dimension.None), "eV");
        Name(new UnitDefinition("electronvolt", Dimension.None), "electronvolt", "electron volt");
        Abbr(new UnitDefinition("kiloelectronvolt", Dimension.None), "keV");
        Abbr(new UnitDefinition("megaelectronvolt", Dimension.None), "MeV");
        Abbr(new UnitDefinition("gigaelectronvolt", Dimension.None), "GeV");
        Abbr(new UnitDefinition("teraelectronvolt", Dimension.None), "TeV");
        Abbr(new UnitDefinition("gray", Dimension.None), "Gy");
        Abbr(new UnitDefinition("milligray", Dimension.None), "mGy");
        Abbr(new UnitDefinition("sievert", Dimension.None), "Sv");
        Abbr(new UnitDefinition("millisievert", Dimension.None), "mSv");
        Abbr(new UnitDefinition("microsievert", Dimension.None), "µSv", "μSv");
        Name(new UnitDefinition("sievert", Dimension.None), "sievert");
        Name(new UnitDefinition("millisievert", Dimension.None), "millisievert");
        Any(new UnitDefinition("basis point", Dimension.None), "basis point", "basis points", "basis-point", "bps", "bp");
        Any(new UnitDefinition("part per million", Dimension.None), "ppm", "parts per million");
        Any(new UnitDefinition("degree", Dimension.None), "degree", "degrees", "°", "deg", "degs");
        Any(new UnitDefinition("radian", Dimension.None), "radian", "radians", "rad");
        Any(new UnitDefinition("megabit per second", Dimension.None), "Mbps", "Mbit/s", "Mb/s");
        Any(new UnitDefinition("gigabit per second", Dimension.None), "Gbps", "Gbit/s", "gigabits per second");
        Any(new UnitDefinition("terabit per second", Dimension.None), "Tbps", "Tbit/s", "terabits per second");
        Any(new UnitDefinition("milliampere hour", Dimension.None), "mAh");
        Any(new UnitDefinition("volt", Dimension.None), "volt", "volts");
        Name(new UnitDefinition("tesla", Dimension.None), "tesla");
        Name(new UnitDefinition("millitesla", Dimension.None), "millitesla");
        Any(new UnitDefinition("gauss", Dimension.None), "gauss");
        Abbr(new UnitDefinition("volt", Dimension.None), "V", "kV");

        // Percent
        Any(Percentage, "%", "percent", "per cent", "pct", "per-cent");
        Any(PercentagePoint, "percentage point", "percentage points", "percentage-point", "pp", "ppt", "ppts");

        Exact = exact.ToFrozenDictionary(StringComparer.Ordinal);
        Words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        TouchingOnly = touching.ToFrozenDictionary(StringComparer.Ordinal);
        Packings = packing.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static readonly List<UnitDefinition> Commodities = [];

    private static UnitDefinition Commodity(string name)
    {
        var u = new UnitDefinition(name, Dimension.None);
        Commodities.Add(u);
        return u;
    }

    /// <summary>Whether goods are priced by this unit ("$80 a barrel", "$6.02 a bushel", "$2,400 a troy ounce").</summary>
    public static bool IsPricedBy(UnitDefinition u) =>
        u.Dimension is Dimension.Mass or Dimension.Volume or Dimension.Length or Dimension.Area or Dimension.Energy
        || Commodities.Contains(u);

    /// <summary>"by 80c to €13.50": a cent of whichever currency the story is in, read only beside money.</summary>
    public static readonly UnitDefinition Cent = new("cent", Dimension.Currency, CurrencyFactor: 0.01);

    /// <summary>"the temperature is 24 degrees": a temperature on a scale the text leaves unsaid, so never converted.</summary>
    public static readonly UnitDefinition DegreeOfTemperature = new("degree", Dimension.Temperature);

    /// <summary>"29 years old", "eighteen months of age": the duration of a life, named apart from a span of time.</summary>
    public static UnitDefinition AgeOf(UnitDefinition duration) => duration.Name switch
    {
        "year" => YearOfAge,
        "month" => MonthOfAge,
        "week" => WeekOfAge,
        "day" => DayOfAge,
        _ => duration,
    };

    private static readonly UnitDefinition YearOfAge = new("year of age", Dimension.Duration, DurationUnit.Year365);
    private static readonly UnitDefinition MonthOfAge = new("month of age", Dimension.Duration, DurationUnit.Month30);
    private static readonly UnitDefinition WeekOfAge = new("week of age", Dimension.Duration, DurationUnit.Week);
    private static readonly UnitDefinition DayOfAge = new("day of age", Dimension.Duration, DurationUnit.Day);

    /// <summary>What a unit's written form packs besides the unit, if anything.</summary>
    public static Packing? PackingOf(string form) => Packings.TryGetValue(form, out var p) ? p : null;

    /// <summary>Looks a written form up; <paramref name="touching"/> says it follows the digits with no space.</summary>
    public static UnitDefinition? Find(string form, bool touching) =>
        Exact.TryGetValue(form, out var u) ? u
        : Words.TryGetValue(form, out u) ? u
        : touching && TouchingOnly.TryGetValue(form, out u) ? u
        : null;
}
