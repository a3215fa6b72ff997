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
    public static string Article { get; } = ArticleComposer.CorpusArticle(1, 0);

    /// <summary>The first articles of that corpus, for a cost per article averaged over the kinds a run meets.</summary>
    public static string[] CorpusArticles(int count) => [.. Enumerable.Range(0, count).Select(i => ArticleComposer.CorpusArticle(1, i))];

    /// <summary>
    /// The pipeline a benchmark row names: one plugin after the plugins whose layers it reads (Boilerplate reads
    /// Language; Quotes reads Boilerplate), so its row includes them, or "All" four as in a real run.
    /// </summary>
    public static PluginVerifier PipelineFor(string plugin) => plugin switch
    {
        "Language" => Pipeline(new LanguagePlugin()),
        "Numbers" => Pipeline(new NumbersPlugin()),
        "Boilerplate" => Pipeline(new BoilerplatePlugin(), new LanguagePlugin()),
        "Quotes" => Pipeline(new QuotesPlugin(), new LanguagePlugin(), new BoilerplatePlugin()),
        "All" => AllPlugins(),
        _ => throw new ArgumentException($"no benchmark pipeline named {plugin}", nameof(plugin)),
    };

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
