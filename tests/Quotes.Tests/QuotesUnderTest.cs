using PluginHost.Sdk.Analysis;
using PluginHost.Testing;

namespace Quotes.Tests;

/// <summary>The Quotes plugin with its shipped rule files, compiled once for every test.</summary>
internal static class QuotesUnderTest
{
    public static readonly PluginVerifier Verifier = new(new QuotesPlugin(), Path.Combine(AppContext.BaseDirectory, "rules"));

    public static IPluginSettings Settings => Verifier.Rules.Plugins.Single().RuleSet.Settings;
}
