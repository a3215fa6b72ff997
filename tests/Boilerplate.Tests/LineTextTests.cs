using System.Buffers;
using Boilerplate.Classification;

namespace Boilerplate.Tests;

public sealed class LineTextTests
{
    [Theory]
    [InlineData("» Read more «", "read more")]
    [InlineData("READ   MORE:", "read more")]
    [InlineData("• Share this", "share this")]
    [InlineData("📍 View on map", "view on map")]
    [InlineData("🧑‍🍳 Jobs board ✨", "jobs board")]
    [InlineData("❤️ Save", "save")]
    [InlineData("» 📍 View on map", "view on map")]
    [InlineData("#️⃣ Tags", "tags")]
    [InlineData("👍🏽 Like", "like")]
    [InlineData("𠮷野家", "𠮷野家")]
    [InlineData("© 2025 Harbour Gazette", "© 2025 harbour gazette")]
    [InlineData("100%", "100%")]
    [InlineData("@harbourgazette", "@harbourgazette")]
    [InlineData("Q&A", "q&a")]
    [InlineData("  \t ", "")]
    public void Lines_are_compared_in_lower_case_without_the_marks_around_their_words(string line, string normal)
    {
        LineText.Normalize(line).ShouldBe(normal);
    }

    [Fact]
    public void The_end_may_be_kept_as_it_is_for_phrases_that_open_a_line()
    {
        LineText.Normalize("» Tags: harbour", trimEnd: false).ShouldBe("tags: harbour");
        LineText.Normalize("Tags:", trimEnd: false).ShouldBe("tags:");
    }

    [Theory]
    [InlineData("The wall will be rebuilt.", true)]
    [InlineData("Who pays?", true)]
    [InlineData("He said: \"We waited.\"", true)]
    [InlineData("*Sponsored by the chandlery.*", true)]
    [InlineData("Items to bring:", true)]
    [InlineData("The harbour wall", false)]
    [InlineData("", false)]
    public void A_sentence_ends_with_its_mark_whatever_closes_it(string line, bool ends)
    {
        LineText.EndsSentence(line).ShouldBe(ends);
    }

    [Theory]
    [InlineData("The wall will be rebuilt.", true)]
    [InlineData("Wait for it…", true)]
    [InlineData("Who pays?", false)]
    [InlineData("Items to bring:", false)]
    public void Only_a_full_stop_ends_a_line_as_a_headline_does_not(string line, bool ends)
    {
        LineText.EndsWithFullStop(line).ShouldBe(ends);
    }

    [Theory]
    [InlineData("• Glass bottles are not included for now", true)]
    [InlineData("  - Residents can apply for a permit", true)]
    [InlineData("* [Physics](/physics)", true)]
    [InlineData("-5 degrees overnight", false)]
    [InlineData("Key points", false)]
    public void A_bulleted_line_is_a_list_item(string line, bool item)
    {
        LineText.IsListItem(line).ShouldBe(item);
    }

    [Theory]
    [InlineData("ab\r\ncd", 2, 4)]
    [InlineData("ab\ncd", 2, 3)]
    [InlineData("ab\rcd", 2, 3)]
    [InlineData("ab", 2, 2)]
    [InlineData("ab cd", 2, 2)]
    public void The_next_line_starts_past_one_line_break(string text, int at, int next)
    {
        LineText.AfterLineBreak(text, at).ShouldBe(next);
    }

    [Theory]
    [InlineData("Accept all   Reject all", true)]
    [InlineData("Accept all\u00A0\u00A0Reject all", true)]
    [InlineData("Accept all \tReject all", true)]
    [InlineData("Accept all | Reject all", false)]
    [InlineData("", false)]
    public void A_wide_gap_is_two_blanks_of_any_kind_in_a_row(string line, bool wide)
    {
        LineText.HasWideGap(line).ShouldBe(wide);
    }

    [Fact]
    public void Words_are_counted_on_the_normalized_line()
    {
        LineText.Words(string.Empty).ShouldBe(0);
        LineText.Words("read more").ShouldBe(2);
        LineText.WordsOfLine("  » Read   more about the wall «").ShouldBe(5);
    }

    [Fact]
    public void Word_edges_are_where_no_letter_or_digit_goes_on()
    {
        LineText.EndsWord("share this", 5).ShouldBeTrue();
        LineText.EndsWord("shares", 5).ShouldBeFalse();
        LineText.EndsWord("share", 5).ShouldBeTrue();
        LineText.StartsWord("re-share", 3).ShouldBeTrue();
        LineText.StartsWord("reshare", 2).ShouldBeFalse();
        LineText.StartsWord("share", 0).ShouldBeTrue();
    }

    [Theory]
    [InlineData("[Mara Lindqvist](https://gazette.example/@mara)", "Mara Lindqvist")]
    [InlineData(" [Share](/share?u=1) ", "Share")]
    [InlineData("[![Logo](/logo.png)](/)", "![Logo](/logo.png)")]
    [InlineData("![Mara Lindqvist](/img/mara.jpg)", null)]
    [InlineData("Read [the report](/report) here", null)]
    [InlineData("[Share](/share?u=1) [Post](/post)", null)]
    [InlineData("[Share]", null)]
    public void A_markdown_link_alone_on_its_line_gives_its_text(string line, string? text)
    {
        LineText.LinkText(line).ShouldBe(text);
    }

    [Theory]
    [InlineData("please share this story with friends", true)]
    [InlineData("we shared this story", false)]
    [InlineData("timeshare this story", false)]
    [InlineData("the © notice", true)]
    [InlineData("the ©2025 notice", true)]
    [InlineData("nothing here", false)]
    public void A_phrase_is_found_only_as_whole_words(string text, bool found)
    {
        string[] phrases = ["share this story", "©"];
        LineText.ContainsAnyPhrase(text, phrases, SearchValues.Create(phrases, StringComparison.Ordinal)).ShouldBe(found);
    }

    [Theory]
    [InlineData("Image caption, The old quay wall in 1911", true)]
    [InlineData("Photo caption: Divers at the harbour mouth", true)]
    [InlineData("Caption: The new lifeboat on its first launch", true)]
    [InlineData("The caption read: \"Harbour wall, 1911\"", false)]
    [InlineData("Image source, Alderwick Museum", false)]
    public void A_caption_is_known_by_its_label(string line, bool caption)
    {
        LineText.IsCaption(line).ShouldBe(caption);
    }

    [Theory]
    [InlineData("Eastbrook beat Linfield 58-51.", "Linfield", true)]
    [InlineData("Linfielder Ana Ruiz scored 20.", "Linfield", false)]
    [InlineData("Linfielder Ana Ruiz scored 20 against Linfield.", "Linfield", true)]
    [InlineData("Harbour Rovers won.", "Rovers won", true)]
    [InlineData("Harbour Rovers won.", "Marsh", false)]
    public void Words_are_found_only_as_words_of_their_own(string text, string words, bool found)
    {
        LineText.ContainsWords(text, words).ShouldBe(found);
    }
}
