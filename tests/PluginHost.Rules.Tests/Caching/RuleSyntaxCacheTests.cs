using System.Runtime.Versioning;
using PluginHost.Host.Tests;
using PluginHost.Rules.Caching;
using PluginHost.Rules.Parsing;

namespace PluginHost.Rules.Tests.Caching;

public sealed class RuleSyntaxCacheTests : IDisposable
{
    private const string Rules = """
        list verbs = said, told;
        rule TS0001 { title = "t"; message = "m"; severity = warning; match = @person $verbs; }
        """;

    private static readonly DateTime LongAgo = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    // Recent enough that a hit leaves it as it is: a different time afterwards means the entry was written again.
    // Whole seconds, which every file system keeps exactly.
    private static readonly DateTime AnHourAgo = DateTime.UnixEpoch.AddSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 3600);

    private readonly TestDirectory _root = new();

    public void Dispose() => _root.Dispose();

    private RuleSyntaxCache Cache(int maxEntries = 256) => new(_root.Path, maxEntries);

    private static string[] Entries(RuleSyntaxCache cache) =>
        Directory.Exists(cache.Folder) ? Directory.GetFiles(cache.Folder) : [];

    private static void ShouldParseAsTheParserDoes(RuleSyntaxCache cache, string text, string path = "a.rules")
    {
        var fresh = RuleParser.Parse(path, text, out var expectedError);
        var syntax = cache.Parse(path, text, out var error);
        error.ShouldBeSameSyntaxAs(expectedError);
        syntax.ShouldBeSameSyntaxAs(fresh);
    }

    [Fact]
    public void A_parsed_file_is_kept_and_read_back_the_next_time_without_writing()
    {
        var cache = Cache();
        ShouldParseAsTheParserDoes(cache, Rules);
        var entry = Entries(cache).ShouldHaveSingleItem();
        File.SetLastWriteTimeUtc(entry, AnHourAgo);

        ShouldParseAsTheParserDoes(Cache(), Rules);

        Entries(cache).ShouldBe([entry]);
        File.GetLastWriteTimeUtc(entry).ShouldBe(AnHourAgo);
    }

    [Fact]
    public void An_entry_read_a_day_after_its_last_use_is_marked_used_again()
    {
        var cache = Cache();
        cache.Parse("a.rules", Rules, out _);
        var entry = Entries(cache).ShouldHaveSingleItem();
        var bytes = File.ReadAllBytes(entry);
        File.SetLastWriteTimeUtc(entry, LongAgo);

        ShouldParseAsTheParserDoes(cache, Rules);

        File.GetLastWriteTimeUtc(entry).ShouldBeGreaterThan(AnHourAgo);
        File.ReadAllBytes(entry).ShouldBe(bytes);
    }

    [Fact]
    public void Text_read_from_the_cache_carries_the_path_it_was_given()
    {
        var cache = Cache();
        cache.Parse("first.rules", Rules, out _);

        var second = cache.Parse("second.rules", Rules, out _);

        second.Path.ShouldBe("second.rules");
        second.ShouldBeSameSyntaxAs(RuleParser.Parse("second.rules", Rules, out _));
    }

    [Fact]
    public void An_edited_file_is_parsed_again()
    {
        var cache = Cache();
        cache.Parse("a.rules", Rules, out _);

        ShouldParseAsTheParserDoes(cache, Rules.Replace("told", "tells", StringComparison.Ordinal));

        Entries(cache).Length.ShouldBe(2);
    }

    [Fact]
    public void A_file_with_a_parse_error_is_not_kept_and_its_error_is_reported_every_time()
    {
        var cache = Cache();
        const string broken = "rule TS0001 { title = ; }";

        cache.Parse("broken.rules", broken, out var first);
        cache.Parse("broken.rules", broken, out var second);

        first.ShouldNotBeNull().File.ShouldBe("broken.rules");
        second.ShouldBeSameSyntaxAs(first);
        Entries(cache).ShouldBeEmpty();
    }

    public static TheoryData<string> Damages => ["empty", "magic", "key", "length", "payload", "checksum", "cut", "longer"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_entry_is_parsed_again_and_replaced(string damage)
    {
        var cache = Cache();
        cache.Parse("a.rules", Rules, out _);
        var entry = Entries(cache).ShouldHaveSingleItem();
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, damage switch
        {
            "empty" => [],
            "magic" => Flip(bytes, 0),
            "key" => Flip(bytes, 10),
            "length" => Flip(bytes, 37),
            "payload" => Flip(bytes, 45),
            "checksum" => Flip(bytes, bytes.Length - 1),
            "cut" => bytes[..^40],
            _ => [.. bytes, 0],
        });
        File.SetLastWriteTimeUtc(entry, LongAgo);

        ShouldParseAsTheParserDoes(cache, Rules);

        File.ReadAllBytes(entry).ShouldBe(bytes);
    }

    [Fact]
    public void An_entry_for_other_text_under_this_texts_name_is_not_used()
    {
        var cache = Cache();
        cache.Parse("a.rules", Rules, out _);
        var entry = Entries(cache).ShouldHaveSingleItem();
        var other = Rules.Replace("said", "says", StringComparison.Ordinal);
        cache.Parse("a.rules", other, out _);
        var otherEntry = Entries(cache).Single(e => e != entry);
        File.Copy(entry, otherEntry, overwrite: true);

        ShouldParseAsTheParserDoes(cache, other);
    }

    [Fact]
    public void A_folder_that_cannot_be_written_only_costs_the_parse()
    {
        var blocker = _root.Write("not-a-folder", "a file where the cache's folder would be");

        ShouldParseAsTheParserDoes(new RuleSyntaxCache(blocker), Rules);
    }

    [Fact]
    public void It_holds_a_text_once_the_text_has_been_parsed_without_errors()
    {
        var cache = Cache();
        cache.Holds(Rules).ShouldBeFalse();

        cache.Parse("a.rules", Rules, out _);
        cache.Parse("b.rules", "rule {", out _);

        cache.Holds(Rules).ShouldBeTrue();
        cache.Holds(Rules + " ").ShouldBeFalse();
        cache.Holds("rule {").ShouldBeFalse();
        RuleSyntaxCache.None.Holds(Rules).ShouldBeFalse();
    }

    [Fact]
    public void After_a_write_fails_the_cache_only_reads()
    {
        var blocker = _root.Write("blocked", "a file where the cache's folder would be");
        var cache = new RuleSyntaxCache(blocker);
        cache.Parse("a.rules", Rules, out _);
        File.Delete(blocker);

        ShouldParseAsTheParserDoes(cache, Rules + " ");

        Directory.Exists(cache.Folder).ShouldBeFalse();
        new RuleSyntaxCache(blocker).Parse("a.rules", Rules, out _);
        Entries(cache).ShouldHaveSingleItem();
    }

    [Fact]
    public void A_build_folder_in_use_is_marked_used_with_its_entry()
    {
        var cache = Cache();
        cache.Parse("a.rules", Rules, out _);
        File.SetLastWriteTimeUtc(Entries(cache).Single(), LongAgo);
        Directory.SetLastWriteTimeUtc(cache.Folder!, LongAgo);

        cache.Parse("a.rules", Rules, out _);

        Directory.GetLastWriteTimeUtc(cache.Folder!).ShouldBeGreaterThan(AnHourAgo);
    }

    [Fact]
    public void No_folder_means_parsing_every_time()
    {
        RuleSyntaxCache.None.Folder.ShouldBeNull();

        ShouldParseAsTheParserDoes(RuleSyntaxCache.None, Rules);
    }

    [Fact]
    public void The_oldest_entries_beyond_the_limit_are_deleted()
    {
        var cache = Cache(maxEntries: 2);
        var texts = Enumerable.Range(1, 3).Select(i => Rules + $"\nsetting n = {i};").ToList();
        cache.Parse("a.rules", texts[0], out _);
        var oldest = Entries(cache).ShouldHaveSingleItem();
        File.SetLastWriteTimeUtc(oldest, LongAgo);
        cache.Parse("a.rules", texts[1], out _);

        cache.Parse("a.rules", texts[2], out _);

        var kept = Entries(cache);
        kept.Length.ShouldBe(2);
        kept.ShouldNotContain(oldest);
    }

    [Fact]
    public void What_a_crashed_writer_left_is_deleted_after_an_hour()
    {
        var cache = Cache();
        cache.Parse("a.rules", Rules, out _);
        var stale = Path.Combine(cache.Folder!, "left.1.stale.tmp");
        var recent = Path.Combine(cache.Folder!, "left.2.recent.tmp");
        File.WriteAllText(stale, "half");
        File.WriteAllText(recent, "half");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-2));

        cache.Parse("a.rules", Rules + " ", out _);

        File.Exists(stale).ShouldBeFalse();
        File.Exists(recent).ShouldBeTrue();
    }

    [Fact]
    public void Another_builds_entries_go_after_a_month_without_a_write()
    {
        var cache = Cache();
        var builds = Path.GetDirectoryName(cache.Folder)!;
        var abandoned = Directory.CreateDirectory(Path.Combine(builds, "abandoned")).FullName;
        var recent = Directory.CreateDirectory(Path.Combine(builds, "recent")).FullName;
        Directory.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddDays(-31));

        cache.Parse("a.rules", Rules, out _);

        Directory.Exists(abandoned).ShouldBeFalse();
        Directory.Exists(recent).ShouldBeTrue();
        Directory.Exists(cache.Folder).ShouldBeTrue();
    }

    [Fact]
    public void Writers_at_the_same_time_leave_one_sound_entry()
    {
        var cache = Cache();

        Parallel.For(0, 8, _ => ShouldParseAsTheParserDoes(cache, Rules));

        var entry = Entries(cache).ShouldHaveSingleItem();
        File.SetLastWriteTimeUtc(entry, AnHourAgo);
        ShouldParseAsTheParserDoes(cache, Rules);
        File.GetLastWriteTimeUtc(entry).ShouldBe(AnHourAgo);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void The_folders_the_cache_creates_are_the_users_alone()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Windows folders have no Unix mode");
        }

        var cache = Cache();

        cache.Parse("a.rules", Rules, out _);

        const UnixFileMode owner = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        File.GetUnixFileMode(cache.Folder!).ShouldBe(owner);
        File.GetUnixFileMode(Path.GetDirectoryName(cache.Folder)!).ShouldBe(owner);
    }

    private static byte[] Flip(byte[] bytes, int index)
    {
        var copy = bytes.ToArray();
        copy[index] ^= 0x10;
        return copy;
    }
}
