using PluginHost.Host.Configuration;

namespace PluginHost.Host.Tests.Configuration;

public sealed class EditorConfigGlobTests
{
    [Theory]
    [InlineData("*", "a.txt", true)]
    [InlineData("*", "news/a.txt", true)]
    [InlineData("*.md", "news/deep/a.md", true)]
    [InlineData("*.md", "a.txt", false)]
    [InlineData("news/*.txt", "news/a.txt", true)]
    [InlineData("news/*.txt", "news/deep/a.txt", false)]
    [InlineData("news/**.txt", "news/deep/a.txt", true)]
    [InlineData("news/**/a.txt", "news/a.txt", true)]
    [InlineData("/news/*.txt", "news/a.txt", true)]
    [InlineData("*.{md,txt}", "a.md", true)]
    [InlineData("*.{md,txt}", "a.doc", false)]
    [InlineData("a?.txt", "ab.txt", true)]
    [InlineData("a?.txt", "a/.txt", false)]
    [InlineData("[ab].txt", "b.txt", true)]
    [InlineData("[!ab].txt", "b.txt", false)]
    [InlineData("[!ab].txt", "c.txt", true)]
    [InlineData("a\\*.txt", "a*.txt", true)]
    [InlineData("a\\*.txt", "ab.txt", false)]
    public void Globs_follow_the_editorconfig_rules(string glob, string path, bool matches)
    {
        EditorConfigGlob.ToRegex(glob).IsMatch(path).ShouldBe(matches);
    }
}
