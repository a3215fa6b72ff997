using Language.Detection;
using PluginHost.Sdk.Analysis;
using PluginHost.Testing;

namespace Language.Tests;

/// <summary>The Language plugin with its shipped rule files and model, compiled once for every test.</summary>
internal static class LanguageUnderTest
{
    public static readonly PluginVerifier Verifier = new(new LanguagePlugin(), Path.Combine(AppContext.BaseDirectory, "rules"));

    public static IPluginSettings Settings => Verifier.Rules.Plugins.Single().RuleSet.Settings;

    /// <summary>The detector as the plugin sets it up from its rule files.</summary>
    public static readonly LanguageDetector Detector = LanguageDetector.FromSettings(Settings);
}
