using System.Text.RegularExpressions;
using Boilerplate.Blocks;
using Boilerplate.Classification;
using PluginHost.Sdk.Text;

namespace Boilerplate.Structure;

/// <summary>
/// The article's head, read back from the start of its body (its first good block that is longer than a headline or
/// ends with a full stop) over the lines a head is made of: headlines, standfirsts, bylines, the article's date, and
/// the widgets that sit among them (an author's avatar, share buttons, a photo credit, the time of the last update). The title is the head's
/// Markdown heading, else its first line shaped like a headline; the lines after it are subtitles, bylines and
/// dates. The dateline that opens the body, and every other copy of the title, are found too.
/// </summary>
internal sealed partial record ArticleHead(IReadOnlyList<(int Block, string Kind)> Parts, IReadOnlyList<ArticlePart> Datelines, IReadOnlyList<int> TitleCopies)
{
    private static readonly HashSet<string> HeadWidgets = new(["avatar", "share", "photo-credit", "timestamp", "read-more", "comments", "other"], StringComparer.Ordinal);

    /// <param name="blocks">The article's blocks.</param>
    /// <param name="listed">The category the rule files' lists give each block, or null.</param>
    /// <param name="foreign">Whether a block is in another language than the article.</param>
    /// <param name="classes">The classifier's revised classes.</param>
    /// <param name="settings">The head's settings.</param>
    public static ArticleHead Read(IReadOnlyList<Block> blocks, IReadOnlyList<string?> listed, IReadOnlyList<bool> foreign, IReadOnlyList<BlockClass> classes, HeadSettings settings)
    {
        // A byline or a date is read as another language for the names in it; it is the head's all the same.
        bool Plain(int i) => listed[i] is null && (!foreign[i] || settings.Byline.IsMatch(blocks[i].Text) || settings.Date.IsMatch(blocks[i].Text));
        var body = Enumerable.Range(0, blocks.Count).FirstOrDefault(
            i => classes[i] == BlockClass.Good && Plain(i) && (LineText.EndsWithFullStop(blocks[i].Text) || Words(blocks[i].Text) > settings.MaxTitleWords),
            blocks.Count);
        var head = new List<int>();
        for (var i = body - 1; i >= 0; i--)
        {
            // A wire code or widget word glued to the body's first line belongs to that line, not to the head.
            if (body < blocks.Count && blocks[i].Line == blocks[body].Line)
            {
                continue;
            }

            var text = blocks[i].Text;
            // A columnist signs with a bare name above the date.
            var signature = head.Count > 0 && settings.Date.IsMatch(blocks[head[0]].Text) && BareName().IsMatch(text);
            var part = Plain(i) && (IsHeadline(text, settings) || settings.Byline.IsMatch(text) || settings.Date.IsMatch(text) || signature
                || (LineText.EndsWithFullStop(text) && Words(text) <= settings.MaxSubtitleWords));
            if (!part && !(listed[i] is { } category && HeadWidgets.Contains(category)))
            {
                break;
            }

            head.Insert(0, i);
        }

        var title = head.Cast<int?>().FirstOrDefault(i => Plain(i!.Value) && blocks[i.Value].Text.StartsWith("# ", StringComparison.Ordinal))
            ?? head.Cast<int?>().FirstOrDefault(i => Plain(i!.Value) && IsHeadline(blocks[i.Value].Text, settings) && !settings.Date.IsMatch(blocks[i.Value].Text) && !settings.Byline.IsMatch(blocks[i.Value].Text));
        var copies = title is { } titled
            ? Enumerable.Range(0, blocks.Count).Where(i => i != titled && !blocks[i].IsGlued && SameHeadline(blocks[i].Text, blocks[titled].Text)).ToList()
            : [];
        var parts = new List<(int Block, string Kind)>();
        if (title is { } t)
        {
            parts.Add((t, ArticlePart.Title));
            foreach (var i in head.Where(i => i > t && Plain(i) && !copies.Contains(i)))
            {
                var text = blocks[i].Text;
                parts.Add((i, settings.Date.IsMatch(text) ? ArticlePart.Dateline
                    : settings.Byline.IsMatch(text) || BareName().IsMatch(text) ? ArticlePart.Byline
                    : ArticlePart.Subtitle));
            }
        }

        var datelines = new List<ArticlePart>();
        foreach (var i in Enumerable.Range(body, Math.Min(2, blocks.Count - body)))
        {
            if (settings.Dateline.Match(blocks[i].Text) is { Index: 0 } match)
            {
                datelines.Add(new ArticlePart(new TextSpan(blocks[i].Span.Start, match.Length), ArticlePart.Dateline));
                break;
            }
        }

        return new ArticleHead(parts, datelines, copies);
    }

    private static int Words(string text) => LineText.Words(LineText.Normalize(text));

    private static bool IsHeadline(string text, HeadSettings settings)
    {
        var words = Words(text);
        return words >= settings.MinTitleWords && words <= settings.MaxTitleWords && !LineText.EndsWithFullStop(text);
    }

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$")]
    private static partial Regex BareName();

    private static bool SameHeadline(string text, string title) =>
        string.Equals(LineText.Normalize(text.TrimStart('#', ' ')), LineText.Normalize(title.TrimStart('#', ' ')), StringComparison.Ordinal);
}
