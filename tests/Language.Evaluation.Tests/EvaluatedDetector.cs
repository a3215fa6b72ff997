using Language.Detection;
using PluginHost.Sdk.Analysis;
using PluginHost.Testing;

namespace Language.Evaluation.Tests;

/// <summary>The detector as the Language plugin sets it up from its shipped rule files.</summary>
internal static class EvaluatedDetector
{
    public static readonly LanguageDetector Shipped = Create();

    private static LanguageDetector Create()
    {
        IPluginSettings settings = new PluginVerifier(new LanguagePlugin(), Path.Combine(AppContext.BaseDirectory, "rules")).Rules.Plugins.Single().RuleSet.Settings;
        return LanguageDetector.FromSettings(settings);
    }
}
