namespace PluginHost.Host.Tests.Pipeline;

/// <summary>Starts each task on a thread of its own after a delay, like a thread pool whose threads are all busy.</summary>
internal sealed class DelayedTaskScheduler(TimeSpan delay) : TaskScheduler
{
    protected override void QueueTask(Task task) => new Thread(() =>
    {
        Thread.Sleep(delay);
        TryExecuteTask(task);
    }) { IsBackground = true }.Start();

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;

    protected override IEnumerable<Task> GetScheduledTasks() => [];
}
