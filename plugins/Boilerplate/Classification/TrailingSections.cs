using Boilerplate.Blocks;

namespace Boilerplate.Classification;

/// <summary>
/// What follows a heading of page chrome ("Related posts", "23 comments", "About Cellvera AS"): the teasers,
/// comments or company profile under it belong to it, although they read as text. The section runs until the
/// article plainly resumes: two paragraphs of running text in a row. A widget word glued to the text opens none.
/// </summary>
internal static class TrailingSections
{
    private static readonly HashSet<string> Headings = new(["related", "comments", "about", "author-bio", "newsletter", "tags", "other"], StringComparer.Ordinal);

    private const int LongParagraphWords = 40;

    public static string?[] Of(IReadOnlyList<Block> blocks, IReadOnlyList<string?> listed, IReadOnlyList<BlockClass> classes, IReadOnlyList<BlockFeatures> features)
    {
        var sections = new string?[blocks.Count];
        // Widgets in the article's head ("23 comments" under the byline) open no section: sections start after the
        // body's first paragraph.
        var firstText = Enumerable.Range(0, blocks.Count).FirstOrDefault(i => classes[i] == BlockClass.Good && listed[i] is null && features[i].EndsSentence && features[i].Words >= 12, blocks.Count);
        string? section = null;
        for (var i = firstText; i < blocks.Count; i++)
        {
            if (listed[i] is { } category && !blocks[i].IsGlued)
            {
                section = Headings.Contains(category) && features[i].Words <= 5 ? category : section;
                continue;
            }

            if (section is not null && Long(i) && i + 1 < blocks.Count && listed[i + 1] is null && Long(i + 1))
            {
                section = null;
            }

            sections[i] = section;
        }

        return sections;

        bool Long(int i) => classes[i] == BlockClass.Good && features[i].Words >= LongParagraphWords;
    }
}
