namespace PluginHost.Host.Pipeline;

/// <summary>
/// How long one plugin may take over one article. Work that overruns is cancelled through its token and then
/// abandoned: .NET cannot stop a thread, so a plugin that ignores its token keeps that thread, but the article
/// goes on without it.
/// </summary>
public sealed class PluginTimeLimit(TimeSpan limit)
{
    public static PluginTimeLimit None { get; } = new(Timeout.InfiniteTimeSpan);

    public TimeSpan Limit { get; } = limit == Timeout.InfiniteTimeSpan || (limit > TimeSpan.Zero && limit.TotalMilliseconds <= int.MaxValue)
        ? limit
        : throw new ArgumentOutOfRangeException(nameof(limit), limit, "A time limit must be infinite or from 1 millisecond to 24 days.");

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

        // Not disposed: a plugin abandoned at the deadline may still hold the token.
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Limit);
        var running = Task.Run(() => work(deadline.Token), CancellationToken.None);
        if (Task.WaitAny([running], (int)Limit.TotalMilliseconds, cancellationToken) < 0 || (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }

        running.GetAwaiter().GetResult();
        return true;
    }
}
