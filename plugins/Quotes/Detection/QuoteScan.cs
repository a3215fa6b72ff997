namespace Quotes;

/// <summary>What scanning an article gave: the quotes, in text order, and the offsets of marks left open.</summary>
public sealed record QuoteScan(IReadOnlyList<Quote> Quotes, IReadOnlyList<int> Unbalanced);
