using Boilerplate.Structure;
using static Boilerplate.Tests.HarbourStory;

namespace Boilerplate.Tests;

public sealed class MailHeadersTests
{
    private const string Header = "From: Harbour Courier Alerts <alerts@harbourcourier.example>\nDate: 3 December 2026 at 11:58\nSubject: Council agrees to rebuild the harbour wall\nTo: reader@inbox.example";

    [Fact]
    public void A_forwarded_mails_header_over_the_story_is_the_mails()
    {
        BoilerplateUnderTest.Verify($"{{|BP0001:{Header}|}}\n\n{Story}\n\n{Closing}");
    }

    [Fact]
    public void A_forwarded_mails_header_under_the_forwarders_note_and_the_forwards_mark_is_the_mails()
    {
        var page = $"Ana,\nSee the third paragraph: this is the wall we walked along in August. Can we get the engineer for the panel?\nTom\n\n---------- Forwarded message ---------\n{Header}\n\n{Story}\n\n{Closing}";
        var header = MailHeaders.Of(PageBlocks.Of(page), page, new string?[PageBlocks.Of(page).Count]);
        header.Count(line => line).ShouldBe(4);
        header[4].ShouldBeTrue();
    }

    [Fact]
    public void A_memos_header_under_the_headline_is_the_storys()
    {
        BoilerplateUnderTest.Verify($"# Council memo warned of cracks in the harbour wall\nFrom: Harbour Master <master@harbour.example>\nTo: All councillors\nDate: 2 December 2024\nSubject: Wall cracks\n\n{Story}\n\n{Closing}");
    }

    [Fact]
    public void A_memos_header_the_story_prints_is_the_storys()
    {
        BoilerplateUnderTest.Verify($"{Story}\n\nThe memo, seen by the Courier, reads in full:\n\nFrom: Harbour Master <master@harbour.example>\nTo: All berth holders\nDate: 2 December 2026\nSubject: Wall works\n\n{Closing}");
    }

    [Theory]
    [InlineData("From: Harbour Courier Alerts <alerts@harbourcourier.example>\nDate: 3 December 2026 at 11:58", false)]
    [InlineData("From: Harbour Courier Alerts\nDate: 3 December 2026 at 11:58\nSubject: Council agrees to rebuild the harbour wall", false)]
    [InlineData("Date: 3 December 2026 at 11:58\nSubject: Council agrees to rebuild the harbour wall\nCc: <desk@harbourcourier.example>", true)]
    public void A_header_takes_three_fields_one_of_them_an_address(string lines, bool isHeader)
    {
        var blocks = PageBlocks.Of(lines);
        MailHeaders.Of(blocks, lines, new string?[blocks.Count]).ShouldAllBe(line => line == isHeader);
    }

    [Fact]
    public void Fields_apart_are_no_header()
    {
        const string page = "From: Harbour Courier Alerts <alerts@harbourcourier.example>\nDate: 3 December 2026 at 11:58\n\nSubject: Council agrees to rebuild the harbour wall";
        MailHeaders.Of(PageBlocks.Of(page), page, new string?[3]).ShouldAllBe(line => !line);
    }
}
