using PluginHost.Host.Discovery;
using PluginHost.Host.Pipeline;
using PluginHost.Host.Reporting;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Plugins;
using PluginHost.Sdk.Text;

namespace PluginHost.Host.Tests.Reporting;

/// <summary>A small run whose results the report tests write: two articles, findings with data and a fix, one unmatched input.</summary>
internal static class ReportFixture
{
    public static string Write(Func<Stream, IReportWriter> create, IReadOnlyList<string>? setupErrors = null)
    {
        using var root = new TestDirectory();
        var plugin = new InProcessPlugin(new PluginManifest("Alpha", "AB"), new DelegateAnalyzer(c =>
        {
            if (c.Article.Text.Contains("very", StringComparison.Ordinal))
            {
                var at = c.Article.Text.IndexOf("very", StringComparison.Ordinal);
                c.Report("AB0001", new TextSpan(at, 4), new Dictionary<string, object?> { ["word"] = "very", ["count"] = 2, ["ratio"] = 0.5, ["loud"] = false }, [TextEdit.Delete(new TextSpan(at, 5))]);
            }
        }));
        var session = Sessions.Create(root, (plugin, """
            rule AB0001 { title = "Weak intensifier"; message = "'{word}' adds nothing"; severity = warning; description = "Intensifiers weaken prose."; help = "https://example.org/rules/AB0001"; }
            rule AB0002 { title = "Exclamation"; message = "Exclamation in news copy"; severity = error; match = "!"; }
            rule AB0003 { title = "Quiet"; message = "quiet"; severity = silent; match = "quiet"; }
            """));
        var first = root.Write("news/one.txt", "A very big day!\r\nSecond line is quiet.");
        var second = root.Write("news/two words é.md", "Nothing here.");
        var context = new ReportContext("1.2.3", root.Path, [.. session.Rules.Descriptors], session.Plugins);
        using var stream = new MemoryStream();
        var summary = new RunSummary();
        using (var writer = create(stream))
        {
            writer.WriteStart(context);
            foreach (var result in new[]
            {
                session.Pipeline.Unmatched("missing/*.txt"),
                session.Pipeline.Analyze(new ArticleSource("news/one.txt", first)),
                session.Pipeline.Analyze(new ArticleSource("news/two words é.md", second)),
            })
            {
                writer.WriteArticle(result);
                summary.Add(result);
            }

            summary.Duration = TimeSpan.FromSeconds(1.25);
            writer.WriteEnd(summary, setupErrors ?? []);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
