using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;

namespace PluginHost.Sdk.Analysis;

/// <summary>
/// What a named capture of a pattern matched (its last repetition, if it repeated), and the annotation when the
/// capture was a single <c>@layer</c>.
/// </summary>
public sealed record CapturedText(TextSpan Span, Annotation? Annotation);
