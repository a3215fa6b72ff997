using System.Text.Encodings.Web;
using System.Text.Json;
using PluginHost.Host.Reporting;

namespace PluginHost.Host.Merging;

/// <summary>
/// Joins the SARIF logs of one run split with <c>--shard K/N</c> into the log a single run would have written: the
/// same tool and rules, every result in the single run's order (by article path, each article's results in the
/// order its shard wrote them), and one invocation that succeeded only if every shard's did, with each set-up
/// error once. The logs are read side by side as streams, so memory does not grow with their size.
/// </summary>
public static class SarifMerger
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static MergeSummary Merge(IReadOnlyList<string> paths, Stream output)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentOutOfRangeException.ThrowIfZero(paths.Count);
        var logs = new List<ShardLog>();
        try
        {
            foreach (var path in paths)
            {
                logs.Add(ShardLog.Open(path));
            }

            foreach (var log in logs.Skip(1))
            {
                Same(logs[0], log, "tool", "was written by another version of the host or with other plugins or rules");
                Same(logs[0], log, "originalUriBaseIds", "was analyzed from another folder, so its paths mean other files");
            }

            using var writer = new Utf8JsonWriter(output, Indented);
            var summary = Write(writer, logs);
            writer.Flush();
            return summary;
        }
        finally
        {
            foreach (var log in logs)
            {
                log.Dispose();
            }
        }
    }

    private static MergeSummary Write(Utf8JsonWriter writer, List<ShardLog> logs)
    {
        writer.WriteStartObject();
        WriteProperties(writer, logs[0].LogProperties);
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        WriteProperties(writer, logs[0].RunProperties);
        writer.WriteStartArray("results");
        var (results, articles) = WriteResults(writer, logs);
        writer.WriteEndArray();
        WriteInvocations(writer, logs);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        return new MergeSummary(logs.Count, results, articles);
    }

    // Each log is in the single run's order already, so taking the least current result each time merges them.
    private static (int Results, int Articles) WriteResults(Utf8JsonWriter writer, List<ShardLog> logs)
    {
        var results = 0;
        var articles = 0;
        ShardResult? last = null;
        ShardLog? lastLog = null;
        while (logs.Where(l => l.Current is not null).MinBy(l => l.Current!, ShardResultOrder.Instance) is { } log)
        {
            var result = log.Current!;
            if (last is null || ShardResultOrder.Instance.Compare(last, result) != 0)
            {
                articles++;
            }
            else if (lastLog != log)
            {
                throw new SarifMergeException(log.Path, $"'{result.Article}' is also in {lastLog!.Path}: these logs are not shares of one run (give each process its own --shard K/N)");
            }

            result.Result.WriteTo(writer);
            results++;
            (last, lastLog) = (result, log);
            log.MoveNext();
            if (results % 256 == 0)
            {
                writer.Flush();
            }
        }

        return (results, articles);
    }

    private static void WriteInvocations(Utf8JsonWriter writer, List<ShardLog> logs)
    {
        var invocations = logs.SelectMany(l => l.TrailingProperties.Where(p => p.Key == "invocations").SelectMany(p => p.Value.EnumerateArray())).ToList();
        writer.WriteStartArray("invocations");
        writer.WriteStartObject();
        writer.WriteBoolean("executionSuccessful", invocations.All(i => !i.TryGetProperty("executionSuccessful", out var ok) || ok.GetBoolean()));
        writer.WriteStartArray("toolConfigurationNotifications");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var notification in invocations.Where(i => i.TryGetProperty("toolConfigurationNotifications", out _)).SelectMany(i => i.GetProperty("toolConfigurationNotifications").EnumerateArray()))
        {
            if (seen.Add(notification.GetRawText()))
            {
                notification.WriteTo(writer);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WriteProperties(Utf8JsonWriter writer, List<KeyValuePair<string, JsonElement>> properties)
    {
        foreach (var (name, value) in properties)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }

    private static void Same(ShardLog first, ShardLog other, string property, string otherwise)
    {
        static JsonElement? Of(ShardLog log, string name) => log.RunProperties.Where(p => p.Key == name).Select(p => (JsonElement?)p.Value).FirstOrDefault();
        var (mine, theirs) = (Of(first, property), Of(other, property));
        if (mine is null != theirs is null || (mine is { } a && theirs is { } b && !JsonElement.DeepEquals(a, b)))
        {
            throw new SarifMergeException(other.Path, $"cannot be merged with {first.Path}: it {otherwise}");
        }
    }
}
