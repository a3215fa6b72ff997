using System.Text.RegularExpressions;
using PluginHost.Rules.Examples;
using PluginHost.Rules.Matching;
using PluginHost.Rules.Syntax;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Compilation;

/// <summary>
/// Turns the parsed rule files of one plugin into runnable rules. Everything that can be wrong is found here,
/// once per run, with its file and position: unknown lists, classes, layers and captures, duplicate IDs,
/// invalid regular expressions, missing or mistyped properties. A rule with an error is left out; the others run.
/// </summary>
public sealed class RuleCompiler
{
    private static readonly Dictionary<string, DiagnosticSeverity> Severities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["error"] = DiagnosticSeverity.Error,
        ["warning"] = DiagnosticSeverity.Warning,
        ["suggestion"] = DiagnosticSeverity.Suggestion,
        ["silent"] = DiagnosticSeverity.Silent,
    };

    private static readonly string[] SingleProperties = ["title", "message", "description", "category", "severity", "enabled", "help", "scope", "match", "where"];
    private static readonly string[] RepeatableProperties = ["example", "counterexample"];
    private static readonly string[] PatternProperties = ["scope", "match", "where"];

    // Linear in the token's length whatever the expression: a rule's author cannot make a run hang.
    private const RegexOptions ExpressionOptions = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly Dictionary<string, SegmentKind> Scopes =
        Enum.GetValues<SegmentKind>().ToDictionary(k => k.ToString().ToLowerInvariant(), k => k, StringComparer.OrdinalIgnoreCase);

    private readonly RuleEnvironment _environment;
    private readonly List<RuleError> _errors = [];
    private string _file = string.Empty;

    private RuleCompiler(RuleEnvironment environment) => _environment = environment;

    /// <summary>
    /// Builds and runs a small expression on the engine the rules' regular expressions use, which compiles that
    /// engine's generic code: in a fresh process the first rule's expression would otherwise wait for it on the path
    /// to the first article (one-article runs 10–30 ms faster when a caller overlaps this with loading the plugins).
    /// </summary>
    public static void Prepare() => _ = new Regex("^(?:[a-z]+|x)$", ExpressionOptions | RegexOptions.IgnoreCase).IsMatch("Ab");

    public static CompiledRuleSet Compile(IEnumerable<RuleFileSyntax> files, RuleEnvironment environment)
    {
        var compiler = new RuleCompiler(environment);
        return compiler.CompileFiles([.. files]);
    }

    private CompiledRuleSet CompileFiles(IReadOnlyList<RuleFileSyntax> files)
    {
        var settings = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            _file = file.Path;
            foreach (var declaration in file.Declarations)
            {
                switch (declaration)
                {
                    case ListDeclarationSyntax list when _environment.Lists.ContainsKey(list.Name):
                        Error(list.Position, $"list '{list.Name}' is declared twice");
                        break;
                    case ListDeclarationSyntax list:
                        _environment.Lists[list.Name] = new WordList(list.Name, list.Entries);
                        break;
                    case SettingDeclarationSyntax setting when !settings.TryAdd(setting.Name, setting.Value.Value):
                        Error(setting.Position, $"setting '{setting.Name}' is declared twice");
                        break;
                }
            }
        }

        var rules = new List<CompiledRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            _file = file.Path;
            foreach (var rule in file.Declarations.OfType<RuleDeclarationSyntax>())
            {
                if (!ids.Add(rule.Id))
                {
                    Error(rule.Position, $"rule {rule.Id} is declared twice");
                    continue;
                }

                if (CompileRule(rule) is { } compiled)
                {
                    rules.Add(compiled);
                }
            }
        }

        var patterns = new List<CompiledPattern>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            _file = file.Path;
            foreach (var pattern in file.Declarations.OfType<PatternDeclarationSyntax>())
            {
                if (!names.Add(pattern.Name))
                {
                    Error(pattern.Position, $"pattern '{pattern.Name}' is declared twice");
                }
                else if (CompileNamedPattern(pattern) is { } compiled)
                {
                    patterns.Add(compiled);
                }
            }
        }

        return new CompiledRuleSet(rules, patterns, new RuleSettings(settings, new Dictionary<string, WordList>(_environment.Lists)), _errors);
    }

    private CompiledPattern? CompileNamedPattern(PatternDeclarationSyntax declaration)
    {
        var errorsBefore = _errors.Count;
        var owner = $"pattern '{declaration.Name}'";
        var properties = CheckProperties(declaration.Properties, PatternProperties, [], "a pattern");
        var scope = Name(properties, "scope", owner, declaration.Position, Scopes, required: false, SegmentKind.Sentence);
        var captures = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (properties.GetValueOrDefault("match") is not PatternPropertySyntax match)
        {
            Error(declaration.Position, $"{owner} has no 'match'");
            return null;
        }

        var pattern = CompilePattern(match.Pattern, captures);
        var condition = properties.GetValueOrDefault("where") is ConditionPropertySyntax c
            ? new ConditionCompiler(_environment, captures, Error).Compile(c.Condition)
            : null;
        return _errors.Count > errorsBefore
            ? null
            : new CompiledPattern(declaration.Name, scope, pattern, condition);
    }

    private CompiledRule? CompileRule(RuleDeclarationSyntax rule)
    {
        var errorsBefore = _errors.Count;
        if (!RuleDescriptor.IsValidId(rule.Id))
        {
            Error(rule.Position, $"'{rule.Id}' is not a rule ID: two capital letters and four digits, such as {_environment.RulePrefix}0001");
        }
        else if (!rule.Id.StartsWith(_environment.RulePrefix, StringComparison.Ordinal))
        {
            Error(rule.Position, $"rule {rule.Id} belongs to {_environment.Category}, whose rule IDs start with {_environment.RulePrefix}");
        }

        var owner = $"rule {rule.Id}";
        var properties = CheckProperties(rule.Properties, SingleProperties, RepeatableProperties, "a rule");
        var title = Text(properties, "title", owner, rule.Position, required: true);
        var message = Text(properties, "message", owner, rule.Position, required: true);
        var severity = Name(properties, "severity", owner, rule.Position, Severities, required: true, DiagnosticSeverity.Warning);
        var scope = Name(properties, "scope", owner, rule.Position, Scopes, required: false, SegmentKind.Sentence);
        var enabled = Boolean(properties, "enabled", true);
        var patternSyntax = properties.GetValueOrDefault("match") is PatternPropertySyntax p ? p.Pattern : null;
        var category = Text(properties, "category", owner, rule.Position, required: false) ?? _environment.Category;
        var description = Text(properties, "description", owner, rule.Position, required: false);
        var help = Text(properties, "help", owner, rule.Position, required: false);
        var captures = new Dictionary<string, bool>(StringComparer.Ordinal);
        var pattern = patternSyntax is null ? null : CompilePattern(patternSyntax, captures);
        var condition = properties.GetValueOrDefault("where") is ConditionPropertySyntax c
            ? new ConditionCompiler(_environment, captures, Error).Compile(c.Condition)
            : null;
        if (pattern is not null || condition is not null)
        {
            CheckPlaceholders(message, captures, properties.GetValueOrDefault("message")?.Position ?? rule.Position);
        }

        var examples = Examples(rule);
        if (_errors.Count > errorsBefore)
        {
            return null;
        }

        var descriptor = new RuleDescriptor(rule.Id, title!, message!, category, severity, enabled, description, help);
        return new CompiledRule(descriptor, scope, pattern, condition, examples, _file, rule.Position);
    }

    private Dictionary<string, RulePropertySyntax> CheckProperties(IReadOnlyList<RulePropertySyntax> declared, string[] single, string[] repeatable, string what)
    {
        var properties = new Dictionary<string, RulePropertySyntax>(StringComparer.Ordinal);
        foreach (var property in declared)
        {
            if (repeatable.Contains(property.Name))
            {
                continue;
            }

            if (!single.Contains(property.Name))
            {
                Error(property.Position, $"unknown property '{property.Name}' ({what} has {string.Join(", ", single.Concat(repeatable))})");
            }
            else if (!properties.TryAdd(property.Name, property))
            {
                Error(property.Position, $"property '{property.Name}' is set twice");
            }
        }

        return properties;
    }

    private string? Text(Dictionary<string, RulePropertySyntax> properties, string name, string owner, LinePosition ownerPosition, bool required)
    {
        switch (properties.GetValueOrDefault(name))
        {
            case ValuePropertySyntax { Value: StringValueSyntax text } when !string.IsNullOrWhiteSpace(text.Text):
                return text.Text;
            case ValuePropertySyntax value:
                Error(value.Position, $"'{name}' must be a non-empty \"string\", not {value.Value.Describe()}");
                return null;
            case null when required:
                Error(ownerPosition, $"{owner} has no '{name}'");
                return null;
            default:
                return null;
        }
    }

    private T Name<T>(Dictionary<string, RulePropertySyntax> properties, string name, string owner, LinePosition ownerPosition, IReadOnlyDictionary<string, T> allowed, bool required, T fallback)
    {
        switch (properties.GetValueOrDefault(name))
        {
            case ValuePropertySyntax { Value: NameValueSyntax value } when allowed.TryGetValue(value.Name, out var known):
                return known;
            case ValuePropertySyntax value:
                Error(value.Position, $"'{name}' must be one of {string.Join(", ", allowed.Keys)}, not {value.Value.Describe()}");
                return fallback;
            case null when required:
                Error(ownerPosition, $"{owner} has no '{name}'");
                return fallback;
            default:
                return fallback;
        }
    }

    private bool Boolean(Dictionary<string, RulePropertySyntax> properties, string name, bool fallback)
    {
        switch (properties.GetValueOrDefault(name))
        {
            case ValuePropertySyntax { Value: BooleanValueSyntax flag }:
                return flag.Flag;
            case ValuePropertySyntax value:
                Error(value.Position, $"'{name}' must be true or false, not {value.Value.Describe()}");
                return fallback;
            default:
                return fallback;
        }
    }

    private List<RuleExample> Examples(RuleDeclarationSyntax rule)
    {
        var examples = new List<RuleExample>();
        foreach (var property in rule.Properties.OfType<ValuePropertySyntax>().Where(p => RepeatableProperties.Contains(p.Name)))
        {
            if (property.Value is not StringValueSyntax text)
            {
                Error(property.Position, $"'{property.Name}' must be a \"string\", not {property.Value.Describe()}");
                continue;
            }

            try
            {
                var annotated = AnnotatedText.Parse(text.Text);
                if (property.Name == "counterexample" && annotated.Spans.Count > 0)
                {
                    Error(property.Position, "a counterexample marks no {|span|}: it must produce no finding");
                    continue;
                }

                if (property.Name == "example" && annotated.Spans.Count == 0)
                {
                    Error(property.Position, "an example marks the expected finding with {|…|}");
                    continue;
                }

                examples.Add(new RuleExample(annotated, property.Name == "example", _file, property.Position));
            }
            catch (FormatException e)
            {
                Error(property.Position, e.Message);
            }
        }

        return examples;
    }

    /// <summary>Compiles a pattern, recording each capture's name and whether it captures an annotation.</summary>
    private PatternNode CompilePattern(PatternSyntax pattern, Dictionary<string, bool> captures)
    {
        switch (pattern)
        {
            case LiteralPatternSyntax literal:
                var tokens = WordList.TokenTexts(literal.Text);
                if (tokens.Length == 0)
                {
                    Error(literal.Position, "a phrase needs at least one word or sign");
                }

                return new PhraseNode(tokens, literal.CaseSensitive);
            case RegexPatternSyntax regex:
                return CompileRegex(regex);
            case ListPatternSyntax list when _environment.Lists.TryGetValue(list.Name, out var words):
                return new ListNode(words);
            case ListPatternSyntax list:
                Error(list.Position, $"unknown list '${list.Name}' (known lists: {Known(_environment.Lists.Keys)})");
                return new AnyTokenNode();
            case ClassPatternSyntax named when _environment.TokenClasses.TryGetValue(named.Name, out var tokenClass):
                return new TokenClassNode(tokenClass);
            case ClassPatternSyntax named when _environment.Layers.Contains(named.Name):
                return new LayerNode(named.Name);
            case ClassPatternSyntax named:
                Error(named.Position, $"unknown class '@{named.Name}' (known classes and layers: {Known(_environment.TokenClasses.Keys.Concat(_environment.Layers))})");
                return new AnyTokenNode();
            case AnyTokenPatternSyntax:
                return new AnyTokenNode();
            case NotPatternSyntax not:
                if (HasCapture(not.Inner))
                {
                    Error(not.Position, "a capture inside '!' would never capture anything; capture the '!' element instead");
                }

                if (CanMatchNothing(not.Inner))
                {
                    Error(not.Position, "'!' needs an element that matches at least one token; this one can match none, so '!' never matches");
                }

                return new NotNode(CompilePattern(not.Inner, []));
            case GapPatternSyntax gap:
                if (gap.Min > gap.Max)
                {
                    Error(gap.Position, $"gap({gap.Min}, {gap.Max}) has its bounds the wrong way round");
                }

                return new GapNode(gap.Min, gap.Max);
            case AnchorPatternSyntax anchor:
                return new AnchorNode(anchor.AtStart);
            case SequencePatternSyntax sequence:
                return new SequenceNode([.. sequence.Items.Select(i => CompilePattern(i, captures))]);
            case AlternationPatternSyntax alternation:
                return new AlternationNode([.. alternation.Options.Select(o => CompilePattern(o, captures))]);
            case RepeatPatternSyntax repeat:
                if (repeat.Max is { } max && (max < repeat.Min || max == 0))
                {
                    Error(repeat.Position, $"repetition {{{repeat.Min},{max}}} can never match");
                }

                return new RepeatNode(CompilePattern(repeat.Inner, captures), repeat.Min, repeat.Max);
            case CapturePatternSyntax capture:
                if (capture.Name is "text")
                {
                    Error(capture.Position, "'text' is the whole match; give the capture another name");
                }

                var inner = CompilePattern(capture.Inner, captures);
                captures[capture.Name] = inner is LayerNode;
                return new CaptureNode(capture.Name, inner);
            default:
                throw new InvalidOperationException($"Unknown pattern {pattern.GetType().Name}.");
        }
    }

    private static bool HasCapture(PatternSyntax pattern) => pattern switch
    {
        CapturePatternSyntax => true,
        NotPatternSyntax not => HasCapture(not.Inner),
        RepeatPatternSyntax repeat => HasCapture(repeat.Inner),
        SequencePatternSyntax sequence => sequence.Items.Any(HasCapture),
        AlternationPatternSyntax alternation => alternation.Options.Any(HasCapture),
        _ => false,
    };

    private static bool CanMatchNothing(PatternSyntax pattern) => pattern switch
    {
        AnchorPatternSyntax => true,
        GapPatternSyntax gap => gap.Min == 0,
        RepeatPatternSyntax repeat => repeat.Min == 0 || CanMatchNothing(repeat.Inner),
        CapturePatternSyntax capture => CanMatchNothing(capture.Inner),
        SequencePatternSyntax sequence => sequence.Items.All(CanMatchNothing),
        AlternationPatternSyntax alternation => alternation.Options.Any(CanMatchNothing),
        _ => false,
    };

    private RegexNode CompileRegex(RegexPatternSyntax regex)
    {
        var options = ExpressionOptions;
        foreach (var flag in regex.Flags)
        {
            if (flag == 'i')
            {
                options |= RegexOptions.IgnoreCase;
            }
            else
            {
                Error(regex.Position, $"unknown regular-expression flag '{flag}' (the only flag is i, ignore case)");
            }
        }

        try
        {
            // Checked alone first, so that the engine's offsets in an error refer to what the user wrote.
            _ = new Regex(regex.Expression, options);
            return new RegexNode(new Regex($"^(?:{regex.Expression})$", options));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            Error(regex.Position, $"invalid regular expression /{regex.Expression}/: {e.Message}");
            return new RegexNode(new Regex("$^", RegexOptions.NonBacktracking));
        }
    }

    // A message may use {text}, {capture} and, for a capture of an annotation, {capture.value}.
    private void CheckPlaceholders(string? message, Dictionary<string, bool> captures, LinePosition position)
    {
        if (message is null)
        {
            return;
        }

        var known = captures.Keys.Append("text").Concat(captures.Where(c => c.Value).Select(c => c.Key + ".value")).ToList();
        foreach (var placeholder in new MessageTemplate(message).Placeholders.Where(p => !known.Contains(p)))
        {
            Error(position, $"the message uses {{{placeholder}}}, but the pattern has no capture of that name (captures: {Known(known)})");
        }
    }

    private void Error(LinePosition position, string message) => _errors.Add(new RuleError(_file, position, message));

    private static string Known(IEnumerable<string> names) => names.Any() ? string.Join(", ", names.Order()) : "none";
}
