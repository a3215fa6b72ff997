using System.Runtime.InteropServices;

namespace Language.Detection;

/// <summary>
/// The features of one kind (character n-grams, or words) that some language of the model has seen: for each, the
/// languages that have it and how much more likely it is in each than an unseen feature (a log-probability
/// difference). A language not listed has the feature at the floor, as likely as any unseen feature. An
/// open-addressing hash table laid out by the model builder and read back as it is, so loading the model builds
/// nothing; a slot holds the key and where its entries start, and the entries hold language and value side by
/// side, so that a lookup touches two places in memory.
/// </summary>
internal sealed class FeatureTable
{
    private readonly Slot[] _slots;
    private readonly FeatureEntry[] _entries;

    // Checked once here, so that a damaged model is refused at load rather than hanging or failing on every article.
    private FeatureTable(Slot[] slots, FeatureEntry[] entries)
    {
        var empty = false;
        for (var slot = 0; slot < slots.Length - 1; slot++)
        {
            empty |= slots[slot].Key == 0;
            if (slots[slot].Start < 0 || slots[slot].Start > slots[slot + 1].Start || (slots[slot].Key == 0 && slots[slot].Start != slots[slot + 1].Start))
            {
                throw new InvalidDataException("The feature table's slots do not fit its entries.");
            }
        }

        if (!int.IsPow2(slots.Length - 1) || !empty || slots[^1].Start != entries.Length)
        {
            throw new InvalidDataException("The feature table's arrays do not fit together.");
        }

        (_slots, _entries) = (slots, entries);
        var highest = -1;
        foreach (var entry in entries)
        {
            highest = Math.Max(highest, entry.Language);
        }

        LanguageCount = highest + 1;
    }

    /// <summary>How many languages the entries number: one more than the highest language index.</summary>
    public int LanguageCount { get; }

    public int Count => _slots.Count(s => s.Key != 0);

    /// <summary>Lays out a table of the given features; 0 is no feature's key (it marks an empty slot).</summary>
    public static FeatureTable Build(IReadOnlyDictionary<ulong, List<(byte Language, float Boost)>> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.ContainsKey(0))
        {
            throw new ArgumentException("0 marks an empty slot and cannot be a feature's key.", nameof(features));
        }

        // Room to spare, so that probing for a missing key always meets an empty slot.
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(features.Count + (features.Count / 4) + 1));
        var keys = new ulong[capacity];
        foreach (var key in features.Keys)
        {
            var slot = Home(key, capacity - 1);
            while (keys[slot] != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            keys[slot] = key;
        }

        // One slot more than the capacity, which only marks where the last slot's entries end.
        var slots = new Slot[capacity + 1];
        var entries = new List<FeatureEntry>();
        for (var slot = 0; slot < capacity; slot++)
        {
            slots[slot] = new Slot(keys[slot], entries.Count);
            if (keys[slot] != 0)
            {
                entries.AddRange(features[keys[slot]].Select(e => new FeatureEntry(e.Language, e.Boost)));
            }
        }

        slots[^1] = new Slot(0, entries.Count);
        return new FeatureTable(slots, [.. entries]);
    }

    public bool TryGet(ulong key, out ReadOnlySpan<FeatureEntry> entries)
    {
        var mask = _slots.Length - 2;
        for (var slot = Home(key, mask); key != 0; slot = (slot + 1) & mask)
        {
            var found = _slots[slot].Key;
            if (found == key)
            {
                entries = _entries.AsSpan(_slots[slot].Start, _slots[slot + 1].Start - _slots[slot].Start);
                return true;
            }

            if (found == 0)
            {
                break;
            }
        }

        entries = default;
        return false;
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_slots.Length);
        writer.Write(_entries.Length);
        writer.Write(MemoryMarshal.AsBytes(_slots.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_entries.AsSpan()));
    }

    public static FeatureTable Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var slots = reader.ReadInt32();
        var entries = reader.ReadInt32();
        if (slots < 2 || entries < 0 || (long)(slots * 12L) + (entries * 5L) > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new InvalidDataException("The language model's feature table is larger than the model.");
        }

        return new FeatureTable(ReadArray<Slot>(reader, slots), ReadArray<FeatureEntry>(reader, entries));
    }

    // Where probing for a key starts (a multiplicative hash); it goes on to the next slot until the key or an empty slot.
    private static int Home(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15UL) >> 32) & mask;

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

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Slot(ulong Key, int Start);
}
