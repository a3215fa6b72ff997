using Boilerplate.Blocks;
using Boilerplate.Classification;

namespace Boilerplate.Structure;

/// <summary>
/// The language the story is told in: the article's, as the Language plugin names it, unless the page's running text
/// (good and near-good blocks the lists do not name, outside tables) in one other language has the margin
/// (<c>story_language_margin</c>) times its letters or more, in <see cref="FewestBlocks"/> blocks at
/// least. So a short story inside a portal whose menus, teasers and notices outweigh it in letters (and whose widget words
/// glued to the story's lines kept the Language plugin from counting them as sentences) is read in its own language, and
/// the portal's lines are the foreign ones. A paragraph a quotation mark opens counts for no language: a story may quote
/// at length in another language than its own, and a quote is no story.
/// </summary>
internal static class StoryLanguage
{
    /// <summary>The fewest blocks of running text that make a story: one paragraph may be a quote or a teaser.</summary>
    public const int FewestBlocks = 2;

    public static string? Of(IReadOnlyList<Block> blocks, IReadOnlyList<BlockClass> classes, IReadOnlyList<string?> listed, IReadOnlyList<bool> tableRows, IReadOnlyList<string?> language, string? articleLanguage, double margin)
    {
        var running = Enumerable.Range(0, blocks.Count)
            .Where(i => classes[i] is BlockClass.Good or BlockClass.NearGood && listed[i] is null && !tableRows[i] && language[i] is not null
                && !QuotedForeignLines.Quotes(blocks[i].Text))
            .GroupBy(i => language[i]!)
            .Select(g => (Language: g.Key, Blocks: g.Count(), Letters: g.Sum(i => LineText.Unlinked(blocks[i].Text).Count(char.IsLetter))))
            .ToList();
        var articles = running.Where(r => r.Language == articleLanguage).Sum(r => r.Letters);
        var story = running.Where(r => r.Language != articleLanguage && r.Blocks >= FewestBlocks).OrderByDescending(r => r.Letters).FirstOrDefault();
        return story.Language is not null && story.Letters >= margin * articles ? story.Language : articleLanguage;
    }
}
