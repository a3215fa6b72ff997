using PluginHost.Cli.Terminal;

namespace PluginHost.Cli.Tests.Terminal;

public sealed class ProgressTextTests
{
    [Fact]
    public void Before_the_first_article_only_the_count_is_shown()
    {
        ProgressText.Describe(0, 10_000, TimeSpan.FromSeconds(1)).ShouldBe("0 of 10,000 articles");
    }

    [Fact]
    public void The_rate_is_the_average_so_far_and_the_time_left_follows_from_it()
    {
        ProgressText.Describe(1_204, 10_000, TimeSpan.FromSeconds(2)).ShouldBe("1,204 of 10,000 articles · 602 a second · 15 seconds left");
    }

    [Fact]
    public void A_slow_run_shows_a_fraction_of_an_article_a_second_and_minutes_left()
    {
        ProgressText.Describe(3, 1_000, TimeSpan.FromSeconds(2)).ShouldBe("3 of 1,000 articles · 1.5 a second · 11 minutes, 5 seconds left");
    }

    [Fact]
    public void Nothing_is_left_when_every_article_is_done()
    {
        ProgressText.Describe(1, 1, TimeSpan.FromSeconds(5)).ShouldBe("1 of 1 article · 0.2 a second");
    }
}
