using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Text;
using PluginHost.Testing;

namespace Numbers.Tests;

/// <summary>The Numbers plugin with its shipped rule files, compiled once for every test.</summary>
internal static class NumbersUnderTest
{
    public static readonly PluginVerifier Verifier = new(new NumbersPlugin(), Path.Combine(AppContext.BaseDirectory, "rules"));

    public static readonly NumbersLexicon Lexicon = new(Settings);

    public static IPluginSettings Settings => Verifier.Rules.Plugins.Single().RuleSet.Settings;

    /// <summary>The quantities of a text, each as "text → reading (kind)".</summary>
    public static List<string> Quantities(string text)
    {
        var article = Article.Create("a.txt", text);
        var numerals = new NumeralScanner(Lexicon).Scan(article);
        return [.. new QuantityReader(Lexicon).Read(article, numerals).Select(q => $"{article.TextOf(q.Span)} → {QuantityFinder.Reading(q)} ({q.Kind.ToString().ToLowerInvariant()})")];
    }
}
