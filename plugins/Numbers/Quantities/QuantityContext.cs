using PluginHost.Sdk.Text;

namespace Numbers;

/// <summary>
/// The sentence a number stands in (its tokens from <see cref="Floor"/> to <see cref="End"/>), every number of the
/// article, the numbers already taken into a quantity, the currency the article last named, and whether the article
/// writes its figures in European style.
/// </summary>
internal sealed record QuantityContext(Article Article, int Floor, int End, IReadOnlyList<Numeral> Numerals, HashSet<int> Used, CurrencyMemory Currency, bool European);

/// <summary>The currency of the last sum of money the article named, for "25 cents".</summary>
internal sealed class CurrencyMemory
{
    public string? Last { get; set; }
}
