using System.Text.Encodings.Web;
using System.Text.Json;
using PluginHost.Host.Pipeline;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Reporting;

/// <summary>A report written as one JSON document while results stream in: each article's findings are flushed as they come.</summary>
public abstract class StreamingJsonReportWriter(Stream output) : IReportWriter
{
    /// <summary>How the reports are written; <c>pluginhost merge</c> writes with the same, so a merged log reads as one run's.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    protected Utf8JsonWriter Writer { get; } = new(output, WriterOptions);

    public abstract void WriteStart(ReportContext context);

    public void WriteArticle(ArticleResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var diagnostic in result.Diagnostics)
        {
            WriteDiagnostic(diagnostic);
        }

        Writer.Flush();
    }

    public abstract void WriteEnd(RunSummary summary, IReadOnlyList<string> setupErrors);

    public void Dispose()
    {
        Writer.Dispose();
        GC.SuppressFinalize(this);
    }

    protected abstract void WriteDiagnostic(Diagnostic diagnostic);

    protected void WriteText(string name, string text)
    {
        Writer.WriteStartObject(name);
        Writer.WriteString("text", text);
        Writer.WriteEndObject();
    }
}
