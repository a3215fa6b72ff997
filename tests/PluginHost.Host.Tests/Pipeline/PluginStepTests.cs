using PluginHost.Host.Pipeline;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;

namespace PluginHost.Host.Tests.Pipeline;

public sealed class PluginStepTests
{
    private static readonly Article Text = Article.Create("a.txt", "One two three.");

    private static Diagnostic Finding(string id) =>
        new(new RuleDescriptor(id, "Title", "Message", "Test", DiagnosticSeverity.Warning), DiagnosticSeverity.Warning, "a.txt", default, default, "Message", new Dictionary<string, object?>(), []);

    [Fact]
    public void Findings_are_kept_apart_until_read()
    {
        var step = new PluginStep(new LayerStore(Text));
        step.Report(Finding("AB0001"));
        step.Report(null);
        step.Found.ShouldHaveSingleItem().Id.ShouldBe("AB0001");
    }

    [Fact]
    public void Published_layers_are_seen_at_once()
    {
        var layers = new LayerStore(Text);
        new PluginStep(layers).Publish("marks", [new Annotation(new TextSpan(0, 3))]);
        layers.Layer("marks").Annotations.ShouldHaveSingleItem().Span.ShouldBe(new TextSpan(0, 3));
    }

    [Fact]
    public void Abandoning_drops_the_findings_and_puts_the_layers_back()
    {
        var layers = new LayerStore(Text);
        layers.Publish("shared", [new Annotation(new TextSpan(0, 3))]);
        var step = new PluginStep(layers);
        step.Report(Finding("AB0001"));
        step.Publish("shared", [new Annotation(new TextSpan(4, 3))]);
        step.Publish("shared", [new Annotation(new TextSpan(8, 5))]);
        step.Publish("own", [new Annotation(new TextSpan(4, 3))]);
        step.Abandon();
        step.Found.ShouldBeEmpty();
        layers.Layer("shared").Annotations.ShouldHaveSingleItem().Span.ShouldBe(new TextSpan(0, 3));
        layers.Published("own").ShouldBeNull();
    }

    [Fact]
    public void Nothing_an_abandoned_plugin_does_later_reaches_the_article()
    {
        var layers = new LayerStore(Text);
        var step = new PluginStep(layers);
        step.Abandon();
        step.Report(Finding("AB0001"));
        step.Publish("own", [new Annotation(new TextSpan(4, 3))]);
        step.Found.ShouldBeEmpty();
        layers.Published("own").ShouldBeNull();
    }
}
