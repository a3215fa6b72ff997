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

    public Command Build()
    {
        var list = new Command("list", "Show every rule with its plugin, its default severity and its severity here (after configuration).");
        _common.AddTo(list);
        list.SetAction(List);

        var test = new Command("test", "Run every example of every rule: examples must give exactly their marked findings, counterexamples none.");
        _common.AddTo(test);
        test.SetAction(Test);

        return new Command("rules", "List rules or run their examples.") { list, test };
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
