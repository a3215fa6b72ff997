using System.Text.Encodings.Web;
using System.Text.Json;
using Humanizer;
using PluginHost.Host.Pipeline;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Reporting;

/// <summary>
/// A SARIF 2.1.0 log, streamed: one run whose driver lists every rule that ran (plugin as category), and one
/// result per finding with one location (article path relative to %SRCROOT%, region with 1-based lines and
/// columns in UTF-16 code units, end exclusive, plus charOffset and charLength), the finding's properties
/// and its fixes. Set-up problems are tool configuration notifications.
/// </summary>
public sealed class SarifReportWriter(Stream output) : IReportWriter
{
    public const string SourceRoot = "%SRCROOT%";

    private readonly Utf8JsonWriter _writer = new(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    private Dictionary<string, int> _ruleIndex = [];

    public void WriteStart(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _ruleIndex = context.Rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _writer.WriteStartObject();
        _writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        _writer.WriteString("version", "2.1.0");
        _writer.WriteStartArray("runs");
        _writer.WriteStartObject();
        WriteTool(context);
        _writer.WriteStartObject("originalUriBaseIds");
        _writer.WriteStartObject(SourceRoot);
        _writer.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(context.WorkingDirectory) + Path.DirectorySeparatorChar).AbsoluteUri);
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.WriteString("columnKind", "utf16CodeUnits");
        _writer.WriteStartArray("results");
    }

    public void WriteArticle(ArticleResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var diagnostic in result.Diagnostics)
        {
            WriteResult(diagnostic);
        }

        _writer.Flush();
    }

    public void WriteEnd(RunSummary summary, IReadOnlyList<string> setupErrors)
    {
        ArgumentNullException.ThrowIfNull(setupErrors);
        _writer.WriteEndArray();
        _writer.WriteStartArray("invocations");
        _writer.WriteStartObject();
        _writer.WriteBoolean("executionSuccessful", setupErrors.Count == 0);
        _writer.WriteStartArray("toolConfigurationNotifications");
        foreach (var error in setupErrors)
        {
            _writer.WriteStartObject();
            _writer.WriteString("level", "error");
            _writer.WriteStartObject("message");
            _writer.WriteString("text", error);
            _writer.WriteEndObject();
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>A relative path as a URI reference with each segment escaped; an absolute path as a file URI.</summary>
    public static string ArtifactUri(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.IsPathRooted(path)
            ? new Uri(path).AbsoluteUri
            : string.Join('/', path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString));
    }

    private void WriteTool(ReportContext context)
    {
        _writer.WriteStartObject("tool");
        _writer.WriteStartObject("driver");
        _writer.WriteString("name", "PluginHost");
        _writer.WriteString("semanticVersion", context.ToolVersion);
        _writer.WriteStartArray("rules");
        foreach (var rule in context.Rules)
        {
            _writer.WriteStartObject();
            _writer.WriteString("id", rule.Id);
            _writer.WriteString("name", rule.Title.Dehumanize());
            WriteText("shortDescription", rule.Title);
            WriteText("fullDescription", rule.Description);
            if (HelpUri(rule) is { } help)
            {
                _writer.WriteString("helpUri", help);
            }

            _writer.WriteStartObject("defaultConfiguration");
            _writer.WriteString("level", SeverityNames.SarifLevel(rule.DefaultSeverity));
            _writer.WriteBoolean("enabled", rule.IsEnabledByDefault);
            _writer.WriteEndObject();
            _writer.WriteStartObject("properties");
            _writer.WriteString("category", rule.Category);
            _writer.WriteEndObject();
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteStartArray("extensions");
        foreach (var plugin in context.Plugins)
        {
            _writer.WriteStartObject();
            _writer.WriteString("name", plugin.Name);
            _writer.WriteString("semanticVersion", plugin.Version);
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
    }

    private void WriteText(string name, string? text)
    {
        if (text is null)
        {
            return;
        }

        _writer.WriteStartObject(name);
        _writer.WriteString("text", text);
        _writer.WriteEndObject();
    }

    private void WriteResult(Diagnostic diagnostic)
    {
        _writer.WriteStartObject();
        _writer.WriteString("ruleId", diagnostic.Id);
        if (_ruleIndex.TryGetValue(diagnostic.Id, out var index))
        {
            _writer.WriteNumber("ruleIndex", index);
        }

        _writer.WriteString("level", SeverityNames.SarifLevel(diagnostic.Severity));
        WriteText("message", diagnostic.Message);
        _writer.WriteStartArray("locations");
        _writer.WriteStartObject();
        _writer.WriteStartObject("physicalLocation");
        WriteArtifactLocation(diagnostic.ArticlePath);
        _writer.WriteStartObject("region");
        _writer.WriteNumber("startLine", diagnostic.Location.Start.Line);
        _writer.WriteNumber("startColumn", diagnostic.Location.Start.Column);
        _writer.WriteNumber("endLine", diagnostic.Location.End.Line);
        _writer.WriteNumber("endColumn", diagnostic.Location.End.Column);
        _writer.WriteNumber("charOffset", diagnostic.Span.Start);
        _writer.WriteNumber("charLength", diagnostic.Span.Length);
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        if (diagnostic.Fixes.Count > 0)
        {
            WriteFixes(diagnostic);
        }

        _writer.WritePropertyName("properties");
        JsonValues.WriteProperties(_writer, diagnostic.Properties);
        _writer.WriteEndObject();
    }

    private void WriteFixes(Diagnostic diagnostic)
    {
        _writer.WriteStartArray("fixes");
        _writer.WriteStartObject();
        WriteText("description", diagnostic.Rule.Title);
        _writer.WriteStartArray("artifactChanges");
        _writer.WriteStartObject();
        WriteArtifactLocation(diagnostic.ArticlePath);
        _writer.WriteStartArray("replacements");
        foreach (var fix in diagnostic.Fixes)
        {
            _writer.WriteStartObject();
            _writer.WriteStartObject("deletedRegion");
            _writer.WriteNumber("charOffset", fix.Span.Start);
            _writer.WriteNumber("charLength", fix.Span.Length);
            _writer.WriteEndObject();
            _writer.WriteStartObject("insertedContent");
            _writer.WriteString("text", fix.NewText);
            _writer.WriteEndObject();
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteEndArray();
    }

    private void WriteArtifactLocation(string path)
    {
        _writer.WriteStartObject("artifactLocation");
        _writer.WriteString("uri", ArtifactUri(path));
        if (!Path.IsPathRooted(path))
        {
            _writer.WriteString("uriBaseId", SourceRoot);
        }

        _writer.WriteEndObject();
    }

    private static string? HelpUri(RuleDescriptor rule)
    {
        if (Uri.TryCreate(rule.HelpLink, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "file")
        {
            return absolute.AbsoluteUri;
        }

        var local = Path.Combine(AppContext.BaseDirectory, rule.HelpLink);
        return File.Exists(local) ? new Uri(local).AbsoluteUri : null;
    }
}
