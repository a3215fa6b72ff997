namespace PluginHost.Rules.Matching;

/// <summary>Where a pattern matched, as a token range, with its captures (the last one first).</summary>
public sealed record PatternMatch(int FirstToken, int EndToken, Capture? Captures);
