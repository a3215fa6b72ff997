using PluginHost.Sdk.Layers;

namespace PluginHost.Rules.Matching;

/// <summary>A named part of a match, as a range of tokens; Annotation is set when the part was an annotation class.</summary>
public sealed record Capture(string Name, int FirstToken, int EndToken, Annotation? Annotation, Capture? Previous)
{
    public IEnumerable<Capture> All()
    {
        for (var capture = this; capture is not null; capture = capture.Previous)
        {
            yield return capture;
        }
    }
}
