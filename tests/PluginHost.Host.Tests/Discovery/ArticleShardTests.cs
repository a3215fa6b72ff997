using PluginHost.Host.Discovery;

namespace PluginHost.Host.Tests.Discovery;

public sealed class ArticleShardTests
{
    private static readonly string[] Paths = [.. Enumerable.Range(0, 900).Select(i => $"archive/{i / 100}/story-{i}.txt")];

    [Fact]
    public void Shards_cover_every_article_exactly_once_in_near_even_shares()
    {
        var shards = Enumerable.Range(0, 3).Select(k => new ArticleShard(k, 3)).ToList();
        foreach (var path in Paths)
        {
            shards.Count(s => s.Contains(path)).ShouldBe(1, path);
        }

        foreach (var shard in shards)
        {
            Paths.Count(shard.Contains).ShouldBeInRange(250, 350);
        }
    }

    [Fact]
    public void The_share_is_fixed_by_the_path_whichever_separator_it_is_written_with()
    {
        var shard = new ArticleShard(1, 4);
        var mine = Paths.Where(shard.Contains).ToList();
        mine.ShouldNotBeEmpty();
        mine.ShouldAllBe(p => shard.Contains(p.Replace('/', '\\')));
        Paths.Where(new ArticleShard(1, 4).Contains).ShouldBe(mine);
    }

    [Fact]
    public void One_share_of_one_is_the_whole_input()
    {
        var found = new DiscoveryResult([new ArticleSource("a.txt", "/x/a.txt")], ["missing.txt"]);
        ArticleShard.Whole.Select(found).ShouldBeSameAs(found);
        Paths.ShouldAllBe(p => ArticleShard.Whole.Contains(p));
    }

    [Fact]
    public void Selecting_a_shard_keeps_its_articles_and_its_unmatched_inputs_in_order()
    {
        var found = new DiscoveryResult([.. Paths.Select(p => new ArticleSource(p, "/" + p))], [.. Paths.Take(30).Select(p => "missing/" + p)]);
        var shares = Enumerable.Range(0, 3).Select(k => new ArticleShard(k, 3).Select(found)).ToList();
        shares.SelectMany(s => s.Articles).Select(a => a.DisplayPath).Order(StringComparer.Ordinal).ShouldBe(Paths.Order(StringComparer.Ordinal));
        shares.Sum(s => s.UnmatchedInputs.Count).ShouldBe(30);
        shares.ShouldAllBe(s => s.Articles.Select(a => a.DisplayPath).SequenceEqual(Paths.Where(p => s.Articles.Any(a => a.DisplayPath == p))));
    }

    [Theory]
    [InlineData("0/1", 0, 1)]
    [InlineData("2/3", 2, 3)]
    [InlineData("15/16", 15, 16)]
    public void K_of_N_is_read(string text, int index, int count)
    {
        ArticleShard.Parse(text, out var error).ShouldBe(new ArticleShard(index, count));
        error.ShouldBeNull();
    }

    [Theory]
    [InlineData("3/3")]
    [InlineData("1/0")]
    [InlineData("-1/3")]
    [InlineData("1")]
    [InlineData("1/3/5")]
    [InlineData("a/b")]
    [InlineData(" 1/3")]
    public void Anything_but_K_below_N_is_refused_with_an_example(string text)
    {
        ArticleShard.Parse(text, out var error).ShouldBeNull();
        error.ShouldNotBeNull().ShouldContain("0/3, 1/3 and 2/3");
        error.ShouldContain($"'{text}'");
    }
}
