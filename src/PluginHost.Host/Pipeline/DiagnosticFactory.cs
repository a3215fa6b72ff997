using PluginHost.Host.Configuration;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Text;

namespace PluginHost.Host.Pipeline;

/// <summary>Makes findings: applies the configured severity (dropping rules that are off), renders the message, maps the position.</summary>
public sealed class DiagnosticFactory(SeverityConfiguration configuration)
{
    private static readonly IReadOnlyList<TextEdit> NoFixes = [];

    public Diagnostic? Create(RuleDescriptor rule, string articlePath, Article? article, TextSpan span, IReadOnlyDictionary<string, object?>? properties = null, IReadOnlyList<TextEdit>? fixes = null)
    {
        if (configuration.Resolve(rule, articlePath) is not { } severity)
        {
            return null;
        }

        var data = new Dictionary<string, object?>(properties ?? new Dictionary<string, object?>(), StringComparer.Ordinal);
        var values = new Dictionary<string, object?>(data, StringComparer.Ordinal) { ["text"] = article?.TextOf(span) ?? string.Empty };
        foreach (var pair in data)
        {
            values[pair.Key] = pair.Value;
        }

        var location = article?.Lines.GetPositionSpan(span) ?? new LinePositionSpan(new(1, 1), new(1, 1));
        return new Diagnostic(rule, severity, articlePath, span, location, rule.MessageFormat.Render(values), data, fixes ?? NoFixes);
    }
}
