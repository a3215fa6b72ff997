using System.Text.RegularExpressions;
using PluginHost.Sdk.Analysis;

namespace Boilerplate.Structure;

/// <summary>How the article's head is recognized, from the rule files.</summary>
internal sealed record HeadSettings(int MinTitleWords, int MaxTitleWords, int MaxSubtitleWords, Regex Byline, Regex Date, Regex Dateline)
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    public static HeadSettings From(IPluginSettings settings) => new(
        (int)settings.GetNumber("min_title_words"),
        (int)settings.GetNumber("max_title_words"),
        (int)settings.GetNumber("max_subtitle_words"),
        new Regex(settings.GetText("byline_pattern"), RegexOptions.CultureInvariant, RegexTimeout),
        new Regex(settings.GetText("date_pattern"), RegexOptions.CultureInvariant, RegexTimeout),
        new Regex(settings.GetText("dateline_pattern"), RegexOptions.CultureInvariant, RegexTimeout));
}
