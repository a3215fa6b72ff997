using System.Runtime.CompilerServices;
using Pidgin;
using Pidgin.Configuration;
using PluginHost.Rules.Syntax;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Parsing;

/// <summary>Parses the text of one rule file into syntax, or into an error that says where and what was expected.</summary>
public static class RuleParser
{
    // A tab is one column, as in the line maps of articles: positions then agree with editors that count code units.
    private static readonly IConfiguration<char> Configuration =
        Pidgin.Configuration.Configuration.Default<char>()
            .WithPosCalculator(c => c == '\n' ? SourcePosDelta.NewLine : SourcePosDelta.OneCol);

    /// <summary>
    /// Builds the grammar's parsers (the static fields of <see cref="RuleGrammar"/>) now, which the first parse
    /// would otherwise wait for: in a fresh process that is 45–70 ms, mostly compiling their generic code, which a
    /// caller can overlap with other work. The first parse still compiles the parsing methods themselves.
    /// </summary>
    public static void Prepare() => RuntimeHelpers.RunClassConstructor(typeof(RuleGrammar).TypeHandle);

    public static RuleFileSyntax Parse(string path, string text, out RuleError? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var result = RuleGrammar.File.Parse(text, Configuration);
        if (result.Success)
        {
            error = null;
            return new RuleFileSyntax(path, result.Value);
        }

        var parseError = result.Error!;
        var found = parseError.EOF
            ? "the end of the file"
            : parseError.Unexpected.HasValue ? Describe(parseError.Unexpected.Value) : "something else";
        var message = parseError.Message is { } custom && custom != "Failed"
            ? custom
            : $"expected {RuleGrammar.DescribeExpected(parseError.Expected)}, found {found}";
        error = new RuleError(path, new LinePosition(parseError.ErrorPos.Line, parseError.ErrorPos.Col), message);
        return new RuleFileSyntax(path, []);
    }

    private static string Describe(char c) => c switch
    {
        '\n' or '\r' => "the end of the line",
        '\'' => "\"'\"",
        _ when char.IsWhiteSpace(c) => "a blank",
        _ => $"'{c}'",
    };
}
