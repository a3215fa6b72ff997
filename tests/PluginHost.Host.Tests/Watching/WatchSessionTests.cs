using PluginHost.Host.Discovery;
using PluginHost.Host.Watching;
using PluginHost.Sdk.Plugins;

namespace PluginHost.Host.Tests.Watching;

public sealed class WatchSessionTests : IDisposable
{
    private const string Shouting = """rule AB0001 { title = "Shout"; message = "Shouting"; severity = warning; match = "!"; }""";

    private readonly TestDirectory _root = new();

    private readonly WatchSession _watch;

    public WatchSessionTests()
    {
        _root.Write("extra/Alpha/extra.rules", Shouting);
        var options = new HostOptions { PluginDirectories = [], RuleDirectories = [_root.Combine("extra")] };
        _watch = new WatchSession(() => Sessions.Create(_root, options, (new InProcessPlugin(new PluginManifest("Alpha", "AB")), "")));
    }

    public void Dispose()
    {
        _watch.Dispose();
        _root.Dispose();
    }

    private ArticleSource Article(string path, string text) => new(path, _root.Write(path, text));

    [Fact]
    public void The_first_analysis_reports_every_finding_as_new()
    {
        var change = _watch.Analyze([Article("a.txt", "Hi! Ho!"), Article("b.txt", "Calm.")]).ShouldHaveSingleItem();
        change.Path.ShouldBe("a.txt");
        change.Added.Count.ShouldBe(2);
    }

    [Fact]
    public void Analyzing_a_changed_article_again_reports_only_what_changed()
    {
        _watch.Analyze([Article("a.txt", "Hi! Ho!")]);
        _watch.Analyze([Article("a.txt", "Hi! Ho!")]).ShouldBeEmpty();
        var calmer = _watch.Analyze([Article("a.txt", "Hi! Ho.")]).ShouldHaveSingleItem();
        (calmer.Added.Count, calmer.Removed.Count).ShouldBe((0, 1));
        _watch.Analyze([Article("a.txt", "Hi! Ho. Hey!")]).ShouldHaveSingleItem().Added.ShouldHaveSingleItem().Span.Start.ShouldBe(11);
    }

    [Fact]
    public void An_article_that_is_gone_takes_its_findings_with_it()
    {
        _watch.Analyze([Article("a.txt", "Hi!")]);
        _watch.Remove("a.txt")!.Removed.Count.ShouldBe(1);
        _watch.Articles.ShouldBeEmpty();
        _watch.Remove("a.txt").ShouldBeNull();
    }

    [Fact]
    public void New_rules_are_applied_to_every_article()
    {
        _watch.Analyze([Article("a.txt", "Hi? Ho!")]);
        _root.Write("extra/Alpha/extra.rules", Shouting + """rule AB0002 { title = "Ask"; message = "Asking"; severity = warning; match = "?"; }""");
        var reload = _watch.Reload();
        reload.Applied.ShouldBeTrue();
        reload.Changes.ShouldHaveSingleItem().Added.ShouldHaveSingleItem().Id.ShouldBe("AB0002");
    }

    [Fact]
    public void A_rule_file_with_an_error_keeps_the_last_good_rules_until_it_is_fixed()
    {
        _watch.Analyze([Article("a.txt", "Hi!")]);
        _root.Write("extra/Alpha/extra.rules", """rule AB0001 { title = "Shout" message = "broken"; }""");
        var broken = _watch.Reload();
        broken.Applied.ShouldBeFalse();
        broken.Errors.ShouldHaveSingleItem().ShouldContain("extra.rules(1,31): error:");
        _watch.Analyze([Article("a.txt", "Hi! Ho!")]).ShouldHaveSingleItem().Added.ShouldHaveSingleItem().Message.ShouldBe("Shouting");

        _root.Write("extra/Alpha/extra.rules", Shouting.Replace("Shouting", "Loud", StringComparison.Ordinal));
        var fixedRules = _watch.Reload();
        fixedRules.Applied.ShouldBeTrue();
        fixedRules.Changes.ShouldHaveSingleItem().Added.Select(d => d.Message).ShouldBe(["Loud", "Loud"]);
    }

    [Fact]
    public void After_a_plugin_was_rebuilt_the_new_set_up_is_used_even_with_errors()
    {
        _watch.Analyze([Article("a.txt", "Hi!")]);
        _root.Write("extra/Alpha/extra.rules", """rule AB0001 { title = "Shout" message = "broken"; }""");
        var reload = _watch.Reload(pluginsRebuilt: true);
        reload.Applied.ShouldBeTrue();
        reload.Errors.ShouldHaveSingleItem();
        reload.Changes.ShouldHaveSingleItem().Removed.ShouldHaveSingleItem().Message.ShouldBe("Shouting");
    }
}
