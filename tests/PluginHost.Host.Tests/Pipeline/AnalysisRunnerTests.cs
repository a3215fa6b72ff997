using PluginHost.Host.Pipeline;
using PluginHost.Sdk.Plugins;

namespace PluginHost.Host.Tests.Pipeline;

public sealed class AnalysisRunnerTests
{
    [Fact]
    public async Task Results_come_in_input_order_whatever_the_parallelism()
    {
        using var root = new TestDirectory();
        var random = new Random(7);
        var plugin = new InProcessPlugin(new PluginManifest("Slow", "SL"), new DelegateAnalyzer(_ => Thread.Sleep(random.Next(0, 5))));
        var session = Sessions.Create(root, (plugin, ""));
        var sources = Enumerable.Range(0, 60).Select(i => Sessions.Source(root.Write($"a{i:D2}.txt", $"article {i}"))).ToList();
        foreach (var jobs in new[] { 1, 4 })
        {
            var seen = new List<string>();
            await new AnalysisRunner(session.Pipeline).RunAsync(sources, jobs, r => seen.Add(r.Source.DisplayPath));
            seen.ShouldBe(sources.Select(s => s.DisplayPath));
        }
    }

    [Fact]
    public async Task Cancellation_stops_the_run()
    {
        using var root = new TestDirectory();
        var session = Sessions.Create(root);
        var sources = new[] { Sessions.Source(root.Write("a.txt", "a")) };
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => new AnalysisRunner(session.Pipeline).RunAsync(sources, 2, _ => { }, cancelled.Token));
    }
}
