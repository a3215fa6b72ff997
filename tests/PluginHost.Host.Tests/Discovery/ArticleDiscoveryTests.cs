using PluginHost.Host.Discovery;

namespace PluginHost.Host.Tests.Discovery;

public sealed class ArticleDiscoveryTests
{
    private static List<string> Found(TestDirectory root, params string[] inputs) =>
        [.. new ArticleDiscovery().Discover(inputs, root.Path).Articles.Select(a => a.DisplayPath.Replace('\\', '/'))];

    [Fact]
    public void Folders_are_searched_recursively_for_txt_and_md_articles_in_path_order()
    {
        using var root = new TestDirectory();
        root.Write("news/b.txt", "b");
        root.Write("news/a.md", "a");
        root.Write("news/deep/c.TXT", "c");
        root.Write("news/image.png", "x");
        Found(root, "news").ShouldBe(["news/a.md", "news/b.txt", "news/deep/c.TXT"]);
    }

    [Fact]
    public void Folders_walked_in_order_give_the_order_of_whole_paths()
    {
        using var root = new TestDirectory();
        string[] files = ["a.txt", "a/b.txt", "a b.txt", "a-c.txt", "A.txt", "ab/c.txt", "a/b/c.txt", "a/b.md"];
        foreach (var file in files)
        {
            root.Write(file, "x");
        }

        Found(root, ".").ShouldBe(files.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_folder_named_inside_another_gives_its_articles_once_in_order()
    {
        using var root = new TestDirectory();
        root.Write("news/b.txt", "b");
        root.Write("news/deep/a.txt", "a");
        root.Write("z.txt", "z");
        Found(root, "z.txt", "news/deep", "news").ShouldBe(["news/b.txt", "news/deep/a.txt", "z.txt"]);
    }

    [Fact]
    public void A_found_set_is_counted_once_and_read_again_in_the_same_order_each_time()
    {
        using var root = new TestDirectory();
        root.Write("news/b.txt", "b");
        root.Write("news/a.txt", "a");
        var found = new ArticleDiscovery().Find(["news", "missing.txt"], root.Path);
        found.Count.ShouldBe(2);
        found.UnmatchedInputs.ShouldBe(["missing.txt"]);
        found.Select(a => a.DisplayPath.Replace('\\', '/')).ShouldBe(["news/a.txt", "news/b.txt"]);
        found.Select(a => a.DisplayPath.Replace('\\', '/')).ShouldBe(["news/a.txt", "news/b.txt"]);
    }

    [Fact]
    public void A_file_is_taken_whatever_its_extension()
    {
        using var root = new TestDirectory();
        root.Write("story.text", "x");
        Found(root, "story.text").ShouldBe(["story.text"]);
    }

    [Fact]
    public void Globs_match_from_their_fixed_prefix()
    {
        using var root = new TestDirectory();
        root.Write("news/2024/a.md", "a");
        root.Write("news/2025/b.md", "b");
        root.Write("news/2025/c.txt", "c");
        Found(root, "news/**/*.md").ShouldBe(["news/2024/a.md", "news/2025/b.md"]);
        Found(root, "news/2025/*").ShouldBe(["news/2025/b.md", "news/2025/c.txt"]);
    }

    [Fact]
    public void Articles_found_twice_are_analyzed_once()
    {
        using var root = new TestDirectory();
        root.Write("a.txt", "a");
        Found(root, "a.txt", ".", "*.txt").ShouldBe(["a.txt"]);
    }

    [Fact]
    public void Inputs_that_match_nothing_are_returned()
    {
        using var root = new TestDirectory();
        root.Write("empty/readme.png", "x");
        var result = new ArticleDiscovery().Discover(["missing.txt", "empty", "nothing/*.md"], root.Path);
        result.Articles.ShouldBeEmpty();
        result.UnmatchedInputs.ShouldBe(["missing.txt", "empty", "nothing/*.md"]);
    }

    [Fact]
    public void Paths_outside_the_working_folder_are_shown_in_full()
    {
        using var root = new TestDirectory();
        using var other = new TestDirectory();
        var file = other.Write("x.txt", "x");
        Found(root, file).ShouldBe([file.Replace('\\', '/')]);
    }

    [Fact]
    public void Symbolic_link_loops_end()
    {
        using var root = new TestDirectory();
        root.Write("news/a.txt", "a");
        Directory.CreateSymbolicLink(root.Combine("news/loop"), root.Combine("news"));
        Found(root, "news").ShouldBe(["news/a.txt"]);
    }

    [Fact]
    public void Names_with_spaces_and_non_ascii_letters_are_found()
    {
        using var root = new TestDirectory();
        root.Write("dossier été/article un.md", "x");
        Found(root, "dossier été").ShouldBe(["dossier été/article un.md"]);
    }

    [Fact]
    public void A_shard_keeps_only_its_articles_and_the_first_share_reports_every_unmatched_input_in_order()
    {
        using var root = new TestDirectory();
        for (var i = 0; i < 60; i++)
        {
            root.Write($"news/{i:D2}.txt", "x");
        }

        var shares = Enumerable.Range(0, 3).Select(k => new ArticleDiscovery().Discover(["news", "z-missing.txt", "a-missing.txt"], root.Path, new ArticleShard(k, 3))).ToList();
        shares.SelectMany(s => s.Articles).Select(a => a.DisplayPath).Order(StringComparer.Ordinal).ShouldBe(Found(root, "news"));
        shares.ShouldAllBe(s => s.Articles.Count > 0 && s.Articles.Select(a => a.DisplayPath).SequenceEqual(s.Articles.Select(a => a.DisplayPath).Order(StringComparer.Ordinal)));
        shares[0].UnmatchedInputs.ShouldBe(["z-missing.txt", "a-missing.txt"]);
        shares.Skip(1).ShouldAllBe(s => s.UnmatchedInputs.Count == 0);
    }
}
