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
/// Each plugin with its shipped rules on a typical article, through the host's pipeline. A plugin that reads
/// another's layer runs after it, as in a real run, so its row includes the plugins it needs (Boilerplate reads
/// Language; Quotes reads Boilerplate); "All" is the four together.
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
