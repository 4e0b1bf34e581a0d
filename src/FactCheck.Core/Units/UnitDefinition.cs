using FactCheck.Core.Claims;

namespace FactCheck.Core.Units;

/// <summary>
/// A unit as the extractor names it. <paramref name="UnitsNetUnit"/> is null for counts, currencies
/// and the few units we recognise but never convert (hertz, decibels, basis points).
/// </summary>
/// <param name="Name">English name, British spelling for metric units ("kilometre", "metric ton").</param>
/// <param name="Iso">ISO 4217 code for currencies.</param>
/// <param name="CurrencyFactor">Minor units ("cent") scale into their currency.</param>
public sealed record UnitDefinition(
    string Name,
    Dimension Dimension,
    Enum? UnitsNetUnit = null,
    string? Iso = null,
    double CurrencyFactor = 1);
