using PluginHost.Host.Pipeline;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Reporting;

/// <summary>
/// One finding per line as compilers print them, <c>path(line,col,endLine,endCol): warning QT0002: message</c>,
/// then the summary. Silent findings are not printed.
/// </summary>
public sealed class TextReportWriter(TextWriter output) : IReportWriter
{
    private Dictionary<string, string> _titles = [];

    public void WriteStart(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _titles = context.Rules.ToDictionary(r => r.Id, r => r.Title, StringComparer.Ordinal);
    }

    public void WriteArticle(ArticleResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var diagnostic in result.Shown)
        {
            output.WriteLine(Format(diagnostic));
        }
    }

    public void WriteEnd(RunSummary summary, IReadOnlyList<string> setupErrors)
    {
        foreach (var line in SummaryFormatter.Lines(summary, _titles))
        {
            output.WriteLine(line);
        }

        output.Flush();
    }

    public void Dispose() => output.Flush();

    public static string Format(Diagnostic diagnostic)
    {
        var (place, severity, id, message) = Parts(diagnostic);
        return $"{place} {severity} {id}: {message}";
    }

    /// <summary>The parts of a finding's line, for a writer that styles them: <c>path(1,2,1,9):</c>, severity, ID, message.</summary>
    public static (string Place, string Severity, string Id, string Message) Parts(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return ($"{diagnostic.ArticlePath}({diagnostic.Location}):", SeverityNames.Text(diagnostic.Severity), diagnostic.Id, diagnostic.Message);
    }
}
