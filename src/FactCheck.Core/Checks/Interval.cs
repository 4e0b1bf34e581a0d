namespace FactCheck.Core.Checks;

/// <summary>
/// A closed interval of values a stated figure stands for. Bounds may be infinite for
/// "more than" and "less than" figures.
/// </summary>
public readonly record struct Interval
{
    public Interval(double low, double high)
    {
        if (double.IsNaN(low) || double.IsNaN(high))
        {
            throw new ArgumentException("Interval bounds must be numbers.");
        }

        // Callers scale by negative factors and pass bounds in either order; keep Low <= High always.
        (Low, High) = low <= high ? (low, high) : (high, low);
    }

    public double Low { get; }

    public double High { get; }

    public double Mid => (Low + High) / 2;

    public bool Contains(double value) => value >= Low && value <= High;

    public bool Overlaps(Interval other) => Low <= other.High && other.Low <= High;

    /// <summary>How far apart two intervals are; 0 when they overlap.</summary>
    public double Gap(Interval other) => Math.Max(0, Math.Max(Low - other.High, other.Low - High));

    public Interval Scale(double factor) => new(Low * factor, High * factor);

    /// <summary>Widens both ends by <paramref name="half"/>.</summary>
    public Interval Widen(double half) => new(Low - half, High + half);

    public static Interval Point(double value) => new(value, value);
}
