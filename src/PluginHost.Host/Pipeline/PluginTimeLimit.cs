using System.Runtime.ExceptionServices;

namespace PluginHost.Host.Pipeline;

/// <summary>
/// How long one plugin may take over one article. Work that overruns has its token cancelled and is abandoned:
/// .NET cannot stop a thread, so a plugin that ignores its token keeps that thread, but the article goes on
/// without it.
/// </summary>
/// <param name="limit">The time allowed, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
/// <param name="scheduler">Where the work runs; the thread pool unless a test needs otherwise.</param>
public sealed class PluginTimeLimit(TimeSpan limit, TaskScheduler? scheduler = null)
{
    public static PluginTimeLimit None { get; } = new(Timeout.InfiniteTimeSpan);

    public TimeSpan Limit { get; } = limit == Timeout.InfiniteTimeSpan || (limit > TimeSpan.Zero && limit.TotalMilliseconds <= int.MaxValue)
        ? limit
        : throw new ArgumentOutOfRangeException(nameof(limit), limit, "A time limit must be infinite or from 1 millisecond to 24 days.");

    private readonly TaskScheduler _scheduler = scheduler ?? TaskScheduler.Default;

    /// <summary>Runs <paramref name="work"/> and tells whether it finished in time.</summary>
    /// <exception cref="OperationCanceledException">The run itself was cancelled.</exception>
    public bool Run(Action<CancellationToken> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Limit == Timeout.InfiniteTimeSpan)
        {
            work(cancellationToken);
            return true;
        }

        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // Waited on without spinning: when every core analyzes an article, a spinning wait takes the core the work needs.
        var started = new ManualResetEventSlim(initialState: false, spinCount: 0);
        var finished = new ManualResetEventSlim(initialState: false, spinCount: 0);
        ExceptionDispatchInfo? failure = null;
        _ = Task.Factory.StartNew(() =>
        {
            started.Set();
            try
            {
                work(deadline.Token);
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                finished.Set();
            }
        }, CancellationToken.None, TaskCreationOptions.DenyChildAttach, _scheduler);

        // The clock starts when the work does: while plugins that hang hold threads of the pool, the next one can
        // wait for a thread, and that wait is not the plugin's.
        started.Wait(cancellationToken);
        if (!finished.Wait(Limit, cancellationToken))
        {
            // Not disposed: the abandoned plugin may still hold the token.
            _ = deadline.CancelAsync();
            return false;
        }

        // The events are not disposed: the work may still be inside finished.Set(), and they hold no handle to free.
        deadline.Dispose();
        failure?.Throw();
        return true;
    }
}
