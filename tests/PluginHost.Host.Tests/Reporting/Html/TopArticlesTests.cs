using PluginHost.Host.Reporting.Html;

namespace PluginHost.Host.Tests.Reporting.Html;

public sealed class TopArticlesTests
{
    [Fact]
    public void Only_the_articles_with_most_findings_are_kept_most_first()
    {
        var top = new TopArticles(2);
        top.Add("a1", "one", 3);
        top.Add("a2", "two", 9);
        top.Add("a3", "three", 1);
        top.Add("a4", "four", 5);
        top.Ranked().Select(a => (a.Path, a.Findings)).ShouldBe([("two", 9), ("four", 5)]);
    }

    [Fact]
    public void On_a_tie_the_earlier_article_stays()
    {
        var top = new TopArticles(2);
        top.Add("a1", "one", 4);
        top.Add("a2", "two", 4);
        top.Add("a3", "three", 4);
        top.Ranked().Select(a => a.Anchor).ShouldBe(["a1", "a2"]);
    }
}
