using System.Globalization;
using PluginHost.Rules.Syntax;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Compilation;

/// <summary>
/// Checks a condition against the names a rule can see (units, captures, layers, lists) and compiles it. A path
/// reads <c>unit</c>, <c>unit.property</c>, <c>unit.layer</c> or <c>unit.layer.property</c>, where a unit is
/// article, paragraph, sentence, line, scope, match or a capture of the pattern.
/// </summary>
internal sealed class ConditionCompiler(RuleEnvironment environment, IReadOnlyDictionary<string, bool> captures, Action<LinePosition, string> error)
{
    private static readonly string[] Units = ["article", "paragraph", "sentence", "line", "scope", "match"];
    private static readonly string[] BuiltInProperties = ["text", "words", "tokens", "length"];

    public CompiledCondition Compile(ConditionSyntax condition)
    {
        switch (condition)
        {
            case AndConditionSyntax and:
                {
                    var (left, right) = (Compile(and.Left), Compile(and.Right));
                    return scope => left(scope) && right(scope);
                }

            case OrConditionSyntax or:
                {
                    var (left, right) = (Compile(or.Left), Compile(or.Right));
                    return scope => left(scope) || right(scope);
                }

            case NotConditionSyntax not:
                {
                    var inner = Compile(not.Inner);
                    return scope => !inner(scope);
                }

            case ComparisonConditionSyntax { Operator: null } truthy:
                {
                    var operand = CompileOperand(truthy.Left);
                    return scope => operand(scope) is { } value && value is not false;
                }

            case ComparisonConditionSyntax comparison:
                return CompileComparison(comparison);

            default:
                throw new InvalidOperationException($"Unknown condition {condition.GetType().Name}.");
        }
    }

    private CompiledCondition CompileComparison(ComparisonConditionSyntax comparison)
    {
        var left = CompileOperand(comparison.Left);
        if (comparison.Operator == ComparisonOperator.In)
        {
            if (comparison.Right is not ListOperandSyntax listOperand || !environment.Lists.TryGetValue(listOperand.Name, out var list))
            {
                error(comparison.Right!.Position, comparison.Right is ListOperandSyntax named
                    ? $"unknown list '${named.Name}'"
                    : "'in' needs a list on its right, such as $stopwords");
                return _ => false;
            }

            return scope => left(scope) is { } value && list.Contains(Convert.ToString(value, CultureInfo.InvariantCulture)!);
        }

        var right = CompileOperand(comparison.Right!);
        var op = comparison.Operator!.Value;
        return scope => Compare(left(scope), op, right(scope));
    }

    private Func<ConditionScope, object?> CompileOperand(OperandSyntax operand)
    {
        switch (operand)
        {
            case NoneOperandSyntax:
                return _ => null;
            case ValueOperandSyntax value:
                var constant = value.Value.Value;
                return _ => constant;
            case ListOperandSyntax list:
                error(list.Position, $"a list (${list.Name}) can only stand on the right of 'in'");
                return _ => null;
            case PathOperandSyntax path:
                return CompilePath(path);
            default:
                throw new InvalidOperationException($"Unknown operand {operand.GetType().Name}.");
        }
    }

    private Func<ConditionScope, object?> CompilePath(PathOperandSyntax path)
    {
        var segments = path.Segments;
        var unit = segments[0];
        var isCapture = captures.TryGetValue(unit, out var isAnnotation);
        if (!isCapture && !Units.Contains(unit))
        {
            error(path.Position, $"unknown name '{unit}': a path starts with {string.Join(", ", Units)} or a capture of the pattern");
            return _ => null;
        }

        if (segments.Count > 3)
        {
            error(path.Position, $"'{path}' is too long: write unit, unit.property or unit.layer.property");
            return _ => null;
        }

        var property = segments.Count > 1 ? segments[1] : "text";
        var annotationProperty = segments.Count > 2 ? segments[2] : null;
        var isBuiltIn = BuiltInProperties.Contains(property);
        if (isBuiltIn && annotationProperty is not null)
        {
            error(path.Position, $"'{property}' has no properties");
            return _ => null;
        }

        if (!isBuiltIn && !(isAnnotation && annotationProperty is null) && !environment.Layers.Contains(property))
        {
            error(path.Position, $"unknown property or layer '{property}' (known layers: {Known(environment.Layers)})");
            return _ => null;
        }

        return scope =>
        {
            var (span, annotation) = Resolve(scope, unit, isCapture);
            if (span is not { } found)
            {
                return null;
            }

            if (isBuiltIn)
            {
                return BuiltIn(scope.View.Article, found, property);
            }

            if (annotation is not null && annotationProperty is null && (property == "value" ? annotation.Value : annotation[property]) is { } own)
            {
                return own;
            }

            var covering = scope.View.Layer(property).Covering(found);
            return annotationProperty is null ? covering?.Value : covering?[annotationProperty];
        };
    }

    private static (TextSpan? Span, Annotation? Annotation) Resolve(ConditionScope scope, string unit, bool isCapture)
    {
        var article = scope.View.Article;
        if (isCapture)
        {
            var capture = scope.Captures?.All().FirstOrDefault(c => c.Name == unit);
            return capture is null ? (null, null) : (article.SpanOfTokens(capture.FirstToken, capture.EndToken - capture.FirstToken), capture.Annotation);
        }

        return unit switch
        {
            "article" => (article.Whole.Span, null),
            "scope" => (scope.Scope.Span, null),
            "match" => (scope.MatchSpan, null),
            _ => (Containing(article.Segments(Enum.Parse<SegmentKind>(unit, ignoreCase: true)), scope.MatchSpan), null),
        };
    }

    private static TextSpan? Containing(IReadOnlyList<Segment> segments, TextSpan span)
    {
        foreach (var segment in segments)
        {
            if (segment.Span.Start <= span.Start && (span.Start < segment.Span.End || (span.IsEmpty && span.Start == segment.Span.End)))
            {
                return segment.Span;
            }
        }

        return null;
    }

    private static object BuiltIn(Article article, TextSpan span, string property)
    {
        switch (property)
        {
            case "text":
                return article.TextOf(span);
            case "length":
                return (double)span.Length;
        }

        var (first, count) = article.TokensIn(span);
        if (property == "tokens")
        {
            return (double)count;
        }

        var words = 0;
        for (var i = first; i < first + count; i++)
        {
            words += article.Tokens[i].Kind is TokenKind.Word or TokenKind.Number ? 1 : 0;
        }

        return (double)words;
    }

    private static bool Compare(object? left, ComparisonOperator op, object? right)
    {
        if (left is null || right is null)
        {
            return op switch
            {
                ComparisonOperator.Equal => left is null && right is null,
                ComparisonOperator.NotEqual => !(left is null && right is null),
                _ => false,
            };
        }

        if (TryNumber(left, out var l) && TryNumber(right, out var r))
        {
            return op switch
            {
                ComparisonOperator.Equal => l == r,
                ComparisonOperator.NotEqual => l != r,
                ComparisonOperator.Less => l < r,
                ComparisonOperator.LessOrEqual => l <= r,
                ComparisonOperator.Greater => l > r,
                _ => l >= r,
            };
        }

        var equal = string.Equals(Convert.ToString(left, CultureInfo.InvariantCulture), Convert.ToString(right, CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase);
        return op switch
        {
            ComparisonOperator.Equal => equal,
            ComparisonOperator.NotEqual => !equal,
            _ => false,
        };
    }

    private static bool TryNumber(object value, out double number)
    {
        switch (value)
        {
            case double d:
                number = d;
                return true;
            case int i:
                number = i;
                return true;
            case long l:
                number = l;
                return true;
            default:
                number = 0;
                return false;
        }
    }

    private static string Known(IEnumerable<string> names) => names.Any() ? string.Join(", ", names.Order()) : "none";
}
