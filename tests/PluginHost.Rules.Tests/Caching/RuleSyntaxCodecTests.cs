using CsCheck;
using PluginHost.Rules.Caching;
using PluginHost.Rules.Parsing;
using PluginHost.Rules.Syntax;

namespace PluginHost.Rules.Tests.Caching;

public sealed class RuleSyntaxCodecTests
{
    /// <summary>A file with every construct of the grammar, each where the parser gives it a position of its own.</summary>
    private const string EveryConstruct = """
        list verbs = said, "called for";
        setting loud = true;
        setting ratio = -2.5;
        setting mode = strict;
        pattern quoted_speaker {
            match = who:@person ","? gap(0, 3) ($verbs | ="NASA" | "he said" | /[0-9]+%/i){1,2} _ !"," ^ $ "x"* "y"+ "z"{2,};
        }
        rule TS0001 {
            title = "A title";
            severity = warning;
            match = ^ @quote;
            where = not (a.b == "x" and c != 2) or d.e < 1 and f <= 2 or g > 3 and h >= 4 or i in $verbs or j == none or k or l == true;
        }
        """;

    private static IReadOnlyList<DeclarationSyntax> RoundTrip(IReadOnlyList<DeclarationSyntax> declarations)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            RuleSyntaxCodec.Write(writer, declarations);
        }

        bytes.Position = 0;
        using var reader = new BinaryReader(bytes);
        var read = RuleSyntaxCodec.Read(reader);
        bytes.Position.ShouldBe(bytes.Length);
        return read;
    }

    private static RuleFileSyntax Parse(string text)
    {
        var file = RuleParser.Parse("test.rules", text, out var error);
        error.ShouldBeNull();
        return file;
    }

    [Theory]
    [MemberData(nameof(ShippedRuleFiles.Names), MemberType = typeof(ShippedRuleFiles))]
    public void A_shipped_rule_file_reads_back_as_it_was_parsed(string file)
    {
        var parsed = Parse(ShippedRuleFiles.Text(file));

        RoundTrip(parsed.Declarations).ShouldBeSameSyntaxAs(parsed.Declarations);
    }

    [Fact]
    public void Every_construct_reads_back_with_its_position()
    {
        var parsed = Parse(EveryConstruct);

        RoundTrip(parsed.Declarations).ShouldBeSameSyntaxAs(parsed.Declarations);
    }

    [Fact]
    public void The_construct_test_covers_every_syntax_type()
    {
        var syntaxTypes = typeof(RuleFileSyntax).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(RuleFileSyntax).Namespace && t is { IsClass: true, IsAbstract: false } && t != typeof(RuleFileSyntax));

        SyntaxComparison.TypesIn(Parse(EveryConstruct).Declarations).ShouldBe(syntaxTypes, ignoreOrder: true);
    }

    [Fact]
    public void Any_rule_file_reads_back_as_it_was_written()
    {
        RuleSyntaxGenerators.File.Sample(file => RoundTrip(file.Declarations).ShouldBeSameSyntaxAs(file.Declarations), iter: 300);
    }

    [Fact]
    public void A_shifted_position_is_told_apart()
    {
        var parsed = Parse(EveryConstruct);
        var moved = Parse("\n" + EveryConstruct);

        Should.Throw<ShouldAssertException>(() => RoundTrip(moved.Declarations).ShouldBeSameSyntaxAs(parsed.Declarations));
    }

    [Fact]
    public void Bytes_cut_short_are_malformed_not_a_crash()
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            RuleSyntaxCodec.Write(writer, Parse(EveryConstruct).Declarations);
        }

        var whole = bytes.ToArray();
        for (var length = 0; length < whole.Length; length++)
        {
            using var reader = new BinaryReader(new MemoryStream(whole, 0, length));
            Should.Throw<InvalidDataException>(() => RuleSyntaxCodec.Read(reader));
        }
    }

    [Theory]
    [InlineData(new byte[] { 1, 0, 1, 1 }, "tag 0 where a declaration was expected")]
    [InlineData(new byte[] { 1, 8, 1, 1 }, "tag 8 where a declaration was expected")]
    [InlineData(new byte[] { 200, 1 }, "a list of 200 items is longer than what is left")]
    [InlineData(new byte[] { 1, 1, 1, 1, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F }, "the cached rule syntax is cut short or malformed")]
    public void Foreign_bytes_say_what_is_wrong(byte[] bytes, string message)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes));

        Should.Throw<InvalidDataException>(() => RuleSyntaxCodec.Read(reader)).Message.ShouldStartWith(message);
    }
}
