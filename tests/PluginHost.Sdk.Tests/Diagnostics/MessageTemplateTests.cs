using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Sdk.Tests.Diagnostics;

public sealed class MessageTemplateTests
{
    [Fact]
    public void Placeholders_are_filled_from_values()
    {
        new MessageTemplate("Quote by {speaker} ({count} words)")
            .Render(new Dictionary<string, object?> { ["speaker"] = "Ana Ruiz", ["count"] = 12 })
            .ShouldBe("Quote by Ana Ruiz (12 words)");
    }

    [Fact]
    public void Numbers_are_written_invariantly()
    {
        new MessageTemplate("{value}").Render(new Dictionary<string, object?> { ["value"] = 3.5 }).ShouldBe("3.5");
    }

    [Fact]
    public void A_placeholder_without_a_value_is_kept_as_written()
    {
        new MessageTemplate("By {speaker}").Render(new Dictionary<string, object?>()).ShouldBe("By {speaker}");
        new MessageTemplate("By {speaker}").Render(new Dictionary<string, object?> { ["speaker"] = null }).ShouldBe("By {speaker}");
    }

    [Fact]
    public void Doubled_braces_are_literal_braces()
    {
        new MessageTemplate("{{literal}} {x}").Render(new Dictionary<string, object?> { ["x"] = 1 }).ShouldBe("{literal} 1");
    }

    [Fact]
    public void Placeholders_are_listed_in_order()
    {
        new MessageTemplate("{a} and { b } then {a}").Placeholders.ShouldBe(["a", "b", "a"]);
    }

    [Fact]
    public void An_unclosed_brace_is_text()
    {
        new MessageTemplate("open { brace").Render(new Dictionary<string, object?>()).ShouldBe("open { brace");
    }
}
