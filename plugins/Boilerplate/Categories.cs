namespace Boilerplate;

/// <summary>The kinds of boilerplate the plugin tells apart, as the <c>category</c> property names them.</summary>
internal static class Categories
{
    public const string Advert = "advert";
    public const string AuthorBio = "author-bio";
    public const string Controls = "controls";
    public const string Copyright = "copyright";
    public const string Credit = "credit";
    public const string DuplicateTitle = "duplicate-title";
    public const string ForeignChrome = "foreign-chrome";
    public const string Legal = "legal";
    public const string Navigation = "navigation";
    public const string Other = "other";
    public const string Related = "related";
    public const string Share = "share";
    public const string Timestamp = "timestamp";

    /// <summary>Every category a rule file can give lists and patterns for, in the order they are tried.</summary>
    public static readonly string[] Listed =
    [
        "breadcrumb", Navigation, Share, Related, "read-more", "avatar", "logo", "tagline", "site-name", "about",
        "search", "cookie", "newsletter", "subscribe", "form", Legal, Copyright, "disclaimer", "wire-id", Credit,
        "photo-credit", Advert, "comments", "tags", AuthorBio, Timestamp, Controls, Other,
    ];

    /// <summary>The name part of a category's lists and settings: <c>wire-id</c> has <c>wire_id_lines</c>.</summary>
    public static string ListName(string category) => category.Replace('-', '_');
}
