using Boilerplate.Classification;
using PluginHost.Sdk.Analysis;

namespace Boilerplate.Structure;

/// <summary>How the article's head is recognized, from the rule files.</summary>
internal sealed record HeadSettings(int MinTitleWords, int MaxTitleWords, int MaxSubtitleWords, TimedPattern Byline, TimedPattern Date, TimedPattern Dateline)
{
    public static HeadSettings From(IPluginSettings settings) => new(
        (int)settings.GetNumber("min_title_words"),
        (int)settings.GetNumber("max_title_words"),
        (int)settings.GetNumber("max_subtitle_words"),
        new TimedPattern(settings.GetText("byline_pattern")),
        new TimedPattern(settings.GetText("date_pattern")),
        new TimedPattern(settings.GetText("dateline_pattern")));
}
