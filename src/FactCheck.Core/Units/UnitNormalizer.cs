using System.Collections.Concurrent;
using System.Globalization;
using FactCheck.Core.Claims;
using UnitsNet;
using UnitsNet.Units;

namespace FactCheck.Core.Units;

/// <summary>Converts values to one canonical unit per dimension so checks compare like with like.</summary>
public static class UnitNormalizer
{
    private static readonly Dictionary<Dimension, (Enum Unit, string Symbol)> Canonical = new()
    {
        [Dimension.Length] = (LengthUnit.Kilometer, "km"),
        [Dimension.Mass] = (MassUnit.Kilogram, "kg"),
        [Dimension.Volume] = (VolumeUnit.CubicMeter, "m³"),
        [Dimension.Area] = (AreaUnit.SquareKilometer, "km²"),
        [Dimension.Speed] = (SpeedUnit.KilometerPerHour, "km/h"),
        [Dimension.Energy] = (EnergyUnit.KilowattHour, "kWh"),
        [Dimension.Power] = (PowerUnit.Kilowatt, "kW"),
        [Dimension.Duration] = (DurationUnit.Hour, "h"),
        [Dimension.Temperature] = (TemperatureUnit.DegreeCelsius, "°C"),
        [Dimension.Information] = (InformationUnit.Byte, "B"),
    };

    // Linear factors are computed once; UnitConverter's lookup would otherwise dominate extraction time.
    private static readonly ConcurrentDictionary<Enum, double> Factors = new();

    /// <summary>The canonical symbol of a dimension ("km", "USD" needs the currency, so see <see cref="Normalize"/>).</summary>
    public static string? CanonicalSymbol(Dimension dimension) => dimension switch
    {
        Dimension.Percentage => "%",
        Dimension.Multiplier => "×",
        _ => Canonical.TryGetValue(dimension, out var c) ? c.Symbol : null,
    };

    /// <summary>Returns the value in the canonical unit and that unit's symbol; (null, null) when nothing converts.</summary>
    public static (double? Value, string? Symbol) Normalize(double value, UnitDefinition? unit)
    {
        if (unit is null)
        {
            return (value, null);
        }

        switch (unit.Dimension)
        {
            case Dimension.Currency:
                return (value * unit.CurrencyFactor, unit.Iso);
            case Dimension.Percentage:
                return (value, "%");
            case Dimension.Multiplier:
                return (value, "×");
            case Dimension.Count:
            case Dimension.None:
                return (value, null);
        }

        if (unit.UnitsNetUnit is null || !Canonical.TryGetValue(unit.Dimension, out var canonical))
        {
            return (null, null);
        }

        if (unit.Dimension == Dimension.Temperature)
        {
            return (UnitConverter.Convert(value, unit.UnitsNetUnit, canonical.Unit), canonical.Symbol);
        }

        return (Tidy(value * Factor(unit.UnitsNetUnit, canonical.Unit)), canonical.Symbol);
    }

    // Rounds away binary noise ("4.4999999999999996E-05") so stored and displayed values read as written.
    private static double Tidy(double value) =>
        double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static double Factor(Enum from, Enum to) =>
        Factors.GetOrAdd(from, static (f, t) => UnitConverter.Convert(1.0, f, t), to);
}
