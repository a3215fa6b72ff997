using System.Text;
using PluginHost.Sdk.Text;

namespace PluginHost.Host.Reading;

/// <summary>
/// Reads an article file: UTF-8 by default, UTF-16 and UTF-8 when a byte-order mark says so (the mark is not part
/// of the text, so positions start after it). Invalid UTF-8 is read as U+FFFD, one per bad byte, and counted.
/// A file with NUL bytes and no UTF-16 mark is binary and is not read.
/// </summary>
public sealed class ArticleReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public ArticleReadResult Read(string displayPath, string fullPath)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ArticleReadResult(null, e.Message, null, 0, 0);
        }

        return Decode(displayPath, bytes);
    }

    public static ArticleReadResult Decode(string displayPath, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.AsSpan().StartsWith(Encoding.Unicode.Preamble) || bytes.AsSpan().StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return Success(displayPath, encoding.GetString(bytes, 2, bytes.Length - 2), 0, 0);
        }

        var offset = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        var nul = bytes.AsSpan(offset).IndexOf((byte)0);
        if (nul >= 0)
        {
            return new ArticleReadResult(null, null, $"a NUL byte at byte {nul + offset}", 0, 0);
        }

        try
        {
            return Success(displayPath, StrictUtf8.GetString(bytes, offset, bytes.Length - offset), 0, 0);
        }
        catch (DecoderFallbackException)
        {
            var (text, invalid, first) = DecodeWithReplacement(bytes.AsSpan(offset));
            return Success(displayPath, text, invalid, first);
        }
    }

    private static ArticleReadResult Success(string displayPath, string text, int invalid, int firstInvalid) =>
        new(Article.Create(displayPath, text), null, null, invalid, firstInvalid);

    // Decodes valid runs as UTF-8 and each invalid byte as one U+FFFD, remembering where the first one landed.
    private static (string Text, int Invalid, int FirstOffset) DecodeWithReplacement(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        var invalid = 0;
        var first = -1;
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                builder.Append(rune.ToString());
                bytes = bytes[consumed..];
                continue;
            }

            first = first < 0 ? builder.Length : first;
            invalid++;
            builder.Append('\uFFFD');
            bytes = bytes[1..];
        }

        return (builder.ToString(), invalid, Math.Max(first, 0));
    }
}
