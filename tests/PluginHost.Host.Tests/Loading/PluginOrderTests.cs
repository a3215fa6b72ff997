using PluginHost.Host.Loading;
using PluginHost.Sdk.Plugins;

namespace PluginHost.Host.Tests.Loading;

public sealed class PluginOrderTests
{
    private static LoadedPlugin Plugin(string name, string prefix, string[]? produces = null, string[]? consumes = null) =>
        LoadedPlugin.Create(new InProcessPlugin(new PluginManifest(name, prefix, produces, consumes)), null);

    [Fact]
    public void Producers_run_before_their_consumers()
    {
        var (ordered, errors) = PluginOrder.Sort([
            Plugin("Boilerplate", "BP", produces: ["boilerplate"], consumes: ["language"]),
            Plugin("Quotes", "QT", produces: ["quotes"], consumes: ["boilerplate"]),
            Plugin("Language", "LG", produces: ["language"]),
        ]);
        errors.ShouldBeEmpty();
        ordered.Select(p => p.Name).ShouldBe(["Language", "Boilerplate", "Quotes"]);
    }

    [Fact]
    public void Independent_plugins_keep_alphabetical_order()
    {
        PluginOrder.Sort([Plugin("Zeta", "ZE"), Plugin("Alpha", "AL")]).Ordered.Select(p => p.Name).ShouldBe(["Alpha", "Zeta"]);
    }

    [Fact]
    public void An_optional_layer_orders_its_reader_after_its_producer_and_needs_none()
    {
        static LoadedPlugin Reader() => LoadedPlugin.Create(new InProcessPlugin(new PluginManifest("Alpha", "AL", optionallyConsumes: ["boilerplate"])), null);
        var (ordered, errors) = PluginOrder.Sort([Reader(), Plugin("Boilerplate", "BP", produces: ["boilerplate"])]);
        errors.ShouldBeEmpty();
        ordered.Select(p => p.Name).ShouldBe(["Boilerplate", "Alpha"]);
        PluginOrder.Sort([Reader()]).Errors.ShouldBeEmpty();
    }

    [Fact]
    public void A_consumer_without_a_producer_is_left_out_with_an_error()
    {
        var (ordered, errors) = PluginOrder.Sort([Plugin("Quotes", "QT", consumes: ["language"]), Plugin("Other", "OT")]);
        ordered.Select(p => p.Name).ShouldBe(["Other"]);
        errors.ShouldHaveSingleItem().Message.ShouldBe("plugin Quotes consumes layer 'language', which no loaded plugin produces");
    }

    [Fact]
    public void A_cycle_is_an_error_naming_its_plugins()
    {
        var (ordered, errors) = PluginOrder.Sort([
            Plugin("A", "AA", produces: ["a"], consumes: ["b"]),
            Plugin("B", "BB", produces: ["b"], consumes: ["a"]),
            Plugin("C", "CC"),
        ]);
        ordered.Select(p => p.Name).ShouldBe(["C"]);
        errors.Count.ShouldBe(2);
        errors[0].Message.ShouldBe("plugin A is on a cycle of layers that consume each other (A → B)");
    }

    [Fact]
    public void A_plugin_may_consume_its_own_layer()
    {
        PluginOrder.Sort([Plugin("Self", "SE", produces: ["x"], consumes: ["x"])]).Errors.ShouldBeEmpty();
    }

    [Fact]
    public void Two_plugins_cannot_share_a_rule_prefix()
    {
        var (ordered, errors) = PluginOrder.Sort([Plugin("Quotes", "QT"), Plugin("QuotesToo", "QT")]);
        ordered.ShouldHaveSingleItem().Name.ShouldBe("Quotes");
        errors.ShouldHaveSingleItem().Message.ShouldBe("plugin QuotesToo claims rule prefix QT, which belongs to Quotes");
    }
}
