using System.Text.RegularExpressions;
using Boilerplate.Blocks;

namespace Boilerplate.Structure;

/// <summary>
/// A feed item copied with its fields, as a feed reader's source view or a converter gives it: "title: …", "author: …",
/// "pubDate: …", "link: …", "guid: …": <see cref="FewestFields"/> field lines or more right under one another, among them
/// a link or an id and the date it was published. There the item's own fields (its title, author, date and summary) are
/// the article's, however much their labels make them look like a form or a menu; the feed's own (link, id, categories,
/// enclosure, the time it was updated) are left to the other passes, and so is a field line anywhere else on the page.
/// </summary>
internal static partial class FeedFields
{
    /// <summary>The fewest field lines that make a page a feed item.</summary>
    public const int FewestFields = 4;

    private static readonly HashSet<string> ItemsOwn = new(["title", "dc:title", "author", "creator", "dc:creator", "published", "pubdate", "summary", "description"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> FeedsOwn = new(["feed", "channel", "id", "guid", "link", "updated", "category", "categories", "enclosure", "comments"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Addresses = new(["id", "guid", "link"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> PublishedDates = new(["published", "pubdate"], StringComparer.OrdinalIgnoreCase);

    /// <summary>For each block, whether it is one of the item's own fields in a feed item's run of fields.</summary>
    public static bool[] Of(IReadOnlyList<Block> blocks, string articleText)
    {
        var names = blocks.Select(b => Field().Match(b.Text) is { Success: true } field && (ItemsOwn.Contains(field.Groups["name"].Value) || FeedsOwn.Contains(field.Groups["name"].Value)) ? field.Groups["name"].Value : null).ToArray();
        var own = new bool[blocks.Count];
        foreach (var (first, end) in LineRuns.Of(blocks, articleText, i => names[i] is not null))
        {
            var run = names[first..end].OfType<string>().ToList();
            if (run.Count >= FewestFields && run.Any(Addresses.Contains) && run.Any(PublishedDates.Contains))
            {
                for (var i = first; i < end; i++)
                {
                    own[i] = ItemsOwn.Contains(run[i - first]);
                }
            }
        }

        return own;
    }

    // A field's name (perhaps with its namespace, "dc:creator", or an attribute, 'link rel="alternate"'), a colon and a value.
    [GeneratedRegex(@"^(?<name>(?:[A-Za-z]+:)?[A-Za-z]+)(?: [a-z]+=""[^""\n]*"")?:\s+\S")]
    private static partial Regex Field();
}
