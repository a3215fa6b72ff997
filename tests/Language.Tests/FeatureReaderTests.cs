using Language.Detection;

namespace Language.Tests;

public sealed class FeatureReaderTests
{
    [Fact]
    public void A_word_gives_its_padded_ngrams_of_one_to_four_letters_and_itself()
    {
        var features = Features.Of("Ab");

        features.NGrams.ShouldBe(["a", " a", "b", "ab", " ab", "b ", "ab ", " ab "], ignoreOrder: true);
        features.Words.ShouldBe([(Hash("ab"), true)]);
        features.Letters.ShouldBe([Script.Latin, Script.Latin]);
    }

    [Fact]
    public void Case_does_not_change_a_word_but_is_reported()
    {
        var upper = Features.Of("Harbour").Words.Single();
        var lower = Features.Of("harbour").Words.Single();

        upper.Hash.ShouldBe(lower.Hash);
        upper.Capitalized.ShouldBeTrue();
        lower.Capitalized.ShouldBeFalse();
    }

    [Theory]
    [InlineData("„Wir fahren morgen.“ Dann kam Anna", "000001")]
    [InlineData("Capt. Yıldız and J. Smith left", "010110")]
    [InlineData("Home » News » Local", "000")]
    [InlineData("Harbour – Quay Street", "011")]
    [InlineData("See [the full report.](/r) The council met", "0000000")]
    public void A_sentence_ends_inside_closing_quotes_and_a_links_text_and_not_after_a_title_or_an_initial(string text, string names)
    {
        Features.Of(text).Names.ShouldBe([.. names.Select(n => n == '1')]);
    }

    [Theory]
    [InlineData("Mr")]
    [InlineData("Mrs")]
    [InlineData("Ms")]
    [InlineData("Dr")]
    [InlineData("St")]
    [InlineData("Mt")]
    [InlineData("Fr")]
    [InlineData("Rev")]
    [InlineData("Prof")]
    [InlineData("Capt")]
    [InlineData("Gen")]
    [InlineData("Col")]
    [InlineData("Lt")]
    [InlineData("Sgt")]
    [InlineData("Cllr")]
    [InlineData("Sen")]
    [InlineData("Rep")]
    [InlineData("Gov")]
    [InlineData("Hon")]
    [InlineData("Insp")]
    [InlineData("Supt")]
    [InlineData("Det")]
    [InlineData("No")]
    [InlineData("Jr")]
    [InlineData("Sr")]
    public void A_title_or_abbreviation_with_its_full_stop_ends_no_sentence(string title)
    {
        Features.Of($"{title}. Yıldız left").Names.ShouldBe([false, true, false]);
        Features.Of($"{title}x. Yıldız left").Names.ShouldBe([false, false, false]);
    }

    [Fact]
    public void A_capitalized_word_inside_a_sentence_is_a_name_and_one_that_starts_a_sentence_a_line_or_an_item_is_not()
    {
        var features = Features.Of("The boat Yıldız sailed. Then Ana left: Home\nSport   News · Weather");

        features.Names.ShouldBe([false, false, true, false, false, true, false, false, false, false, false]);
    }

    [Theory]
    [InlineData("https://example.org/news")]
    [InlineData("www.example.org")]
    [InlineData("desk@example.org")]
    [InlineData("Smi24.net")]
    [InlineData("(ria.city).")]
    public void Addresses_and_domain_names_are_no_evidence(string address)
    {
        Features.Of(address).Letters.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("[Economie](/economie/pret-vin)", "economie")]
    [InlineData("![Pickers at dawn](/img/ice-harvest.jpg)", "pickers at dawn")]
    [InlineData("[Home](/) · [Sport](/sport/latest),", "home sport")]
    [InlineData("[www.example.org](https://www.example.org) desk", "desk")]
    [InlineData("[Read more](https://example.org/a) and [more](/a", "read more and more")]
    [InlineData("[Tide](/wiki/Tide_(sea)_tables) times", "tide times")]
    [InlineData("[Tide](/wiki/Tide_(sea))·[Sea](/sea)", "tide sea")]
    [InlineData("[Home](/)·[Sport](/sport)", "home sport")]
    [InlineData("[Read more ](/more)", "read more")]
    public void A_markdown_links_text_is_read_and_its_target_not(string text, string read)
    {
        Features.Of(text).Words.Select(w => w.Hash).ShouldBe(read.Split(' ').Select(w => FeatureReader.WordHash(w)));
    }

    [Theory]
    [InlineData("U.S.", 2)]
    [InlineData("end. Next", 7)]
    [InlineData("e.g", 2)]
    [InlineData("(.NET)", 3)]
    public void A_dot_makes_a_domain_only_between_letters_with_a_suffix_after_it(string text, int letters)
    {
        Features.Of(text).Letters.Count.ShouldBe(letters);
    }

    [Fact]
    public void A_word_of_the_longest_length_is_still_a_word()
    {
        Features.Of(new string('a', FeatureReader.MaxWordLength)).Words.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("  harbour  ", 7)]
    [InlineData("desk@", 0)]
    [InlineData("a.bc", 0)]
    [InlineData(".com", 3)]
    [InlineData("ab.", 2)]
    [InlineData("ab.c", 3)]
    public void Spaces_around_a_chunk_and_a_dot_at_its_edge_are_no_address(string text, int letters)
    {
        Features.Of(text).Letters.Count.ShouldBe(letters);
    }

    [Fact]
    public void Digits_and_punctuation_split_words()
    {
        Features.Of("river-bank 2024, harbour").Words.Count.ShouldBe(3);
    }

    [Fact]
    public void Combining_marks_belong_to_their_word()
    {
        Features.Of("नमस्ते").Words.Count.ShouldBe(1);
        Features.Of("नमस्ते").Letters.ShouldAllBe(s => s == Script.Devanagari);
    }

    [Fact]
    public void Text_written_without_spaces_gives_ngrams_but_no_word()
    {
        var features = Features.Of(new string('字', FeatureReader.MaxWordLength + 1));

        features.Words.ShouldBeEmpty();
        features.NGrams.ShouldContain("字字字字");
    }

    // The model was built with char.ToLowerInvariant: the shortcut must give the same letter for every one a word can
    // hold (not for Ⅻ or Ⓐ, which are no letters and never reach it).
    [Fact]
    public void Every_letter_is_lower_cased_as_the_invariant_culture_does_it()
    {
        var differing = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(FeatureReader.IsLetter).Where(c => FeatureReader.LowerLetter(c) != char.ToLowerInvariant(c)).ToList();

        differing.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("ǅ", "ǆ")]
    [InlineData("ΣΟΦΊΑ", "σοφία")]
    [InlineData("ПРАВДА", "правда")]
    public void Capitals_and_title_case_digraphs_are_lower_cased(string word, string lower)
    {
        Hash(word).ShouldBe(FeatureReader.WordHash(lower));
        Hash(word).ShouldBe(Hash(lower));
    }

    private static ulong Hash(string word) => Features.Of(word).Words.Single().Hash;

    private sealed class Features
    {
        public List<string> NGrams { get; } = [];

        public List<(ulong Hash, bool Capitalized)> Words { get; } = [];

        public List<Script> Letters { get; } = [];

        public List<bool> Names { get; } = [];

        public static Features Of(string text)
        {
            var sink = new Sink(new Features());
            FeatureReader.Read(text, ref sink);
            return sink.Features;
        }

        private readonly struct Sink(Features features) : IFeatureSink
        {
            public Features Features => features;

            public void Letter(Script script) => features.Letters.Add(script);

            public void BeginWord(bool isName) => features.Names.Add(isName);

            public void NGram(int order, ulong key) => features.NGrams.Add(Unpack(order, key));

            public void Word(ulong hash, bool capitalized) => features.Words.Add((hash, capitalized));

            // The first character is in the lowest 16 bits, and no bits are set above the n-gram's last character.
            private static string Unpack(int order, ulong key)
            {
                (order == FeatureReader.MaxOrder || key >> (16 * order) == 0).ShouldBeTrue();
                return new string([.. Enumerable.Range(0, order).Select(i => (char)((key >> (16 * i)) & 0xFFFF))]);
            }
        }
    }
}
