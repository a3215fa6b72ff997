using Boilerplate.Classification;

namespace Boilerplate.Tests;

public sealed class GluedButtonsTests
{
    private static readonly HashSet<string> Listed = new(["share", "facebook", "x", "whatsapp", "email", "mc", "trust"], StringComparer.OrdinalIgnoreCase);

    private static string? Category(string line) => GluedButtons.Category(line, mostWords: 8, piece => Listed.Contains(piece.Trim()) ? "share" : null);

    [Theory]
    [InlineData("ShareFacebookXWhatsAppEmail")]
    [InlineData("FacebookShare")]
    [InlineData("ShareFacebookXShareFacebookXShareFacebookXShareFacebookXShare")]
    public void A_row_of_listed_buttons_run_together_is_found(string line)
    {
        Category(line).ShouldBe("share");
    }

    [Theory]
    [InlineData("McDonaldTrust grant")]
    [InlineData("ShareHolders")]
    [InlineData("Share")]
    [InlineData("share facebook")]
    public void A_line_with_a_piece_no_list_names_or_no_cut_is_no_row(string line)
    {
        Category(line).ShouldBeNull();
    }

    [Fact]
    public void A_long_line_with_many_cuts_is_not_searched()
    {
        var picture = "![Chart](data:image/png;base64," + string.Concat(Enumerable.Repeat("aBcD", 5_000)) + ")";
        Category(picture).ShouldBeNull();
        Category(string.Concat(Enumerable.Repeat("ShareX", 20))).ShouldBeNull();
    }
}
