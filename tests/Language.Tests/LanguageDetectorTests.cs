using Language.Detection;

namespace Language.Tests;

public sealed class LanguageDetectorTests
{
    private static readonly LanguageDetector Detector = LanguageUnderTest.Detector;

    [Theory]
    [InlineData("The council will rebuild the harbour wall before winter.", "en")]
    [InlineData("Der Stadtrat will die Hafenmauer vor dem Winter erneuern.", "de")]
    [InlineData("Городской совет восстановит стену гавани до зимы.", "ru")]
    [InlineData("Міська рада відбудує стіну гавані до зими.", "uk")]
    [InlineData("Το δημοτικό συμβούλιο θα ξαναχτίσει το τείχος.", "el")]
    [InlineData("市议会将在冬天之前重建港口的墙。", "zh")]
    [InlineData("市議会は冬までに港の壁を建て直すことにした。", "ja")]
    [InlineData("시의회는 겨울이 오기 전에 항구의 벽을 다시 짓기로 했다.", "ko")]
    public void A_sentence_is_read_in_its_language(string text, string language)
    {
        var guess = Detector.Detect(text);

        guess.Language.ShouldBe(language);
        guess.Confidence.ShouldBeGreaterThan(0.9);
        guess.Undetermined.ShouldBeNull();
        guess.Ranking[0].Language.ShouldBe(language);
    }

    // Written with characters Japanese does not use, beyond a thousand most used: a model that kept no more letters
    // per language knew them in neither language, and the two tied.
    [Theory]
    [InlineData("橙汁")]
    [InlineData("鹦鹉")]
    public void A_chinese_word_of_less_used_characters_is_read_as_chinese(string word)
    {
        Detector.Detect(word).Language.ShouldBe("zh");
    }

    [Fact]
    public void The_ranking_holds_the_likeliest_languages_in_order()
    {
        var guess = Detector.Detect("Dobrý den");

        guess.Ranking.Count.ShouldBe(LanguageDetector.RankingLength);
        guess.Ranking.Select(r => r.Confidence).ShouldBeInOrder(SortDirection.Descending);
        guess.Ranking.Sum(r => r.Confidence).ShouldBeLessThanOrEqualTo(1.000001);
        guess.Ranking.Select(r => r.Language).ShouldBeUnique();
    }

    // Italian's grave accent is U+0300 decomposed, the first character the normalization check may not skip.
    [Theory]
    [InlineData("Hôm nay trời đẹp và chúng tôi đi chợ.", "vi")]
    [InlineData("Il caffè è già pronto, però la città dorme ancora.", "it")]
    public void Decomposed_accents_read_as_composed_ones(string text, string language)
    {
        var composed = Detector.Detect(text);
        var decomposed = Detector.Detect(text.Normalize(System.Text.NormalizationForm.FormD));

        decomposed.Language.ShouldBe(language);
        decomposed.Letters.ShouldBe(composed.Letters);
        decomposed.Confidence.ShouldBe(composed.Confidence);
    }

    [Fact]
    public void Text_the_detector_reads_without_a_normalization_check_is_already_composed()
    {
        var below = Enumerable.Range(0, LanguageDetector.ComposedBelow).Select(c => (char)c).ToList();

        below.SelectMany(first => below.Select(second => string.Concat(first, second))).Where(pair => !pair.IsNormalized()).ShouldBeEmpty();
    }

    [Fact]
    public void A_script_only_one_language_is_written_in_settles_it()
    {
        Detector.Detect("Καλημέρα").Confidence.ShouldBe(1, 1e-9);
    }

    [Theory]
    [InlineData("12:45 — 2024", "no letters")]
    [InlineData("https://example.org 2024", "no letters")]
    [InlineData("Zqxwvianko", "only names no language's vocabulary knows")]
    [InlineData("საქართველოს პარლამენტი", "no supported language is written in Other")]
    public void Too_little_evidence_is_undetermined(string text, string reason)
    {
        var guess = Detector.Detect(text);

        guess.IsDetermined.ShouldBeFalse();
        guess.Language.ShouldBeNull();
        guess.Confidence.ShouldBe(0);
        guess.Undetermined.ShouldBe(reason);
    }

    [Fact]
    public void Text_of_no_letters_has_an_empty_ranking()
    {
        Detector.Detect("12:45 — 2024").Ranking.ShouldBeEmpty();
    }

    [Fact]
    public void The_rule_files_set_the_detector_up()
    {
        var detector = LanguageDetector.FromSettings(LanguageUnderTest.Settings);

        detector.Detect("The council will rebuild the harbour wall before winter.").Language.ShouldBe("en");
    }

    // Words and names are looked up in batches of FeatureTable.BatchSize: a text of more is read batch after batch.
    [Fact]
    public void A_text_of_more_words_or_names_than_a_batch_holds_is_read_whole()
    {
        var words = string.Join(' ', Enumerable.Repeat("the council will rebuild the harbour wall before winter", 10));
        var names = "They met " + string.Join(' ', Enumerable.Range(0, 100).Select(i => $"Harbo{(char)('a' + (i % 26))}{(char)('a' + (i / 26))}"));

        var guess = Detector.Detect(words);
        guess.Language.ShouldBe("en");
        guess.Letters.ShouldBe(words.Count(char.IsLetter));
        Detector.Detect(names).Letters.ShouldBe(names.Count(char.IsLetter));
    }

    [Fact]
    public void Names_alone_read_inside_an_article_tell_no_language()
    {
        Detector.Detect("Aakriti Deshmukh-Rawat", ("en", 4)).Undetermined.ShouldBe("names, which tell no language inside an article");
    }

    [Fact]
    public void Names_read_alone_and_capitalized_words_a_vocabulary_knows_inside_an_article_are_still_read()
    {
        Detector.Detect("Aakriti Deshmukh-Rawat").IsDetermined.ShouldBeTrue();
        Detector.Detect("Wiadomości Sport Kultura Biznes", ("en", 4)).Language.ShouldBe("pl");
    }

    [Fact]
    public void Four_capitalized_words_are_more_than_a_name()
    {
        Detector.Detect("Zqxwvianko Zqxwvianko Zqxwvianko Zqxwvianko").Undetermined.ShouldNotBe("only names no language's vocabulary knows");
        Detector.Detect("Zqxwvianko Zqxwvianko Zqxwvianko").Undetermined.ShouldBe("only names no language's vocabulary knows");
    }

    [Fact]
    public void A_script_of_a_quarter_of_the_letters_brings_its_languages_in()
    {
        Detector.Detect("Новости abcdefghijklmnopqrstu").Scripts.ShouldBe(Script.Latin | Script.Cyrillic);
        Detector.Detect("Новости abcdefghijklmnopqrstuv").Scripts.ShouldBe(Script.Latin);
    }

    [Fact]
    public void A_name_in_plain_letters_of_one_language_is_still_read()
    {
        Detector.Detect("Hafenmauererneuerung").Language.ShouldBe("de");
    }

    [Fact]
    public void Below_the_minimum_confidence_the_best_guess_is_kept_in_the_ranking()
    {
        var strict = new LanguageDetector(LanguageModel.Shipped, ["da", "no"], minimumConfidence: 0.99);

        var guess = strict.Detect("og");

        guess.Undetermined.ShouldBe("no language reaches the minimum confidence (0.99)");
        guess.Ranking.Select(r => r.Language).ShouldBe(["da", "no"], ignoreOrder: true);
        guess.Letters.ShouldBe(2);
    }

    [Fact]
    public void Odds_for_a_preferred_language_decide_a_close_call()
    {
        var text = "Dobrý den";
        var plain = Detector.Detect(text);
        var other = plain.Ranking[1].Language;

        Detector.Detect(text, (other, 1e12)).Language.ShouldBe(other);
        Detector.Detect(text, (plain.Language!, 1)).Language.ShouldBe(plain.Language);
    }

    [Fact]
    public void Names_weigh_less_in_running_text_of_an_article_whose_language_is_known()
    {
        const string caption = "The refitted trawler Yıldız II moored in Yalıbaşı harbour.";

        Detector.Detect(caption).Language.ShouldBe("tr");
        Detector.Detect(caption, ("en", 20)).Language.ShouldBe("en");
        Detector.Detect("Yıldız Yalıbaşı", ("en", 20)).Language.ShouldBe("tr");
    }

    [Fact]
    public void Only_the_languages_asked_for_are_named()
    {
        var detector = new LanguageDetector(LanguageModel.Shipped, ["en", "de"], 0);

        detector.Detect("El ayuntamiento aprobó el presupuesto para el muelle.").Language.ShouldBeOneOf("en", "de");
        detector.Detect("Городской совет").Undetermined.ShouldBe("no supported language is written in Cyrillic");
    }

    [Fact]
    public void A_language_the_model_does_not_know_is_refused()
    {
        var refused = Should.Throw<ArgumentException>(() => new LanguageDetector(LanguageModel.Shipped, ["en", "xx"], 0.3));
        refused.Message.ShouldContain("knows no language xx");
    }

    [Fact]
    public void Each_alphabet_of_a_language_counts_for_it()
    {
        Detector.Detect("Влада је у понедељак усвојила нови закон о железници и најавила нове возове.").Language.ShouldBe("sr");
        Detector.Detect("Vlada je u ponedeljak usvojila novi zakon o železnici i najavila nove vozove.").Language.ShouldBe("sr");
    }

    [Fact]
    public void An_alphabet_a_language_is_seldom_written_in_makes_it_less_likely()
    {
        var none = FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>>());
        LanguageGuess Read(double bosnianCyrillic) =>
            new LanguageDetector(new LanguageModel(["bs", "bs", "sr"], [Script.Latin, Script.Cyrillic, Script.Cyrillic], none, none, [1 - bosnianCyrillic, bosnianCyrillic, 1]), ["bs", "sr"], 0)
                .Detect("гласно је");

        Read(bosnianCyrillic: 0.2).Language.ShouldBe("sr");
        Read(bosnianCyrillic: 0.2).Confidence.ShouldBe(1 / 1.2, 1e-9);
        Read(bosnianCyrillic: 0.5).Confidence.ShouldBe(1 / 1.5, 1e-9);
    }

    [Fact]
    public void A_telling_word_makes_the_neighbours_that_do_not_write_it_less_likely()
    {
        var none = FeatureTable.Build(new Dictionary<ulong, List<(byte, float)>>());
        var model = new LanguageModel(["bs", "hr", "sr"], [Script.Latin, Script.Latin, Script.Latin], none, none);
        var telling = TellingWords.Of([["hr", "sr", "bs"]], l => l == "hr" ? ["tisuća"] : ["hiljada"], 20);
        var detector = new LanguageDetector(model, ["bs", "hr", "sr"], 0, telling);

        var guess = detector.Detect("tisuća ljudi");

        guess.Language.ShouldBe("hr");
        guess.Confidence.ShouldBe(20.0 / 22, 1e-3);
        detector.Detect("Tisuća ljudi").Confidence.ShouldBe(20.0 / 22, 1e-3);
        detector.Detect("tisuća ljudi, tisuća glasova").Confidence.ShouldBe(400.0 / 402, 1e-3);
        detector.Detect("hiljada ljudi").Ranking[^1].Language.ShouldBe("hr");
        detector.Detect("ljudi").Confidence.ShouldBe(1.0 / 3, 1e-3);
    }

    [Theory]
    [InlineData("Vlak za Split kasnio je dva sata zbog kvara na pruzi.", "hr")]
    [InlineData("Tijekom vikenda tisuću navijača dočekalo je momčad.", "hr")]
    [InlineData("Harga minyak naik dua persen dibandingkan bulan lalu.", "id")]
    public void Close_neighbours_are_told_apart_by_the_words_of_their_standard(string text, string language)
    {
        var guess = Detector.Detect(text);

        guess.Language.ShouldBe(language);
        guess.Confidence.ShouldBeGreaterThan(0.9);
    }

    // Written in the letters the three share: only the words tell them apart ("сайте" is Russian's, the others have "сайта"
    // and "сайті"; Bulgarian reads "четете" for "читайте"). Before Russian, Ukrainian and Bulgarian had telling words, the
    // first two read as Bulgarian. A word a neighbour writes too is no telling word: Ukrainian's "потому" (later), the
    // Russian gerund "заявив".
    [Theory]
    [InlineData("Реклама на сайте", "ru")]
    [InlineData("Читайте нас", "ru")]
    [InlineData("Це не так", "uk")]
    [InlineData("Ще има промени", "bg")]
    [InlineData("Два роки потому", "uk")]
    [InlineData("Заявив о своем решении", "ru")]
    // Czech and Slovak, too, share most words and letters; their own function words tell them apart ("jsem"/"som", "jako"/"ako",
    // "kdo"/"kto", "není"/"nie je"). The models read most such lines right already; "Velmi mladý" read as Slovak until
    // Czech and Slovak had telling words ("velmi" is Czech's, Slovak writes "veľmi").
    [InlineData("Velmi mladý", "cs")]
    [InlineData("Jsem doma", "cs")]
    [InlineData("Jako obvykle", "cs")]
    [InlineData("Podle ministra", "cs")]
    [InlineData("Kto to vie", "sk")]
    [InlineData("Nie je to tak", "sk")]
    [InlineData("Podľa ministra", "sk")]
    [InlineData("Teraz alebo nikdy", "sk")]
    public void A_short_line_in_the_letters_close_neighbours_share_is_read_by_its_words(string text, string language)
    {
        Detector.Detect(text).Language.ShouldBe(language);
    }

    [Fact]
    public void Close_neighbours_the_model_does_not_know_are_refused()
    {
        var telling = TellingWords.Of([["hr", "xx"]], _ => ["riječ"], 20);

        Should.Throw<ArgumentException>(() => new LanguageDetector(LanguageModel.Shipped, ["hr"], 0.2, telling)).Message.ShouldContain("xx");
    }
}
