using System.Text.Json;
using Humanizer;
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

            EveryShareOnce(logs);

            using var writer = new Utf8JsonWriter(output, StreamingJsonReportWriter.WriterOptions);
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

        // The run's own properties say which share a log holds; the merged log is the whole run.
        WriteProperties(writer, [.. logs[0].RunProperties.Where(p => p.Key != "properties")]);
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
                articles += result.IsUnmatchedInput ? 0 : 1;
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
        writer.WriteStartArray("invocations");
        writer.WriteStartObject();
        writer.WriteBoolean("executionSuccessful", logs.All(l => l.ExecutionSuccessful));
        writer.WriteStartArray("toolConfigurationNotifications");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var notification in logs.SelectMany(l => l.Notifications))
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

    // Shares are N logs of one split, each once: a share missing (a pod that failed) or left from an earlier split
    // would make a log that looks whole and is not.
    private static void EveryShareOnce(List<ShardLog> logs)
    {
        if (logs.All(l => l.Shard is null) && logs.Count == 1)
        {
            return;
        }

        if (logs.FirstOrDefault(l => l.Shard is null) is { } whole)
        {
            throw new SarifMergeException(whole.Path, "is the log of a whole run, not of a share (analyze --shard K/N): there is nothing to merge it with");
        }

        var count = logs[0].Shard!.Count;
        if (logs.FirstOrDefault(l => l.Shard!.Count != count) is { } other)
        {
            throw new SarifMergeException(other.Path, $"is share {other.Shard} but {logs[0].Path} is share {logs[0].Shard}: the logs are of different splits");
        }

        foreach (var twice in logs.GroupBy(l => l.Shard!.Index).Where(g => g.Count() > 1))
        {
            throw new SarifMergeException(twice.Last().Path, $"is share {twice.Key}/{count}, as {twice.First().Path} is");
        }

        var missing = Enumerable.Range(0, count).Except(logs.Select(l => l.Shard!.Index)).ToList();
        if (missing.Count > 0)
        {
            throw new SarifMergeException($"the logs are {logs.Count} of the {count} shares of a run; {"share".ToQuantity(missing.Count, ShowQuantityAs.None)} {string.Join(", ", missing.Select(i => $"{i}/{count}"))} {(missing.Count == 1 ? "is" : "are")} missing");
        }
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
