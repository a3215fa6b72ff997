namespace Quotes;

/// <summary>Who spoke a quote and the verb that said so (none when the quote continues an earlier speaker).</summary>
public sealed record Attribution(Speaker Speaker, string? Verb);
