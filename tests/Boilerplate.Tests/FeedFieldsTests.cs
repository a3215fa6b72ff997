using Boilerplate.Structure;
using static Boilerplate.Tests.HarbourStory;

namespace Boilerplate.Tests;

public sealed class FeedFieldsTests
{
    private const string Item = """
        feed: https://harbourcourier.example/news/atom.xml
        id: tag:harbourcourier.example,2026:news/4410
        title: Council agrees to rebuild the harbour wall before the winter storms
        author: Mara Lindqvist
        published: 2026-12-03T06:30:00Z
        updated: 2026-12-03T09:02:11Z
        category: Harbour
        summary: The work starts in May and the quay stays open to boats throughout.
        """;

    [Fact]
    public void The_items_title_author_date_and_summary_are_its_own_and_the_feeds_fields_are_not()
    {
        Own(Item).ShouldBe(["title", "author", "published", "summary"]);
    }

    [Fact]
    public void Fields_named_in_any_case_and_with_a_namespace_count()
    {
        Own("Link: https://harbourcourier.example/wall\nGUID: https://harbourcourier.example/?p=4410\nTitle: Council agrees to rebuild the harbour wall\npubDate: Wed, 03 Dec 2026 06:30:00 +0000\ndc:creator: Mara Lindqvist")
            .ShouldBe(["Title", "pubDate", "dc:creator"]);
    }

    [Fact]
    public void Three_fields_are_too_few_for_a_feed_item_and_four_enough()
    {
        const string three = "link: https://harbourcourier.example/wall\ntitle: Council agrees to rebuild the harbour wall\npublished: 2026-12-03";
        Own(three).ShouldBeEmpty();
        Own($"{three}\nauthor: Mara Lindqvist").ShouldBe(["title", "published", "author"]);
    }

    [Theory]
    [InlineData("id: ", "idx: ")]
    [InlineData("published: ", "posted: ")]
    public void A_page_with_no_address_or_no_date_of_publishing_among_its_fields_is_no_feed_item(string field, string other)
    {
        Own(Item.Replace(field, other, StringComparison.Ordinal).Replace("feed: ", "source: ", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void Fields_apart_from_one_another_make_no_feed_item()
    {
        Own(Item.Replace("\nauthor:", "\n\nauthor:", StringComparison.Ordinal).Replace("\nupdated:", "\n\nupdated:", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void A_field_with_no_value_is_none()
    {
        Own(Item.Replace("author: Mara Lindqvist", "author:", StringComparison.Ordinal)).ShouldNotContain("author");
    }

    [Fact]
    public void A_feed_items_own_fields_stay_and_the_feeds_go()
    {
        BoilerplateUnderTest.Verify($"{{|BP0001:feed: https://harbourcourier.example/news/atom.xml\nid: tag:harbourcourier.example,2026:news/4410|}}\ntitle: Council agrees to rebuild the harbour wall before the winter storms\nauthor: Mara Lindqvist\npublished: 2026-12-03T06:30:00Z\n{{|BP0001:updated: 2026-12-03T09:02:11Z|}}\n{{|BP0001:category: Harbour|}}\nsummary: The work starts in May and the quay stays open to boats throughout.\n\n{Story}\n\n{Closing}");
    }

    private static List<string> Own(string page)
    {
        var blocks = PageBlocks.Of(page);
        return [.. FeedFields.Of(blocks, page).Select((own, i) => (own, i)).Where(b => b.own).Select(b => blocks[b.i].Text[..blocks[b.i].Text.IndexOf(':', blocks[b.i].Text.StartsWith("dc:", StringComparison.Ordinal) ? 3 : 0)])];
    }
}
