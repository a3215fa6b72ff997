using System.Diagnostics;
using Spectre.Console;

namespace PluginHost.Cli.Terminal;

/// <summary>
/// A progress bar on standard error for a run that lasts longer than a second: quick runs never show one, and
/// the bar is cleared when the run ends. Without a console to draw on, the analysis just runs.
/// </summary>
internal sealed class AnalysisProgress(IAnsiConsole? console)
{
    private static readonly TimeSpan ShownAfter = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Redrawn = TimeSpan.FromMilliseconds(250);

    /// <summary>Runs <paramref name="analysis"/>, which calls the action it is given once per article done.</summary>
    public async Task RunAsync(int articles, Func<Action, Task> analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var clock = Stopwatch.StartNew();
        var done = 0;
        var running = analysis(() => Interlocked.Increment(ref done));
        if (console is null || await Task.WhenAny(running, Task.Delay(ShownAfter)) == running)
        {
            await running;
            return;
        }

        await console.Progress()
            .AutoClear(true)
            .Columns(new ProgressBarColumn { Width = 24 }, new TaskDescriptionColumn { Alignment = Justify.Left })
            .StartAsync(async context =>
            {
                string Describe() => Markup.Escape(ProgressText.Describe(Volatile.Read(ref done), articles, clock.Elapsed));
                var task = context.AddTask(Describe(), maxValue: Math.Max(articles, 1));
                while (!running.IsCompleted)
                {
                    task.Value = Volatile.Read(ref done);
                    task.Description = Describe();
                    await Task.WhenAny(running, Task.Delay(Redrawn));
                }
            });
        await running;
    }
}
