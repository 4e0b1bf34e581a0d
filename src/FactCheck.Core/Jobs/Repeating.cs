using Microsoft.Extensions.Logging;

namespace FactCheck.Core.Jobs;

/// <summary>
/// The loop every background sweep shares: run the work at once, then on each tick; a failure is logged and
/// retried on the next tick instead of stopping the host.
/// </summary>
public static class Repeating
{
    public static async Task RunAsync(TimeSpan interval, TimeProvider clock, ILogger logger, string what, Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await work(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "{What} failed; will try again", what);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
