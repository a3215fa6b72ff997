namespace PluginHost.CorpusGenerator;

/// <summary>The page around a story when it is copied from a site or a wire feed: menus, share widgets, footers, codes.</summary>
internal sealed class PageResidue(Random random)
{
    private static readonly string[][] Headers =
    [
        ["Home | News | Business | Sport | Weather | Contact", "Search"],
        ["Home / Local / Environment", "Share on Facebook", "Share on X", "Copy link"],
        ["The Valley Courier", "Independent news for the valley since 1921", "Subscribe", "Log in"],
        ["Menu", "Latest", "Most read", "Newsletters"],
    ];

    private static readonly string[][] Footers =
    [
        ["Related posts", "Bridge repairs to run into summer", "What the new budget means for renters", "Read more"],
        ["© 2026 The Valley Courier. All rights reserved.", "Privacy policy | Terms of use | Cookie settings"],
        ["We use cookies to make this site work and to understand how it is used. Accept all | Manage preferences"],
        ["Sign up for our morning newsletter", "Email address", "\"*\" indicates required fields"],
        ["(Reporting by Anna Kowal; Editing by Peter Lund)", "HW-2026-0412-883"],
        ["Share this article", "Facebook", "X", "WhatsApp", "Email"],
    ];

    // A portal's menus in another language around an English story.
    private static readonly string[][] ForeignChrome =
    [
        ["Главная | Новости | Экономика | Спорт", "Поиск по сайту", "Войти"],
        ["Inicio | Noticias | Economía | Deportes", "Buscar", "Suscríbete"],
    ];

    public string[] Header() => Pick(random.Next(10) == 0 ? ForeignChrome : Headers);

    public string[] Footer() => Pick(Footers);

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
