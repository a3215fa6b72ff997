using Language.Detection;

namespace Language.Tests;

public sealed class LanguageModelTests
{
    [Fact]
    public void The_shipped_model_knows_41_languages_in_their_scripts()
    {
        var model = LanguageModel.Shipped;

        model.Languages.Distinct().Count().ShouldBe(41);
        model.Scripts[model.Languages.ToList().IndexOf("el")].ShouldBe(Script.Greek);
        model.Scripts[model.Languages.ToList().IndexOf("zh")].ShouldBe(Script.Han);
        model.Scripts[model.Languages.ToList().IndexOf("ja")].ShouldBe(Script.Han | Script.Kana);
        model.Languages.Where((_, i) => model.Scripts[i].HasFlag(Script.Cyrillic)).Distinct().ShouldBe(["bg", "bs", "ru", "sr", "uk"], ignoreOrder: true);
        model.Languages.Count(l => l == "sr").ShouldBe(2);
    }

    [Fact]
    public void The_shipped_model_knows_Bosnian_is_mostly_written_in_Latin_letters()
    {
        var model = LanguageModel.Shipped;
        double ShareOf(string language, Script script) => model.AlphabetShares[Enumerable.Range(0, model.Languages.Count).Single(i => model.Languages[i] == language && model.Scripts[i].HasFlag(script))];

        ShareOf("bs", Script.Latin).ShouldBeGreaterThan(0.8);
        (ShareOf("bs", Script.Latin) + ShareOf("bs", Script.Cyrillic)).ShouldBe(1, 1e-9);
        ShareOf("sr", Script.Cyrillic).ShouldBeInRange(0.4, 0.7);
        ShareOf("en", Script.Latin).ShouldBe(1);
    }

    [Fact]
    public void The_shipped_model_is_read_in_place_from_the_plugins_image()
    {
        LanguageModel.Shipped.NGrams.IsInPlace.ShouldBeTrue();
        LanguageModel.Shipped.Words.IsInPlace.ShouldBeTrue();
    }

    [Fact]
    public unsafe void A_model_read_in_place_reads_both_of_its_tables()
    {
        var ngrams = FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [5] = [(1, 2f)] });
        var words = FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [6] = [(0, 3f)] });
        var bytes = Written(new LanguageModel(["hr", "bs"], [Script.Latin, Script.Latin], ngrams, words));

        fixed (byte* start = bytes)
        {
            using var memory = new UnmanagedMemoryStream(start, bytes.Length);
            var read = LanguageModel.ReadInPlace(memory, bytes);

            read.Languages.ShouldBe(["hr", "bs"]);
            var scores = new int[read.ScoreLength];
            read.NGrams.AddTo([5], scores).ShouldBe(1);
            read.Words.AddTo([6], scores).ShouldBe(1);
            scores[..2].ShouldBe([3 * (int)FeatureTable.Scale, 2 * (int)FeatureTable.Scale]);
        }
    }

    [Fact]
    public void A_model_reads_back_as_it_was_written()
    {
        var table = FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [5] = [(1, 2f)] });
        var model = new LanguageModel(["sr", "sr"], [Script.Latin, Script.Cyrillic], table, table, [0.25, 0.75]);

        var read = LanguageModel.Read(new MemoryStream(Written(model)));

        read.Languages.ShouldBe(["sr", "sr"]);
        read.Scripts.ShouldBe([Script.Latin, Script.Cyrillic]);
        read.AlphabetShares.ShouldBe([0.25, 0.75]);
        var scores = new int[read.ScoreLength];
        read.NGrams.AddTo([5], scores).ShouldBe(1);
        scores[..2].ShouldBe([0, 2 * (int)FeatureTable.Scale]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(256)]
    public void A_model_of_no_languages_or_too_many_is_refused(int count)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("PHLM"u8);
            writer.Write(5);
            writer.Write(count);
        }

        stream.Position = 0;
        Should.Throw<InvalidDataException>(() => LanguageModel.Read(stream)).Message.ShouldContain($"{count} languages");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(255)]
    public void A_model_of_one_language_or_of_255_reads_back_and_one_of_256_is_not_made(int count)
    {
        var table = FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [5] = [((byte)(count - 1), 2f)] });
        var languages = Enumerable.Range(0, count).Select(i => $"l{i}").ToList();

        LanguageModel.Read(new MemoryStream(Written(new LanguageModel(languages, [.. languages.Select(_ => Script.Latin)], table, table)))).Languages.ShouldBe(languages);
        Should.Throw<ArgumentException>(() => new LanguageModel([.. languages, .. Enumerable.Range(count, 256 - count).Select(i => $"l{i}")], [.. Enumerable.Repeat(Script.Latin, 256)], table, table));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(4)]
    public void A_model_of_another_kind_or_format_version_is_refused(int changed)
    {
        var table = FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [5] = [(0, 2f)] });
        var bytes = Written(new LanguageModel(["en"], [Script.Latin], table, table));
        bytes[changed]++;

        Should.Throw<InvalidDataException>(() => LanguageModel.Read(new MemoryStream(bytes))).Message.ShouldStartWith("Not a language model");
    }

    [Fact]
    public void Anything_else_is_not_a_model()
    {
        Should.Throw<InvalidDataException>(() => LanguageModel.Read(new MemoryStream("PHLX and more bytes"u8.ToArray())));
    }

    [Fact]
    public void A_model_whose_features_name_more_languages_than_it_has_is_refused()
    {
        var fits = FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [5] = [(1, 2f)] });
        var table = FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>> { [5] = [(2, 2f)] });
        Should.Throw<InvalidDataException>(() => new LanguageModel(["en", "ru"], [Script.Latin, Script.Cyrillic], table, fits));
        Should.Throw<InvalidDataException>(() => new LanguageModel(["en", "ru"], [Script.Latin, Script.Cyrillic], fits, table));
    }

    [Fact]
    public void Every_language_needs_its_scripts()
    {
        var table = FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>>());
        Should.Throw<ArgumentException>(() => new LanguageModel(["en", "ru"], [Script.Latin], table, table));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void An_alphabet_share_outside_zero_to_one_is_refused(double share)
    {
        var table = FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>>());
        Should.Throw<InvalidDataException>(() => new LanguageModel(["sr", "sr"], [Script.Latin, Script.Cyrillic], table, table, [share, 1 - share]));
    }

    [Fact]
    public void A_languages_alphabet_shares_add_up_to_one_and_every_model_has_one()
    {
        var table = FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>>());

        new LanguageModel(["sr", "sr", "hr"], [Script.Latin, Script.Cyrillic, Script.Latin], table, table, [0.4, 0.6, 1]).AlphabetShares.ShouldBe([0.4, 0.6, 1]);
        Should.Throw<InvalidDataException>(() => new LanguageModel(["sr", "sr"], [Script.Latin, Script.Cyrillic], table, table, [0.4, 0.4]));
        Should.Throw<ArgumentException>(() => new LanguageModel(["sr", "sr"], [Script.Latin, Script.Cyrillic], table, table, [1]));
    }

    private static byte[] Written(LanguageModel model)
    {
        using var stream = new MemoryStream();
        model.Write(stream);
        return stream.ToArray();
    }
}
