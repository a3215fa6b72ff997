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
        Paths.ShouldAllBe(p => ArticleShard.Whole.Contains(p));
    }

    [Theory]
    [InlineData("archive/2024/harbour.txt", 5, 3)]
    [InlineData("samples/river-flood.txt", 3, 2)]
    [InlineData("seeds/000_af491040516ca58f.txt", 8, 6)]
    public void The_share_of_a_path_is_the_same_in_every_process_and_release(string path, int count, int share)
    {
        // The first 8 bytes of the path's SHA-256, little-endian, modulo N (worked out apart from the code): a hash
        // that changed between processes or releases would make shards overlap or leave articles out.
        Enumerable.Range(0, count).Single(k => new ArticleShard(k, count).Contains(path)).ShouldBe(share);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 3)]
    [InlineData(-1, 3)]
    public void A_share_outside_its_count_cannot_be_made(int index, int count)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new ArticleShard(index, count));
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
