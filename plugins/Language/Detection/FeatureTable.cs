using System.Runtime.InteropServices;

namespace Language.Detection;

/// <summary>
/// The features of one kind (character n-grams, or words) that some language of the model has seen: for each, the
/// languages that have it and how much more likely it is in each than an unseen feature (a log-probability
/// difference). A language not listed has the feature at the floor, as likely as any unseen feature. An open-addressing hash table laid out by
/// the model builder and read back as it is, so loading the model builds nothing.
/// </summary>
public sealed class FeatureTable
{
    private readonly ulong[] _slots;
    private readonly int[] _starts;
    private readonly byte[] _languages;
    private readonly float[] _boosts;

    private FeatureTable(ulong[] slots, int[] starts, byte[] languages, float[] boosts)
    {
        if (!int.IsPow2(slots.Length) || starts.Length != slots.Length + 1 || languages.Length != boosts.Length || starts[^1] != languages.Length)
        {
            throw new InvalidDataException("The feature table's arrays do not fit together.");
        }

        (_slots, _starts, _languages, _boosts) = (slots, starts, languages, boosts);
        Count = slots.Count(s => s != 0);
    }

    public int Count { get; }

    /// <summary>Lays out a table of the given features; 0 is no feature's key (it marks an empty slot).</summary>
    public static FeatureTable Build(IReadOnlyDictionary<ulong, List<(byte Language, float Boost)>> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.ContainsKey(0))
        {
            throw new ArgumentException("0 marks an empty slot and cannot be a feature's key.", nameof(features));
        }

        var slots = new ulong[int.Max(2, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(features.Count + (features.Count / 4))))];
        foreach (var key in features.Keys)
        {
            slots[SlotFor(slots, key)] = key;
        }

        var starts = new int[slots.Length + 1];
        var (languages, boosts) = (new List<byte>(), new List<float>());
        for (var slot = 0; slot < slots.Length; slot++)
        {
            starts[slot] = languages.Count;
            if (slots[slot] != 0)
            {
                foreach (var (language, boost) in features[slots[slot]])
                {
                    languages.Add(language);
                    boosts.Add(boost);
                }
            }
        }

        starts[^1] = languages.Count;
        return new FeatureTable(slots, starts, [.. languages], [.. boosts]);
    }

    public bool TryGet(ulong key, out ReadOnlySpan<byte> languages, out ReadOnlySpan<float> boosts)
    {
        var slot = SlotFor(_slots, key);
        if (_slots[slot] == key && key != 0)
        {
            var (start, length) = (_starts[slot], _starts[slot + 1] - _starts[slot]);
            languages = _languages.AsSpan(start, length);
            boosts = _boosts.AsSpan(start, length);
            return true;
        }

        languages = default;
        boosts = default;
        return false;
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_slots.Length);
        writer.Write(_languages.Length);
        writer.Write(MemoryMarshal.AsBytes(_slots.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_starts.AsSpan()));
        writer.Write(_languages);
        writer.Write(MemoryMarshal.AsBytes(_boosts.AsSpan()));
    }

    public static FeatureTable Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var slots = reader.ReadInt32();
        var entries = reader.ReadInt32();
        return new FeatureTable(ReadArray<ulong>(reader, slots), ReadArray<int>(reader, slots + 1), ReadArray<byte>(reader, entries), ReadArray<float>(reader, entries));
    }

    // The slot that holds the key, or the empty slot where it would go: linear probing from a multiplicative hash.
    private static int SlotFor(ulong[] slots, ulong key)
    {
        var mask = slots.Length - 1;
        var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> 32) & mask;
        while (slots[slot] != 0 && slots[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private static T[] ReadArray<T>(BinaryReader reader, int length)
        where T : struct
    {
        var array = new T[length];
        var bytes = MemoryMarshal.AsBytes(array.AsSpan());
        if (reader.BaseStream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false) != bytes.Length)
        {
            throw new InvalidDataException("The language model ends before its feature table does.");
        }

        return array;
    }
}
