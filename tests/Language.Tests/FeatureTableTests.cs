using Language.Detection;

namespace Language.Tests;

public sealed class FeatureTableTests
{
    private static readonly Dictionary<ulong, List<(byte Language, float Boost)>> Features = new()
    {
        [7] = [(0, 1.5f), (2, 0.25f)],
        [9] = [(1, 3f)],
        [1UL << 40] = [(2, 2f)],
    };

    [Fact]
    public void A_feature_gives_its_languages_and_boosts()
    {
        var table = FeatureTable.Build(Features);

        table.Count.ShouldBe(3);
        table.TryGet(7, out var entries).ShouldBeTrue();
        entries.ToArray().ShouldBe([new FeatureEntry(0, 1.5f), new FeatureEntry(2, 0.25f)]);
        table.TryGet(1UL << 40, out entries).ShouldBeTrue();
        entries.ToArray().ShouldBe([new FeatureEntry(2, 2f)]);
    }

    [Fact]
    public void An_unknown_feature_is_not_found()
    {
        var table = FeatureTable.Build(Features);

        table.TryGet(8, out var entries).ShouldBeFalse();
        entries.IsEmpty.ShouldBeTrue();
        table.TryGet(0, out _).ShouldBeFalse();
    }

    [Fact]
    public void A_table_reads_back_as_it_was_written()
    {
        using var reader = new BinaryReader(new MemoryStream(Written(FeatureTable.Build(Features))));
        var table = FeatureTable.Read(reader);

        table.Count.ShouldBe(3);
        table.TryGet(9, out var entries).ShouldBeTrue();
        entries.ToArray().ShouldBe([new FeatureEntry(1, 3f)]);
    }

    [Fact]
    public void A_truncated_table_is_refused()
    {
        using var reader = new BinaryReader(new MemoryStream(Written(FeatureTable.Build(Features))[..^3]));
        Should.Throw<InvalidDataException>(() => FeatureTable.Read(reader));
    }

    [Fact]
    public void Keys_that_start_at_the_same_slot_are_all_found()
    {
        // Multiples of 2^32 all hash to the first slot of a small table.
        var crowded = Enumerable.Range(1, 12).ToDictionary(i => (ulong)i << 32, i => new List<(byte, float)> { ((byte)i, i) });
        var table = FeatureTable.Build(crowded);

        foreach (var (key, entries) in crowded)
        {
            table.TryGet(key, out var found).ShouldBeTrue();
            found.ToArray().ShouldBe([new FeatureEntry(entries[0].Item1, entries[0].Item2)]);
        }

        table.TryGet(13UL << 32, out _).ShouldBeFalse();
    }

    [Fact]
    public void A_key_missing_from_a_table_of_two_is_not_found()
    {
        var table = FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [1] = [(0, 1f)], [2] = [(0, 1f)] });

        table.TryGet(3, out _).ShouldBeFalse();
    }

    [Fact]
    public void A_table_whose_slots_do_not_fit_its_entries_is_refused()
    {
        var bytes = Written(FeatureTable.Build(Features));
        bytes[4] = 99; // the entry count: more entries than the slots point to
        using var reader = new BinaryReader(new MemoryStream([.. bytes, .. new byte[99 * 5]]));
        Should.Throw<InvalidDataException>(() => FeatureTable.Read(reader));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(5, -1)]
    [InlineData(1 << 20, 0)]
    [InlineData(5, 1 << 20)]
    public void A_table_whose_counts_cannot_be_is_refused(int slots, int entries)
    {
        var bytes = Written(FeatureTable.Build(Features));
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 4), slots).ShouldBeTrue();
        BitConverter.TryWriteBytes(bytes.AsSpan(4, 4), entries).ShouldBeTrue();

        using var reader = new BinaryReader(new MemoryStream(bytes));
        Should.Throw<InvalidDataException>(() => FeatureTable.Read(reader));
    }

    [Fact]
    public void Zero_is_no_feature()
    {
        Should.Throw<ArgumentException>(() => FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [0] = [(0, 1f)] }));
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
