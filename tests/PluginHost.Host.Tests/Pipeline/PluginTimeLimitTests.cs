using PluginHost.Host.Pipeline;

namespace PluginHost.Host.Tests.Pipeline;

public sealed class PluginTimeLimitTests
{
    private static readonly PluginTimeLimit Short = new(TimeSpan.FromMilliseconds(100));

    private static readonly PluginTimeLimit Long = new(TimeSpan.FromSeconds(30));

    [Fact]
    public void Without_a_limit_the_work_runs_on_the_calling_thread()
    {
        var caller = Environment.CurrentManagedThreadId;
        var worker = -1;
        PluginTimeLimit.None.Run(_ => worker = Environment.CurrentManagedThreadId, CancellationToken.None).ShouldBeTrue();
        worker.ShouldBe(caller);
    }

    [Fact]
    public void Work_that_finishes_in_time_succeeds_and_its_token_is_not_cancelled()
    {
        var cancelled = true;
        Long.Run(token => cancelled = token.IsCancellationRequested, CancellationToken.None).ShouldBeTrue();
        cancelled.ShouldBeFalse();
    }

    [Fact]
    public void Waiting_for_a_thread_does_not_count_against_the_limit()
    {
        var late = new PluginTimeLimit(TimeSpan.FromMilliseconds(100), new DelayedTaskScheduler(TimeSpan.FromMilliseconds(400)));
        late.Run(_ => { }, CancellationToken.None).ShouldBeTrue();
    }

    [Fact]
    public void Cancelling_the_run_while_the_work_waits_for_a_thread_cancels_the_wait()
    {
        using var run = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var late = new PluginTimeLimit(TimeSpan.FromSeconds(30), new DelayedTaskScheduler(TimeSpan.FromSeconds(30)));
        Should.Throw<OperationCanceledException>(() => late.Run(_ => { }, run.Token));
    }

    [Fact]
    public void Work_that_hangs_is_abandoned_at_the_limit()
    {
        using var release = new ManualResetEventSlim();
        Short.Run(_ => release.Wait(CancellationToken.None), CancellationToken.None).ShouldBeFalse();
        release.Set();
    }

    [Fact]
    public void Work_that_stops_when_its_token_is_cancelled_ran_out_of_time()
    {
        Short.Run(token => token.WaitHandle.WaitOne(), CancellationToken.None).ShouldBeFalse();
    }

    [Fact]
    public void Work_that_throws_when_its_token_is_cancelled_ran_out_of_time()
    {
        Short.Run(token => Task.Delay(Timeout.Infinite, token).Wait(token), CancellationToken.None).ShouldBeFalse();
    }

    [Fact]
    public void Cancelling_the_run_cancels_the_wait()
    {
        using var run = new CancellationTokenSource();
        using var release = new ManualResetEventSlim();
        run.CancelAfter(TimeSpan.FromMilliseconds(100));
        Should.Throw<OperationCanceledException>(() => Long.Run(_ => release.Wait(CancellationToken.None), run.Token));
        release.Set();
    }

    [Fact]
    public void An_exception_of_the_work_reaches_the_caller()
    {
        Should.Throw<InvalidOperationException>(() => Long.Run(_ => throw new InvalidOperationException("bug"), CancellationToken.None)).Message.ShouldBe("bug");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(int.MaxValue + 1.0)]
    public void A_limit_must_be_positive_and_within_24_days_or_infinite(double milliseconds)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new PluginTimeLimit(TimeSpan.FromMilliseconds(milliseconds)));
        new PluginTimeLimit(TimeSpan.FromMilliseconds(int.MaxValue)).Limit.TotalMilliseconds.ShouldBe(int.MaxValue);
        new PluginTimeLimit(Timeout.InfiniteTimeSpan).Limit.ShouldBe(Timeout.InfiniteTimeSpan);
    }
}
