using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Sdk.Tests.Diagnostics;

public sealed class RuleDescriptorTests
{
    [Theory]
    [InlineData("QT0002", true)]
    [InlineData("qt0002", false)]
    [InlineData("QT002", false)]
    [InlineData("QTX0002", false)]
    [InlineData("Q10002", false)]
    [InlineData(null, false)]
    public void Ids_are_two_capitals_and_four_digits(string? id, bool valid)
    {
        RuleDescriptor.IsValidId(id).ShouldBe(valid);
    }

    [Fact]
    public void An_invalid_id_is_rejected_with_its_value()
    {
        Should.Throw<ArgumentException>(() => new RuleDescriptor("Q1", "t", "m", "c", DiagnosticSeverity.Warning)).Message.ShouldContain("'Q1'");
    }

    [Fact]
    public void Description_and_help_link_have_defaults()
    {
        var rule = new RuleDescriptor("QT0002", "No speaker", "Quote has no speaker", "Quotes", DiagnosticSeverity.Warning);
        rule.Description.ShouldBe("No speaker");
        rule.HelpLink.ShouldBe("docs/rules/QT0002.md");
        rule.Prefix.ShouldBe("QT");
        rule.IsEnabledByDefault.ShouldBeTrue();
    }
}
