using System.Collections;
using System.Reflection;

namespace PluginHost.Rules.Tests;

/// <summary>
/// Compares syntax trees member by member, positions included. A record's own equality is no use here: it compares
/// lists by reference, so two equal trees parsed twice differ.
/// </summary>
internal static class SyntaxComparison
{
    public static void ShouldBeSameSyntaxAs(this object? actual, object? expected)
    {
        var differences = new List<string>();
        Compare(actual, expected, "syntax", differences);
        differences.ShouldBeEmpty();
    }

    /// <summary>Every type met in the tree, the tree's own included.</summary>
    public static HashSet<Type> TypesIn(object tree)
    {
        var types = new HashSet<Type>();
        Visit(tree, types);
        return types;
    }

    private static void Compare(object? actual, object? expected, string path, List<string> differences)
    {
        if (actual is null || expected is null)
        {
            if (actual is not null || expected is not null)
            {
                differences.Add($"{path}: {actual ?? "null"} where {expected ?? "null"} was expected");
            }
        }
        else if (actual is IEnumerable items and not string && expected is IEnumerable expectedItems and not string)
        {
            // Which list type holds the items is the parser's or the reader's choice, not part of the syntax.
            var (left, right) = (items.Cast<object?>().ToList(), expectedItems.Cast<object?>().ToList());
            if (left.Count != right.Count)
            {
                differences.Add($"{path}: {left.Count} items where {right.Count} were expected");
                return;
            }

            for (var i = 0; i < left.Count; i++)
            {
                Compare(left[i], right[i], $"{path}[{i}]", differences);
            }
        }
        else if (actual.GetType() != expected.GetType())
        {
            differences.Add($"{path}: a {actual.GetType().Name} where a {expected.GetType().Name} was expected");
        }
        else if (IsLeaf(actual))
        {
            if (!actual.Equals(expected))
            {
                differences.Add($"{path}: {actual} where {expected} was expected");
            }
        }
        else
        {
            foreach (var property in Members(actual.GetType()))
            {
                Compare(property.GetValue(actual), property.GetValue(expected), $"{path}.{property.Name}", differences);
            }
        }
    }

    private static void Visit(object? node, HashSet<Type> types)
    {
        if (node is null || IsLeaf(node))
        {
            return;
        }

        if (node is IEnumerable items and not string)
        {
            foreach (var item in items)
            {
                Visit(item, types);
            }

            return;
        }

        types.Add(node.GetType());
        foreach (var property in Members(node.GetType()))
        {
            Visit(property.GetValue(node), types);
        }
    }

    private static bool IsLeaf(object value) => value is string || value.GetType().IsValueType;

    private static IEnumerable<PropertyInfo> Members(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0);
}
