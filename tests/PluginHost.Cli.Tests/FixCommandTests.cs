using PluginHost.Host.Tests;

namespace PluginHost.Cli.Tests;

public sealed class FixCommandTests
{
    [Fact]
    public void Out_writes_fixed_copies_and_leaves_the_originals()
    {
        using var root = new TestDirectory();
        var original = root.Write("news/a.txt", "The STORM and the WIND.\r\nNATO met.\r\n");
        var run = CliRun.Start(root.Path, "fix", "news", "--out", "fixed", "--plugins", CliRun.FixturePlugins, "--rule", "CP0001");
        run.ExitCode.ShouldBe(0, run.Errors);
        File.ReadAllText(original).ShouldBe("The STORM and the WIND.\r\nNATO met.\r\n");
        File.ReadAllText(root.Combine("fixed/news/a.txt")).ShouldBe("The storm and the wind.\r\nNATO met.\r\n");
        run.OutputLines[^1].ShouldBe("2 fixes applied in 1 article.");
    }

    [Fact]
    public void In_place_with_backup_replaces_the_article_and_keeps_the_original()
    {
        using var root = new TestDirectory();
        var article = root.Write("a.txt", "LOUD words");
        var run = CliRun.Start(root.Path, "fix", "a.txt", "--in-place", "--backup", "--plugins", CliRun.FixturePlugins);
        run.ExitCode.ShouldBe(0, run.Errors);
        File.ReadAllText(article).ShouldBe("loud words");
        File.ReadAllText(article + ".bak").ShouldBe("LOUD words");
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_changes_nothing()
    {
        using var root = new TestDirectory();
        var article = root.Write("a.txt", "Calm.\nThe STORM came.\nCalm again.\n");
        var run = CliRun.Start(root.Path, "fix", "a.txt", "--dry-run", "--plugins", CliRun.FixturePlugins, "--rule", "CP0001");
        run.ExitCode.ShouldBe(0, run.Errors);
        run.OutputLines.ShouldBe(["--- a/a.txt", "+++ b/a.txt", "@@ -1,3 +1,3 @@", " Calm.", "-The STORM came.", "+The storm came.", " Calm again."]);
        run.Errors.ShouldContain("1 fix to apply in 1 article.");
        File.ReadAllText(article).ShouldBe("Calm.\nThe STORM came.\nCalm again.\n");
    }

    [Theory]
    [InlineData("fix", "a.txt")]
    [InlineData("fix", "a.txt", "--dry-run", "--in-place")]
    [InlineData("fix", "a.txt", "--in-place", "--out", "x")]
    [InlineData("fix", "a.txt", "--out", "x", "--backup")]
    public void Where_to_write_must_be_said_once(params string[] arguments)
    {
        using var root = new TestDirectory();
        root.Write("a.txt", "LOUD");
        var run = CliRun.Start(root.Path, arguments);
        run.ExitCode.ShouldBe(2);
        File.ReadAllText(root.Combine("a.txt")).ShouldBe("LOUD");
    }
}
