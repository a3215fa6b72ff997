using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Language.Detection;

/// <summary>
/// The features of one kind (character n-grams, or words) that some language of the model has seen: for each, the
/// languages that have it and how much more likely it is in each than an unseen feature (a log-probability
/// difference). A language not listed has the feature at the floor, as likely as any unseen feature. An
/// open-addressing hash table laid out by the model builder and read back as it is, so loading the model builds
/// nothing.
/// </summary>
/// <remarks>
/// Adding a feature's values to the scores is most of a detection's work, and it waits mostly for memory. So values
/// are kept in 16 bits, as whole multiples of 1/<see cref="Scale"/> (well below what a detection can tell apart),
/// and added as integers, which also makes a score the same whatever order its features come in. The features met
/// most (letters, common bigrams and trigrams) are those most languages have: a feature of at least
/// <see cref="DenseFrom"/> languages is stored as a dense row, a value for every language (0 for those without it),
/// added with vector instructions (128 bits wide, which both x64 and Arm64 run natively); a rarer one as entries (a language byte and its value, side by side), added one by
/// one. A slot holds a fingerprint of the key and where its values are: a dense row's number with the top bit set,
/// or the number of its entries (three bits) and the first one's index.
/// </remarks>
internal sealed class FeatureTable
{
    /// <summary>A feature of this many languages or more is stored as a dense row; fewer fit the three bits a slot counts entries in.</summary>
    public const int DenseFrom = 8;

    /// <summary>The most features <see cref="AddTo"/> takes at once (it keeps each one's first slot on the stack).</summary>
    public const int BatchSize = 64;

    /// <summary>A stored value is the feature's log-probability difference times this, rounded.</summary>
    public const float Scale = 2048;

    private const uint DenseRow = 1u << 31;
    private const int EntryCountShift = 28;
    private const uint EntryIndex = (1u << EntryCountShift) - 1;
    private const int EntrySize = 1 + sizeof(ushort);

    /// <summary>A dense row's length, and the scores', is the language count rounded up to a multiple of this.</summary>
    private const int RowAlignment = 16;

    private readonly ReadOnlyMemory<Slot> _slots;
    private readonly ReadOnlyMemory<byte> _sparse;
    private readonly ReadOnlyMemory<ushort> _dense;

    // Checked once here, so that a damaged model is refused at load rather than hanging, failing or adding wrong on
    // every article. The adding still takes rows and entries through checked slices (AddRow): a model read in place
    // could change under it.
    private FeatureTable(int languageCount, ReadOnlyMemory<Slot> slots, ReadOnlyMemory<byte> sparse, ReadOnlyMemory<ushort> dense)
    {
        if (languageCount is < 1 or > byte.MaxValue + 1 || !int.IsPow2(slots.Length) || sparse.Length % EntrySize != 0 || dense.Length % StrideOf(languageCount) != 0)
        {
            throw new InvalidDataException("The feature table's arrays do not fit together.");
        }

        var (rows, entries) = ((uint)(dense.Length / StrideOf(languageCount)), (uint)(sparse.Length / EntrySize));
        var sparseEntries = sparse.Span;
        for (var entry = 0; entry < sparseEntries.Length; entry += EntrySize)
        {
            if (sparseEntries[entry] >= languageCount)
            {
                throw new InvalidDataException("The feature table's entries name a language it does not count.");
            }
        }

        var empty = false;
        foreach (var slot in slots.Span)
        {
            empty |= slot.Key == 0;
            if (slot.Key != 0 && ((slot.Ref & DenseRow) != 0 ? (slot.Ref & ~DenseRow) >= rows : EntryCount(slot.Ref) == 0 || (slot.Ref & EntryIndex) + EntryCount(slot.Ref) > entries))
            {
                throw new InvalidDataException("The feature table's slots do not fit its entries.");
            }
        }

        if (!empty)
        {
            throw new InvalidDataException("The feature table has no empty slot.");
        }

        (LanguageCount, Stride, _slots, _sparse, _dense) = (languageCount, StrideOf(languageCount), slots, sparse, dense);
    }

    /// <summary>How many languages the values are for: one more than the highest language index.</summary>
    public int LanguageCount { get; }

    /// <summary>How many scores <see cref="AddTo"/> needs: the language count rounded up to whole rows.</summary>
    public int Stride { get; }

    /// <summary>Whether the table is read in place (<see cref="InPlaceMemory{T}"/>), not copied.</summary>
    internal bool IsInPlace => MemoryMarshal.TryGetMemoryManager<Slot, InPlaceMemory<Slot>>(_slots, out _);

    public int Count
    {
        get
        {
            var count = 0;
            foreach (var slot in _slots.Span)
            {
                count += slot.Key != 0 ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>Lays out a table of the given features, each with at least one language, and each language once.</summary>
    public static FeatureTable Build(IReadOnlyDictionary<ulong, List<(byte Language, float Boost)>> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.FirstOrDefault(f => f.Value.Count == 0 || f.Value.DistinctBy(e => e.Language).Count() != f.Value.Count) is { Value: not null } wrong)
        {
            throw new ArgumentException($"Feature {wrong.Key} needs at least one language, and each language once.", nameof(features));
        }

        var languageCount = features.Values.SelectMany(f => f).Select(e => e.Language + 1).DefaultIfEmpty(1).Max();
        var stride = StrideOf(languageCount);

        // Room to spare, so that probing for a missing key always meets an empty slot.
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(features.Count + (features.Count / 4) + 1));
        var slots = new Slot[capacity];
        var sparse = new List<byte>();
        var dense = new List<ushort>();
        foreach (var (key, entries) in features.OrderBy(f => f.Key))
        {
            var slot = Home(key, capacity - 1);
            while (slots[slot].Key != 0)
            {
                if (slots[slot].Key == Fingerprint(key))
                {
                    throw new ArgumentException($"Features {key} and another one probed before it share a fingerprint.", nameof(features));
                }

                slot = (slot + 1) & (capacity - 1);
            }

            if (entries.Count >= DenseFrom)
            {
                slots[slot] = new Slot(Fingerprint(key), DenseRow | (uint)(dense.Count / stride));
                var row = new ushort[stride];
                entries.ForEach(e => row[e.Language] = Quantized(e.Boost));
                dense.AddRange(row);
            }
            else if (sparse.Count / EntrySize > EntryIndex)
            {
                throw new ArgumentException($"The table holds at most {EntryIndex + 1} entries of rare features.", nameof(features));
            }
            else
            {
                slots[slot] = new Slot(Fingerprint(key), ((uint)entries.Count << EntryCountShift) | (uint)(sparse.Count / EntrySize));
                foreach (var (language, boost) in entries)
                {
                    sparse.Add(language);
                    sparse.AddRange(BitConverter.GetBytes(Quantized(boost)));
                }
            }
        }

        return new FeatureTable(languageCount, slots, sparse.ToArray(), dense.ToArray());
    }

    /// <summary>
    /// Adds each feature's value in each language, in 1/<see cref="Scale"/>ths, to <paramref name="scores"/> (at
    /// least <see cref="Stride"/> long, indexed by language), for at most <see cref="BatchSize"/> features at once;
    /// how many of them the table has.
    /// </summary>
    public int AddTo(ReadOnlySpan<ulong> keys, Span<int> scores)
    {
        if (scores.Length < Stride)
        {
            throw new ArgumentException($"The scores need room for {Stride} languages.", nameof(scores));
        }

        if (keys.Length > BatchSize)
        {
            throw new ArgumentException($"A batch holds at most {BatchSize} features.", nameof(keys));
        }

        // Every feature's first slot is read before any is probed further: the reads do not depend on one another,
        // so the processor waits for their cache misses together rather than one after another.
        var slots = _slots.Span;
        var sparse = _sparse.Span;
        var dense = _dense.Span;
        var mask = slots.Length - 1;
        Span<int> homes = stackalloc int[keys.Length];
        Span<Slot> first = stackalloc Slot[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            homes[i] = Home(keys[i], mask);
            first[i] = slots[homes[i]];
        }

        // Then each found feature's values are asked for ahead (prefetched) before any is added, for the same reason:
        // a row or an entry is another cache miss, and a miss waited for one at a time is most of a detection's time.
        var found = 0;
        Span<uint> refs = stackalloc uint[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var fingerprint = Fingerprint(keys[i]);
            var slot = first[i];
            for (var at = homes[i]; slot.Key != fingerprint && slot.Key != 0; slot = slots[at])
            {
                at = (at + 1) & mask;
            }

            if (slot.Key == 0)
            {
                continue;
            }

            refs[found++] = slot.Ref;
            Prefetch(slot.Ref, sparse, dense);
        }

        foreach (var slotRef in refs[..found])
        {
            if ((slotRef & DenseRow) != 0)
            {
                AddRow((int)(slotRef & ~DenseRow), dense, scores);
            }
            else
            {
                AddEntries((int)(slotRef & EntryIndex) * EntrySize, EntryCount(slotRef), sparse, scores);
            }
        }

        return found;
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(LanguageCount);
        writer.Write(_slots.Length);
        writer.Write(_sparse.Length);
        writer.Write(_dense.Length);
        writer.Write(MemoryMarshal.AsBytes(_slots.Span));
        writer.Write(_sparse.Span);
        writer.Write(MemoryMarshal.AsBytes(_dense.Span));
    }

    /// <summary>Reads a table as <see cref="Write"/> wrote it.</summary>
    /// <param name="reader">The reader, at the table's start; left at its end.</param>
    /// <param name="inPlaceOwner">
    /// What owns the reader's memory and keeps it alive, when the reader's stream is memory (an
    /// <see cref="UnmanagedMemoryStream"/>) that the table's arrays may be used in, uncopied (the plugin's own image);
    /// null to copy them.
    /// </param>
    public static FeatureTable Read(BinaryReader reader, object? inPlaceOwner = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var (languageCount, slots, sparse, dense) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        if (slots < 1 || sparse < 0 || dense < 0
            || (slots * (long)Unsafe.SizeOf<Slot>()) + sparse + (dense * (long)sizeof(ushort)) > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new InvalidDataException("The language model's feature table is larger than the model.");
        }

        return new FeatureTable(languageCount, ReadBlock<Slot>(reader, slots, inPlaceOwner), ReadBlock<byte>(reader, sparse, inPlaceOwner), ReadBlock<ushort>(reader, dense, inPlaceOwner));
    }

    // Where probing for a key starts (a multiplicative hash); it goes on to the next slot until the key or an empty slot.
    private static int Home(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15UL) >> 32) & mask;

    // What a slot keeps of its key: 31 bits of another hash, and a last 1 bit, since 0 marks an empty slot. An unseen
    // feature matches a slot it probes about one time in two billion; features the table holds are told apart,
    // since Build refuses a fingerprint shared within a probe sequence.
    private static uint Fingerprint(ulong key) => (uint)((key * 0xD6E8FEB86659FD93UL) >> 32) | 1;

    /// <summary>How many scores a detection keeps for <paramref name="languageCount"/> languages: rounded up to whole vectors.</summary>
    public static int StrideOf(int languageCount) => (languageCount + RowAlignment - 1) / RowAlignment * RowAlignment;

    private static int EntryCount(uint slotRef) => (int)(slotRef >> EntryCountShift);

    private static ushort Quantized(float boost) =>
        boost is >= 0 and < ushort.MaxValue / Scale ? (ushort)MathF.Round(boost * Scale) : throw new ArgumentException($"A feature's value of {boost} is outside the 0 to {ushort.MaxValue / Scale} a table stores.", nameof(boost));

    // A prefetch is a hint that never faults, so an address gone stale only wastes it: the shipped model lies in the
    // plugin's image, or in pinned arrays (ReadBlock), and never moves; a table built in memory might. Without the
    // instruction (Arm64) the values are simply read when added.
    private unsafe void Prefetch(uint slotRef, ReadOnlySpan<byte> sparse, ReadOnlySpan<ushort> dense)
    {
        if (Sse.IsSupported)
        {
            // Stryker disable once Arithmetic : any address inside the table only wastes the hint
            Sse.Prefetch0((slotRef & DenseRow) != 0
                ? Unsafe.AsPointer(ref Unsafe.AsRef(in dense[(int)(slotRef & ~DenseRow) * Stride]))
                : Unsafe.AsPointer(ref Unsafe.AsRef(in sparse[(int)(slotRef & EntryIndex) * EntrySize])));
        }
    }

    // The row and the entries are taken through checked slices and indexes: the model was checked at load, but read in
    // place its bytes are the plugin image's, which a file overwritten under a running process could change, and a wrong
    // byte must not make the adding read or write outside the table and the scores.
    private void AddRow(int row, ReadOnlySpan<ushort> dense, Span<int> scores)
    {
        ref var values = ref MemoryMarshal.GetReference(dense.Slice(row * Stride, Stride));
        ref var sums = ref Unsafe.As<int, uint>(ref MemoryMarshal.GetReference(scores));
        for (nuint i = 0; i < (nuint)Stride; i += (nuint)Vector128<ushort>.Count)
        {
            var (lower, upper) = Vector128.Widen(Vector128.LoadUnsafe(ref values, i));
            (Vector128.LoadUnsafe(ref sums, i) + lower).StoreUnsafe(ref sums, i);
            (Vector128.LoadUnsafe(ref sums, i + (nuint)Vector128<uint>.Count) + upper).StoreUnsafe(ref sums, i + (nuint)Vector128<uint>.Count);
        }
    }

    private static void AddEntries(int start, int count, ReadOnlySpan<byte> sparse, Span<int> scores)
    {
        var entries = sparse.Slice(start, count * EntrySize);
        for (var at = 0; at < entries.Length; at += EntrySize)
        {
            scores[entries[at]] += System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(entries[(at + 1)..]);
        }
    }

    private static unsafe ReadOnlyMemory<T> ReadBlock<T>(BinaryReader reader, int length, object? inPlaceOwner)
        where T : unmanaged
    {
        if (inPlaceOwner is not null && reader.BaseStream is UnmanagedMemoryStream memory)
        {
            var start = (T*)memory.PositionPointer;
            memory.Seek(length * (long)sizeof(T), SeekOrigin.Current);
            return new InPlaceMemory<T>(start, length, inPlaceOwner).Memory;
        }

        // Pinned, so that the addresses Prefetch takes stay good; not zeroed, since it is read over at once.
        var array = GC.AllocateUninitializedArray<T>(length, pinned: true);
        var bytes = MemoryMarshal.AsBytes(array.AsSpan());
        if (reader.BaseStream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false) != bytes.Length)
        {
            throw new InvalidDataException("The language model ends before its feature table does.");
        }

        return array;
    }

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Slot(uint Key, uint Ref);
}
