using PluginHost.Host.Pipeline;
using PluginHost.Host.Rules;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Reporting;

/// <summary>
/// The report in a plain shape for scripts: <c>tool</c>, <c>rules</c>, a flat <c>diagnostics</c> array (path, rule,
/// severity, message, offsets, 1-based positions, properties, fixes), <c>setupErrors</c> and <c>summary</c>.
/// </summary>
public sealed class JsonReportWriter(Stream output) : StreamingJsonReportWriter(output)
{

    public override void WriteStart(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Writer.WriteStartObject();
        Writer.WriteStartObject("tool");
        Writer.WriteString("name", RuleCatalog.HostName);
        Writer.WriteString("version", context.ToolVersion);
        Writer.WriteStartArray("plugins");
        foreach (var plugin in context.Plugins)
        {
            Writer.WriteStartObject();
            Writer.WriteString("name", plugin.Name);
            Writer.WriteString("version", plugin.Version);
            Writer.WriteEndObject();
        }

        Writer.WriteEndArray();
        Writer.WriteEndObject();
        Writer.WriteStartArray("rules");
        foreach (var rule in context.Rules)
        {
            Writer.WriteStartObject();
            Writer.WriteString("id", rule.Id);
            Writer.WriteString("title", rule.Title);
            Writer.WriteString("message", rule.MessageFormat.Format);
            Writer.WriteString("description", rule.Description);
            Writer.WriteString("category", rule.Category);
            Writer.WriteString("defaultSeverity", SeverityNames.Text(rule.DefaultSeverity));
            Writer.WriteBoolean("enabledByDefault", rule.IsEnabledByDefault);
            Writer.WriteString("help", rule.HelpLink);
            Writer.WriteEndObject();
        }

        Writer.WriteEndArray();
        Writer.WriteStartArray("diagnostics");
    }

    public override void WriteEnd(RunSummary summary, IReadOnlyList<string> setupErrors)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(setupErrors);
        Writer.WriteEndArray();
        Writer.WriteStartArray("setupErrors");
        foreach (var error in setupErrors)
        {
            Writer.WriteStringValue(error);
        }

        Writer.WriteEndArray();
        Writer.WriteStartObject("summary");
        Writer.WriteNumber("articles", summary.Articles);
        Writer.WriteNumber("articlesWithFindings", summary.ArticlesWithFindings);
        Writer.WriteNumber("errors", summary.Count(DiagnosticSeverity.Error));
        Writer.WriteNumber("warnings", summary.Count(DiagnosticSeverity.Warning));
        Writer.WriteNumber("suggestions", summary.Count(DiagnosticSeverity.Suggestion));
        Writer.WriteNumber("durationSeconds", Math.Round(summary.Duration.TotalSeconds, 3));
        Writer.WriteStartObject("byRule");
        foreach (var (id, count) in summary.ByRule.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Writer.WriteNumber(id, count);
        }

        Writer.WriteEndObject();
        Writer.WriteEndObject();
        Writer.WriteEndObject();
        Writer.Flush();
    }

    protected override void WriteDiagnostic(Diagnostic diagnostic)
    {
        Writer.WriteStartObject();
        Writer.WriteString("path", diagnostic.ArticlePath);
        Writer.WriteString("ruleId", diagnostic.Id);
        Writer.WriteString("severity", SeverityNames.Text(diagnostic.Severity));
        Writer.WriteString("message", diagnostic.Message);
        Writer.WriteNumber("offset", diagnostic.Span.Start);
        Writer.WriteNumber("length", diagnostic.Span.Length);
        Writer.WriteNumber("startLine", diagnostic.Location.Start.Line);
        Writer.WriteNumber("startColumn", diagnostic.Location.Start.Column);
        Writer.WriteNumber("endLine", diagnostic.Location.End.Line);
        Writer.WriteNumber("endColumn", diagnostic.Location.End.Column);
        Writer.WritePropertyName("properties");
        JsonValues.WriteProperties(Writer, diagnostic.Properties);
        Writer.WriteStartArray("fixes");
        foreach (var fix in diagnostic.Fixes)
        {
            Writer.WriteStartObject();
            Writer.WriteNumber("offset", fix.Span.Start);
            Writer.WriteNumber("length", fix.Span.Length);
            Writer.WriteString("newText", fix.NewText);
            Writer.WriteEndObject();
        }

        Writer.WriteEndArray();
        Writer.WriteEndObject();
    }
}
