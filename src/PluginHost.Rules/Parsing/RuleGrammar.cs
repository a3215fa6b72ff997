using System.Globalization;
using System.Text;
using Pidgin;
using Pidgin.Comment;
using PluginHost.Rules.Syntax;
using PluginHost.Sdk.Text;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace PluginHost.Rules.Parsing;

/// <summary>
/// The grammar of rule files, one parser per construct, from the lexical pieces up through values, conditions
/// and patterns to declarations and the whole <see cref="File"/>. See docs/rules.md for the same grammar in prose.
/// </summary>
public static class RuleGrammar
{
    // Lexical pieces: every token skips the blanks and # comments after it.
    private static readonly Parser<char, Unit> Blanks =
        OneOf(Whitespace.SkipAtLeastOnce(), CommentParser.SkipLineComment(Char('#'))).SkipMany();

    private static readonly Parser<char, LinePosition> Position =
        CurrentPos.Select(p => new LinePosition(p.Line, p.Col));

    private static Parser<char, string> Keyword(string word) =>
        Try(String(word).Before(Not(OneOf(LetterOrDigit, Char('_'))))).Before(Blanks).Labelled($"'{word}'");

    private static Parser<char, string> Symbol(string symbol) =>
        Try(String(symbol)).Before(Blanks).Labelled($"'{symbol}'");

    private static readonly Parser<char, string> RawName =
        Letter.Then(OneOf(LetterOrDigit, Char('_')).ManyString(), (first, rest) => first + rest);

    private static readonly Parser<char, string> Name =
        RawName.Before(Blanks).Labelled("a name");

    private static readonly Parser<char, string> BareWord =
        Token(c => char.IsLetterOrDigit(c) || c is '\'' or '’' or '-' or '.' or '&').AtLeastOnceString().Before(Blanks).Labelled("a word");

    private static readonly Parser<char, char> AsciiDigit =
        Token(char.IsAsciiDigit).Labelled("a digit");

    private static readonly Parser<char, int> Count =
        AsciiDigit.Labelled("a whole number").Then(AsciiDigit.ManyString(), (first, rest) => first + rest)
            .Bind(digits => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                ? Return(count)
                : Fail<int>($"{digits} is too large for a count"))
            .Before(Blanks);

    private static readonly Parser<char, double> NumberLiteral =
        Map(
            (sign, whole, fraction) => double.Parse(
                (sign.HasValue ? "-" : string.Empty) + whole + (fraction.HasValue ? "." + fraction.Value : string.Empty),
                CultureInfo.InvariantCulture),
            Char('-').Optional(),
            AsciiDigit.AtLeastOnceString(),
            Try(Char('.').Then(AsciiDigit.AtLeastOnceString())).Optional())
        .Before(Blanks)
        .Labelled("a number");

    private static readonly Parser<char, char> Escape =
        Char('\\').Then(OneOf(
            Char('"'),
            Char('\\'),
            Char('n').ThenReturn('\n'),
            Char('t').ThenReturn('\t')).Labelled("an escape (\\\", \\\\, \\n or \\t)"));

    // Only the opening mark is labelled, so an unterminated string reports the missing closing mark.
    private static readonly Parser<char, string> StringLiteral =
        Char('"').Labelled("a \"string\"")
            .Then(OneOf(Escape, AnyCharExcept('"', '\\', '\n', '\r')).ManyString())
            .Before(Char('"').Labelled("'\"' closing the string"))
            .Before(Blanks);

    // Values of settings and rule properties.
    private static readonly Parser<char, ValueSyntax> Literal =
        OneOf(
            Map((position, text) => (ValueSyntax)new StringValueSyntax(text, position), Position, StringLiteral),
            Map((position, number) => (ValueSyntax)new NumberValueSyntax(number, position), Position, NumberLiteral),
            Map((position, flag) => (ValueSyntax)new BooleanValueSyntax(flag, position), Position, Keyword("true").ThenReturn(true).Or(Keyword("false").ThenReturn(false))));

    private static readonly Parser<char, ValueSyntax> Value =
        OneOf(Literal, Map((position, name) => (ValueSyntax)new NameValueSyntax(name, position), Position, Name));

    // Bare words first: they are most entries, and a failed first alternative costs the parser a list of what it expected.
    private static readonly Parser<char, string> ListEntry =
        BareWord.Or(StringLiteral);

    // Conditions: 'or' of 'and' of ('not' condition | (condition) | comparison).
    private static readonly Parser<char, ComparisonOperator> ComparisonOperator =
        OneOf(
            Symbol("==").ThenReturn(Syntax.ComparisonOperator.Equal),
            Symbol("!=").ThenReturn(Syntax.ComparisonOperator.NotEqual),
            Symbol("<=").ThenReturn(Syntax.ComparisonOperator.LessOrEqual),
            Symbol(">=").ThenReturn(Syntax.ComparisonOperator.GreaterOrEqual),
            Symbol("<").ThenReturn(Syntax.ComparisonOperator.Less),
            Symbol(">").ThenReturn(Syntax.ComparisonOperator.Greater),
            Keyword("in").ThenReturn(Syntax.ComparisonOperator.In))
        .Labelled("a comparison (==, !=, <, <=, >, >=, in)");

    private static readonly Parser<char, OperandSyntax> Operand =
        OneOf(
            Map((position, _) => (OperandSyntax)new NoneOperandSyntax(position), Position, Keyword("none")),
            Map((position, name) => (OperandSyntax)new ListOperandSyntax(name, position), Position, Char('$').Labelled("$list").Then(Name)),
            Literal.Select(value => (OperandSyntax)new ValueOperandSyntax(value, value.Position)),
            Map((position, path) => (OperandSyntax)new PathOperandSyntax([.. path], position), Position, RawName.Labelled("a path such as paragraph.language").SeparatedAtLeastOnce(Char('.')).Before(Blanks)));

    private static readonly Parser<char, ConditionSyntax> Comparison =
        Map(
            (position, left, rest) => (ConditionSyntax)new ComparisonConditionSyntax(
                left,
                rest.HasValue ? rest.Value.Operator : null,
                rest.HasValue ? rest.Value.Right : null,
                position),
            Position,
            Operand,
            Map((op, right) => (Operator: op, Right: right), ComparisonOperator, Operand).Optional());

    private static readonly Parser<char, ConditionSyntax> UnaryCondition =
        OneOf(
            Map((position, inner) => (ConditionSyntax)new NotConditionSyntax(inner, position), Position, Keyword("not").Then(Rec(() => UnaryCondition!))),
            Rec(() => Condition!).Between(Symbol("("), Symbol(")")),
            Comparison);

    private static readonly Parser<char, ConditionSyntax> AndCondition =
        UnaryCondition.SeparatedAtLeastOnce(Keyword("and"))
            .Select(parts => parts.Aggregate((left, right) => new AndConditionSyntax(left, right, left.Position)));

    private static readonly Parser<char, ConditionSyntax> Condition =
        AndCondition.SeparatedAtLeastOnce(Keyword("or"))
            .Select(parts => parts.Aggregate((left, right) => new OrConditionSyntax(left, right, left.Position)));

    // Patterns: alternatives of sequences of (optionally captured, optionally repeated) elements.
    private static readonly Parser<char, (int Min, int? Max)> Quantifier =
        OneOf(
            Symbol("?").ThenReturn((0, (int?)1)),
            Symbol("*").ThenReturn((0, (int?)null)),
            Symbol("+").ThenReturn((1, (int?)null)),
            Map(
                (min, max) => (min, max.HasValue ? max.Value : (int?)min),
                Count,
                Symbol(",").Then(Count.Select(n => (int?)n).Optional().Select(m => m.HasValue ? m.Value : null)).Optional())
                .Between(Symbol("{"), Symbol("}")));

    private static readonly Parser<char, PatternSyntax> PhraseElement =
        Map((position, text) => (PatternSyntax)new LiteralPatternSyntax(text, false, position), Position, StringLiteral);

    private static readonly Parser<char, PatternSyntax> ExactPhraseElement =
        Map((position, text) => (PatternSyntax)new LiteralPatternSyntax(text, true, position), Position, Char('=').Labelled("=\"Exact\"").Then(StringLiteral));

    // Inside /…/, \/ stands for a slash; every other escape is kept for the regular-expression engine.
    private static readonly Parser<char, string> RegexBody =
        OneOf(
            Try(String("\\/")).ThenReturn("/"),
            Char('\\').Then(AnyCharExcept('\n', '\r'), (slash, c) => $"{slash}{c}"),
            AnyCharExcept('/', '\\', '\n', '\r').Select(c => c.ToString()))
        .Many()
        .Select(string.Concat);

    private static readonly Parser<char, PatternSyntax> RegexElement =
        Map(
            (position, body, flags) => (PatternSyntax)new RegexPatternSyntax(body, flags, position),
            Position,
            Char('/').Labelled("/regex/").Then(RegexBody).Before(Char('/').Labelled("'/' closing the regular expression")),
            Letter.ManyString().Before(Blanks));

    private static readonly Parser<char, PatternSyntax> ListElement =
        Map(
            (position, name) => name.HasValue ? (PatternSyntax)new ListPatternSyntax(name.Value, position) : new AnchorPatternSyntax(false, position),
            Position,
            Char('$').Labelled("$list").Then(RawName.Optional()).Before(Blanks));

    private static readonly Parser<char, PatternSyntax> ClassElement =
        Map((position, name) => (PatternSyntax)new ClassPatternSyntax(name, position), Position, Char('@').Labelled("@class").Then(Name));

    private static readonly Parser<char, PatternSyntax> AnyTokenElement =
        Map((position, _) => (PatternSyntax)new AnyTokenPatternSyntax(position), Position, Symbol("_"));

    private static readonly Parser<char, PatternSyntax> GapElement =
        Map(
            (position, bounds) => (PatternSyntax)new GapPatternSyntax(bounds.Max.HasValue ? bounds.Min : 0, bounds.Max.HasValue ? bounds.Max.Value : bounds.Min, position),
            Position,
            Keyword("gap").Then(
                Map((min, max) => (Min: min, Max: max), Count, Symbol(",").Then(Count).Optional())
                    .Between(Symbol("("), Symbol(")"))));

    private static readonly Parser<char, PatternSyntax> StartAnchorElement =
        Map((position, _) => (PatternSyntax)new AnchorPatternSyntax(true, position), Position, Symbol("^"));

    private static readonly Parser<char, PatternSyntax> GroupElement =
        Rec(() => Pattern!).Between(Symbol("("), Symbol(")").Labelled("')' closing the group"));

    private static readonly Parser<char, PatternSyntax> NotElement =
        Map((position, inner) => (PatternSyntax)new NotPatternSyntax(inner, position), Position, Symbol("!").Then(Rec(() => PatternElement!)));

    private static readonly Parser<char, PatternSyntax> PatternElement =
        OneOf(
            PhraseElement,
            ExactPhraseElement,
            RegexElement,
            ListElement,
            ClassElement,
            AnyTokenElement,
            GapElement,
            StartAnchorElement,
            GroupElement,
            NotElement);

    private static readonly Parser<char, PatternSyntax> PatternItem =
        Map(
            (position, capture, element, repeat) =>
            {
                var item = repeat.HasValue ? new RepeatPatternSyntax(element, repeat.Value.Min, repeat.Value.Max, position) : element;
                return capture.HasValue ? new CapturePatternSyntax(capture.Value, item, position) : item;
            },
            Position,
            Try(RawName.Before(Char(':')).Before(Blanks)).Optional(),
            PatternElement,
            Quantifier.Optional());

    private static readonly Parser<char, PatternSyntax> Sequence =
        Map(
            (position, items) => items.Count == 1 ? items[0] : new SequencePatternSyntax(items, position),
            Position,
            PatternItem.AtLeastOnce().Select(i => (IReadOnlyList<PatternSyntax>)[.. i]));

    private static readonly Parser<char, PatternSyntax> Pattern =
        Map(
            (position, options) => options.Count == 1 ? options[0] : new AlternationPatternSyntax(options, position),
            Position,
            Sequence.SeparatedAtLeastOnce(Symbol("|")).Select(o => (IReadOnlyList<PatternSyntax>)[.. o]));

    // Rule files: declarations of lists, settings, rules and named patterns.
    private static readonly Parser<char, RulePropertySyntax> RuleProperty =
        Map((position, name) => (position, name), Position, Name.Before(Symbol("=")))
            .Bind(key => key.name switch
            {
                "match" => Pattern.Select(p => (RulePropertySyntax)new PatternPropertySyntax(p, key.position)),
                "where" => Condition.Select(c => (RulePropertySyntax)new ConditionPropertySyntax(c, key.position)),
                _ => Value.Select(v => (RulePropertySyntax)new ValuePropertySyntax(key.name, v, key.position)),
            })
            .Before(Symbol(";"));

    private static readonly Parser<char, DeclarationSyntax> ListDeclaration =
        Map(
            (position, name, entries) => (DeclarationSyntax)new ListDeclarationSyntax(name, [.. entries], position),
            Position.Before(Keyword("list")),
            Name.Before(Symbol("=")),
            ListEntry.SeparatedAtLeastOnce(Symbol(",")).Before(Symbol(";")));

    private static readonly Parser<char, DeclarationSyntax> SettingDeclaration =
        Map(
            (position, name, value) => (DeclarationSyntax)new SettingDeclarationSyntax(name, value, position),
            Position.Before(Keyword("setting")),
            Name.Before(Symbol("=")),
            Value.Before(Symbol(";")));

    private static readonly Parser<char, DeclarationSyntax> RuleDeclaration =
        Map(
            (position, id, properties) => (DeclarationSyntax)new RuleDeclarationSyntax(id, [.. properties], position),
            Position.Before(Keyword("rule")),
            Name.Labelled("a rule ID such as QT0002"),
            RuleProperty.Many().Between(Symbol("{"), Symbol("}")));

    private static readonly Parser<char, DeclarationSyntax> PatternDeclaration =
        Map(
            (position, name, properties) => (DeclarationSyntax)new PatternDeclarationSyntax(name, [.. properties], position),
            Position.Before(Keyword("pattern")),
            Name,
            RuleProperty.Many().Between(Symbol("{"), Symbol("}")));

    private static readonly Parser<char, DeclarationSyntax> Declaration =
        OneOf(ListDeclaration, SettingDeclaration, RuleDeclaration, PatternDeclaration);

    public static readonly Parser<char, IReadOnlyList<DeclarationSyntax>> File =
        Rec(() => Blanks).Then(Declaration.Many()).Before(End.Labelled("a declaration ('list', 'setting', 'rule' or 'pattern')"))
            .Select(declarations => (IReadOnlyList<DeclarationSyntax>)[.. declarations]);

    /// <summary>Describes what a failed parse expected, for error messages.</summary>
    internal static string DescribeExpected(IEnumerable<Expected<char>> expected)
    {
        var names = expected
            .Select(e => e.Label ?? (e.IsEof ? "end of file" : e.Tokens.IsDefaultOrEmpty ? null : $"'{new string([.. e.Tokens])}'"))
            .OfType<string>()
            .Distinct()
            .ToList();
        return names.Count switch
        {
            0 => "something else",
            1 => names[0],
            _ => new StringBuilder().AppendJoin(", ", names[..^1]).Append(" or ").Append(names[^1]).ToString(),
        };
    }
}
