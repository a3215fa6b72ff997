using System.CommandLine;
using Humanizer;
using PluginHost.Host;
using PluginHost.Host.Reporting;
using PluginHost.Host.Rules;

namespace PluginHost.Cli.Commands;

/// <summary><c>pluginhost rules list</c>, <c>explain</c>, <c>test</c>, <c>docs</c> and <c>ledger</c>.</summary>
internal sealed class RulesCommand(HostSessionFactory sessions, RuleExampleRunner examples, CliConsole console)
{
    private readonly CommonOptions _common = new();

    private readonly Argument<string> _id = new("id") { Description = "The rule ID, such as QT0003." };

    private readonly Argument<string> _folder = new("folder") { Description = "The folder of the help pages, such as docs/rules." };

    private readonly Option<bool> _check = new("--check")
    {
        Description = "Change nothing; list the pages that are missing or out of date and exit with 1 if there are any.",
    };

    private readonly Argument<string> _ledgerFolder = new("folder")
    {
        Description = "The folder of AnalyzerReleases.Shipped.md and AnalyzerReleases.Unshipped.md, such as rules.",
    };

    private readonly Option<bool> _checkLedger = new("--check")
    {
        Description = "Change nothing; list the rules the ledger does not record as they are and exit with 1 if there are any.",
    };

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

        var docs = new Command("docs", "Write each rule's help page, FOLDER/ID.md, from the rule's definition; the text around the generated block is kept.");
        docs.Arguments.Add(_folder);
        docs.Options.Add(_check);
        _common.AddTo(docs, runsPlugins: false);
        docs.SetAction(Docs);

        var ledger = new Command("ledger", "Record in FOLDER/AnalyzerReleases.Unshipped.md every rule added, removed or changed since the ledger's last entry.");
        ledger.Arguments.Add(_ledgerFolder);
        ledger.Options.Add(_checkLedger);
        _common.AddTo(ledger, runsPlugins: false);
        ledger.SetAction(Ledger);

        return new Command("rules", "List, explain, test, document rules, or record them in the release ledger.") { list, explain, test, docs, ledger };
    }

    private int List(ParseResult result)
    {
        using var session = sessions.Create(_common.Read(result));
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
        using var session = sessions.Create(_common.Read(result));
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
            Console.WriteLine("    " + example.Text.Bracketed(descriptor.Id).Replace("\n", "\n    ", StringComparison.Ordinal));
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

    private int Test(ParseResult result)
    {
        using var session = sessions.Create(_common.Read(result));
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

    private int Ledger(ParseResult result)
    {
        using var session = sessions.Create(_common.Read(result));
        var folder = result.GetValue(_ledgerFolder)!;
        var (shipped, unshipped) = (Path.Combine(folder, "AnalyzerReleases.Shipped.md"), Path.Combine(folder, "AnalyzerReleases.Unshipped.md"));
        if (!File.Exists(shipped))
        {
            Console.Error.WriteLine($"{shipped}: error: no release ledger here; it starts as a file with a '## Release X.Y.Z' heading");
            return ExitCodes.BadInput;
        }

        var ledger = ReleaseLedger.Read([shipped, .. File.Exists(unshipped) ? [unshipped] : Array.Empty<string>()]);
        console.Errors([.. ledger.Errors, .. session.AllErrors]);
        if (ledger.Errors.Count + session.AllErrors.Count > 0)
        {
            return ExitCodes.BadInput;
        }

        var changes = ledger.Differences(session.Rules.RulesByPlugin);
        var check = result.GetValue(_checkLedger);
        foreach (var change in changes)
        {
            Console.WriteLine(check ? change.ToString() : $"{unshipped}: {change.Section}: {change.Row}");
        }

        if (!check && changes.Count > 0)
        {
            UnshippedLedger.Record(unshipped, changes);
        }

        var unexplained = changes.Count(c => c.Section != LedgerChange.New);
        Console.WriteLine(changes.Count == 0
            ? $"The ledger records all {"rule".ToQuantity(session.Rules.AllRules.Count())} as they are."
            : $"{"rule".ToQuantity(changes.Count)} {(check ? "not recorded" : "recorded")}{(!check && unexplained > 0 ? $"; say why in the Notes of the {"removed or changed rule".ToQuantity(unexplained, ShowQuantityAs.None)}" : string.Empty)}.");
        return check && changes.Count > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    private int Docs(ParseResult result)
    {
        using var session = sessions.Create(_common.Read(result));
        var folder = result.GetValue(_folder)!;
        var check = result.GetValue(_check);
        var (current, changed, failed) = (0, 0, 0);
        foreach (var rule in session.Rules.AllRules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, $"{rule.Descriptor.Id}.md");
            var page = File.Exists(path) ? File.ReadAllText(path) : null;
            string updated;
            try
            {
                updated = RulePage.Update(page, rule);
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"{path}: error: {e.Message}");
                failed++;
                continue;
            }

            if (updated == page)
            {
                current++;
                continue;
            }

            changed++;
            if (check)
            {
                Console.WriteLine($"{path}: {(page is null ? "missing" : "out of date")}");
                continue;
            }

            Directory.CreateDirectory(folder);
            AtomicFile.Write(path, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(updated)));
            Console.WriteLine($"{path}: {(page is null ? "written" : "updated")}");
        }

        Console.WriteLine($"{"page".ToQuantity(current)} up to date, {"page".ToQuantity(changed)} {(check ? "missing or out of date" : "written or updated")}{(failed > 0 ? $", {"page".ToQuantity(failed)} with no generated block" : string.Empty)}.");
        console.Errors(session.SetupErrors);
        return failed > 0 || session.SetupErrors.Count > 0 ? ExitCodes.BadInput : check && changed > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }
}
