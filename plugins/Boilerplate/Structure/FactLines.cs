using System.Text.RegularExpressions;

namespace Boilerplate.Structure;

/// <summary>
/// The lines of a box of facts: a label and its value, one to a line ("**Goals:** Addo 23, Mbeki 71", "Running time:
/// 112 minutes"), and under a match report its score. A match report, a review or an event page sets such a box under the story (read there with labels in
/// bold only) or between its head and its body (bold or plain); it is the story's.
/// </summary>
internal static partial class FactLines
{
    /// <summary>The fewest lines that make a box of facts.</summary>
    public const int Fewest = 3;

    // "180,000 cubic metres a day": a figure, its unit and what it counts.
    private const int MostFigureWords = 5;

    /// <summary>A label in bold and its value: "**Attendance:** 14,208", "**Sent off**: Fenwick 76".</summary>
    public static bool IsBold(string text) => BoldFact().IsMatch(text);

    /// <summary>A label in bold over nothing but links: "**Spotify:** [Listen](/spotify)", "**Where to buy:** [A](…) | [B](…)".</summary>
    public static bool IsLinksOnly(string text) => LinkFact().IsMatch(text, ListItem().Match(text).Length);

    /// <summary>
    /// A label in bold or plain (a capital, at most four words) and a value that is no sentence (a point only between
    /// digits: "Doors: 7.30pm", "Tickets: £12.50"): "Director: Mara Quennell".
    /// </summary>
    public static bool IsFact(string text) => IsBold(text) || PlainFact().IsMatch(text);

    /// <summary>
    /// A line of a box of facts under the story, where a heading over it or the story above it says what it is: a fact
    /// in bold, a plain label whose value may hold sentences ("Goals: Tate (pen) 58, Okonjo 90+3.", "Referee: Alison
    /// Pike. Attendance: 2,814."), or a list item holding one or led by a name in bold ("* **Wraybridge Town 2** (Pask
    /// 44 pen, Okafor 83)") but not a teaser's link; or a match's score with its scorers ("Drummoch Athletic 2 (Imrie 49,
    /// Fairlie 88) Balnagown Rovers 1 (Bain 31 pen)"), or one side of it on a line of its own. A quotation after the
    /// colon is a speaker's words, not a value, and a time of day or a day of the week is a forecast's label ("Tonight:
    /// Clear and cold, lows of 3C.").
    /// </summary>
    public static bool IsBoxed(string text) =>
        IsBold(text) || LabelledValue().IsMatch(text) || ScoreLine().IsMatch(text) || ScoreSideLine().IsMatch(text)
        || (ListItem().Match(text) is { Success: true } item && (IsBold(text[item.Length..]) || (BoldLead().IsMatch(text, item.Length) && !text.Contains("](", StringComparison.Ordinal))));

    /// <summary>A label of one to three words alone, over the lines of a box that it heads: "Teams:", "**Line-ups:**".</summary>
    public static bool IsLabel(string line)
    {
        var text = line.Trim().Trim("*_ ");
        return text.Length > 1 && text.EndsWith(':') && char.IsUpper(text[0]) && text.Count(' ') < 3;
    }

    /// <summary>
    /// A fact that stands for the story on its own, as one line under its last paragraph: not a line of links, nor a label
    /// that credits, sponsors or translates ("Official timing partner: …", "Translation: …", "Photo: …"), nor a teaser's
    /// kicker ("Analysis: Why ferry fares keep rising") or the page's filing of the story ("Topics: Harbour Board").
    /// </summary>
    public static bool IsStorysOwn(string text) => IsFact(text) && !IsLinksOnly(text) && !CreditLabel().IsMatch(text) && !PageLabel().IsMatch(text);

    /// <summary>
    /// A label and a value that is a figure and a few words at most, the figure first or second: "Solar capacity: 150 MW",
    /// "People served: about 420,000", "Water output: 180,000 cubic metres a day". A kicker's headline mostly says more
    /// ("Poll: 62% back the harbour wall plan"), though a short one is a figure too ("Poll: 62% back the plan"): a run of
    /// teasers is told from a box of figures by how many of its lines are such (<see cref="Classification.HeadlineRuns"/>).
    /// </summary>
    public static bool IsFigure(string text) =>
        text.IndexOf(':') is > 0 and var colon
        && text[(colon + 1)..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 and <= MostFigureWords } value
        && value.Take(2).Any(word => word.Any(char.IsAsciiDigit));

    [GeneratedRegex(@"^\*\*[^*\n]{1,40}(?::\*\*|\*\*:)\s*\S")]
    private static partial Regex BoldFact();

    // The label ends in what credits: "Official timing partner:", "In partnership with:", "Translated by:"; a bill's
    // "Sponsor:" and a notice's "Translation services:" are facts.
    [GeneratedRegex(@"^[*_\s]*[^:\n]{0,40}\b(?:[Pp]artners?|(?:[Ii]n )?[Pp]artnership with|[Ss]ponsored by|[Ss]ponsorship|[Pp]resented by|[Pp]owered by|[Bb]rought to you by|[Tt]ranslation|[Tt]ranslated by|[Pp]hotos?|[Pp]hotograph(?:s|y|er)?|[Pp]ictures?|[Ii]mages?|[Cc]redits?|[Cc]ourtesy(?: of)?|[Ss]ources?|[Aa]dvert\w*|[Ss]upported by)[*_]*\s*:")]
    private static partial Regex CreditLabel();

    [GeneratedRegex(@"^[*_\s]*(?:Analysis|Opinion|Explainer|Watch|Listen|Video|Podcast|Review|Comment|Live|Interview|Editorial|Column|Feature|Gallery|Photos|Read|More|Also|Categor(?:y|ies)|Topics?|Tags?|Filed under|Posted in|Section)[*_]*\s*:")]
    private static partial Regex PageLabel();

    [GeneratedRegex(@"^(?:\s*[*•-]\s+)?(?!(?:Today|Tonight|Tomorrow|Overnight|This (?:morning|afternoon|evening)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}:\s+[^\s""“‘'].{0,300}$")]
    private static partial Regex LabelledValue();

    [GeneratedRegex(@"^\s*[*•-]\s+")]
    private static partial Regex ListItem();

    // One side of a score: its name, its goals and perhaps its scorers, each a name and the minutes.
    private const string ScoreSide = @"\p{Lu}[\p{L}'’.&-]*(?: \p{L}[\p{L}'’.&-]*){0,4} \d{1,3}(?: \((?:\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2} \d{1,3}(?:\+\d{1,2})?(?: pen| og)?(?:, \d{1,3}(?:\+\d{1,2})?(?: pen| og)?)*(?:[,;] )?)+\))?";

    // A match's score with its scorers, each side's name and goals, the scorers each a name and the minutes: "Drummoch
    // Athletic 2 (Imrie 49, Fairlie 88) Balnagown Rovers 1 (Bain 31 pen)", "Quayside 0 – Harbour Rovers 3 (Addo 12, 40)";
    // a bare score is a ticker's as often, and "Labour 312 (up 14) Conservatives 208 (down 40)" is none.
    [GeneratedRegex(@"^(?=[^(]*\(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2} \d)" + ScoreSide + @"[,;]?\s+(?:[-–—v]\s+)?" + ScoreSide + @"\.?$")]
    private static partial Regex ScoreLine();

    // One side of a match's score on a line of its own, with its scorers, as a box of match facts sets the two: "Ribeirão
    // Açu 2 (Assunção 22 pen, Nogueira Simões 41)".
    [GeneratedRegex(@"^(?=[^(]*\(\p{Lu}[\p{L}'’-]+ )" + ScoreSide + @"\.?$")]
    private static partial Regex ScoreSideLine();

    [GeneratedRegex(@"\G\*\*[^*\[\n]{1,60}\*\*")]
    private static partial Regex BoldLead();

    [GeneratedRegex(@"\G\*\*[^*\n]{1,40}(?::\*\*|\*\*:)\s*(?:\[[^\]\n]*\]\([^)\n]*\)[\s|·,]*)+$")]
    private static partial Regex LinkFact();

    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}:\s+(?:[^.!?\s]|\.(?=\d))(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,80}$")]
    private static partial Regex PlainFact();
}
