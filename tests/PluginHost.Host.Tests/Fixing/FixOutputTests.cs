using PluginHost.Host.Fixing;

namespace PluginHost.Host.Tests.Fixing;

public sealed class FixOutputTests
{
    [Fact]
    public void Out_mirrors_paths_under_the_working_folder()
    {
        using var root = new TestDirectory();
        FixOutput.Into(root.Combine("fixed")).TargetFor(root.Combine("news/a.txt"), root.Path).ShouldBe(root.Combine("fixed/news/a.txt"));
    }

    [Fact]
    public void Out_never_writes_outside_its_folder()
    {
        using var root = new TestDirectory();
        var output = FixOutput.Into(root.Combine("fixed"));
        output.TargetFor("/elsewhere/a.txt", root.Path).ShouldBeNull();
        output.TargetFor(Path.Combine(root.Path, "..", "a.txt"), root.Path).ShouldBeNull();
    }

    [Fact]
    public void In_place_keeps_a_backup_when_asked()
    {
        using var root = new TestDirectory();
        var article = root.Write("a.txt", "before");
        var output = FixOutput.InPlace(backup: true);
        output.Write(article, output.TargetFor(article, root.Path)!, "after");
        File.ReadAllText(article).ShouldBe("after");
        File.ReadAllText(article + ".bak").ShouldBe("before");
        Directory.GetFiles(root.Path, "*.tmp").ShouldBeEmpty();
    }
}
