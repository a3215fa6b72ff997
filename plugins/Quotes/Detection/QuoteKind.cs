namespace Quotes;

/// <summary>What a quotation is: someone's words in full, a few of their words inside a sentence, or a name or term.</summary>
public enum QuoteKind
{
    /// <summary>Full speech: <c>“We will rebuild,” she said.</c></summary>
    Speech,

    /// <summary>A partial quote inside a sentence: <c>vowed to "fight back"</c>.</summary>
    Partial,

    /// <summary>A term, title or scare quote, which has no speaker: <c>the so-called "peace dividend"</c>, <c>the "Clean Water Act"</c>.</summary>
    Term,
}
