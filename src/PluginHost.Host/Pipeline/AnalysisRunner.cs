using System.Runtime.CompilerServices;
using PluginHost.Host.Discovery;

namespace PluginHost.Host.Pipeline;

/// <summary>
/// Analyzes articles in parallel and hands the results to the report in input order, whatever order they finish
/// in. Only a bounded window of articles is in memory at once, so memory does not grow with the archive.
/// </summary>
public sealed class AnalysisRunner(ArticlePipeline pipeline)
{
    public async Task RunAsync(IReadOnlyList<ArticleSource> articles, int jobs, Action<ArticleResult> onResult, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(onResult);
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        var pending = new ArticleResult?[articles.Count];
        var next = 0;
        var gate = new object();
        using var window = new SemaphoreSlim(jobs * 4);
        var options = new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(InWindow(articles.Count, window, cancellationToken), options, (index, token) =>
        {
            var result = pipeline.Analyze(articles[index], token);
            lock (gate)
            {
                pending[index] = result;
                while (next < pending.Length && pending[next] is { } ready)
                {
                    pending[next++] = null;
                    window.Release();
                    onResult(ready);
                }
            }

            return ValueTask.CompletedTask;
        });
    }

    // An index enters the window before it is handed to a worker, so the window always holds the oldest article
    // not yet reported: a worker can never wait for room while later articles fill the window waiting for it.
    private static async IAsyncEnumerable<int> InWindow(int count, SemaphoreSlim window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var index = 0; index < count; index++)
        {
            await window.WaitAsync(cancellationToken);
            yield return index;
        }
    }
}
