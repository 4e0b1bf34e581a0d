using System.Collections.Concurrent;

namespace FactCheck.Core.Fetching;

/// <summary>Spaces request starts to one host at least an interval apart, across all callers.</summary>
internal sealed class PerHostGate(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.OrdinalIgnoreCase);

    public async Task WaitAsync(string host, TimeSpan interval, CancellationToken cancellationToken)
    {
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        var slot = _slots.GetOrAdd(host, _ => new Slot());
        await slot.Lock.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var wait = slot.Next - now;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
                now = time.GetUtcNow();
            }

            slot.Next = now + interval;
        }
        finally
        {
            slot.Lock.Release();
        }
    }

    private sealed class Slot
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public DateTimeOffset Next { get; set; } = DateTimeOffset.MinValue;
    }
}
