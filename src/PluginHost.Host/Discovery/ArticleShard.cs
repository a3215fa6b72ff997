using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PluginHost.Host.Discovery;

/// <summary>
/// One share of a run split over N processes (<c>--shard K/N</c>, K from 0): an article belongs to the shard its
/// path's hash names. The hash is of the path as reports show it, with '/' between folders, so every process
/// started in the same folder with the same inputs agrees: shards never overlap and together they are the whole
/// input, whichever machine each runs on.
/// </summary>
public sealed record ArticleShard
{
    public ArticleShard(int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
        (Index, Count) = (index, count);
    }

    public static ArticleShard Whole { get; } = new(0, 1);

    /// <summary>This process's share, from 0.</summary>
    public int Index { get; }

    /// <summary>How many shares the input is split into.</summary>
    public int Count { get; }

    /// <summary>Reads <c>K/N</c>; null, with the reason in <paramref name="error"/>, when it is not 0 ≤ K &lt; N.</summary>
    public static ArticleShard? Parse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1
            && index < count)
        {
            error = null;
            return new ArticleShard(index, count);
        }

        error = $"--shard takes K/N, this process's share K (from 0) of N shares, such as 0/3, 1/3 and 2/3; '{text}' is not one";
        return null;
    }

    public bool Contains(string displayPath)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        if (Count == 1)
        {
            return true;
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(displayPath.Replace('\\', '/')), hash);
        return BinaryPrimitives.ReadUInt64LittleEndian(hash) % (ulong)Count == (ulong)Index;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
