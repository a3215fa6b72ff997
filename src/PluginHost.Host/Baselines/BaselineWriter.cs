using System.Text.Encodings.Web;
using System.Text.Json;
using PluginHost.Host.Findings;
using PluginHost.Host.Pipeline;
using PluginHost.Host.Rules;

namespace PluginHost.Host.Baselines;

/// <summary>
/// Writes a baseline of a run's findings as its results stream past, one article at a time, so that an archive's
/// baseline is never held in memory. Only the plugins' findings people are shown are recorded (not the silent ones,
/// nor the host's own); each
/// article lists its findings in text order, findings alike once with their count. Read it with <see cref="Baseline"/>.
/// </summary>
public sealed class BaselineWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Utf8JsonWriter _writer;
    private readonly string _folder;

    /// <param name="stream">Where the baseline goes.</param>
    /// <param name="folder">The folder of the baseline file, which its article paths are relative to.</param>
    public BaselineWriter(Stream stream, string folder)
    {
        _folder = folder;
        _writer = new Utf8JsonWriter(stream, Options);
        _writer.WriteStartObject();
        _writer.WriteNumber("version", Baseline.FormatVersion);
        _writer.WriteStartObject("articles");
    }

    public int Articles { get; private set; }

    public int Findings { get; private set; }

    public void Add(ArticleResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        // The host's own findings (a plugin that failed or ran out of time) are not findings anyone accepts.
        var shown = result.Shown.Where(d => d.Rule.Category != RuleCatalog.HostName).ToList();
        if (!result.Source.IsFile || shown.Count == 0)
        {
            return;
        }

        _writer.WriteStartArray(Baseline.ArticlePath(_folder, result.Source));
        foreach (var group in shown.GroupBy(d => FindingKey.Of(d, result.Article?.Text)))
        {
            _writer.WriteStartObject();
            _writer.WriteString("rule", group.Key.RuleId);
            _writer.WriteString("message", group.Key.Message);
            if (group.Key.Text.Length > 0)
            {
                _writer.WriteString("text", group.Key.Text);
            }

            var count = group.Count();
            if (count > 1)
            {
                _writer.WriteNumber("count", count);
            }

            _writer.WriteEndObject();
            Findings += count;
        }

        _writer.WriteEndArray();
        Articles++;
        _writer.Flush();
    }

    /// <summary>Closes the baseline's JSON and flushes it to the stream; call it once, after the last article.</summary>
    public void Complete()
    {
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.Dispose();
    }

    public void Dispose() => _writer.Dispose();
}
