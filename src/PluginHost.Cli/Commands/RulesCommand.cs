using System.CommandLine;
using Humanizer;
using PluginHost.Host;
using PluginHost.Host.Reporting;
using PluginHost.Host.Rules;

namespace PluginHost.Cli.Commands;

/// <summary><c>pluginhost rules list</c> and <c>pluginhost rules test</c>.</summary>
internal sealed class RulesCommand(HostSessionFactory sessions, RuleExampleRunner examples, CliConsole console)
{
    private readonly CommonOptions _common = new();

    private readonly Argument<string> _id = new("id") { Description = "The rule ID, such as QT0003." };

    public Command Build()
    {
        var list = new Command("list", "Show every rule with its plugin, its default severity and its severity here (after configuration).");
        _common.AddTo(list, runsPlugins: false);
        list.SetAction(List);

        var test = new Command("test", "Run every example of every rule: examples must give exactly their marked findings, counterexamples none.");
        _common.AddTo(test, runsPlugins: false);
        test.SetAction(Test);

        var explain = new Command("explain", "Explain one rule: what it finds, its severity, its examples and its plugin's settings.");
        explain.Arguments.Add(_id);
        _common.AddTo(explain, runsPlugins: false);
        explain.SetAction(Explain);

        return new Command("rules", "List, explain or test rules.") { list, explain, test };
    }

    private int List(ParseResult result)
    {
        var session = sessions.Create(_common.Read(result));
        var here = Path.Combine(Directory.GetCurrentDirectory(), "article.txt");
        var rows = session.Rules.AllRules
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
            .Select(r => (
                r.Descriptor.Id,
                r.Descriptor.Category,
                Default: r.Descriptor.IsEnabledByDefault ? SeverityNames.Text(r.Descriptor.DefaultSeverity) : "none",
                Effective: session.Severities.Resolve(r.Descriptor, here) is { } severity ? SeverityNames.Text(severity) : "none",
                r.Descriptor.Title))
            .ToList();
        var width = rows.Select(r => r.Category.Length).Append("PLUGIN".Length).Max();
        Console.WriteLine($"{"ID",-7} {"PLUGIN".PadRight(width)} {"DEFAULT",-10} {"HERE",-10} TITLE");
        foreach (var row in rows)
        {
            Console.WriteLine($"{row.Id,-7} {row.Category.PadRight(width)} {row.Default,-10} {row.Effective,-10} {row.Title}");
        }

        console.Errors(session.AllErrors);
        return session.AllErrors.Count > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }

    private int Explain(ParseResult result)
    {
        var session = sessions.Create(_common.Read(result));
        var id = result.GetValue(_id)!;
        var rule = session.Rules.AllRules.FirstOrDefault(r => r.Descriptor.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
        if (rule is null)
        {
            Console.Error.WriteLine($"error: no rule {id} among the {session.Rules.AllRules.Count()} rules loaded; 'pluginhost rules list' shows them.");
            return ExitCodes.BadInput;
        }

        var descriptor = rule.Descriptor;
        var here = session.Severities.Resolve(descriptor, Path.Combine(Directory.GetCurrentDirectory(), "article.txt"));
        Console.WriteLine($"{descriptor.Id}: {descriptor.Title}");
        Console.WriteLine();
        Console.WriteLine(descriptor.Description);
        Console.WriteLine();
        Console.WriteLine($"  plugin            {descriptor.Category}");
        Console.WriteLine($"  default severity  {(descriptor.IsEnabledByDefault ? SeverityNames.Text(descriptor.DefaultSeverity) : "none (off by default)")}");
        Console.WriteLine($"  severity here     {(here is { } severity ? SeverityNames.Text(severity) : "none")}");
        Console.WriteLine($"  message           {descriptor.MessageFormat.Format}");
        Console.WriteLine($"  found by          {(rule.IsReportedByCode ? "the plugin's code" : $"a rule in {rule.File}({rule.Position.Line},{rule.Position.Column}), per {rule.Scope.ToString().ToLowerInvariant()}")}");
        Console.WriteLine($"  help              {descriptor.HelpLink}");
        foreach (var example in rule.Examples)
        {
            Console.WriteLine();
            Console.WriteLine(example.ShouldMatch ? "Finds:" : "Does not find:");
            Console.WriteLine("    " + Marked(example.Text).Replace("\n", "\n    ", StringComparison.Ordinal));
        }

        if (session.Rules.Plugins.FirstOrDefault(p => p.Plugin.Name == descriptor.Category)?.RuleSet.Settings is { } settings
            && (settings.Values.Count > 0 || settings.Lists.Count > 0))
        {
            Console.WriteLine();
            Console.WriteLine($"Settings of {descriptor.Category} (a rules edit changes them):");
            foreach (var (name, value) in settings.Values.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"    setting {name} = {value}");
            }

            foreach (var (name, list) in settings.Lists.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"    list {name} ({"entry".ToQuantity(list.Entries.Count)}): {string.Join(", ", list.Entries.Take(8))}{(list.Entries.Count > 8 ? ", …" : string.Empty)}");
            }
        }

        return ExitCodes.Success;
    }

    // The example's findings as [brackets], which read on any terminal.
    private static string Marked(PluginHost.Rules.Examples.AnnotatedText text)
    {
        var builder = new System.Text.StringBuilder(text.Text);
        foreach (var span in text.Spans.OrderByDescending(s => s.Span.Start))
        {
            builder.Insert(span.Span.End, ']').Insert(span.Span.Start, '[');
        }

        return builder.ToString();
    }

    private int Test(ParseResult result)
    {
        var session = sessions.Create(_common.Read(result));
        var results = examples.Run(session.Rules);
        foreach (var failed in results.Where(r => !r.Passed))
        {
            Console.WriteLine($"{failed.Example.File}({failed.Example.Position.Line},{failed.Example.Position.Column}): error {failed.Rule.Descriptor.Id}: {(failed.Example.ShouldMatch ? "example" : "counterexample")} failed");
            Console.WriteLine(failed.Failure);
        }

        var passed = results.Count(r => r.Passed);
        var rules = results.Select(r => r.Rule.Descriptor.Id).Distinct().Count();
        Console.WriteLine($"{"example".ToQuantity(results.Count)} of {"rule".ToQuantity(rules)}: {passed} passed, {results.Count - passed} failed.");
        console.Errors(session.SetupErrors);
        return session.SetupErrors.Count > 0 ? ExitCodes.BadInput : passed == results.Count ? ExitCodes.Success : ExitCodes.Findings;
    }
}
