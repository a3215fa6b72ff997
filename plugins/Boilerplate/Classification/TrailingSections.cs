using System.Text.RegularExpressions;
using Boilerplate.Blocks;

namespace Boilerplate.Classification;

/// <summary>
/// What follows a heading of page chrome ("Related posts", "23 comments", "About Cellvera AS"): the teasers,
/// comments or company profile under it belong to it, although they read as text. The section runs until the
/// article plainly resumes: two sentences of running text in a row, of 15 words or more each, or a marker that says
/// so ("Story continues below advertisement"). A widget word glued to the text opens none.
/// </summary>
internal static partial class TrailingSections
{
    private static readonly HashSet<string> Headings = new(["related", "comments", "about", "author-bio", "newsletter", "tags", "other"], StringComparer.Ordinal);

    private const int LongParagraphWords = 15;

    private const int MaxAuthorLineWords = 10;

    private const int ShortSentenceWords = 12;

    private const string Comments = "comments";

    /// <param name="blocks">The article's blocks.</param>
    /// <param name="listed">The category the rule files' lists give each block, or null.</param>
    /// <param name="classes">The classifier's revised classes.</param>
    /// <param name="features">Each block's features.</param>
    /// <param name="bodyFrom">The first block after the article's head (its title, standfirst, byline and date).</param>
    /// <param name="patterns">The rule files' lists: a widget of no named kind opens a section only when listed whole
    /// ("Latest jobs"), not when a pattern finds it ("8 minute read").</param>
    /// <param name="text">The article's text.</param>
    public static string?[] Of(IReadOnlyList<Block> blocks, IReadOnlyList<string?> listed, IReadOnlyList<BlockClass> classes, IReadOnlyList<BlockFeatures> features, int bodyFrom, ChromePatterns patterns, string text)
    {
        var sections = new string?[blocks.Count];
        // Widgets in the article's head ("23 comments" under the byline, "8 minute read" under the standfirst) open no
        // section: sections start after the body's first paragraph, which the body goes on from (a banner over the
        // site's menu, "Need help now? Call 999 …", is no paragraph of it).
        var firstText = Enumerable.Range(bodyFrom, blocks.Count - bodyFrom).FirstOrDefault(
            i => classes[i] == BlockClass.Good && listed[i] is null && features[i].EndsSentence && features[i].Words >= 12 && i + 1 < blocks.Count && (listed[i + 1] is null || blocks[i + 1].IsGlued),
            blocks.Count);
        // Where the story plainly goes on further down: a copyright or legal line above that is a caption's credit or a
        // sentence of the story ("The hospice, a registered charity, …"), not the page's footer.
        var isLong = Enumerable.Range(0, blocks.Count).Select(Long).ToArray();
        var resumesAfter = new bool[blocks.Count + 1];
        for (var i = blocks.Count - 2; i >= 0; i--)
        {
            resumesAfter[i] = resumesAfter[i + 1] || (isLong[i + 1] && i + 2 < blocks.Count && listed[i + 2] is null && isLong[i + 2]);
        }

        string? section = null;
        for (var i = firstText; i < blocks.Count; i++)
        {
            if (listed[i] is { } category && !blocks[i].IsGlued)
            {
                // A marker that says the story goes on ("Story continues below advertisement") closes a rail of teasers
                // set inside the story, and the long line of two sentences or more right above it is the story's (a
                // teaser's summary is one sentence).
                if (section is not null && ContinuesBelow().IsMatch(blocks[i].Text))
                {
                    if (i > firstText && sections[i - 1] is not null && isLong[i - 1] && SentenceBreak().IsMatch(blocks[i - 1].Text))
                    {
                        sections[i - 1] = null;
                    }

                    section = null;
                    continue;
                }

                section = OpensSection(category, i) ? category : section;
                continue;
            }

            if (section is not null && isLong[i] && i + 1 < blocks.Count && listed[i + 1] is null && isLong[i + 1])
            {
                // The short sentence right above where the story resumes, right under the box's last listed line
                // ("Bail was granted." under a sign-up box and a sponsored line set between two paragraphs), is the
                // story's too; a box's own last line holds a link ("By signing up you agree to our [Privacy
                // Policy](/privacy).") or is a comment's, and a rail's teaser stands under another teaser.
                if (i > firstText + 1 && sections[i - 1] is { } before && before != Comments && listed[i - 1] is null && listed[i - 2] is not null
                    && LineText.EndsWithFullStop(blocks[i - 1].Text) && !blocks[i - 1].Text.Contains("](", StringComparison.Ordinal)
                    && LineText.WordsOfLine(blocks[i - 1].Text) <= ShortSentenceWords)
                {
                    sections[i - 1] = null;
                }

                section = null;
            }

            sections[i] = section;
        }

        return sections;

        // A heading of a few words, the short line that names a comment's author and time (a thread needs no
        // heading), or the page's footer: a copyright or legal line of any length, under which no story goes on, but for a
        // photograph's right under its caption ("Photo: © Esme Tullock / Photo of the Year"), which is the caption's credit.
        bool OpensSection(string category, int i) =>
            (category == Comments && LineText.WordsOfLine(blocks[i].Text) <= MaxAuthorLineWords)
            || (category is Categories.Copyright or Categories.Legal && !resumesAfter[i] && !CaptionsCredit(i))
            || (Headings.Contains(category) && features[i].Words <= 5 && (category != Categories.Other || patterns.WholeLine(blocks[i].Text) == Categories.Other));

        bool CaptionsCredit(int i) => PhotoCredit().IsMatch(blocks[i].Text) && i > 0 && listed[i - 1] is null && blocks[i].IsRightUnder(blocks[i - 1], text);

        // Each line on its own: teasers or a comment and its author's line read as one paragraph when no blank line
        // parts them.
        bool Long(int i) => classes[i] == BlockClass.Good && LineText.EndsSentence(blocks[i].Text) && LineText.WordsOfLine(blocks[i].Text) >= LongParagraphWords;
    }

    [GeneratedRegex(@"\b(?:story|article|report) continues below\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuesBelow();

    [GeneratedRegex(@"[\p{Ll}\d][.!?][""”’']?\s+[""“‘]?\p{Lu}")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^\W*(?:Photo(?:graph)?|Picture|Image)s?(?: credit)?\s*(?::|by\b|©)", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();
}
