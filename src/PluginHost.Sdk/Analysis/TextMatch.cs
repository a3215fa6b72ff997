using PluginHost.Sdk.Text;

namespace PluginHost.Sdk.Analysis;

/// <summary>
/// A match of one of the plugin's named patterns (<c>pattern NAME { match = …; }</c> in its rule files): the
/// matched text and each named capture that took part in the match.
/// </summary>
public sealed record TextMatch(TextSpan Span, IReadOnlyDictionary<string, CapturedText> Captures)
{
    /// <summary>The capture of that name, or null when it took no part in the match.</summary>
    public CapturedText? Capture(string name) => Captures.GetValueOrDefault(name);
}
