using System.Text.RegularExpressions;
using Boilerplate.Blocks;

namespace Boilerplate.Structure;

/// <summary>
/// A feed item copied with its fields, as a feed reader's source view or a converter gives it: "title: …", "author: …",
/// "pubDate: …", "link: …", "guid: …". On such a page (<see cref="FewestFields"/> field lines or more, among them a link
/// or an id and the date it was published), the item's own fields (its title, author, date and summary) are the article's,
/// however much their labels make them look like a form or a menu; the feed's own (link, id, categories, enclosure, the
/// time it was updated) stay the page's.
/// </summary>
internal static partial class FeedFields
{
    /// <summary>The fewest field lines that make a page a feed item.</summary>
    public const int FewestFields = 4;

    private static readonly HashSet<string> ItemsOwn = new(["title", "dc:title", "author", "creator", "dc:creator", "published", "pubdate", "summary", "description"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> FeedsOwn = new(["feed", "channel", "id", "guid", "link", "updated", "category", "categories", "enclosure", "comments"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Addresses = new(["id", "guid", "link"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> PublishedDates = new(["published", "pubdate"], StringComparer.OrdinalIgnoreCase);

    /// <summary>For each block, whether it is one of the item's own fields on a page that is a feed item.</summary>
    public static bool[] Of(IReadOnlyList<Block> blocks)
    {
        var names = blocks.Select(b => Field().Match(b.Text) is { Success: true } field ? field.Groups["name"].Value : null).ToArray();
        var fields = names.OfType<string>().Where(n => ItemsOwn.Contains(n) || FeedsOwn.Contains(n)).ToList();
        var isItem = fields.Count >= FewestFields && fields.Any(Addresses.Contains) && fields.Any(PublishedDates.Contains);
        return [.. names.Select(n => isItem && n is not null && ItemsOwn.Contains(n))];
    }

    // A field's name (perhaps with its namespace, "dc:creator", or an attribute, 'link rel="alternate"'), a colon and a value.
    [GeneratedRegex(@"^(?<name>(?:[A-Za-z]+:)?[A-Za-z]+)(?: [a-z]+=""[^""\n]*"")?:\s+\S")]
    private static partial Regex Field();
}
