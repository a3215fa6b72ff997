using Humanizer;
using PluginHost.Host.Pipeline;
using PluginHost.Host.Rules;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Reporting;

/// <summary>
/// A SARIF 2.1.0 log, streamed: one run whose driver lists every rule that ran (plugin as category), and one
/// result per finding with one location (article path relative to %SRCROOT%, region with 1-based lines and
/// columns in UTF-16 code units, end exclusive, plus charOffset and charLength), the finding's properties
/// and its fixes. Set-up problems are tool configuration notifications. The log of a share of a split run
/// (<c>--shard K/N</c>) says which in the run's <c>properties.shard</c>, for <c>pluginhost merge</c>.
/// </summary>
public sealed class SarifReportWriter(Stream output) : StreamingJsonReportWriter(output)
{
    public const string SourceRoot = "%SRCROOT%";

    private Dictionary<string, int> _ruleIndex = [];

    public override void WriteStart(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _ruleIndex = context.Rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        Writer.WriteStartObject();
        Writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        Writer.WriteString("version", "2.1.0");
        Writer.WriteStartArray("runs");
        Writer.WriteStartObject();
        WriteTool(context);
        Writer.WriteStartObject("originalUriBaseIds");
        Writer.WriteStartObject(SourceRoot);
        Writer.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(context.WorkingDirectory) + Path.DirectorySeparatorChar).AbsoluteUri);
        Writer.WriteEndObject();
        Writer.WriteEndObject();
        Writer.WriteString("columnKind", "utf16CodeUnits");
        if (context.Shard.Count > 1)
        {
            Writer.WriteStartObject("properties");
            Writer.WriteStartObject("shard");
            Writer.WriteNumber("index", context.Shard.Index);
            Writer.WriteNumber("count", context.Shard.Count);
            Writer.WriteEndObject();
            Writer.WriteEndObject();
        }
        Writer.WriteStartArray("results");
    }

    public override void WriteEnd(RunSummary summary, IReadOnlyList<string> setupErrors)
    {
        ArgumentNullException.ThrowIfNull(setupErrors);
        Writer.WriteEndArray();
        Writer.WriteStartArray("invocations");
        Writer.WriteStartObject();
        Writer.WriteBoolean("executionSuccessful", setupErrors.Count == 0);
        Writer.WriteStartArray("toolConfigurationNotifications");
        foreach (var error in setupErrors)
        {
            Writer.WriteStartObject();
            Writer.WriteString("level", "error");
            Writer.WriteStartObject("message");
            Writer.WriteString("text", error);
            Writer.WriteEndObject();
            Writer.WriteEndObject();
        }

        Writer.WriteEndArray();
        Writer.WriteEndObject();
        Writer.WriteEndArray();
        Writer.WriteEndObject();
        Writer.WriteEndArray();
        Writer.WriteEndObject();
        Writer.Flush();
    }

    /// <summary>A relative path as a URI reference with each segment escaped; an absolute path as a file URI.</summary>
    public static string ArtifactUri(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.IsPathRooted(path)
            ? new Uri(path).AbsoluteUri
            : string.Join('/', path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString));
    }

    /// <summary>The path a relative <see cref="ArtifactUri"/> was made from.</summary>
    public static string PathOf(string artifactUri)
    {
        ArgumentNullException.ThrowIfNull(artifactUri);
        return string.Join(Path.DirectorySeparatorChar, artifactUri.Split('/').Select(Uri.UnescapeDataString));
    }

    private void WriteTool(ReportContext context)
    {
        Writer.WriteStartObject("tool");
        Writer.WriteStartObject("driver");
        Writer.WriteString("name", RuleCatalog.HostName);
        Writer.WriteString("semanticVersion", context.ToolVersion);
        Writer.WriteStartArray("rules");
        foreach (var rule in context.Rules)
        {
            Writer.WriteStartObject();
            Writer.WriteString("id", rule.Id);
            Writer.WriteString("name", rule.Title.Dehumanize());
            WriteText("shortDescription", rule.Title);
            WriteText("fullDescription", rule.Description);
            if (RuleHelp.Uri(rule) is { } help)
            {
                Writer.WriteString("helpUri", help);
            }

            Writer.WriteStartObject("defaultConfiguration");
            Writer.WriteString("level", SeverityNames.SarifLevel(rule.DefaultSeverity));
            Writer.WriteBoolean("enabled", rule.IsEnabledByDefault);
            Writer.WriteEndObject();
            Writer.WriteStartObject("properties");
            Writer.WriteString("category", rule.Category);
            Writer.WriteEndObject();
            Writer.WriteEndObject();
        }

        Writer.WriteEndArray();
        Writer.WriteEndObject();
        Writer.WriteStartArray("extensions");
        foreach (var plugin in context.Plugins)
        {
            Writer.WriteStartObject();
            Writer.WriteString("name", plugin.Name);
            Writer.WriteString("semanticVersion", plugin.Version);
            Writer.WriteEndObject();
        }

        Writer.WriteEndArray();
        Writer.WriteEndObject();
    }

    protected override void WriteDiagnostic(Diagnostic diagnostic)
    {
        Writer.WriteStartObject();
        Writer.WriteString("ruleId", diagnostic.Id);
        if (_ruleIndex.TryGetValue(diagnostic.Id, out var index))
        {
            Writer.WriteNumber("ruleIndex", index);
        }

        Writer.WriteString("level", SeverityNames.SarifLevel(diagnostic.Severity));
        WriteText("message", diagnostic.Message);
        Writer.WriteStartArray("locations");
        Writer.WriteStartObject();
        Writer.WriteStartObject("physicalLocation");
        WriteArtifactLocation(diagnostic.ArticlePath);
        Writer.WriteStartObject("region");
        Writer.WriteNumber("startLine", diagnostic.Location.Start.Line);
        Writer.WriteNumber("startColumn", diagnostic.Location.Start.Column);
        Writer.WriteNumber("endLine", diagnostic.Location.End.Line);
        Writer.WriteNumber("endColumn", diagnostic.Location.End.Column);
        Writer.WriteNumber("charOffset", diagnostic.Span.Start);
        Writer.WriteNumber("charLength", diagnostic.Span.Length);
        Writer.WriteEndObject();
        Writer.WriteEndObject();
        Writer.WriteEndObject();
        Writer.WriteEndArray();
        if (diagnostic.Fixes.Count > 0)
        {
            WriteFixes(diagnostic);
        }

        Writer.WritePropertyName("properties");
        JsonValues.WriteProperties(Writer, diagnostic.Properties);
        Writer.WriteEndObject();
    }

    private void WriteFixes(Diagnostic diagnostic)
    {
        Writer.WriteStartArray("fixes");
        Writer.WriteStartObject();
        WriteText("description", diagnostic.Rule.Title);
        Writer.WriteStartArray("artifactChanges");
        Writer.WriteStartObject();
        WriteArtifactLocation(diagnostic.ArticlePath);
        Writer.WriteStartArray("replacements");
        foreach (var fix in diagnostic.Fixes)
        {
            Writer.WriteStartObject();
            Writer.WriteStartObject("deletedRegion");
            Writer.WriteNumber("charOffset", fix.Span.Start);
            Writer.WriteNumber("charLength", fix.Span.Length);
            Writer.WriteEndObject();
            Writer.WriteStartObject("insertedContent");
            Writer.WriteString("text", fix.NewText);
            Writer.WriteEndObject();
            Writer.WriteEndObject();
        }

        Writer.WriteEndArray();
        Writer.WriteEndObject();
        Writer.WriteEndArray();
        Writer.WriteEndObject();
        Writer.WriteEndArray();
    }

    private void WriteArtifactLocation(string path)
    {
        Writer.WriteStartObject("artifactLocation");
        Writer.WriteString("uri", ArtifactUri(path));
        if (!Path.IsPathRooted(path))
        {
            Writer.WriteString("uriBaseId", SourceRoot);
        }

        Writer.WriteEndObject();
    }
}
