namespace PluginHost.Host.Pipeline;

/// <summary>
/// How long one plugin may take over one article. Work that overruns has its token cancelled and is abandoned:
/// .NET cannot stop a thread, so a plugin that ignores its token keeps that thread, but the article goes on
/// without it.
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

        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var running = Task.Run(() => work(deadline.Token), CancellationToken.None);
        if (Task.WaitAny([running], (int)Limit.TotalMilliseconds, cancellationToken) < 0)
        {
            // Not disposed: the abandoned plugin may still hold the token. Its callbacks run elsewhere, not here.
            _ = deadline.CancelAsync();
            return false;
        }

        deadline.Dispose();
        running.GetAwaiter().GetResult();
        return true;
    }
}
