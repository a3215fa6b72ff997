using System.Runtime.CompilerServices;
using Language.Detection;

namespace Language.Tests;

public sealed class FeatureTableTests
{
    private const int HeaderSize = 4 * sizeof(int);
    private const int SlotSize = 2 * sizeof(uint);

    private static readonly Dictionary<ulong, List<(byte Language, float Boost)>> Features = new()
    {
        [7] = [(0, 1.5f), (2, 0.25f)],
        [9] = [(1, 3f)],
        [1UL << 40] = [(2, 2f)],
    };

    // A feature of as many languages as FeatureTable.DenseFrom and more: language i has the value i + 1.
    private static readonly Dictionary<ulong, List<(byte Language, float Boost)>> Common = new()
    {
        [11] = [.. Enumerable.Range(0, 10).Select(i => ((byte)i, i + 1f))],
        [12] = [(3, 0.5f)],
    };

    [Fact]
    public void A_feature_adds_its_value_to_each_of_its_languages()
    {
        var table = FeatureTable.Build(Features);
        var scores = new int[table.Stride];

        table.Count.ShouldBe(3);
        table.AddTo([7], scores).ShouldBe(1);
        Values(scores)[..3].ShouldBe([1.5f, 0, 0.25f]);
        table.AddTo([1UL << 40, 7], scores).ShouldBe(2);
        Values(scores)[..3].ShouldBe([3f, 0, 2.5f]);
    }

    [Fact]
    public void A_feature_of_many_languages_adds_a_value_to_every_language()
    {
        var table = FeatureTable.Build(Common);
        var scores = new int[table.Stride];

        table.Stride.ShouldBe(16);
        table.AddTo([11, 12, 11], scores).ShouldBe(3);

        Values(scores).ShouldBe([2, 4, 6, 8.5f, 10, 12, 14, 16, 18, 20, 0, 0, 0, 0, 0, 0]);
    }

    [Fact]
    public void An_unknown_feature_adds_nothing()
    {
        var table = FeatureTable.Build(Features);
        var scores = new int[table.Stride];

        table.AddTo([8, 0, 1UL << 41], scores).ShouldBe(0);
        table.AddTo([], scores).ShouldBe(0);

        scores.ShouldAllBe(s => s == 0);
    }

    [Fact]
    public void A_table_reads_back_as_it_was_written()
    {
        var table = Reread(FeatureTable.Build(Common));
        var scores = new int[table.Stride];

        table.Count.ShouldBe(2);
        table.LanguageCount.ShouldBe(10);
        table.AddTo([12, 11], scores).ShouldBe(2);
        Values(scores)[..5].ShouldBe([1, 2, 3, 4.5f, 5]);
    }

    [Fact]
    public unsafe void A_table_read_in_place_adds_the_values_where_they_lie()
    {
        var bytes = Written(FeatureTable.Build(Common));
        var firstValue = bytes.Length - (FeatureTable.StrideOf(10) * sizeof(ushort));
        fixed (byte* start = bytes)
        {
            using var memory = new UnmanagedMemoryStream(start, bytes.Length);
            using var reader = new BinaryReader(memory);
            var inPlace = FeatureTable.Read(reader, inPlaceOwner: bytes);
            var copied = Reread(bytes);
            memory.Position.ShouldBe(bytes.Length);
            (inPlace.IsInPlace, copied.IsInPlace).ShouldBe((true, false));

            BitConverter.TryWriteBytes(bytes.AsSpan(firstValue), (ushort)(7 * FeatureTable.Scale)).ShouldBeTrue();

            var (inPlaceScores, copiedScores) = (new int[inPlace.Stride], new int[copied.Stride]);
            inPlace.AddTo([11], inPlaceScores).ShouldBe(1);
            copied.AddTo([11], copiedScores).ShouldBe(1);
            Values(inPlaceScores)[..2].ShouldBe([7, 2]);
            Values(copiedScores)[..2].ShouldBe([1, 2]);
        }
    }

    [Fact]
    public void A_table_read_from_a_stream_that_is_not_memory_is_copied_even_when_it_may_be_read_in_place()
    {
        var bytes = Written(FeatureTable.Build(Common));
        using var reader = new BinaryReader(new MemoryStream(bytes));
        var table = FeatureTable.Read(reader, inPlaceOwner: bytes);

        bytes.AsSpan().Clear();

        var scores = new int[table.Stride];
        table.AddTo([11], scores).ShouldBe(1);
        Values(scores)[..2].ShouldBe([1, 2]);
    }

    [Fact]
    public void Keys_that_start_at_the_same_slot_are_all_found()
    {
        // In a table of 16, keys 5, 32 and 37 start at the last slot and the multiples of 2^60 at the first: the
        // probes wrap around and pass one another's keys.
        var crowded = new ulong[] { 5, 32, 37 }.Concat(Enumerable.Range(1, 9).Select(i => (ulong)i << 60))
            .Select((key, i) => (key, i)).ToDictionary(k => k.key, k => new List<(byte, float)> { ((byte)k.i, k.i + 1) });
        var table = FeatureTable.Build(crowded);

        foreach (var (key, entries) in crowded)
        {
            var scores = new int[table.Stride];
            table.AddTo([key], scores).ShouldBe(1);
            Values(scores)[entries[0].Item1].ShouldBe(entries[0].Item2);
            Values(scores).Sum().ShouldBe(entries[0].Item2);
        }

        table.AddTo([96, 10UL << 60], new int[table.Stride]).ShouldBe(0);
    }

    [Fact]
    public void Rows_of_many_languages_add_every_language_of_the_right_row()
    {
        var wide = new Dictionary<ulong, List<(byte Language, float Boost)>>
        {
            [1] = [.. Enumerable.Range(0, 40).Select(i => ((byte)i, 16f + (i / 4f)))],
            [2] = [.. Enumerable.Range(0, 40).Select(i => ((byte)i, 0.5f))],
        };
        var table = FeatureTable.Build(wide);
        var scores = new int[table.Stride];

        table.Stride.ShouldBe(48);
        table.AddTo([2, 1], scores).ShouldBe(2);

        Values(scores).ShouldBe([.. Enumerable.Range(0, 40).Select(i => 16.5f + (i / 4f)), .. new float[8]]);
    }

    [Fact]
    public void A_key_missing_from_a_table_of_two_is_not_found()
    {
        var table = FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [1] = [(0, 1f)], [2] = [(0, 1f)] });

        table.AddTo([3], new int[table.Stride]).ShouldBe(0);
    }

    [Fact]
    public void Too_few_scores_or_too_many_keys_are_refused()
    {
        var table = FeatureTable.Build(Common);

        Should.Throw<ArgumentException>(() => table.AddTo([11], new int[table.Stride - 1]));
        Should.Throw<ArgumentException>(() => table.AddTo(new ulong[FeatureTable.BatchSize + 1], new int[table.Stride]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_truncated_table_is_refused(bool inPlace)
    {
        Should.Throw<InvalidDataException>(() => Reread(Written(FeatureTable.Build(Features))[..^3], inPlace));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_table_laid_out_by_hand_is_read(bool inPlace)
    {
        var table = Reread(Crafted(), inPlace);
        var scores = new int[table.Stride];

        table.AddTo([Key], scores).ShouldBe(1);
        scores[1].ShouldBe(7);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(0, true)]
    [InlineData(257, false)]
    [InlineData(257, true)]
    public void A_table_of_no_languages_or_too_many_is_refused(int languages, bool inPlace)
    {
        Should.Throw<InvalidDataException>(() => Reread(Crafted(languages: languages), inPlace));
    }

    [Fact]
    public void A_table_of_256_languages_is_read()
    {
        var table = Reread(Crafted(languages: 256));

        (table.LanguageCount, table.Stride).ShouldBe((256, 256));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_table_whose_slot_count_is_no_power_of_two_is_refused(bool inPlace)
    {
        Should.Throw<InvalidDataException>(() => Reread(Crafted(slots: [(KeyPrint, OneEntry), (0, 0), (0, 0)]), inPlace));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_table_with_no_empty_slot_is_refused(bool inPlace)
    {
        Should.Throw<InvalidDataException>(() => Reread(Crafted(slots: [(KeyPrint, OneEntry), (3, OneEntry)]), inPlace));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Entries_cut_short_are_refused(bool inPlace)
    {
        Should.Throw<InvalidDataException>(() => Reread(Crafted(sparse: [1, 7, 0, 0]), inPlace));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Entries_of_a_language_the_table_does_not_count_are_refused(bool inPlace)
    {
        Should.Throw<InvalidDataException>(() => Reread(Crafted(sparse: [2, 7, 0]), inPlace));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_slot_counting_more_entries_than_there_are_is_refused(bool inPlace)
    {
        Should.Throw<InvalidDataException>(() => Reread(Crafted(slots: [(KeyPrint, (2u << 28) | 0), (0, 0)]), inPlace));
        Should.Throw<InvalidDataException>(() => Reread(Crafted(slots: [(KeyPrint, (1u << 28) | 1), (0, 0)]), inPlace));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_slot_of_no_entries_is_refused(bool inPlace)
    {
        Should.Throw<InvalidDataException>(() => Reread(Crafted(slots: [(KeyPrint, 0), (0, 0)]), inPlace));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Dense_rows_not_a_whole_number_of_rows_are_refused(bool inPlace)
    {
        Should.Throw<InvalidDataException>(() => Reread(Crafted(dense: new ushort[15]), inPlace));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_slot_pointing_past_the_dense_rows_is_refused(bool inPlace)
    {
        Should.Throw<InvalidDataException>(() => Reread(Crafted(slots: [(KeyPrint, (1u << 31) | 1), (0, 0)], dense: new ushort[16]), inPlace));
        Reread(Crafted(slots: [(KeyPrint, (1u << 31) | 0), (0, 0)], dense: new ushort[16]), inPlace).Count.ShouldBe(1);
    }

    [Fact]
    public void A_header_larger_than_the_table_is_refused()
    {
        Should.Throw<InvalidDataException>(() => Reread(WithCount(Crafted(), SparseCount, 1 << 20)));
    }

    // Read in place, only the header's check stands between a count that claims a little too much (a file cut short
    // or overwritten) and reading past the model. The counts here claim what the blank memory after the table would
    // make a table that is accepted, so a missing or weakened check shows as no error rather than as a crash.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_header_claiming_more_slots_than_there_are_is_refused(bool inPlace)
    {
        var bytes = Crafted(slots: [(KeyPrint, 1u << 31), (0, 0)], sparse: [], dense: new ushort[16]);

        Should.Throw<InvalidDataException>(() => Reread(WithCount(bytes, SlotCount, 4), inPlace)).Message.ShouldBe(HeaderTooLarge);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_header_claiming_more_entries_than_there_are_is_refused(bool inPlace)
    {
        Should.Throw<InvalidDataException>(() => Reread(WithCount(Crafted(), SparseCount, 6), inPlace)).Message.ShouldBe(HeaderTooLarge);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(0, true)]
    [InlineData(16, false)]
    [InlineData(16, true)]
    public void A_header_claiming_a_dense_row_more_than_there_are_is_refused(int rows, bool inPlace)
    {
        Should.Throw<InvalidDataException>(() => Reread(WithCount(Crafted(dense: new ushort[rows]), DenseCount, rows + 16), inPlace)).Message.ShouldBe(HeaderTooLarge);
    }

    [Theory]
    [InlineData(SlotCount, 0, false)]
    [InlineData(SlotCount, 0, true)]
    [InlineData(SlotCount, -2, true)]
    [InlineData(SparseCount, -3, false)]
    [InlineData(SparseCount, -3, true)]
    [InlineData(DenseCount, -16, false)]
    [InlineData(DenseCount, -16, true)]
    public void A_header_of_no_slots_or_of_a_negative_count_is_refused(int field, int count, bool inPlace)
    {
        Should.Throw<InvalidDataException>(() => Reread(WithCount(Crafted(), field, count), inPlace)).Message.ShouldBe(HeaderTooLarge);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_table_of_no_features_is_one_empty_slot_that_finds_nothing(bool inPlace)
    {
        var bytes = Written(FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>>()));
        var table = Reread(bytes, inPlace);

        BitConverter.ToInt32(bytes, sizeof(int)).ShouldBe(1);
        table.Count.ShouldBe(0);
        table.AddTo([0, 1, 7], new int[table.Stride]).ShouldBe(0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_table_of_dense_rows_only_is_read(bool inPlace)
    {
        var table = Reread(Written(FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [11] = Common[11] })), inPlace);
        var scores = new int[table.Stride];

        table.AddTo([11], scores).ShouldBe(1);
        Values(scores)[..3].ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void A_feature_of_exactly_as_many_languages_as_a_dense_row_takes_adds_to_each()
    {
        var table = FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [4] = [.. Enumerable.Range(0, FeatureTable.DenseFrom).Select(i => ((byte)i, 1f))] });
        var scores = new int[table.Stride];

        table.AddTo([4], scores).ShouldBe(1);
        Values(scores).ShouldBe([.. Enumerable.Repeat(1f, FeatureTable.DenseFrom), .. new float[table.Stride - FeatureTable.DenseFrom]]);
    }

    // Probing for a missing key stops at the first empty slot: a quarter of the features' count or more is kept
    // empty, so that probes stay short, in the smallest power of two that gives it.
    [Theory]
    [InlineData(3, 4)]
    [InlineData(8, 16)]
    [InlineData(100, 128)]
    [InlineData(103, 256)]
    public void A_table_has_room_to_spare_and_no_more(int features, int slots)
    {
        var table = FeatureTable.Build(Enumerable.Range(1, features).ToDictionary(k => (ulong)k, _ => new List<(byte, float)> { (0, 1f) }));

        BitConverter.ToInt32(Written(table), sizeof(int)).ShouldBe(slots);
    }

    [Theory]
    [InlineData(1, 16)]
    [InlineData(15, 16)]
    [InlineData(16, 16)]
    [InlineData(17, 32)]
    [InlineData(256, 256)]
    public void The_scores_are_the_language_count_rounded_up_to_whole_vectors(int languages, int stride)
    {
        FeatureTable.StrideOf(languages).ShouldBe(stride);
    }

    [Fact]
    public void A_value_outside_what_a_table_stores_is_refused()
    {
        Should.Throw<ArgumentException>(() => FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [5] = [(0, -0.5f)] }));
        Should.Throw<ArgumentException>(() => FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [5] = [(0, ushort.MaxValue / FeatureTable.Scale)] }));

        var table = FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [5] = [(0, 0f)], [6] = [(1, 31.99f)] });
        var scores = new int[table.Stride];
        table.AddTo([5, 6], scores).ShouldBe(2);
        scores[..2].ShouldBe([0, 65516]);
    }

    [Fact]
    public void A_feature_of_no_language_or_of_one_language_twice_is_refused()
    {
        Should.Throw<ArgumentException>(() => FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [5] = [] }));
        Should.Throw<ArgumentException>(() => FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [5] = [(1, 1f), (1, 2f)] }));
    }

    [Fact]
    public void Keys_whose_fingerprints_would_be_confused_are_refused()
    {
        // Both start at the last slot of a table of four and have the same fingerprint.
        Should.Throw<ArgumentException>(() => FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [5] = [(0, 1f)], [17895202253506084864] = [(0, 1f)] }));
    }

    private const ulong Key = 9;

    private const string HeaderTooLarge = "The language model's feature table is larger than the model.";

    // The header's counts, after the language count: slots, entry bytes, dense values.
    private const int SlotCount = 1;
    private const int SparseCount = 2;
    private const int DenseCount = 3;

    // The slot of Key in a table of two: its fingerprint, and one entry at index 0.
    private static readonly uint KeyPrint = FingerprintOf(Key);
    private const uint OneEntry = 1u << 28;

    // A table of two slots, Key in the one it starts at, with language 1's value 7 (in 1/2048ths): each argument
    // replaces one part with a faulty one.
    private static byte[] Crafted(int languages = 2, (uint Key, uint Ref)[]? slots = null, byte[]? sparse = null, ushort[]? dense = null)
    {
        slots ??= Home(Key) == 0 ? [(KeyPrint, OneEntry), (0, 0)] : [(0, 0), (KeyPrint, OneEntry)];
        sparse ??= [1, 7, 0];
        dense ??= [];
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(languages);
            writer.Write(slots.Length);
            writer.Write(sparse.Length);
            writer.Write(dense.Length);
            foreach (var (key, at) in slots)
            {
                writer.Write(key);
                writer.Write(at);
            }

            writer.Write(sparse);
            foreach (var value in dense)
            {
                writer.Write(value);
            }
        }

        return stream.ToArray();
    }

    private static byte[] WithCount(byte[] table, int field, int count)
    {
        BitConverter.TryWriteBytes(table.AsSpan(field * sizeof(int), sizeof(int)), count).ShouldBeTrue();
        return table;
    }

    // Read back from a table holding only the key: the fingerprint is what its one occupied slot keeps.
    private static uint FingerprintOf(ulong key)
    {
        var bytes = Written(FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [key] = [(0, 1f)] }));
        return Enumerable.Range(0, BitConverter.ToInt32(bytes, sizeof(int))).Select(slot => BitConverter.ToUInt32(bytes, HeaderSize + (slot * SlotSize))).Single(k => k != 0);
    }

    private static int Home(ulong key)
    {
        var bytes = Written(FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [key] = [(0, 1f)] }));
        return BitConverter.ToUInt32(bytes, HeaderSize) != 0 ? 0 : 1;
    }

    private static float[] Values(int[] scores) => [.. scores.Select(s => s / FeatureTable.Scale)];

    private static FeatureTable Reread(FeatureTable table) => Reread(Written(table));

    private static FeatureTable Reread(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes));
        return FeatureTable.Read(reader);
    }

    // In place, the table lies in pinned memory with a blank kilobyte after it, which a count that claims too much
    // would read into rather than into memory the test does not own.
    private static unsafe FeatureTable Reread(byte[] bytes, bool inPlace)
    {
        if (!inPlace)
        {
            return Reread(bytes);
        }

        var memory = GC.AllocateArray<byte>(bytes.Length + 1024, pinned: true);
        bytes.CopyTo(memory, 0);
        using var stream = new UnmanagedMemoryStream((byte*)Unsafe.AsPointer(ref memory[0]), bytes.Length, memory.Length, FileAccess.Read);
        using var reader = new BinaryReader(stream);
        return FeatureTable.Read(reader, inPlaceOwner: memory);
    }

    private static byte[] Written(FeatureTable table)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            table.Write(writer);
        }

        return stream.ToArray();
    }
}
