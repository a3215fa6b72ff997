using PluginHost.Host.Pipeline;

namespace PluginHost.Host.Reporting;

/// <summary>Writes a report as results stream in: the start once, each article in order, the end once.</summary>
public interface IReportWriter : IDisposable
{
    void WriteStart(ReportContext context);

    void WriteArticle(ArticleResult result);

    /// <summary>Closes the report with the counts and every set-up or configuration problem of the run.</summary>
    void WriteEnd(RunSummary summary, IReadOnlyList<string> setupErrors);
}
