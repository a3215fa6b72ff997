namespace PluginHost.Host.Rules;

/// <summary>
/// Every plugin's analyzers prepared for a run with their compiled settings
/// (<see cref="PluginHost.Sdk.Analysis.IArticleAnalyzer.Prepare"/>), each plugin once. <see cref="Start"/> begins them
/// all in the background, so that a plugin's first article finds it ready; one the pool has not begun when its plugin's
/// first article comes (or that was never started) is run by that article's thread, so no article waits for a free
/// thread of the pool.
/// </summary>
public sealed class PluginPreparation
{
    private readonly Dictionary<PluginRules, Lazy<Exception?>> _prepared = new(ReferenceEqualityComparer.Instance);
    private int _started;

    public PluginPreparation(IEnumerable<PluginRules> plugins)
    {
        ArgumentNullException.ThrowIfNull(plugins);
        foreach (var plugin in plugins)
        {
            _prepared[plugin] = new Lazy<Exception?>(() => Prepare(plugin), LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }

    /// <summary>Begins every plugin's preparation in the background; a second call does nothing.</summary>
    public void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            foreach (var prepared in _prepared.Values)
            {
                _ = Task.Run(() => prepared.Value);
            }
        }
    }

    /// <summary>Prepares <paramref name="plugin"/> or waits for its preparation, and gives what that threw, if anything.</summary>
    public Exception? Wait(PluginRules plugin) => _prepared[plugin].Value;

    private static Exception? Prepare(PluginRules plugin)
    {
        try
        {
            foreach (var analyzer in plugin.Plugin.Analyzers)
            {
                analyzer.Prepare(plugin.RuleSet.Settings);
            }

            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
