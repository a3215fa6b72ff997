namespace PluginHost.Rules.Matching;

/// <summary>What comes after a pattern node: given where the node stopped and the captures so far, does the rest match?</summary>
public delegate bool MatchContinuation(int position, Capture? captures);
