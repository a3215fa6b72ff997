using Boilerplate.Blocks;
using Boilerplate.Classification;
using Boilerplate.Structure;
using PluginHost.Sdk.Analysis;

namespace Boilerplate.Reporting;

/// <summary>
/// Everything the finder reads from the rule files, built once per run; <see cref="StoryLanguageMargin"/> is how many
/// times the letters of the article's running text another language's must have to be the story's
/// (<see cref="Structure.StoryLanguage"/>); <see cref="StoryNote"/> a line the classifier takes for text however short it
/// is (a wire story's currency conversion); <see cref="EntryTime"/> the time alone on a line that opens a live page's
/// entry, of which a page needs <see cref="MinLiveEntries"/> to be read as live.
/// </summary>
internal sealed record FinderSettings(GlueWords Glue, ChromePatterns Patterns, Stopwords Stopwords, ClassifierSettings Classifier, HeadSettings Head, int MinForeignLetters, double MinForeignConfidence, double StoryLanguageMargin, TimedPattern StoryNote, TimedPattern EntryTime, int MinLiveEntries)
{
    public static FinderSettings From(IPluginSettings settings)
    {
        var patterns = ChromePatterns.From(settings, (int)settings.GetNumber("max_chrome_words"));
        return new(
            GlueWords.From(settings, patterns, Categories.Listed),
            patterns,
            new Stopwords(settings),
            ClassifierSettings.From(settings),
            HeadSettings.From(settings),
            (int)settings.GetNumber("min_foreign_letters"),
            settings.GetNumber("min_foreign_confidence"),
            settings.GetNumber("story_language_margin"),
            new TimedPattern(settings.GetText("story_note_pattern")),
            new TimedPattern(settings.GetText("entry_time_pattern")),
            (int)settings.GetNumber("min_live_entries"));
    }
}
