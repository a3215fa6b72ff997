using PluginHost.Sdk.Analysis;

namespace Boilerplate.Classification;

/// <summary>The classifier's thresholds, from the rule files (jusText's names and meanings).</summary>
internal sealed record ClassifierSettings(int LengthLow, int LengthHigh, double StopwordsLow, double StopwordsHigh, double MaxLinkDensity)
{
    public static ClassifierSettings From(IPluginSettings settings) => new(
        (int)settings.GetNumber("length_low"),
        (int)settings.GetNumber("length_high"),
        settings.GetNumber("stopwords_low"),
        settings.GetNumber("stopwords_high"),
        settings.GetNumber("max_link_density"));
}
