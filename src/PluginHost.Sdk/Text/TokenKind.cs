namespace PluginHost.Sdk.Text;

public enum TokenKind
{
    /// <summary>Letters, possibly with digits, inner hyphens and apostrophes: <c>don't</c>, <c>cross-border</c>, <c>COVID-19</c>, <c>U.S.</c>.</summary>
    Word,

    /// <summary>Digits with inner group and decimal separators: <c>100,000</c>, <c>3.5</c>.</summary>
    Number,

    /// <summary>One punctuation character: quotation marks, dashes, brackets, sentence ends.</summary>
    Punctuation,

    /// <summary>One symbol character: currency signs, math signs, emoji.</summary>
    Symbol,
}
