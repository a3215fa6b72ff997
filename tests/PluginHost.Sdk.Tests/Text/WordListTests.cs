using PluginHost.Sdk.Text;

namespace PluginHost.Sdk.Tests.Text;

public sealed class WordListTests
{
    private static List<int> MatchesAtStart(WordList list, string text)
    {
        var article = Article.Create("a.txt", text);
        return [.. list.MatchAt(article, 0, article.Tokens.Count)];
    }

    [Fact]
    public void Entries_sharing_a_first_word_are_tried_longest_first()
    {
        var list = new WordList("places", ["New", "New York City", "New York"]);

        MatchesAtStart(list, "New York City Hall").ShouldBe([3, 2, 1]);
    }

    [Fact]
    public void Entries_are_grouped_by_their_first_word_whatever_its_case()
    {
        var list = new WordList("places", ["new york", "New Delhi"]);

        MatchesAtStart(list, "NEW DELHI").ShouldBe([2]);
        MatchesAtStart(list, "New York").ShouldBe([2]);
    }

    [Fact]
    public void Entries_that_differ_only_in_case_are_one_entry()
    {
        new WordList("agencies", ["Reuters", "REUTERS", "reuters"]).Entries.ShouldBe(["Reuters"]);
    }

    [Fact]
    public void Contains_finds_one_word_and_several_word_entries_whatever_their_case()
    {
        var list = new WordList("attribution", ["Reuters", "according to"]);

        list.Contains("reuters").ShouldBeTrue();
        list.Contains("According to").ShouldBeTrue();
        list.Contains("according").ShouldBeFalse();
        list.Contains("to").ShouldBeFalse();
    }

    [Fact]
    public void A_blank_entry_is_kept_but_matches_nothing()
    {
        var list = new WordList("odd", ["", "said"]);

        list.Entries.ShouldBe(["", "said"]);
        list.Contains("").ShouldBeFalse();
        MatchesAtStart(list, "said").ShouldBe([1]);
    }
}
