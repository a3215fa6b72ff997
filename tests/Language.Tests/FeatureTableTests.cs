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
        table.TryGet(7, out var languages, out var boosts).ShouldBeTrue();
        languages.ToArray().ShouldBe([(byte)0, (byte)2]);
        boosts.ToArray().ShouldBe([1.5f, 0.25f]);
        table.TryGet(1UL << 40, out languages, out _).ShouldBeTrue();
        languages.ToArray().ShouldBe([(byte)2]);
    }

    [Fact]
    public void An_unknown_feature_is_not_found()
    {
        var table = FeatureTable.Build(Features);

        table.TryGet(8, out var languages, out _).ShouldBeFalse();
        languages.IsEmpty.ShouldBeTrue();
        table.TryGet(0, out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void A_table_reads_back_as_it_was_written()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            FeatureTable.Build(Features).Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var table = FeatureTable.Read(reader);

        table.Count.ShouldBe(3);
        table.TryGet(9, out var languages, out var boosts).ShouldBeTrue();
        languages.ToArray().ShouldBe([(byte)1]);
        boosts.ToArray().ShouldBe([3f]);
    }

    [Fact]
    public void A_truncated_table_is_refused()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            FeatureTable.Build(Features).Write(writer);
        }

        using var reader = new BinaryReader(new MemoryStream(stream.ToArray()[..^3]));
        Should.Throw<InvalidDataException>(() => FeatureTable.Read(reader));
    }

    [Fact]
    public void Zero_is_no_feature()
    {
        Should.Throw<ArgumentException>(() => FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [0] = [(0, 1f)] }));
    }
}
