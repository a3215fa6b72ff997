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
    public void Keys_that_start_at_the_same_slot_are_all_found()
    {
        // Multiples of 2^32 all hash to the first slot of a small table.
        var crowded = Enumerable.Range(1, 12).ToDictionary(i => (ulong)i << 32, i => new List<(byte, float)> { ((byte)i, i) });
        var table = FeatureTable.Build(crowded);

        foreach (var (key, entries) in crowded)
        {
            var scores = new int[table.Stride];
            table.AddTo([key], scores).ShouldBe(1);
            Values(scores)[entries[0].Item1].ShouldBe(entries[0].Item2);
            Values(scores).Sum().ShouldBe(entries[0].Item2);
        }

        table.AddTo([13UL << 32], new int[table.Stride]).ShouldBe(0);
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

    [Fact]
    public void A_truncated_table_is_refused()
    {
        using var reader = new BinaryReader(new MemoryStream(Written(FeatureTable.Build(Features))[..^3]));
        Should.Throw<InvalidDataException>(() => FeatureTable.Read(reader));
    }

    [Fact]
    public void A_slot_pointing_past_its_entries_is_refused()
    {
        var bytes = Written(FeatureTable.Build(Features));
        var slot = OccupiedSlot(bytes);
        BitConverter.TryWriteBytes(bytes.AsSpan(slot + sizeof(uint), sizeof(uint)), 1_000u).ShouldBeTrue();

        Should.Throw<InvalidDataException>(() => Reread(bytes));
    }

    [Fact]
    public void A_slot_pointing_past_the_dense_rows_is_refused()
    {
        var bytes = Written(FeatureTable.Build(Common));
        for (var slot = HeaderSize; slot < HeaderSize + (SlotSize * BitConverter.ToInt32(bytes, sizeof(int))); slot += SlotSize)
        {
            if ((BitConverter.ToUInt32(bytes, slot + sizeof(uint)) & (1u << 31)) != 0)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(slot + sizeof(uint), sizeof(uint)), (1u << 31) | 1).ShouldBeTrue();
            }
        }

        Should.Throw<InvalidDataException>(() => Reread(bytes));
    }

    [Fact]
    public void Entries_of_a_language_the_table_does_not_count_are_refused()
    {
        var bytes = Written(FeatureTable.Build(Features));
        BitConverter.TryWriteBytes(bytes.AsSpan(0, sizeof(int)), 2).ShouldBeTrue();

        Should.Throw<InvalidDataException>(() => Reread(bytes));
    }

    [Theory]
    [InlineData(0, 4, 0, 0)]
    [InlineData(257, 4, 0, 0)]
    [InlineData(3, 0, 0, 0)]
    [InlineData(3, 5, 0, 0)]
    [InlineData(3, 1 << 20, 0, 0)]
    [InlineData(3, 4, -1, 0)]
    [InlineData(3, 4, 1 << 20, 0)]
    [InlineData(3, 4, 0, -1)]
    [InlineData(3, 4, 0, 7)]
    public void A_table_whose_counts_cannot_be_is_refused(int languages, int slots, int sparse, int dense)
    {
        var bytes = Written(FeatureTable.Build(Features));
        int[] header = [languages, slots, sparse, dense];
        for (var i = 0; i < header.Length; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i * sizeof(int), sizeof(int)), header[i]).ShouldBeTrue();
        }

        Should.Throw<InvalidDataException>(() => Reread(bytes));
    }

    [Fact]
    public void Values_are_kept_to_the_nearest_step_of_the_scale()
    {
        var table = FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [5] = [(0, 1 / 3f)] });
        var scores = new int[table.Stride];

        table.AddTo([5, 5, 5], scores);

        scores[0].ShouldBe(3 * (int)MathF.Round(FeatureTable.Scale / 3));
    }

    [Theory]
    [InlineData(-0.5f)]
    [InlineData(40f)]
    [InlineData(float.NaN)]
    public void A_value_the_table_cannot_keep_is_refused(float value)
    {
        Should.Throw<ArgumentException>(() => FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [5] = [(0, value)] }));
    }

    [Fact]
    public void Zero_is_no_feature()
    {
        Should.Throw<ArgumentException>(() => FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [0] = [(0, 1f)] }));
    }

    private static float[] Values(int[] scores) => [.. scores.Select(s => s / FeatureTable.Scale)];

    private static int OccupiedSlot(byte[] bytes)
    {
        var slot = HeaderSize;
        while (BitConverter.ToUInt32(bytes, slot) == 0)
        {
            slot += SlotSize;
        }

        return slot;
    }

    private static FeatureTable Reread(FeatureTable table) => Reread(Written(table));

    private static FeatureTable Reread(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes));
        return FeatureTable.Read(reader);
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
