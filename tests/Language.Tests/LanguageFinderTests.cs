using PluginHost.Testing;

namespace Language.Tests;

public sealed class LanguageFinderTests
{
    private static readonly PluginVerifier Verifier = LanguageUnderTest.Verifier;

    [Fact]
    public void The_rule_examples_hold()
    {
        Verifier.VerifyRuleExamples();
    }

    [Fact]
    public void Page_chrome_in_another_language_is_reported_block_by_block()
    {
        var findings = Verifier.Verify("""
            {|LG0001:{|LG0002:Главная страница
            Новости дня|}

            Storm closes the coast road

            The coast road between the two harbours will stay closed until Friday, the county council said, after the storm washed away part of the sea wall.

            {|LG0002:Читайте также|}|}
            """);
        var article = findings.Single(f => f.Id == "LG0001");
        article.Properties["language"].ShouldBe("en");
        article.Properties["languageName"].ShouldBe("English");
        ((double)article.Properties["confidence"]!).ShouldBeInRange(0.7, 0.95);
        var alternatives = (IReadOnlyDictionary<string, object?>)article.Properties["alternatives"]!;
        alternatives.Keys.ShouldBe(["ru"]);
        ((double)alternatives["ru"]!).ShouldBeInRange(0.05, 0.15);
        findings.Where(f => f.Id == "LG0002").ShouldAllBe(f => (string)f.Properties["language"]! == "ru");
    }

    [Fact]
    public void A_short_story_inside_more_of_a_portals_chrome_is_read_in_its_own_language()
    {
        var findings = Verifier.Analyze("Главная страница\nНовости региона\nПолитика и общество\nЭкономика и бизнес\nСпорт и здоровье\nКультура и образование\nПогода на неделю\nПодписаться на рассылку\n\n"
            + "Ferry fares frozen\n\nFares on the island ferries will stay at this year's level until the spring, the harbour board said on Monday.\n\n"
            + "Самые читаемые новости недели\nЧитайте также в нашем разделе");
        findings.Single(f => f.Id == "LG0001").Properties["language"].ShouldBe("en");
    }

    [Fact]
    public void A_story_in_a_script_without_spaces_outweighs_a_cookie_notice_in_another_language()
    {
        var findings = Verifier.Analyze("港口委员会星期一宣布，旧码头的防波堤将在冬季风暴来临之前重建，工程将于五月开始。工程师表示，旧石块将尽可能保留，渡轮在夏季大部分时间仍可使用码头。\n\n"
            + "当地商户欢迎这一决定，但希望委员会说明市场搬迁期间的费用由谁承担。\n\n"
            + "We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies.");
        findings.Single(f => f.Id == "LG0001").Properties["language"].ShouldBe("zh");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.5")]
    [InlineData("1.5")]
    public void A_short_line_weight_outside_zero_to_one_is_refused_by_name(string weight)
    {
        var findings = WithShortLineWeight(weight).Analyze("The council met on Monday and agreed to rebuild the harbour wall before the winter storms.");
        findings.ShouldContain(f => f.Id == "PH0001" && f.Message.Contains("short_line_weight", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("0.01")]
    public void A_short_line_weight_above_zero_and_up_to_one_is_taken(string weight)
    {
        WithShortLineWeight(weight).Analyze("The council met on Monday and agreed to rebuild the harbour wall before the winter storms.")
            .ShouldContain(f => f.Id == "LG0001");
    }

    // The plugin's rule files with another short_line_weight, in a folder of their own.
    private static PluginVerifier WithShortLineWeight(string weight)
    {
        var folder = Directory.CreateTempSubdirectory("language-rules-").FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "rules")))
        {
            File.WriteAllText(Path.Combine(folder, Path.GetFileName(file)), File.ReadAllText(file).Replace("setting short_line_weight = 0.3;", $"setting short_line_weight = {weight};", StringComparison.Ordinal));
        }

        return new PluginVerifier(new LanguagePlugin(), folder);
    }

    [Fact]
    public void A_foreign_name_or_phrase_inside_a_sentence_is_no_foreign_block()
    {
        Verifier.Verify("""
            {|LG0001:The mayor of Neuchâtel, Jean-Luc Dubois, called it a coup de théâtre before the vote on Tuesday.|}
            """);
    }

    [Fact]
    public void A_headline_of_foreign_names_over_an_english_story_is_no_foreign_block()
    {
        Verifier.Verify("{|LG0001:Cristóvão's late goal keeps São João do Ribeirão top as Paço Velho slip\n\nThe home side held on for a one-nil win on Saturday and stay two points clear at the top of the league.|}");
    }

    [Fact]
    public void A_line_of_names_inside_an_article_is_no_foreign_block()
    {
        Verifier.Verify("{|LG0001:Harbour wall to be rebuilt before the winter storms\nAakriti Deshmukh-Rawat\n\nThe council voted on Tuesday to rebuild the harbour wall before the winter storms arrive, and the work will start in May.|}");
    }

    [Fact]
    public void A_line_that_is_only_a_domain_name_neither_joins_nor_breaks_a_block()
    {
        var findings = Verifier.Verify("""
            {|LG0001:The harbour reopened on Monday after three weeks of repairs to the sea wall and the quay.

            {|LG0002:Новости России
            example.com
            Спорт в России и мире|}|}
            """);
        findings.Count(f => f.Id == "LG0002").ShouldBe(1);
    }

    [Fact]
    public void An_article_of_another_language_is_named()
    {
        var findings = Verifier.Verify("{|LG0001:El ayuntamiento aprobó el lunes el presupuesto para reparar el muelle antes del invierno.|}");
        findings.Single().Properties["language"].ShouldBe("es");
    }

    [Fact]
    public void A_foreign_block_in_the_article_script_is_reported_from_the_minimum_letters_on()
    {
        Verifier.Verify("""
            {|LG0001:{|LG0002:Noticias de hoy y de ayer|}

            The council met on Monday and agreed to rebuild the harbour wall before the winter storms.|}
            """);
        Verifier.Verify("""
            {|LG0001:Noticias del día

            The council met on Monday and agreed to rebuild the harbour wall before the winter storms.|}
            """);
    }

    [Fact]
    public void An_undetermined_article_says_why()
    {
        Verifier.Verify("{|LG0003:Zqxwvianko\n12:45|}").Single().Properties["reason"].ShouldBe("only names no language's vocabulary knows");
    }

    [Fact]
    public void A_menu_of_single_words_is_one_foreign_block_in_the_language_of_the_whole()
    {
        var findings = Verifier.Verify("""
            {|LG0001:{|LG0002:Inicio
            Economía
            Cultura
            Opinión
            Suscríbete a nuestro boletín|}

            The council met on Monday and agreed to rebuild the harbour wall before the winter storms.

            The work starts in March and should take two years, the mayor told reporters.|}
            """);
        findings.Single(f => f.Id == "LG0002").Properties["language"].ShouldBe("es");
    }

    [Fact]
    public void An_article_with_no_letters_is_undetermined()
    {
        var findings = Verifier.Verify("{|LG0003:12:45 — 2024|}");
        findings.Single().Properties["reason"].ShouldBe("no letters");
    }
}
