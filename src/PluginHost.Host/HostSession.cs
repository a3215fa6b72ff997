using PluginHost.Host.Configuration;
using PluginHost.Host.Loading;
using PluginHost.Host.Pipeline;
using PluginHost.Host.Rules;

namespace PluginHost.Host;

/// <summary>Everything one run needs, set up once: plugins in order, compiled rules, severities, and the pipeline.</summary>
public sealed class HostSession(
    IReadOnlyList<LoadedPlugin> plugins,
    RuleCatalog rules,
    SeverityConfiguration severities,
    ArticlePipeline pipeline,
    IReadOnlyList<string> setupErrors) : IDisposable
{
    public IReadOnlyList<LoadedPlugin> Plugins { get; } = plugins;

    public RuleCatalog Rules { get; } = rules;

    public SeverityConfiguration Severities { get; } = severities;

    public ArticlePipeline Pipeline { get; } = pipeline;

    /// <summary>Plugin-loading, ordering and rule-file errors, printed like compiler errors.</summary>
    public IReadOnlyList<string> SetupErrors { get; } = setupErrors;

    /// <summary>The plugins' load contexts; disposing the session unloads them where they can be unloaded.</summary>
    public IReadOnlyList<McMaster.NETCore.Plugins.PluginLoader> Loaders { get; init; } = [];

    /// <summary>Set-up errors and the configuration errors found so far (configuration files are read as articles are).</summary>
    public IReadOnlyList<string> AllErrors => [.. SetupErrors, .. Severities.Errors.Select(e => e.ToString()).Distinct()];

    public void Dispose()
    {
        foreach (var loader in Loaders)
        {
            loader.Dispose();
        }
    }
}
