using System.Text;
using System.Text.Json;
using PluginHost.Host.Merging;

namespace PluginHost.Host.Tests.Merging;

public sealed class JsonStreamReaderTests
{
    private const string Log = """
        {"version": "2.1.0", "runs": [{"results": [
          {"ruleId": "AB0001", "message": {"text": "“quoted” and long enough to cross a buffer"}},
          {"ruleId": "AB0002", "nested": [1, 2.5, true, null, {"deep": ["x"]}]}
        ]}]}
        """;

    [Theory]
    [InlineData(4)]
    [InlineData(16)]
    [InlineData(64 * 1024)]
    public void Values_and_tokens_read_from_a_stream_in_small_pieces_are_the_whole_ones(int bufferSize)
    {
        using var reader = new JsonStreamReader(new TrickleStream(Encoding.UTF8.GetBytes(Log)), bufferSize);
        reader.ReadToken().Type.ShouldBe(JsonTokenType.StartObject);
        reader.ReadToken().ShouldBe((JsonTokenType.PropertyName, "version"));
        reader.ReadValue()!.Value.GetString().ShouldBe("2.1.0");
        reader.ReadToken().ShouldBe((JsonTokenType.PropertyName, "runs"));
        reader.ReadToken().Type.ShouldBe(JsonTokenType.StartArray);
        reader.ReadToken().Type.ShouldBe(JsonTokenType.StartObject);
        reader.ReadToken().ShouldBe((JsonTokenType.PropertyName, "results"));
        reader.ReadToken().Type.ShouldBe(JsonTokenType.StartArray);
        var expected = JsonDocument.Parse(Log).RootElement.GetProperty("runs")[0].GetProperty("results");
        JsonElement.DeepEquals(reader.ReadValue()!.Value, expected[0]).ShouldBeTrue();
        JsonElement.DeepEquals(reader.ReadValue()!.Value, expected[1]).ShouldBeTrue();
        reader.ReadValue().ShouldBeNull();
        reader.ReadToken().Type.ShouldBe(JsonTokenType.EndObject);
    }

    [Fact]
    public void A_file_that_ends_early_is_an_error()
    {
        using var reader = new JsonStreamReader(new MemoryStream(Encoding.UTF8.GetBytes("{\"runs\": [1, 2")), 4);
        reader.ReadToken();
        reader.ReadToken();
        reader.ReadToken();
        reader.ReadValue()!.Value.GetInt32().ShouldBe(1);
        Should.Throw<JsonException>(() => reader.ReadValue());
    }

    [Fact]
    public void Reading_past_a_complete_document_is_an_error()
    {
        using var reader = new JsonStreamReader(new MemoryStream(Encoding.UTF8.GetBytes("{}")));
        reader.ReadToken();
        reader.ReadToken();
        Should.Throw<JsonException>(() => reader.ReadToken()).Message.ShouldBe("The file ends before the log does.");
    }

    /// <summary>A stream that gives one byte per read, as a slow network file system can.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
    }
}
