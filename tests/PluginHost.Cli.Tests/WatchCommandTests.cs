using PluginHost.Host.Tests;

namespace PluginHost.Cli.Tests;

public sealed class WatchCommandTests
{
    private static TestDirectory Articles()
    {
        var root = new TestDirectory();
        root.Write("news/storm.txt", "The STORM came.\n");
        root.Write(".editorconfig", "root = true\n\n[*]\npluginhost_category.Language.severity = none\n");
        return root;
    }

    [Fact]
    public void Watch_prints_every_finding_first_then_only_what_an_edit_changed()
    {
        using var root = Articles();
        using var watch = CliProcess.Start(root.Path, "watch", "news", "--plugins", CliRun.FixturePlugins);
        watch.ErrorsUntil(line => line.StartsWith("Watching 1 article", StringComparison.Ordinal));
        watch.OutputUntil(line => line.Contains("CP0001", StringComparison.Ordinal))
            .ShouldContain("news/storm.txt(1,5,1,10): suggestion CP0001: 'STORM' is written in capitals");

        root.Write("news/storm.txt", "The STORM and the GALE came.\n");
        var change = watch.OutputUntil(line => line.Contains("+ news/storm.txt", StringComparison.Ordinal));
        change[^2].ShouldMatch(@"^\[[0-9:]{8}\] news/storm\.txt: 1 new finding$");
        change[^1].ShouldBe("  + news/storm.txt(1,19,1,23): suggestion CP0001: 'GALE' is written in capitals");

        root.Write("news/new.txt", "A STORMY one.\n");
        watch.OutputUntil(line => line.StartsWith("  + news/new.txt", StringComparison.Ordinal));

        File.Delete(root.Combine("news/new.txt"));
        watch.OutputUntil(line => line.StartsWith("  - news/new.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_rule_file_keeps_the_last_good_rules_and_its_fix_applies()
    {
        using var root = Articles();
        var rules = root.Write("extra/Capitals/extra.rules", """rule CP0101 { title = "Came"; message = "Came"; severity = warning; match = "came"; }""");
        using var watch = CliProcess.Start(root.Path, "watch", "news", "--plugins", CliRun.FixturePlugins, "--rules", "extra");
        watch.ErrorsUntil(line => line.StartsWith("Watching", StringComparison.Ordinal));
        watch.OutputUntil(line => line.Contains("CP0101", StringComparison.Ordinal));

        File.WriteAllText(rules, """rule CP0101 { title = "Came" message = "Came"; }""");
        watch.ErrorsUntil(line => line.Contains("the last good ones stay in use", StringComparison.Ordinal));
        watch.ErrorsUntil(line => line.Contains("extra.rules(1,30): error:", StringComparison.Ordinal));

        File.WriteAllText(rules, """rule CP0101 { title = "Came"; message = "Arrived"; severity = warning; match = "came"; }""");
        watch.ErrorsUntil(line => line.StartsWith("[", StringComparison.Ordinal) && line.Contains("Rules and plugins read again", StringComparison.Ordinal));
        watch.OutputUntil(line => line.Contains("+ news/storm.txt", StringComparison.Ordinal) && line.EndsWith("CP0101: Arrived", StringComparison.Ordinal));
    }
}
