using PluginHost.Sdk.Text;

namespace PluginHost.Sdk.Tests.Text;

public sealed class TokenizerTests
{
    private static List<string> Texts(string text) => [.. Tokenizer.Tokenize(text).Select(t => text.Substring(t.Span.Start, t.Span.Length))];

    [Fact]
    public void Words_keep_inner_apostrophes_and_hyphens()
    {
        Texts("They don't cross-check COVID-19 data").ShouldBe(["They", "don't", "cross-check", "COVID-19", "data"]);
    }

    [Fact]
    public void Curly_apostrophes_stay_inside_words()
    {
        Texts("the city’s mayor").ShouldBe(["the", "city’s", "mayor"]);
    }

    [Fact]
    public void Quotation_marks_and_trailing_apostrophes_are_separate_tokens()
    {
        Texts("“Yes,” the farmers' union said").ShouldBe(["“", "Yes", ",", "”", "the", "farmers", "'", "union", "said"]);
    }

    [Fact]
    public void Numbers_keep_group_and_decimal_separators()
    {
        var tokens = Tokenizer.Tokenize("100,000 people and 3.5 percent.");
        tokens[0].Kind.ShouldBe(TokenKind.Number);
        Texts("100,000 people and 3.5 percent.").ShouldBe(["100,000", "people", "and", "3.5", "percent", "."]);
    }

    [Fact]
    public void Initialisms_keep_their_dots()
    {
        Texts("U.S. forces left.").ShouldBe(["U.S.", "forces", "left", "."]);
    }

    [Fact]
    public void A_sentence_dot_after_a_word_is_its_own_token()
    {
        Texts("It ended. Then").ShouldBe(["It", "ended", ".", "Then"]);
    }

    [Fact]
    public void Symbols_and_punctuation_have_their_own_kinds()
    {
        var tokens = Tokenizer.Tokenize("$5 — 7%");
        tokens.Select(t => t.Kind).ShouldBe([TokenKind.Symbol, TokenKind.Number, TokenKind.Punctuation, TokenKind.Number, TokenKind.Punctuation]);
    }

    [Fact]
    public void Emoji_are_one_symbol_token_of_two_code_units()
    {
        var tokens = Tokenizer.Tokenize("ok 😀");
        tokens[1].Span.Length.ShouldBe(2);
        tokens[1].Kind.ShouldBe(TokenKind.Symbol);
    }

    [Fact]
    public void Cyrillic_and_other_scripts_are_words()
    {
        Texts("Новости сегодня").ShouldBe(["Новости", "сегодня"]);
    }

    [Fact]
    public void Digits_with_letters_are_words()
    {
        var tokens = Tokenizer.Tokenize("20th 737");
        tokens[0].Kind.ShouldBe(TokenKind.Word);
        tokens[1].Kind.ShouldBe(TokenKind.Number);
    }
}
