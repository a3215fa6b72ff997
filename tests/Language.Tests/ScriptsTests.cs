using Language.Detection;

namespace Language.Tests;

public sealed class ScriptsTests
{
    [Theory]
    [InlineData('a', "Latin")]
    [InlineData('ž', "Latin")]
    [InlineData('ạ', "Latin")]
    [InlineData('λ', "Greek")]
    [InlineData('ἀ', "Greek")]
    [InlineData('ж', "Cyrillic")]
    [InlineData('ש', "Hebrew")]
    [InlineData('ب', "Arabic")]
    [InlineData('ی', "Arabic")]
    [InlineData('न', "Devanagari")]
    [InlineData('ব', "Bengali")]
    [InlineData('ก', "Thai")]
    [InlineData('한', "Hangul")]
    [InlineData('ㅎ', "Hangul")]
    [InlineData('の', "Kana")]
    [InlineData('カ', "Kana")]
    [InlineData('ｶ', "Kana")]
    [InlineData('字', "Han")]
    [InlineData('ა', "Other")]
    [InlineData('Ա', "Other")]
    [InlineData('\u024F', "Latin")]
    [InlineData('\u0250', "Other")]
    [InlineData('\u036F', "Other")]
    [InlineData('\u0370', "Greek")]
    [InlineData('\u052F', "Cyrillic")]
    [InlineData('\u0530', "Other")]
    [InlineData('\uFFFF', "Other")]
    public void A_letter_is_in_its_script_up_to_the_end_of_the_script_s_block(char letter, string script)
    {
        Scripts.Of(letter).ToString().ShouldBe(script);
    }
}
