namespace Boilerplate.Tests;

/// <summary>Paragraphs of one made-up story, the article the tests put page residue around.</summary>
internal static class HarbourStory
{
    public const string Body = "The council voted on Tuesday to rebuild the harbour wall before the winter storms arrive, and the work will start in May.";

    public const string Story = Body + " The engineers said the old stones would be kept where they could be, and that the quay would stay open to the ferries for most of the summer.";

    public const string Closing = "Residents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan. "
        + "Several traders asked who would pay for the months when the market has to move, and the council promised an answer before the spring.";

    public const string Plan = "The engineers told the meeting that the new wall would be built of granite from the old quarry, and that the harbour would stay open to boats while the work went on.";
}
