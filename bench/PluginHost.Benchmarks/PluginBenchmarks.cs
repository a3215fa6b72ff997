using BenchmarkDotNet.Attributes;
using Boilerplate;
using Language;
using Numbers;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Plugins;
using PluginHost.Testing;
using Quotes;

namespace PluginHost.Benchmarks;

/// <summary>
/// Each plugin with its shipped rules on a typical article, through the host's pipeline. A plugin that needs
/// another's layer runs after it, so its row includes that plugin (Boilerplate reads Language; Quotes reads
/// Boilerplate). Numbers can also read Quotes' layer, but runs alone in its row; "All" is the four together, as in
/// a real run.
/// </summary>
[MemoryDiagnoser]
public class PluginBenchmarks
{
    private PluginVerifier _verifier = null!;

    [Params("Language", "Numbers", "Boilerplate", "Quotes", "All")]
    public string Plugin { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        static (IPlugin, string?) With(IPlugin plugin) => (plugin, Samples.RulesFolder(plugin.Manifest.Name));
        _verifier = Plugin switch
        {
            "Language" => new PluginVerifier(new LanguagePlugin(), Samples.RulesFolder("Language")),
            "Numbers" => new PluginVerifier(new NumbersPlugin(), Samples.RulesFolder("Numbers")),
            "Boilerplate" => new PluginVerifier(new BoilerplatePlugin(), Samples.RulesFolder("Boilerplate"), With(new LanguagePlugin())),
            "Quotes" => new PluginVerifier(new QuotesPlugin(), Samples.RulesFolder("Quotes"), With(new LanguagePlugin()), With(new BoilerplatePlugin())),
            _ => new PluginVerifier(new QuotesPlugin(), Samples.RulesFolder("Quotes"), With(new LanguagePlugin()), With(new BoilerplatePlugin()), With(new NumbersPlugin())),
        };
    }

    [Benchmark]
    public IReadOnlyList<Diagnostic> Analyze() => _verifier.Analyze(Samples.Article, "article.txt");
}
