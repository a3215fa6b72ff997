namespace PluginHost.Sdk.Analysis;

/// <summary>
/// A named class of text that rule patterns refer to as <c>@name</c> (a number, a speech verb, a person's
/// name). Every annotation layer is a class by itself; this is for classes computed from the tokens.
/// </summary>
public interface ITokenClass
{
    string Name { get; }

    /// <summary>
    /// How many tokens the class matches starting at <paramref name="tokenIndex"/>, longest first; none when it does
    /// not match there. Patterns ask it at every token where they might start, so answer "none" with an empty
    /// collection (<c>[]</c>), which costs no allocation. It may be asked at any token of the article, and its answer
    /// must follow from the article and the view's layers alone: the host keeps the answers for an article until the
    /// plugin publishes a layer.
    /// </summary>
    IEnumerable<int> Match(ArticleView article, int tokenIndex);
}
