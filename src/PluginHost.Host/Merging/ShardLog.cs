using System.Globalization;
using System.Text.Json;
using PluginHost.Host.Discovery;
using PluginHost.Host.Reporting;
using PluginHost.Host.Rules;

namespace PluginHost.Host.Merging;

/// <summary>
/// One shard's SARIF log, as <c>pluginhost analyze --format sarif</c> writes it, read as a stream: first the run's
/// properties before its results (tool, base URIs), then the results one at a time, then what follows them
/// (invocations). Only one result is in memory at a time, whatever the log's size.
/// </summary>
internal sealed class ShardLog : IDisposable
{
    private readonly JsonStreamReader _reader;
    private int _results;

    private ShardLog(string path, JsonStreamReader reader)
    {
        Path = path;
        _reader = reader;
    }

    public string Path { get; }

    /// <summary>The log's own properties before <c>runs</c> (<c>$schema</c>, <c>version</c>).</summary>
    public List<KeyValuePair<string, JsonElement>> LogProperties { get; } = [];

    /// <summary>The run's properties before <c>results</c>, in the order written.</summary>
    public List<KeyValuePair<string, JsonElement>> RunProperties { get; } = [];

    /// <summary>Which share of a run split with <c>--shard</c> the log holds; null for a whole run.</summary>
    public ArticleShard? Shard { get; private set; }

    /// <summary>Whether the run had no set-up error, known once the last result is read.</summary>
    public bool ExecutionSuccessful { get; private set; } = true;

    /// <summary>The run's set-up errors, known once the last result is read.</summary>
    public List<JsonElement> Notifications { get; } = [];

    /// <summary>The result read last and not yet taken, with the article it is about; null when there are no more.</summary>
    public ShardResult? Current { get; private set; }

    public static ShardLog Open(string path)
    {
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SarifMergeException(path, $"the log could not be read: {e.Message}");
        }

        var log = new ShardLog(path, new JsonStreamReader(stream));
        try
        {
            log.Guard(log.ReadHeader);
            log.MoveNext();
            return log;
        }
        catch
        {
            log.Dispose();
            throw;
        }
    }

    /// <summary>Reads the next result into <see cref="Current"/>, or the rest of the log after the last one.</summary>
    public void MoveNext() => Guard(() =>
    {
        if (_reader.ReadValue() is { } result)
        {
            _results++;
            Current = new ShardResult(result, ArticleOf(result));
            return;
        }

        Current = null;
        ReadTrailer();
    });

    public void Dispose() => _reader.Dispose();

    private void ReadHeader()
    {
        Expect(JsonTokenType.StartObject, "a SARIF log");
        while (NextProperty("runs") is { } name)
        {
            LogProperties.Add(new(name, _reader.ReadValue()!.Value));
        }

        Expect(JsonTokenType.StartArray, "the runs array");
        Expect(JsonTokenType.StartObject, "a run");
        while (NextProperty("results") is { } name)
        {
            RunProperties.Add(new(name, _reader.ReadValue()!.Value));
        }

        Expect(JsonTokenType.StartArray, "the results array");
        var tool = RunProperties.FirstOrDefault(p => p.Key == "tool").Value;
        if (tool.ValueKind != JsonValueKind.Object
            || !tool.TryGetProperty("driver", out var driver)
            || !driver.TryGetProperty("name", out var toolName)
            || toolName.GetString() != RuleCatalog.HostName)
        {
            throw new SarifMergeException(Path, "this log was not written by 'pluginhost analyze --format sarif' (its run names no PluginHost tool before its results)");
        }

        if (RunProperties.FirstOrDefault(p => p.Key == "properties").Value is { ValueKind: JsonValueKind.Object } properties
            && properties.TryGetProperty("shard", out var shard))
        {
            Shard = new ArticleShard(shard.GetProperty("index").GetInt32(), shard.GetProperty("count").GetInt32());
        }
    }

    private void ReadTrailer()
    {
        while (NextProperty(stopAt: null) is { } name)
        {
            var value = _reader.ReadValue()!.Value;
            if (name != "invocations")
            {
                continue;
            }

            foreach (var invocation in value.EnumerateArray())
            {
                ExecutionSuccessful &= !invocation.TryGetProperty("executionSuccessful", out var successful) || successful.GetBoolean();
                if (invocation.TryGetProperty("toolConfigurationNotifications", out var notifications))
                {
                    Notifications.AddRange(notifications.EnumerateArray());
                }
            }
        }

        if (_reader.ReadToken().Type != JsonTokenType.EndArray)
        {
            throw new SarifMergeException(Path, "the log has more than one run; a shard's log has one");
        }
    }

    /// <summary>The next property's name, or null at the object's end or at <paramref name="stopAt"/>.</summary>
    private string? NextProperty(string? stopAt)
    {
        var (type, text) = _reader.ReadToken();
        return type switch
        {
            JsonTokenType.EndObject => stopAt is null ? null : throw new SarifMergeException(Path, $"the log has no '{stopAt}'"),
            JsonTokenType.PropertyName when text == stopAt => null,
            JsonTokenType.PropertyName => text,
            _ => throw new SarifMergeException(Path, $"expected a property, found {type}"),
        };
    }

    private void Expect(JsonTokenType expected, string what)
    {
        if (_reader.ReadToken().Type != expected)
        {
            throw new SarifMergeException(Path, $"expected {what} here");
        }
    }

    private void Guard(Action read)
    {
        try
        {
            read();
        }
        catch (JsonException e)
        {
            throw new SarifMergeException(Path, e.Message.Split(" Path:")[0].Split(" LineNumber:")[0] + " (the column counts bytes)", e.LineNumber + 1, e.BytePositionInLine + 1);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or KeyNotFoundException or ArgumentOutOfRangeException)
        {
            throw new SarifMergeException(Path, $"{Where()}a value is not what a SARIF log of 'pluginhost analyze' holds: {e.Message}");
        }
        catch (IOException e)
        {
            throw new SarifMergeException(Path, $"the log could not be read: {e.Message}");
        }
    }

    private string ArticleOf(JsonElement result)
    {
        if (result.TryGetProperty("locations", out var locations)
            && locations.ValueKind == JsonValueKind.Array
            && locations.GetArrayLength() > 0
            && locations[0].TryGetProperty("physicalLocation", out var physical)
            && physical.TryGetProperty("artifactLocation", out var artifact)
            && artifact.TryGetProperty("uri", out var uri)
            && uri.GetString() is { } text)
        {
            return artifact.TryGetProperty("uriBaseId", out _) ? SarifReportWriter.PathOf(text) : new Uri(text).LocalPath;
        }

        throw new SarifMergeException(Path, $"{Where()}the result has no location; every result of 'pluginhost analyze' names its article");
    }

    private string Where() => _results == 0 ? string.Empty : $"result {_results.ToString("N0", CultureInfo.InvariantCulture)}: ";
}
