using System.Globalization;
using Humanizer;
using PluginHost.Host.Discovery;
using PluginHost.Host.Reading;
using PluginHost.Host.Rules;
using PluginHost.Rules.Matching;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Text;

namespace PluginHost.Host.Pipeline;

/// <summary>
/// The path of one article through the host: read it, then for each plugin in layer order run its analyzers and
/// its declarative rules, and collect the findings in text order. A plugin that throws becomes a PH0001 finding
/// (like Roslyn's AD0001), one that runs out of its time limit a PH0008 with its findings for the article dropped,
/// and the other plugins still run.
/// </summary>
public sealed class ArticlePipeline(RuleCatalog catalog, DiagnosticFactory diagnostics, ArticleReader reader, PluginTimeLimit timeLimit)
{
    /// <summary>
    /// How many articles a plugin may run out of time on before the run stops giving it more: each overrun can
    /// leave a thread stuck in the plugin, and a plugin that hangs on every article would use up the thread pool.
    /// </summary>
    public const int MostTimeouts = 3;

    /// <summary>The host's rule for a command-line input that matched no file.</summary>
    public const string UnmatchedInputRule = "PH0003";

    private readonly int[] _timeouts = new int[catalog.Plugins.Count];

    /// <summary>
    /// Begins preparing every plugin for the run in the background, while the caller finds the articles: a command that
    /// analyzes calls it as soon as its session is set up. Without it each plugin prepares in its first article.
    /// </summary>
    public void Prepare() => catalog.Preparation.Start();

    public ArticleResult Analyze(ArticleSource source, CancellationToken cancellationToken = default)
    {
        var read = reader.Read(source.DisplayPath, source.FullPath);
        var found = new List<Diagnostic>();
        if (read.Article is not { } article)
        {
            var (id, key, reason) = read.BinaryReason is { } binary ? ("PH0005", "reason", binary) : ("PH0002", "reason", read.Failure!);
            Add(found, Host(id, source.DisplayPath, null, default, new() { [key] = reason }));
            return new ArticleResult(source, null, found);
        }

        if (read.InvalidBytes > 0)
        {
            Add(found, Host("PH0004", source.DisplayPath, article, new TextSpan(read.FirstInvalidOffset, 1), new() { ["count"] = read.InvalidBytes }));
        }

        found.AddRange(SuppressionMarkers.Apply(article, Analyze(article, cancellationToken)));
        return new ArticleResult(source, article, Sorted(found));
    }

    /// <summary>The report's entry for a command-line input that matched no article.</summary>
    public ArticleResult Unmatched(string input)
    {
        var found = new List<Diagnostic>();
        Add(found, Host(UnmatchedInputRule, input, null, default, new() { ["input"] = input }));
        return new ArticleResult(ArticleSource.UnmatchedInput(input), null, found);
    }

    /// <summary>Runs every plugin over an article already in memory.</summary>
    public IReadOnlyList<Diagnostic> Analyze(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Analyze(new LayerStore(article), cancellationToken);
    }

    /// <summary>
    /// Runs every plugin over the article of <paramref name="layers"/>, publishing into it: what the plugins published
    /// can be read from it afterwards (the testing helper shows a plugin's layers so). The store must be new: a layer
    /// published again is added to what it holds.
    /// </summary>
    public IReadOnlyList<Diagnostic> Analyze(LayerStore layers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layers);
        var article = layers.Article;
        var found = new List<Diagnostic>();
        for (var index = 0; index < catalog.Plugins.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var plugin = catalog.Plugins[index];
            if (Volatile.Read(ref _timeouts[index]) >= MostTimeouts)
            {
                Add(found, Host("PH0009", article.Path, article, default, new() { ["plugin"] = plugin.Plugin.Name, ["count"] = MostTimeouts }));
                continue;
            }

            var step = new PluginStep(layers);
            if (timeLimit.Run(token => Run(plugin, article, step, token), cancellationToken))
            {
                found.AddRange(step.Found);
                continue;
            }

            step.Abandon();
            Interlocked.Increment(ref _timeouts[index]);
            Add(found, Host("PH0008", article.Path, article, default, new()
            {
                ["plugin"] = plugin.Plugin.Name,
                ["limit"] = timeLimit.Limit.Humanize(2, CultureInfo.InvariantCulture),
            }));
        }

        return Sorted(found);
    }

    private void Run(PluginRules plugin, Article article, PluginStep step, CancellationToken cancellationToken)
    {
        var context = new PluginAnalysisContext(
            plugin,
            step,
            diagnostics,
            problem => step.Report(Host("PH0007", article.Path, article, default, new() { ["plugin"] = plugin.Plugin.Name, ["problem"] = problem })),
            (pattern, scope) => step.Report(Stopped(article, "pattern", pattern.Name, pattern.Scope, scope)),
            cancellationToken);
        if (catalog.Preparation.Wait(plugin) is { } failure)
        {
            step.Report(Failed(plugin, article, failure, " (while preparing for the run, before this article)"));
        }
        else
        {
            foreach (var analyzer in plugin.Plugin.Analyzers)
            {
                Guard(step, plugin, article, () => analyzer.Analyze(context), cancellationToken);
            }
        }

        foreach (var rule in plugin.RuleSet.Rules.Where(r => !r.IsReportedByCode))
        {
            Guard(step, plugin, article, () =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                var matches = RuleEvaluator.Evaluate(rule, step.Layers, scope => step.Report(Stopped(article, "rule", rule.Descriptor.Id, rule.Scope, scope)), starts: step.Starts);
                foreach (var match in matches)
                {
                    step.Report(diagnostics.Create(rule.Descriptor, article.Path, article, match.Span, match.Properties));
                }
            }, cancellationToken);
        }
    }

    private void Guard(PluginStep step, PluginRules plugin, Article article, Action action, CancellationToken cancellationToken)
    {
        try
        {
            action();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            step.Report(Failed(plugin, article, e, ""));
        }
    }

    private Diagnostic? Failed(PluginRules plugin, Article article, Exception exception, string when) =>
        Host("PH0001", article.Path, article, default, new()
        {
            ["plugin"] = plugin.Plugin.Name,
            ["exception"] = exception.GetType().FullName,
            ["reason"] = exception.Message + when,
        });

    private Diagnostic? Stopped(Article article, string kind, string name, SegmentKind scopeKind, Segment scope) =>
        Host("PH0006", article.Path, article, scope.Span, new() { ["kind"] = kind, ["rule"] = name, ["scope"] = scopeKind.ToString().ToLowerInvariant() });

    private Diagnostic? Host(string id, string path, Article? article, TextSpan span, Dictionary<string, object?> properties) =>
        diagnostics.Create(catalog.Host(id), path, article, span, properties);

    private static void Add(List<Diagnostic> found, Diagnostic? diagnostic)
    {
        if (diagnostic is not null)
        {
            found.Add(diagnostic);
        }
    }

    private static List<Diagnostic> Sorted(List<Diagnostic> found) =>
        [.. found.OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End).ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)];
}
