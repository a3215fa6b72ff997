using PluginHost.Sdk.Text;

namespace Boilerplate.Tests.Evaluation;

/// <summary>A labelled line: where it is in the article's text, whether it is boilerplate, and its category or part.</summary>
internal sealed record LabelledLine(int FileLine, TextSpan Span, bool IsBoilerplate, string? Category);
