using static Boilerplate.Tests.BoilerplateUnderTest;
using static Boilerplate.Tests.HarbourStory;

namespace Boilerplate.Tests;

/// <summary>Lines in another language that an English story holds as its own: what it quotes, verse, a box of names.</summary>
public sealed class QuotedForeignLinesTests
{
    [Theory]
    [InlineData("„Tento přístav patří rybářům, kteří v něm pracují.“")]
    [InlineData("「港の石垣は百年前に漁師たちが自分の手で積んだものです。」")]
    public void Words_the_story_quotes_in_another_language_stay(string quote)
    {
        Verify($"{Story}\n\nThe harbour master read the old sign on the quay aloud:\n\n{quote}\n\n{Closing}");
    }

    [Fact]
    public void A_poems_lines_in_another_language_stay()
    {
        Verify($"{Story}\n\nThe choir sang the fishermen's song that opens:\n\nNad zatoką stoi stary mur,\nktóry pamięta każdą burzę.\n\nThe wall by the bay is old and made of stone, it remembers every winter storm.\n\n{Closing}");
    }

    [Fact]
    public void A_box_of_names_inside_the_story_stays()
    {
        Verify($"{Story}\n\nThe film about the harbour opens next week.\n\n**Director:** Krzysztof Wójcikowski-Żak\n**Starring:** Małgorzata Szczepańska, Grzegorz Przybyłowicz\n\n{Closing}");
    }

    [Theory]
    [InlineData("Zaktualizowano dwie godziny temu przez redakcję portalu")]
    [InlineData("Fot. Katarzyna Wiśniewska / Agencja Morska Gdańsk")]
    [InlineData("Zobacz także: Nowy most w Gdańsku już otwarty")]
    [InlineData("» Læs også: Marsvin strander igen ved Fanø")]
    [InlineData("снимка: БТА")]
    public void A_portals_line_inside_the_story_is_still_its_chrome(string line)
    {
        Verify($"{Story}\n\n{{|BP0001:{line}|}}\n\n{Closing}");
    }

    [Fact]
    public void A_portals_teaser_over_a_source_line_is_no_box_of_names()
    {
        Verify($"{Story}\n\n{{|BP0001:Čítajte aj: Nová chata pod Rysmi je otvorená|}}\nZdroj: TASR\n\n{Closing}");
    }
}
