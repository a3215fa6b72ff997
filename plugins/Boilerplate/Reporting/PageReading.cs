using System.Globalization;
using System.Text.RegularExpressions;
using Boilerplate.Blocks;
using Boilerplate.Classification;
using Boilerplate.Structure;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;

namespace Boilerplate.Reporting;

/// <summary>
/// How the plugin reads one page, step by step: its blocks, the category the rule files' lists give each, which are
/// in another language, each block's features and class before and after the context pass, the article's head; and
/// the result, what each block is (<see cref="Verdicts"/>: null for content).
/// </summary>
internal sealed partial record PageReading(IReadOnlyList<Block> Blocks, ArticleHead Head, IReadOnlyList<Verdict?> Verdicts)
{
    /// <summary>The fewest words of a menu line after the story (<see cref="MenuLine"/>).</summary>
    private const int MenuLineWords = 4;

    // How many widgets the story's short last line may stand under, inside the story.
    private const int MaxWidgetsInStory = 2;

    public static PageReading Read(Article article, AnnotationLayer languages, FinderSettings settings)
    {
        var blocks = BlockReader.Read(article, settings.Glue);
        var articleLanguage = languages.Annotations.FirstOrDefault(a => a["scope"] as string == "article")?.Value;
        var named = blocks.Select(b => languages.Covering(b.Span)).ToArray();
        var tableRows = DataTables.Of(article.Text, blocks);
        var listed = blocks.Select((b, i) => b.GluedCategory ?? (tableRows[i] ? null : settings.Patterns.Match(b.Text))).ToArray();
        WrappedParagraphs.CarryCategories(article.Text, blocks, tableRows, listed);
        var paragraphs = WrappedParagraphs.Of(article, blocks, listed);
        var language = named.Select(a => a?.Value ?? articleLanguage).ToArray();
        var features = blocks.Select((b, i) => BlockFeatures.Of(article, b with { Span = paragraphs[i], Text = article.TextOf(paragraphs[i]) }, settings.Stopwords.Of(language[i]))).ToArray();

        // A widget word glued to the text says nothing about the text around it: it is no neighbour in the context pass.
        var initial = blocks.Select((b, i) => b.GluedCategory is not null ? BlockClass.Short
            : listed[i] is null && settings.StoryNote.IsMatch(b.Text) ? BlockClass.Good
            : listed[i] is null ? BlockClassifier.Initial(features[i], settings.Classifier)
            : BlockClass.Bad).ToArray();
        articleLanguage = StoryLanguage.Of(blocks, initial, listed, tableRows, language, articleLanguage, settings.StoryLanguageMargin);

        // The Language plugin gives every block of its layer a confidence (a double); a block it does not cover is the
        // article's, as sure as the article. A row of a table of figures is read by its script alone: its names of places
        // and people read as another language ("| Kembara Ridge | Kembara | 1,640 |" as Malay).
        var foreign = blocks.Select((b, i) => articleLanguage is not null && language[i] is { } l && l != articleLanguage
            && ReadsForeign(b.Text, tableRows[i] ? null : Convert.ToDouble(named[i]?["confidence"] ?? 1.0, CultureInfo.InvariantCulture), settings.MinForeignLetters, settings.MinForeignConfidence)).ToArray();

        // What the lists name, the language layer puts in another language, or links make: the page's own marks, which
        // the passes below never turn into the story's text.
        bool PageMarked(int i) => listed[i] is not null || foreign[i] || features[i].LinkDensity > 0;

        foreach (var i in QuotedForeignLines.Of(blocks, initial, foreign, listed, article.Text).ToList())
        {
            foreign[i] = false;
        }

        ForeignChrome(initial, foreign);

        // Inside the body (from its first good block to its last, and on a live page out to its first entry time and
        // through its last entry), a listed widget such as a share button between two posts of a live blog is no
        // neighbour, and a block that is neither listed, linked nor foreign is text the classifier could not read (a
        // table of results, a list of facts), as page chrome stays around the body.
        var text = Enumerable.Range(0, blocks.Count).Where(i => listed[i] is null && !foreign[i] && (initial[i] is BlockClass.Good or BlockClass.NearGood
            || (initial[i] == BlockClass.Short && features[i].EndsSentence && features[i].StopwordDensity >= settings.Classifier.StopwordsLow))).ToList();
        // Text under a heading of page chrome at the page's foot ("Most read" over teasers that read as one paragraph) is
        // that section's, not the story's last. The sections are read here on the blocks' own classes, from the first
        // text block after the lines of the first ("23 comments" under a title, a standfirst and a byline opens none).
        // The body still reaches over what stands between the story and that section (a short last line, a table, a
        // sign-off), but not past a widget's own heading with a line the page marks under it ("ROADWORKS THIS WEEK" over
        // "Updated 08:15" and a board of closures). The old end of the body lies in a section, so the search for the new
        // one ends there.
        var reach = text.Count == 0 ? -1 : text[^1];
        if (text.Count > 0)
        {
            var lead = RunEnd(text[0]);
            var chromeSections = TrailingSections.Of(blocks, listed, initial, features, text.FirstOrDefault(t => t > lead, blocks.Count), settings.Patterns, article.Text);
            while (text.Count > 0 && chromeSections[text[^1]] is not null)
            {
                text.RemoveAt(text.Count - 1);
            }

            if (text.Count > 0 && reach > text[^1])
            {
                reach = Enumerable.Range(text[^1] + 1, reach - text[^1]).First(i => chromeSections[i] is not null || WidgetOpens(i)) - 1;
            }
        }

        // An advert's label or a share or follow prompt, or a short line in another language (a follow prompt in the portal's).
        bool InStoryWidget(int i) => listed[i] is Categories.Advert or Categories.Share
            || (listed[i] is null && foreign[i] && LineText.WordsOfLine(blocks[i].Text) <= settings.Patterns.ShortLineWords);

        // A widget's heading the lists do not name, with residue the page marks in the lines right under it.
        bool WidgetOpens(int i) =>
            listed[i] is null && WidgetHeading(blocks[i].Text) && Enumerable.Range(i + 1, RunEnd(i) - i).Any(PageMarked);

        // The last of the lines that stand right under one another from a block on, no blank line between them.
        int RunEnd(int i)
        {
            while (i + 1 < blocks.Count && blocks[i + 1].IsRightUnder(blocks[i], article.Text))
            {
                i++;
            }

            return i;
        }

        var body = text.Count == 0 ? (Start: -1, End: -1)
            : LiveEntries.Body(blocks, (text[0], reach), PageMarked, settings.EntryTime, settings.MinLiveEntries);
        bool Inside(int i) => text.Count > 0 && i >= body.Start && i <= body.End && i != text[0] && i != text[^1];
        // The levels of the sub-headings the story sets over lines of its own, neither links nor residue (see StorysLinkList):
        // read on the blocks as the page marks them, before any pass has made them text, unlike the levels of the sections
        // after the story's last paragraph (below), which are read on what the passes made text. A heading on the body's
        // last line has no line of its own under it.
        var storyHeadingLevels = new Lazy<HashSet<string>>(() => Enumerable.Range(body.Start, Math.Max(0, body.End - body.Start))
            .Where(j => listed[j] is null && !PageMarked(j + 1)).Select(j => HeadingLevel(blocks[j].Text)).OfType<string>().ToHashSet(StringComparer.Ordinal));

        var revised = BlockClassifier.Revise(initial, i => listed[i] is not null && Inside(i));
        for (var i = 0; i < blocks.Count; i++)
        {
            if (revised[i] == BlockClass.Bad && Inside(i) && (!PageMarked(i) || StorysLinkList(i)))
            {
                revised[i] = BlockClass.Good;
            }

            if (text.Count > 0 && i > body.End && initial[i] == BlockClass.Short && MenuLine(blocks[i].Text, features[i]))
            {
                revised[i] = BlockClass.Bad;
            }
        }

        // Inside the story, with the story going on after it, a list of links under a heading of a level the story sets over
        // lines of its own (a consultation's "## Documents" beside its "## Ways to respond" over "* Complete the online
        // survey.", a podcast's "### Links" beside its "### In this episode" over the chapters) is the story's: the related
        // links a page sets inside a story stand under a heading the lists name ("## Related", "Read more"), and a second
        // box of links beside them vouches for nothing.
        bool StorysLinkList(int i)
        {
            if (listed[i] is not null || foreign[i] || i >= text[^1] || !LineText.IsListItem(blocks[i].Text))
            {
                return false;
            }

            var first = i;
            while (first > 0 && blocks[first].IsRightUnder(blocks[first - 1], article.Text) && LineText.IsListItem(blocks[first - 1].Text))
            {
                first--;
            }

            var heading = first - 1;
            return heading > body.Start && listed[heading] is null && HeadingLevel(blocks[heading].Text) is { } level && storyHeadingLevels.Value.Contains(level);
        }

        // The story's last paragraph, short but running text, after blocks the passes above made text (the scoring
        // lines of a match report) that follow a good paragraph: text, as one next to a good block is. Not when a
        // listed block stands between (related links, then a line about the site), but for the widgets below. A short
        // one must stand right under the line above it or right above residue the page marks ("Advertisement") or a
        // widget's heading ("NORTHERN DIVISION"), not apart at the story's foot over unmarked lines, as a line about
        // the writer does.
        if (text.Count > 0 && revised[text[^1]] == BlockClass.Bad
            && (initial[text[^1]] == BlockClass.NearGood || (initial[text[^1]] == BlockClass.Short && text[^1] > 0
                && (blocks[text[^1]].IsRightUnder(blocks[text[^1] - 1], article.Text) || text[^1] + 1 == blocks.Count || PageMarked(text[^1] + 1)
                    || WidgetHeading(blocks[text[^1] + 1].Text)))))
        {
            // Up to two widgets a page sets inside a story (an advert's label, a share or follow prompt, a short one in the
            // portal's language) are passed over where no blank line parts the lines from the story's last good paragraph
            // down; related links, a site's lines and buttons set apart under the story are not.
            var story = text[^1] - 1;
            var (widgets, unbroken) = (0, true);
            for (; story >= 0 && initial[story] != BlockClass.Good; story--)
            {
                var madeText = listed[story] is null && revised[story] == BlockClass.Good;
                if (!madeText && !(InStoryWidget(story) && widgets < MaxWidgetsInStory))
                {
                    break;
                }

                widgets += madeText ? 0 : 1;
                unbroken &= blocks[story + 1].IsRightUnder(blocks[story], article.Text);
            }

            if (story >= 0 && initial[story] == BlockClass.Good && (widgets == 0 || (unbroken && blocks[story + 1].IsRightUnder(blocks[story], article.Text))))
            {
                revised[text[^1]] = BlockClass.Good;
            }
        }

        // The story's last paragraph ending in a colon ("Other results from Sunday:") introduces what follows: the rows of
        // a table, the items of a list or the facts right under it are the story's, with the line that introduces them,
        // up to the first line of another shape or a blank line (where a page's own blocks begin), where the lists do not
        // name them. Links ("More from the Courier:" over teasers) are the page's.
        if (text.Count > 0 && LineText.EndsWithColon(blocks[text[^1]].Text))
        {
            var i = text[^1] + 1;
            for (; i < blocks.Count && blocks[i].IsRightUnder(blocks[i - 1], article.Text) && !PageMarked(i)
                && (tableRows[i] || LineText.IsListItem(blocks[i].Text) || ItemNumber(blocks[i].Text) is not null || FactLines.IsFact(blocks[i].Text)); i++)
            {
                revised[i] = BlockClass.Good;
            }

            if (i > text[^1] + 1)
            {
                revised[text[^1]] = BlockClass.Good;
            }
        }

        // A box of facts right under the story's last paragraph, perhaps under a heading of its own ("## Match facts"), with
        // labels of their own over some of its lines ("Teams:"): three or more lines of labels and their values
        // ("**Goals:** Addo 23, Mbeki 71", "Referee: Colm Varley."), list items led by a name in bold ("* **Rovers 2** (Addo
        // 23, Mbeki 71)") or the score with its scorers. A line whose value is only links ("**Next:** [Storm warning
        // issued…](/storm)") is no fact and stays residue.
        if (text.Count > 0)
        {
            var from = text[^1] + 1;
            var heading = from < blocks.Count && listed[from] is null && !FactLines.IsBold(blocks[from].Text) && features[from].Words <= MenuLineWords && !features[from].EndsSentence;
            var first = heading ? from + 1 : from;
            var to = first;
            while (to < blocks.Count && listed[to] is null
                && (FactLines.IsBoxed(blocks[to].Text) || (FactLines.IsLabel(blocks[to].Text) && to + 1 < blocks.Count && FactLines.IsBoxed(blocks[to + 1].Text))))
            {
                to++;
            }

            var facts = Enumerable.Range(first, to - first).Where(i => !FactLines.IsLinksOnly(blocks[i].Text)).ToList();
            if (facts.Count(i => !FactLines.IsLabel(blocks[i].Text)) >= FactLines.Fewest)
            {
                facts.ForEach(i => revised[i] = BlockClass.Good);
                if (heading)
                {
                    revised[from] = BlockClass.Good;
                }
            }
            else
            {
                // Fewer, right under the last paragraph with no blank line between ("Organiser: Harbour Heritage Society"
                // under an event's listing), in the article's language: the story's too, but for a credit, a sponsor or a
                // teaser's kicker ("Official timing partner: Ardmore Watches", "Analysis: …").
                for (var i = from; i < blocks.Count && listed[i] is null && !foreign[i] && !blocks[i].Text.Contains("](", StringComparison.Ordinal) && FactLines.IsStorysOwn(blocks[i].Text)
                    && blocks[i].IsRightUnder(blocks[i - 1], article.Text); i++)
                {
                    revised[i] = BlockClass.Good;
                }
            }
        }

        // The sentence between a wire story's last paragraph and its credit ("(Reporting by …; Editing by …)") is the story's
        // last, however short ("Nordvik Kraft declined to comment.").
        if (text.Count > 0 && text[^1] + 2 < blocks.Count && text[^1] + 1 is var last && revised[last] == BlockClass.Bad && listed[last] is null
            && !foreign[last] && LineText.EndsWithFullStop(blocks[last].Text) && listed[last + 1] == Categories.Credit)
        {
            revised[last] = BlockClass.Good;
            text.Add(last);
        }

        // The story's text blocks joined, read once when a table after the story asks whose names it gives: the passes from
        // here on change only blocks after the story's last paragraph.
        var storyText = new Lazy<string>(() => string.Join('\n', Enumerable.Range(body.Start, text[^1] - body.Start + 1).Where(i => revised[i] == BlockClass.Good).Select(i => blocks[i].Text)));

        // A short heading a box under the story's last lines may have ("## Specifications", "Tracklist"): none of the page's
        // marks, no more words than a menu's line, no sentence.
        bool BoxHeading(int i) => i < blocks.Count && !PageMarked(i) && features[i].Words <= MenuLineWords && !features[i].EndsSentence;

        // The lines from the story's last paragraph up to a block, and the facts right under them that stand for the story,
        // are its text.
        void KeepWithFactsUnder(int end)
        {
            while (end < blocks.Count && !PageMarked(end) && FactLines.IsStorysOwn(blocks[end].Text))
            {
                end++;
            }

            for (var i = text[^1] + 1; i < end; i++)
            {
                revised[i] = BlockClass.Good;
            }
        }

        // A Markdown table of labels and their figures right under the story's last lines and the facts under them, perhaps
        // under a heading of its own ("## Specifications" over a review's table of prices and weights), is the story's, as
        // a box of facts is, and so are the facts under it. A table of more columns there is often the site's (a
        // league's standings under a match report), unless each of its rows is led by a name the story gives (a match's
        // score by quarters, "| Linfield | 12 | 9 | 7 | 23 | 51 |", under "## Box score").
        if (text.Count > 0)
        {
            var from = text[^1] + 1;
            while (from < blocks.Count && !PageMarked(from) && (revised[from] == BlockClass.Good || (FactLines.IsFact(blocks[from].Text) && !FactLines.IsLinksOnly(blocks[from].Text))))
            {
                from++;
            }

            var table = BoxHeading(from) && !tableRows[from] ? from + 1 : from;
            var end = table;
            while (end < blocks.Count && tableRows[end] && DataTables.IsLabelAndValue(blocks[end].Text))
            {
                end++;
            }

            if (end == table)
            {
                var rows = TableEnd(table);
                end = rows > table && RowsNamedInStory(table, rows) ? rows : table;
            }

            if (end > table)
            {
                KeepWithFactsUnder(end);
            }
        }

        // Whether the table whose row a block is holds the story's figures: labels and their values, or rows the story names.
        bool StoryTable(int row)
        {
            var from = row;
            while (from > 0 && tableRows[from - 1])
            {
                from--;
            }

            var to = TableEnd(row);
            return Enumerable.Range(from, to - from).All(i => DataTables.IsLabelAndValue(blocks[i].Text)) || RowsNamedInStory(from, to);
        }

        // The block after the last row of the table a row belongs to.
        int TableEnd(int row)
        {
            while (row < blocks.Count && tableRows[row])
            {
                row++;
            }

            return row;
        }

        // Every row of a table led by a name the story's text gives, or by nothing (a header's corner, a rule), two at least,
        // and no column of a league's standings ("Pld", "Pts", "Conf"): the teams of a final round's report are all named.
        bool RowsNamedInStory(int from, int to)
        {
            var leads = Enumerable.Range(from, to - from).Select(i => DataTables.FirstCell(blocks[i].Text)).Where(c => c.Trim('-', ':', ' ').Length > 0).ToList();
            return leads.Count >= 2 && leads.All(lead => LineText.ContainsWords(storyText.Value, lead)) && !Enumerable.Range(from, to - from).Any(i => DataTables.IsStandingsRow(blocks[i].Text));
        }

        // A numbered list right under the story, perhaps under a heading of its own ("Tracklist" over an album's songs), whose
        // items the story names (half of them at least, two or more: a review quotes the songs it speaks of) is the story's,
        // as a table whose rows it names is, and so are the facts under it. A rail of most-read teasers is numbered too,
        // but the story names none of them.
        if (text.Count > 0)
        {
            var from = text[^1] + 1;
            var first = BoxHeading(from) && ItemNumber(blocks[from].Text) is null ? from + 1 : from;
            var end = first;
            while (end < blocks.Count && !PageMarked(end) && ItemNumber(blocks[end].Text) is not null && (end == first || blocks[end].IsRightUnder(blocks[end - 1], article.Text)))
            {
                end++;
            }

            var namedItems = Enumerable.Range(first, end - first).Count(i => LineText.ContainsWords(storyText.Value, ItemText(blocks[i].Text)));
            if (end - first >= 2 && namedItems * 2 >= end - first)
            {
                KeepWithFactsUnder(end);
            }
        }

        // The story's sections after its last paragraph: a report that sets its results out section by section ("## Boys
        // Under-20 (8km)" over a numbered list, inside the body) goes on under sub-headings of the same level after its last
        // paragraph ("## Girls Under-16 (4km)", "## Team points (boys)"), with lines that read as a menu's. Each such
        // section is the story's, its lines right under one another, up to the first line the page marks or a heading;
        // the next section starts at the next such heading. A heading whose first line the page marks is a widget's ("##
        // More weather" over links, "## Help hedgerow wildlife thrive" over an appeal with its buttons), and a table in a
        // section is the story's only if it holds the story's figures.
        if (text.Count > 0)
        {
            var levels = Enumerable.Range(body.Start, text[^1] - body.Start + 1)
                .Where(i => revised[i] == BlockClass.Good && !PageMarked(i)).Select(i => HeadingLevel(blocks[i].Text)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var i = text[^1] + 1;
            while (i + 1 < blocks.Count && !PageMarked(i) && HeadingLevel(blocks[i].Text) is { } level && levels.Contains(level)
                && blocks[i + 1].IsRightUnder(blocks[i], article.Text) && !PageMarked(i + 1) && (!tableRows[i + 1] || StoryTable(i + 1)) && !LineText.IsSubheading(blocks[i + 1].Text))
            {
                revised[i] = BlockClass.Good;
                for (i++; i < blocks.Count && blocks[i].IsRightUnder(blocks[i - 1], article.Text) && !PageMarked(i) && (!tableRows[i] || StoryTable(i)) && !LineText.IsSubheading(blocks[i].Text); i++)
                {
                    revised[i] = BlockClass.Good;
                }
            }
        }

        // The next item of a numbered list the story holds ("2. Halveren Marine Institute (2023). Technical report…" under
        // a first reference kept as text) is part of that list, though its words alone read as a menu's.
        for (var i = 1; i < blocks.Count; i++)
        {
            if (revised[i] == BlockClass.Bad && revised[i - 1] == BlockClass.Good && listed[i] is null && !foreign[i]
                && ItemNumber(blocks[i].Text) is { } number && ItemNumber(blocks[i - 1].Text) == number - 1)
            {
                revised[i] = BlockClass.Good;
            }
        }

        // A table of figures right above the first paragraph opens the story (a match's score by quarters), as one
        // inside it is part of it.
        for (var i = body.Start - 1; i >= 0 && tableRows[i]; i--)
        {
            revised[i] = BlockClass.Good;
        }

        var head = ArticleHead.Read(article.Text, blocks, listed, foreign, tableRows, revised, paragraphs, settings.Head);

        // Under a head, what stands between it and the body's first text block, that block included (an event's time, place
        // and price under its heading, which the context pass left as its neighbours are), is the story's where it is a
        // sentence the lists do not name. On a live page the body starts at its first entry's time.
        if (head.Parts.Count > 0)
        {
            for (var i = head.End; i <= body.Start; i++)
            {
                if (revised[i] == BlockClass.Bad && !PageMarked(i) && LineText.EndsWithFullStop(blocks[i].Text))
                {
                    revised[i] = BlockClass.Good;
                }
            }
        }

        var sections = TrailingSections.Of(blocks, listed, revised, features, head.End, settings.Patterns, article.Text);
        var words = new Lazy<string[][]>(() => [.. blocks.Select(b => Words(b.Text))]);
        var verdicts = new Verdict?[blocks.Count];
        var parts = head.Parts.ToDictionary(p => p.Block, p => p.Kind);
        var teasers = HeadlineRuns.Of(blocks, listed, revised, parts.Keys.ToHashSet(), article.Text);
        var copies = head.TitleCopies.ToHashSet();
        var feedFields = FeedFields.Of(blocks, article.Text);
        var mailHeader = MailHeaders.Of(blocks, article.Text, listed);
        string? runCategory = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            verdicts[i] = mailHeader[i] ? new Verdict(Verdict.Boilerplate, Categories.Other, 0.9, "an e-mail's header")
                : parts.ContainsKey(i) || feedFields[i] ? null
                : copies.Contains(i) ? new Verdict(Verdict.DuplicateTitle, Categories.DuplicateTitle, 0.95, "a copy of the title")
                : listed[i] is { } category ? new Verdict(Verdict.Boilerplate, category, blocks[i].IsGlued ? 0.9 : 0.95, blocks[i].IsGlued ? "glued to the text" : "listed")
                : sections[i] is { } section ? new Verdict(Verdict.Boilerplate, section, 0.8, "under a heading of page chrome")
                : i >= head.SignedOff && !Postscript().IsMatch(article.TextOf(paragraphs[i])) ? new Verdict(Verdict.Boilerplate, runCategory ?? Guess(features[i]), 0.75, "after the writer's sign-off")
                : teasers[i] ? new Verdict(Verdict.Boilerplate, Categories.Related, 0.7, "a run of headlines after the story")
                : PullQuote(blocks, i, words) ? new Verdict(Verdict.Boilerplate, Categories.Other, 0.85, "a pull quote repeating the story")
                : revised[i] == BlockClass.Bad ? Classified(initial[i], features[i], foreign[i] ? Categories.ForeignChrome : runCategory ?? Guess(features[i]), settings.Classifier)
                : null;
            runCategory = verdicts[i] is { RuleId: Verdict.Boilerplate } verdict ? verdict.Category : null;
        }

        return new PageReading(blocks, head, verdicts);
    }

    /// <summary>
    /// A Markdown block quote whose words (six or more) the story says elsewhere, in order and with at most a few
    /// words between ("…away," he says. "They…"): a magazine's pull quote, a line of the article in large type.
    /// </summary>
    private static bool PullQuote(List<Block> blocks, int index, Lazy<string[][]> words)
    {
        if (!blocks[index].Text.StartsWith('>'))
        {
            return false;
        }

        var quoted = words.Value[index];
        return quoted.Length >= 6 && blocks.Any(b => b.Index != index && !b.Text.StartsWith('>') && Repeats(words.Value[b.Index], quoted));
    }

    private static bool Repeats(string[] words, string[] quoted)
    {
        for (var start = Array.IndexOf(words, quoted[0]); start >= 0; start = Array.IndexOf(words, quoted[0], start + 1))
        {
            var (at, matched) = (start, 0);
            while (at < words.Length && matched < quoted.Length && at - start <= quoted.Length + 5)
            {
                matched += words[at++] == quoted[matched] ? 1 : 0;
            }

            if (matched == quoted.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => LineText.Normalize(w)).Where(w => w.Length > 0).ToArray();

    /// <summary>
    /// A short line of four or more capitalized words, none of them a stopword, and no sentence ("Tides Ferries
    /// Moorings Events"): after the story it is a menu, though the end of the page, as a neighbour, says nothing.
    /// Three such words may be a writer's name or role ("Maria Elena Ruiz", "Senior Political Correspondent").
    /// </summary>
    private static bool MenuLine(string text, BlockFeatures features) =>
        features.Words >= MenuLineWords && features.StopwordDensity == 0 && !features.EndsSentence
        && text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w.FirstOrDefault(char.IsLetterOrDigit)));

    /// <summary>
    /// A heading a widget sets over its lines: five words or fewer, no sentence, a Markdown sub-heading or bold alone ("##
    /// Jobs", "**Ferry sailings**") or in capitals ("ROADWORKS THIS WEEK").
    /// </summary>
    private static bool WidgetHeading(string text) =>
        LineText.WordsOfLine(text) <= 5 && !LineText.EndsSentence(text)
        && (LineText.IsSubheading(text) || (text.Count(char.IsLetter) >= 3 && !text.Any(char.IsLower)));

    /// <summary>
    /// Whether a block the language layer gives another language is believed to be in it: enough letters, read with
    /// enough confidence. A name or two ("By Lowri Baptiste") often reads as another language, and so does a line of
    /// names and figures (a scorecard's "R Okafor 112, J Penhale 58, K Dunmore 31", Norwegian at 0.69). A block in
    /// another script always is; with no <paramref name="confidence"/>, only a block in another script is.
    /// </summary>
    private static bool ReadsForeign(string text, double? confidence, int minimumLetters, double minimumConfidence)
    {
        // Letters of a link's text only, as the language layer reads it: a link's target is no word of any language.
        var read = LineText.Unlinked(text);
        var letters = read.Count(char.IsLetter);
        return (letters >= minimumLetters && confidence >= minimumConfidence) || read.Count(c => char.IsLetter(c) && c > '\u024F') * 2 > letters;
    }

    /// <summary>
    /// A block in another language than the article is page chrome unless it reads as a paragraph of text inside the
    /// article (an untranslated passage): running text, with text of the article's language before and after it.
    /// Near-good blocks count as running text here, since a story told in one-sentence paragraphs has no good block.
    /// </summary>
    private static void ForeignChrome(BlockClass[] classes, bool[] foreign)
    {
        bool RunningText(int i) => classes[i] is BlockClass.Good or BlockClass.NearGood;
        var text = Enumerable.Range(0, classes.Length).Where(i => RunningText(i) && !foreign[i]).ToList();
        for (var i = 0; i < classes.Length; i++)
        {
            if (foreign[i] && (!RunningText(i) || text.Count == 0 || text[0] > i || text[^1] < i))
            {
                classes[i] = BlockClass.Bad;
            }
        }
    }

    private static Verdict Classified(BlockClass initial, BlockFeatures features, string category, ClassifierSettings settings)
    {
        if (initial != BlockClass.Bad)
        {
            return new Verdict(Verdict.Boilerplate, category, initial == BlockClass.Short ? 0.65 : 0.6, "among boilerplate");
        }

        var sure = features.StopwordDensity is { } density ? 0.75 + (0.2 * (1 - Math.Min(1, density / settings.StopwordsLow))) : 0.7;
        return new Verdict(Verdict.Boilerplate, category, sure, "not running text");
    }

    // The marks of a Markdown sub-heading ("##" of "## Girls Under-16 (4km)"), or null.
    private static string? HeadingLevel(string text) =>
        LineText.IsSubheading(text) && text.StartsWith('#') ? text[..text.TakeWhile(c => c == '#').Count()] : null;

    // The number of a numbered list's item: "2. Halveren…", "3) Water temperature…". ASCII digits only, which int.Parse reads.
    private static int? ItemNumber(string text) => NumberedItem().Match(text) is { Success: true } item ? int.Parse(item.Groups[1].ValueSpan, CultureInfo.InvariantCulture) : null;

    // A numbered item's text without its number: "Ferry at Dawn" of "3. Ferry at Dawn".
    private static string ItemText(string text) => NumberedItem().Match(text) is { Success: true } item ? text[(item.Index + item.Length - 1)..].TrimEnd() : text;

    [GeneratedRegex(@"^\s*([0-9]{1,2})[.)]\s+\S")]
    private static partial Regex NumberedItem();

    // A postscript under the writer's name is still the letter's, all its wrapped lines: "P.S. The quiz is on the 14th."
    [GeneratedRegex(@"^\W*P\.?(?:\s?P\.?)?\s?S\b")]
    private static partial Regex Postscript();

    // A block the lists do not name: links or a few words make navigation, anything else is left unnamed.
    private static string Guess(BlockFeatures features) =>
        features.LinkDensity > 0 || (features.Words <= 4 && !features.EndsSentence) ? Categories.Navigation : Categories.Other;
}
