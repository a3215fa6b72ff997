using System.Runtime.CompilerServices;
using PluginHost.Host.Discovery;

namespace PluginHost.Host.Pipeline;

/// <summary>
/// Analyzes articles in parallel and hands the results to the report in input order, whatever order they finish
/// in. Only a bounded window of articles is in memory at once, so memory does not grow with the archive.
/// </summary>
public sealed class AnalysisRunner(ArticlePipeline pipeline)
{
    /// <summary>
    /// Analyzes the articles, <paramref name="jobs"/> at a time, and hands each result to <paramref name="onResult"/>
    /// in the articles' order. The articles are read from the sequence as workers free up, never all at once.
    /// </summary>
    public async Task RunAsync(IEnumerable<ArticleSource> articles, int jobs, Action<ArticleResult> onResult, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(onResult);
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        var pending = new Dictionary<int, ArticleResult>();
        var next = 0;
        var gate = new object();
        using var window = new SemaphoreSlim(jobs * 4);
        var options = new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(InWindow(articles, window, cancellationToken), options, (article, token) =>
        {
            var result = pipeline.Analyze(article.Source, token);
            lock (gate)
            {
                pending.Add(article.Index, result);
                while (pending.Remove(next, out var ready))
                {
                    next++;
                    window.Release();
                    onResult(ready);
                }
            }

            return ValueTask.CompletedTask;
        });
    }

    // An article enters the window before it is handed to a worker, so the window always holds the oldest article
    // not yet reported: a worker can never wait for room while later articles fill the window waiting for it.
    private static async IAsyncEnumerable<(int Index, ArticleSource Source)> InWindow(IEnumerable<ArticleSource> articles, SemaphoreSlim window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var index = 0;
        foreach (var article in articles)
        {
            await window.WaitAsync(cancellationToken);
            yield return (index++, article);
        }
    }
}
