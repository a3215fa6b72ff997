using Boilerplate;
using Language;
using Numbers;
using PluginHost.CorpusGenerator;
using PluginHost.Sdk.Plugins;
using PluginHost.Testing;
using Quotes;

namespace PluginHost.Benchmarks;

/// <summary>What the benchmarks run on: a typical article of the benchmark corpus, and where the shipped rules are.</summary>
public static class Samples
{
    /// <summary>Article 0 of the corpus the generator writes with seed 1: about 6 KB with quotes, figures and page residue.</summary>
    public static string Article { get; } = new ArticleComposer(new Random(1_000_003)).Compose();

    public static string RulesFolder(string plugin) => Path.Combine(RepositoryRoot, "rules", plugin.ToLowerInvariant());

    /// <summary>A plugin with its shipped rules, after the plugins that publish the layers it reads.</summary>
    public static PluginVerifier Pipeline(IPlugin plugin, params IPlugin[] before) =>
        new(plugin, RulesFolder(plugin.Manifest.Name), [.. before.Select(p => (p, (string?)RulesFolder(p.Manifest.Name)))]);

    /// <summary>The four shipped plugins with their rules, as a run has them.</summary>
    public static PluginVerifier AllPlugins() => Pipeline(new QuotesPlugin(), new LanguagePlugin(), new BoilerplatePlugin(), new NumbersPlugin());

    public static string RepositoryRoot { get; } = FindRoot(AppContext.BaseDirectory);

    private static string FindRoot(string folder) =>
        File.Exists(Path.Combine(folder, "PluginHost.sln")) ? folder : FindRoot(Path.GetDirectoryName(folder) ?? throw new InvalidOperationException("PluginHost.sln not found above the benchmarks"));
}
