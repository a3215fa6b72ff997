using System.Text.Json;

namespace PluginHost.Host.Merging;

/// <summary>
/// Reads a JSON file token by token, or one whole value at a time, holding only a buffer as large as the largest
/// value read whole: a log of any size is read in bounded memory. <see cref="Utf8JsonReader"/> cannot outlive a
/// call, so each step makes one over the unread bytes with the state the last step left, and when the bytes run out
/// mid-token the buffer is refilled (grown if one value needs more) and the step is tried again.
/// </summary>
internal sealed class JsonStreamReader(Stream stream, int bufferSize = 64 * 1024) : IDisposable
{
    private delegate bool Step<T>(ref Utf8JsonReader reader, out T value);

    private byte[] _buffer = new byte[bufferSize];
    private int _start;
    private int _end;
    private bool _atEnd;
    private JsonReaderState _state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });

    /// <summary>The next token, with its text when it is a property name or a string.</summary>
    public (JsonTokenType Type, string? Text) ReadToken() => Run(static (ref Utf8JsonReader reader, out (JsonTokenType, string?) token) =>
    {
        if (!reader.Read())
        {
            token = default;
            return false;
        }

        token = (reader.TokenType, reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String ? reader.GetString() : null);
        return true;
    });

    /// <summary>The next whole value (after a property name, or an array's next item), or null at the array's end.</summary>
    public JsonElement? ReadValue() => Run(static (ref Utf8JsonReader reader, out JsonElement? value) =>
    {
        if (!reader.Read())
        {
            value = null;
            return false;
        }

        if (reader.TokenType == JsonTokenType.EndArray)
        {
            value = null;
            return true;
        }

        if (!JsonDocument.TryParseValue(ref reader, out var document))
        {
            value = null;
            return false;
        }

        using (document)
        {
            value = document.RootElement.Clone();
        }

        return true;
    });

    public void Dispose() => stream.Dispose();

    private T Run<T>(Step<T> step)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _atEnd, _state);
            if (step(ref reader, out var value))
            {
                _start += (int)reader.BytesConsumed;
                _state = reader.CurrentState;
                return value;
            }

            if (_atEnd)
            {
                throw new JsonException("The file ends before the log does.");
            }

            Refill();
        }
    }

    private void Refill()
    {
        var unread = _end - _start;
        if (unread > _buffer.Length / 2)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        Buffer.BlockCopy(_buffer, _start, _buffer, 0, unread);
        _start = 0;
        _end = unread;
        while (_end < _buffer.Length)
        {
            var read = stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _atEnd = true;
                return;
            }

            _end += read;
        }
    }
}
