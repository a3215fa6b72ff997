using PluginHost.Host.Rules;

namespace PluginHost.Host.Pipeline;

/// <summary>
/// Every plugin's analyzers prepared for a run (<see cref="PluginHost.Sdk.Analysis.IArticleAnalyzer.Prepare"/>), one
/// task per plugin, all started at once: a plugin's first article waits only for its own plugin, and the plugins
/// before it in layer order give that time to finish.
/// </summary>
public sealed class PluginPreparation
{
    private readonly Dictionary<PluginRules, Task> _prepared = new(ReferenceEqualityComparer.Instance);

    public PluginPreparation(RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var plugin in catalog.Plugins)
        {
            _prepared[plugin] = Task.Run(() =>
            {
                foreach (var analyzer in plugin.Plugin.Analyzers)
                {
                    analyzer.Prepare(plugin.RuleSet.Settings);
                }
            });
        }
    }

    /// <summary>Waits until <paramref name="plugin"/> is prepared and gives what its preparation threw, if anything.</summary>
    /// <exception cref="OperationCanceledException">The wait was cancelled.</exception>
    public Exception? Wait(PluginRules plugin, CancellationToken cancellationToken)
    {
        try
        {
            _prepared[plugin].Wait(cancellationToken);
            return null;
        }
        catch (AggregateException e)
        {
            return e.InnerException;
        }
    }
}
