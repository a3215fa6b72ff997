namespace Language.Detection;

/// <summary>Receives the evidence <see cref="FeatureReader"/> finds in a text, in text order.</summary>
internal interface IFeatureSink
{
    void Letter(Script script);

    /// <summary>A word starts: its letters, n-grams and the word itself follow. <paramref name="isName"/> when it is capitalized and starts neither a sentence, a line nor a menu's item.</summary>
    void BeginWord(bool isName);

    /// <summary>A character n-gram of a lower-cased word padded with one space each side, packed into one number, the first character in the lowest 16 bits.</summary>
    void NGram(int order, ulong key);

    /// <summary>A whole lower-cased word, as a 64-bit hash; <paramref name="capitalized"/> when it was written with a capital.</summary>
    void Word(ulong hash, bool capitalized);
}
