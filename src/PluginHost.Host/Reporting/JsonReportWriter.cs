using System.Text.Encodings.Web;
using System.Text.Json;
using PluginHost.Host.Pipeline;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Reporting;

/// <summary>
/// The report in a plain shape for scripts: <c>tool</c>, <c>rules</c>, a flat <c>diagnostics</c> array (path, rule,
/// severity, message, offsets, 1-based positions, properties, fixes), <c>setupErrors</c> and <c>summary</c>.
/// </summary>
public sealed class JsonReportWriter(Stream output) : IReportWriter
{
    private readonly Utf8JsonWriter _writer = new(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public void WriteStart(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _writer.WriteStartObject();
        _writer.WriteStartObject("tool");
        _writer.WriteString("name", "PluginHost");
        _writer.WriteString("version", context.ToolVersion);
        _writer.WriteStartArray("plugins");
        foreach (var plugin in context.Plugins)
        {
            _writer.WriteStartObject();
            _writer.WriteString("name", plugin.Name);
            _writer.WriteString("version", plugin.Version);
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteStartArray("rules");
        foreach (var rule in context.Rules)
        {
            _writer.WriteStartObject();
            _writer.WriteString("id", rule.Id);
            _writer.WriteString("title", rule.Title);
            _writer.WriteString("message", rule.MessageFormat.Format);
            _writer.WriteString("description", rule.Description);
            _writer.WriteString("category", rule.Category);
            _writer.WriteString("defaultSeverity", SeverityNames.Text(rule.DefaultSeverity));
            _writer.WriteBoolean("enabledByDefault", rule.IsEnabledByDefault);
            _writer.WriteString("help", rule.HelpLink);
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WriteStartArray("diagnostics");
    }

    public void WriteArticle(ArticleResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var diagnostic in result.Diagnostics)
        {
            WriteDiagnostic(diagnostic);
        }

        _writer.Flush();
    }

    public void WriteEnd(RunSummary summary, IReadOnlyList<string> setupErrors)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(setupErrors);
        _writer.WriteEndArray();
        _writer.WriteStartArray("setupErrors");
        foreach (var error in setupErrors)
        {
            _writer.WriteStringValue(error);
        }

        _writer.WriteEndArray();
        _writer.WriteStartObject("summary");
        _writer.WriteNumber("articles", summary.Articles);
        _writer.WriteNumber("articlesWithFindings", summary.ArticlesWithFindings);
        _writer.WriteNumber("errors", summary.Count(DiagnosticSeverity.Error));
        _writer.WriteNumber("warnings", summary.Count(DiagnosticSeverity.Warning));
        _writer.WriteNumber("suggestions", summary.Count(DiagnosticSeverity.Suggestion));
        _writer.WriteNumber("durationSeconds", Math.Round(summary.Duration.TotalSeconds, 3));
        _writer.WriteStartObject("byRule");
        foreach (var (id, count) in summary.ByRule.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            _writer.WriteNumber(id, count);
        }

        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();

    private void WriteDiagnostic(Diagnostic diagnostic)
    {
        _writer.WriteStartObject();
        _writer.WriteString("path", diagnostic.ArticlePath);
        _writer.WriteString("ruleId", diagnostic.Id);
        _writer.WriteString("severity", SeverityNames.Text(diagnostic.Severity));
        _writer.WriteString("message", diagnostic.Message);
        _writer.WriteNumber("offset", diagnostic.Span.Start);
        _writer.WriteNumber("length", diagnostic.Span.Length);
        _writer.WriteNumber("startLine", diagnostic.Location.Start.Line);
        _writer.WriteNumber("startColumn", diagnostic.Location.Start.Column);
        _writer.WriteNumber("endLine", diagnostic.Location.End.Line);
        _writer.WriteNumber("endColumn", diagnostic.Location.End.Column);
        _writer.WritePropertyName("properties");
        JsonValues.WriteProperties(_writer, diagnostic.Properties);
        _writer.WriteStartArray("fixes");
        foreach (var fix in diagnostic.Fixes)
        {
            _writer.WriteStartObject();
            _writer.WriteNumber("offset", fix.Span.Start);
            _writer.WriteNumber("length", fix.Span.Length);
            _writer.WriteString("newText", fix.NewText);
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
    }
}
