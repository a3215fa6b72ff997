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
        await Parallel.ForEachAsync(Enumerable.Range(0, articles.Count), options, async (index, token) =>
        {
            await window.WaitAsync(token);
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
        });
    }
}
