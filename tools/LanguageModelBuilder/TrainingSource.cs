namespace LanguageModelBuilder;

/// <summary>
/// One kind of training text and its share of each language's statistics. Sources differ in size by two orders
/// of magnitude (a word list of 300,000 entries, one UDHR of 1,700 words), so each is normalized and mixed by share
/// rather than pooled: otherwise the largest would drown the running text. A share is a weight relative to the
/// others that a language has (they need not add up to one). The shares were chosen on the held-out
/// evaluation's means (docs/plugins/language.md), where a larger vocabulary helped short phrases most.
/// </summary>
internal sealed record TrainingSource(string Name, double Share)
{
    public static IReadOnlyList<TrainingSource> All { get; } =
    [
        new("udhr", 0.23), // running prose: function words, inflections
        new("cldr", 0.19), // short phrases: the vocabulary of menus and labels
        new("names", 0.08), // language and country names as each language writes them
        new("stopwords", 0.08),
        new("tesseract", 0.34), // a large vocabulary, for the n-grams of words the prose never uses
        new("dates", 0.04), // month and day names, "yesterday", "next week": the dates on every news page
        new("units", 0.04),
        new("firefox", 0.15), // a browser's menus, buttons and messages: the words that frame a web page
    ];
}
