using System.Globalization;
using System.Text.RegularExpressions;
using Boilerplate.Blocks;
using Boilerplate.Classification;
using PluginHost.Sdk.Text;

namespace Boilerplate.Structure;

/// <summary>
/// The article's head, read back from the start of its body (its first good block that is longer than a headline,
/// ends with a full stop or is an item of a bulleted list, from the first line of its hard-wrapped paragraph) over the
/// lines a head is made of: headlines, standfirsts, bylines, the article's date, and
/// the widgets that sit among them (an author's avatar, share buttons, a photo credit, the time of the last
/// update). The title is an obituary's name over the dates of the life, else the head's Markdown heading, else its
/// first line shaped like a headline; the lines after
/// it are subtitles, bylines and dates. The dateline that opens the body, the writer's sign-off under the story,
/// and every other copy of the title, are found too. <see cref="End"/> is the first block after the head;
/// <see cref="SignedOff"/> the first after the last parting line and name a writer signs with, where the letter ends
/// and the page's footer begins (the number of blocks when no one signs off).
/// </summary>
internal sealed partial record ArticleHead(IReadOnlyList<(int Block, string Kind)> Parts, IReadOnlyList<ArticlePart> Datelines, IReadOnlyList<int> TitleCopies, int End, int SignedOff)
{
    private const int MaxWidgetWords = 4;
    private const int MaxWidgetsPassed = 3;
    private const int ShortestWrappedHeadline = 50;
    private const int MaxBannerItemWords = 3;
    private const int MaxHeadLinesAbove = 3;

    private static readonly HashSet<string> HeadWidgets = new(["avatar", "share", Categories.Credit, "photo-credit", Categories.Timestamp, "read-more", "comments", Categories.Controls, "other"], StringComparer.Ordinal);

    /// <param name="articleText">The article's text.</param>
    /// <param name="blocks">The article's blocks.</param>
    /// <param name="listed">The category the rule files' lists give each block, or null.</param>
    /// <param name="foreign">Whether a block is in another language than the article.</param>
    /// <param name="tableRows">Whether a block is a row of a table of figures (<see cref="DataTables"/>).</param>
    /// <param name="classes">The classifier's revised classes.</param>
    /// <param name="paragraphs">Each block's paragraph: a hard-wrapped paragraph's lines share one.</param>
    /// <param name="settings">The head's settings.</param>
    public static ArticleHead Read(string articleText, IReadOnlyList<Block> blocks, IReadOnlyList<string?> listed, IReadOnlyList<bool> foreign, IReadOnlyList<bool> tableRows, IReadOnlyList<BlockClass> classes, IReadOnlyList<TextSpan> paragraphs, HeadSettings settings)
    {
        // A byline or a date is read as another language for the names in it, and so is a writer's name signed above
        // the date; they are the head's all the same. The date and time of publishing look like a clock's, but under
        // the title they are the article's.
        var signatures = new HashSet<int>();
        // A writer's name may be set in bold ("By **Ana Ruiz**"), or linked to their page and read with its link ("[Ana
        // Ruiz](/@anaruiz)").
        bool IsByline(string text) => settings.Byline.IsMatch(LineText.Unlinked(text).Replace("**", "", StringComparison.Ordinal))
            || (LineText.LinkText(text) is not null && settings.Byline.IsMatch(text));
        // A credit's wording over the story ("Compiled by Ruth Penhallow") is its byline, and an issue's or an episode's line
        // ("Newsletter · Issue 14 · Friday 4 December 2026", "Episode 48 · 30 November 2026 · 38 min") the head's, not a
        // menu or a teaser.
        bool Plain(int i) => (listed[i] is null || (listed[i] == Categories.Timestamp && settings.Date.IsMatch(blocks[i].Text)) || (listed[i] == Categories.Credit && IsByline(blocks[i].Text))
                || (listed[i] is Categories.Navigation or Categories.Related && IssueLine(blocks[i].Text)))
            && (!foreign[i] || IsByline(blocks[i].Text) || Dated(blocks[i].Text) || (IsDateline(blocks[i].Text) && blocks[i].Text.Any(char.IsAsciiDigit)) || signatures.Contains(i));
        // A wire's dateline alone on its line ("RAS TAMIR, Dec 2 (Coastline Wire) -"), whose place may read as another
        // language ("ZLATÁ LÚKA, Slovakia, Oct 18 (CE Wire) -"): with its date, no portal's heading in capitals.
        bool IsDateline(string text) => settings.Dateline.Match(text) is { } opening && opening.Length >= text.TrimEnd().Length;
        // A date, alone or among other items, or an issue's number: "The Long Field · Episode 87 · 1 December 2026",
        // "Issue 38 · Winter 2026".
        bool Dated(string text) => settings.Date.IsMatch(text) || ItemSeparator().Split(text).Any(item => settings.Date.IsMatch(item.Trim()) || Issue().IsMatch(item.Trim()));
        // A row of items with an issue's or an episode's number and a date among them.
        bool IssueLine(string text) => ItemSeparator().Split(text) is var items && items.Any(item => Issue().IsMatch(item.Trim())) && items.Any(item => settings.Date.IsMatch(item.Trim()));
        // The head's date or byline, as it stands under a headline.
        bool DateOrByline(int i) => Plain(i) && (settings.Date.IsMatch(blocks[i].Text) || IsByline(blocks[i].Text));
        // A Markdown heading of the first level ("# The hedge detective"), the title wherever it stands in the head.
        bool TitleHeading(int i) => Plain(i) && blocks[i].Text.StartsWith("# ", StringComparison.Ordinal);
        // The nearest line above a line that is no widget a head may hold (an "Updated 2 hours ago" under the date), or -1.
        int AboveWidgets(int i) => Enumerable.Range(0, i).Reverse().FirstOrDefault(j => Plain(j) || !(listed[j] is { } category && HeadWidgets.Contains(category)), -1);
        // A short line that trails off ("Szukaj w serwisie...", a teaser cut short) is a placeholder, not the first paragraph.
        var body = Enumerable.Range(0, blocks.Count).FirstOrDefault(
            i => classes[i] == BlockClass.Good && Plain(i) && ((LineText.EndsWithFullStop(blocks[i].Text) && !LineText.TrailsOff(blocks[i].Text)) || LineText.WordsOfLine(blocks[i].Text) > settings.MaxTitleWords || LineText.IsListItem(blocks[i].Text)),
            blocks.Count);

        // The body starts with its first paragraph's first line: a hard-wrapped paragraph's lines are no headline. Only
        // where the sentence plainly runs on (after a comma, into a word in lower case, or from an article or "and", which no
        // headline ends with: "…who came out in the rain for the" over "November clean-up."): a headline over a standfirst
        // may be read as one paragraph with it. A line shorter than any other wrap leaves stands in a newspaper column,
        // whose sentences run on over its lines ("and the work will start in" / "May.").
        bool RunsOnFrom(int line) =>
            blocks[line].Text.Length >= ShortestWrappedHeadline ? blocks[line].Text.EndsWith(',') || LineText.RunsOnInLowerCase(blocks[line + 1].Text) || JoiningWordAtEnd().IsMatch(blocks[line].Text)
            : !LineText.EndsSentence(blocks[line].Text)
                && (blocks[line].Text.Length < WrappedParagraphs.ShortestWrappedLine || (blocks[line].Text.Length <= WrappedParagraphs.WidestColumnLine && LineText.RunsOnInLowerCase(blocks[line + 1].Text)));
        while (body < blocks.Count && body > 0 && paragraphs[body - 1] == paragraphs[body] && classes[body - 1] == BlockClass.Good && RunsOnFrom(body - 1))
        {
            body--;
        }

        // A line of the head shaped like a headline, not a date, a byline or a banner of short items ("ELECTION 2025 ·
        // LIVE RESULTS", "Joined: Mar 2011 · Messages: 6,204"): a title of full length.
        bool FullHeadline(int i) => Plain(i) && IsHeadline(blocks[i].Text, settings) && !settings.Date.IsMatch(blocks[i].Text) && !IsByline(blocks[i].Text)
            && ItemSeparator().Split(blocks[i].Text) is var items && (items.Length == 1 || items.Any(item => LineText.WordsOfLine(item) > MaxBannerItemWords));

        // The few lines right above a block, nearest last.
        IEnumerable<int> LinesAbove(int i) => Enumerable.Range(Math.Max(0, i - MaxHeadLinesAbove), Math.Min(i, MaxHeadLinesAbove));

        // A headline of full length or a Markdown title in the few lines right above a block (the head's date, a box of facts).
        bool HeadlineAbove(int i) => LinesAbove(i).Any(j => FullHeadline(j) || TitleHeading(j));

        // A headline over a block with nothing but the head's dates, bylines and rating between them, however many
        // ("The Netmender review – …", "★★★★", "Reviewed by Owen Calloway", "Friday 4 December 2026").
        bool HeadRightAbove(int i)
        {
            var j = i - 1;
            while (j >= 0 && (DateOrByline(j) || (Plain(j) && Rating().IsMatch(blocks[j].Text))))
            {
                j--;
            }

            return j >= 0 && j < i - 1 && (FullHeadline(j) || TitleHeading(j));
        }

        // Where a run of the widgets a head may hold (listed as such, links, pictures) ends at a block, and has a Markdown
        // title right above it, or a date right under such a title: that title or date; else -1. A menu, a breadcrumb or
        // the portal's own lines end the run.
        int TitleOverWidgets(int i)
        {
            var top = i;
            while (top >= 0 && !foreign[top] && (listed[top] is { } category ? HeadWidgets.Contains(category)
                : LineText.LinkText(blocks[top].Text) is not null || LineText.IsLinkRow(blocks[top].Text) || LineText.IsPicture(blocks[top].Text)))
            {
                top--;
            }

            return top >= 0 && top < i && (TitleHeading(top) || (top > 0 && Plain(top) && Dated(blocks[top].Text) && TitleHeading(top - 1))) ? top : -1;
        }

        // A headline's first line with its second right under it, going on with a word in lower case ("as warm hub for
        // winter"; not a name such as "eBay", under which the line above is a kicker).
        bool WrapsHeadline(int i) =>
            i >= 0 && i + 1 < blocks.Count && Plain(i) && Plain(i + 1) && MayStartHeadline(blocks[i].Text, settings.MaxTitleWords) && !settings.Date.IsMatch(blocks[i].Text)
            && blocks[i + 1].IsRightUnder(blocks[i], articleText) && LineText.RunsOnInLowerCase(blocks[i + 1].Text)
            && !LineText.EndsSentence(blocks[i + 1].Text) && LineText.WordsOfLine(blocks[i + 1].Text) < settings.MaxTitleWords;

        // A Markdown title over a block, with nothing but the head's dates and bylines between them.
        bool TitleRightAbove(int i) => LinesAbove(i).Reverse().TakeWhile(j => TitleHeading(j) || DateOrByline(j)).Any(TitleHeading);

        // A headline the page states again elsewhere (in capitals over the body, in a forum post quoting the story). A row
        // of a table of results that reads as a line of the head ("Pellham Rovers 2 Cardle Town 1") is no restatement.
        bool Restates(int j, string headline) => !blocks[j].IsGlued && !tableRows[j] && SameHeadline(blocks[j].Text, headline);
        bool Repeated(int i) => Headline(blocks[i].Text) is var headline && Enumerable.Range(0, blocks.Count).Any(j => j != i && Restates(j, headline));

        var head = new List<int>();
        var shortTitle = -1;
        var obituaryTitle = -1;
        var salutation = body > 0 && body < blocks.Count && listed[body - 1] is null && Salutation().IsMatch(blocks[body - 1].Text) ? body - 1 : -1;
        var openingDateline = -1;
        var passed = 0;
        var foreignPassed = 0;
        var boxHeading = -1;
        var section = -1;
        for (var i = body - 1; i >= 0; i--)
        {
            // A wire code or widget word glued to the body's first line belongs to that line, not to the head.
            if (body < blocks.Count && blocks[i].Line == blocks[body].Line)
            {
                continue;
            }

            var text = blocks[i].Text;
            if (i == salutation)
            {
                continue;
            }

            // A dateline on a line of its own over the first paragraph ("RAS TAMIR, Dec 2 (Coastline Wire) -", "WASHINGTON —";
            // not a listed "BREAKING NEWS -") opens the body: the head is above it, however many of the portal's widgets
            // stand between.
            if (i == body - 1 && Plain(i) && IsDateline(text))
            {
                openingDateline = i;
                continue;
            }

            // A newsletter's issue line or a podcast's episode line over its headline, which the lists took for a menu or a
            // teaser, is the head's first line: the masthead is above it.
            if (head.Count > 1 && listed[head[0]] is Categories.Navigation or Categories.Related && (FullHeadline(head[1]) || TitleHeading(head[1]) || head[1] == shortTitle))
            {
                break;
            }

            // A table of figures may open the story under its head (a match's score by quarters), as a lead picture may.
            if (tableRows[i])
            {
                if (head.Count == 0)
                {
                    continue;
                }

                break;
            }

            // A box of facts between the head and the body (a review's director, cast and running time; an event's date,
            // venue and tickets), perhaps under a button ("Book now"), is passed as a lead picture is, where a headline
            // stands a few lines above it. A head whose own lines are set as labels ("Harbour flooding: tide peaks
            // overnight", "Author: Ana Ruiz", "Published: 4 May 2026") has no headline above them, and is read as before.
            // A line under the box ("In cinemas from Friday 11 December") stays with the head read so far, and the title is
            // looked for above the box.
            if ((!head.Any(h => Plain(h)) || (head.Count == 1 && !TitleHeading(head[0]) && !IsByline(blocks[head[0]].Text)))
                && FactBoxTop(blocks, listed, i) is var top && i - top + 1 >= FactLines.Fewest && (HeadlineAbove(top) || HeadRightAbove(top)))
            {
                i = top;
                continue;
            }

            // An obituary's name over the dates of a life ("March 9, 1941 – November 29, 2026") is its title, not a writer's
            // signature, and the head's first line: above it are the notices' pages. Under a headline it is a signature
            // still, and a name over a shorter span is no obituary's (a festival's days, an exhibition's run, a term of
            // office).
            var isObituaryName = head.Count > 0 && head[0] == i + 1 && Plain(i) && Signed(text) && IsLifetime(blocks[i + 1].Text) && !HeadlineAbove(i);
            if (isObituaryName)
            {
                obituaryTitle = i;
            }

            // A columnist signs with a bare name above the date, a desk with its name ("Newsdesk", "Redacció"), and a
            // writer's role may stand between the byline and the date ("Science reporter"); on a broadcaster's page the
            // date is the time since it was posted or updated ("3 hours ago", "Updated 14:05 GMT"), right under the role or
            // the desk (a bare name there may be a menu's or a button's: "Follow Ana Ruiz").
            if (!isObituaryName && head.Count > 0 && (((settings.Date.IsMatch(blocks[head[0]].Text) || signatures.Contains(head[0])) && (Signed(text) || Desk().IsMatch(text) || WritersRole().IsMatch(text)))
                || (listed[head[0]] == Categories.Timestamp && (Desk().IsMatch(text) || WritersRole().IsMatch(text)))))
            {
                signatures.Add(i);
            }

            var part = isObituaryName || (Plain(i) && ((IsHeadline(text, settings) && !Links().IsMatch(text)) || IsByline(text) || settings.Date.IsMatch(text) || signatures.Contains(i)
                || (LineText.EndsWithFullStop(text) && LineText.WordsOfLine(text) <= settings.MaxSubtitleWords && !LineText.IsCaption(text)) || (head.Count > 0 && Rating().IsMatch(text))));

            // A headline set over two lines, as a printed page wraps it ("Flooded chapel reopens" over "as warm hub for
            // winter"): both lines.
            if (!part && Plain(i) && (WrapsHeadline(i - 1) || (head.Count > 0 && head[0] == i + 1 && WrapsHeadline(i))))
            {
                part = true;
            }

            // A headline too short to tell from a menu item ("Corrections and clarifications") is the title where it
            // stands right over the head's date or byline, as a page sets its headline over them.
            if (!part && Plain(i) && head.Count > 0 && head[0] == i + 1 && DateOrByline(i + 1)
                && !head.Any(FullHeadline) && IsShortHeadline(text, settings))
            {
                (part, shortTitle) = (true, i);
            }

            if (!part && !(listed[i] is { } category && HeadWidgets.Contains(category)))
            {
                // Other widgets, listed ("Share · Post · Save for later") or not ("Pass it on", a row of links), a portal's
                // in its own language, and the lead picture, may sit between the head and the body, not above the head's lines:
                // three of them, and three more of the portal's (its update time, reading time and photo credit).
                if (!head.Any(h => Plain(h)) && ((foreign[i] && ++foreignPassed <= MaxWidgetsPassed) || (++passed <= MaxWidgetsPassed && (listed[i] is not null || LineText.IsPicture(text) || LineText.IsCaption(text) || LineText.IsLinkRow(text) || (LineText.WordsOfLine(text) <= MaxWidgetWords && !LineText.EndsSentence(LineText.Unlinked(text)))))))
                {
                    continue;
                }

                // A row of links (share buttons) under a Markdown title and its date may stand over the story's first
                // sub-heading ("**Cutting the 41 would strand us**" on a page of letters): the head goes on above the row.
                if (head.Count > 0 && LineText.IsSubheading(blocks[head[0]].Text) && listed[i] is null && LineText.IsLinkRow(text) && TitleRightAbove(i))
                {
                    shortTitle = -1;
                    continue;
                }

                // A section's name between the date and the headline ("Thursday, December 3, 2026", "Local News", then
                // the headline and its byline) is passed: the date above it is the head's first line.
                if (head.Count > 1 && FullHeadline(head[0]) && head.Skip(1).Any(h => DateOrByline(h)) && IsShortHeadline(text, settings)
                    && i > 0 && Plain(i - 1) && settings.Date.IsMatch(blocks[i - 1].Text))
                {
                    section = i;
                    head.Insert(0, i - 1);
                    break;
                }

                // A box of points under the date or the byline ("Key points" or "Key points:", then the points, on a page grown from a
                // live page) is the story's: the head is above its heading, where a headline stands over the date or the
                // byline (not over a section's name between the date and the headline: "Local News").
                if (head.Count > 0 && (IsShortHeadline(text, settings) || (listed[i] is null && LineText.EndsWithColon(text) && IsShortHeadline(text.Trim('*', '_', ' ').TrimEnd(':'), settings)))
                    && AboveWidgets(i) is var above and >= 0 && DateOrByline(above)
                    && HeadlineAbove(above))
                {
                    (head, shortTitle, passed) = ([], -1, 0);
                    boxHeading = i;
                    continue;
                }

                // The writer's picture right over the byline that names them ("![Priya Venkataraman](/avatars/pv.jpg)" over "By
                // Priya Venkataraman") is passed: the head goes on above it (a review's stars, its title).
                if (head.Count > 0 && head[0] == i + 1 && LineText.PictureText(text) is { Length: > 0 } name && IsByline(blocks[i + 1].Text)
                    && blocks[i + 1].Text.Contains(name, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                // A Markdown title, perhaps with its date under it, over a run of widgets (a podcast's running time, player
                // and "Listen on" links) is the head's however many widgets stand between, where the head read so far has
                // no Markdown title of its own.
                if (!head.Any(TitleHeading) && TitleOverWidgets(i) is var titleOrDate and >= 0)
                {
                    shortTitle = -1;
                    if (!TitleHeading(titleOrDate))
                    {
                        head.Insert(0, titleOrDate);
                    }

                    i = titleOrDate + (TitleHeading(titleOrDate) ? 1 : 0);
                    continue;
                }

                break;
            }

            // Past more widgets than the walk passes for either kind, only the head's date, byline or Markdown title
            // starts the head: a headline-shaped line there may be a ticker or a teaser over the portal's block.
            if (!head.Any(h => Plain(h)) && passed + foreignPassed > MaxWidgetsPassed && !DateOrByline(i) && !TitleHeading(i))
            {
                break;
            }

            head.Insert(0, i);
            if (isObituaryName)
            {
                break;
            }
        }

        // The short line over the date is the title only where no headline of full length stands above it: under one,
        // it is a sender's name or a label ("Corvane Textiles plc" under "News provided by"), and the head is read as
        // if it had stopped there.
        var title = Title(head);
        if (shortTitle >= 0 && title != shortTitle)
        {
            head.RemoveAll(h => h <= shortTitle);
            title = Title(head);
        }

        // Where the head has no title, a short one right over a standfirst that reads as the body's first paragraph, with
        // the byline or the date next under it, is the title ("Last Crossing", then the standfirst, then "By Rhona Fettes,
        // Transport Correspondent"); the walk passed it as a widget.
        if (title is null && body > 0 && body + 1 < blocks.Count && Plain(body - 1) && IsShortHeadline(blocks[body - 1].Text, settings) && DateOrByline(body + 1))
        {
            head.Add(body - 1);
            title = body - 1;
        }

        // A row with an issue's date ("Newsletter · Issue 9 · Friday 4 December 2026") reads as a headline of full length:
        // it is the title only where the head has no other.
        bool TitleLine(int i) => FullHeadline(i) && !Dated(blocks[i].Text);
        int? Title(List<int> lines) =>
            (lines.Contains(obituaryTitle) ? obituaryTitle : (int?)null)
            ?? lines.Cast<int?>().FirstOrDefault(i => TitleHeading(i!.Value))
            ?? lines.Cast<int?>().FirstOrDefault(i => TitleLine(i!.Value) && Repeated(i.Value))
            ?? lines.Cast<int?>().FirstOrDefault(i => TitleLine(i!.Value))
            ?? (lines.Contains(shortTitle) ? shortTitle : lines.Cast<int?>().FirstOrDefault(i => FullHeadline(i!.Value)));

        // A headline set over two lines is the title from its first.
        if (title is { } secondLine && head.Contains(secondLine - 1) && WrapsHeadline(secondLine - 1))
        {
            title = secondLine - 1;
        }

        // Where the title is a repeated headline below another, that other one may be the real headline over a standfirst
        // the page repeats: it stays in the head.
        var passedOver = title is { } chosen && !blocks[chosen].Text.StartsWith("# ", StringComparison.Ordinal)
            ? head.Where(i => i < chosen && TitleLine(i)).ToList()
            : [];
        List<int> copies = [];
        if (title is { } titled)
        {
            var headline = Headline(blocks[titled].Text);
            copies = [.. Enumerable.Range(0, blocks.Count).Where(i => i != titled && Restates(i, headline))];

            // The headline stated higher up, word for word (a press release's, above its "News provided by" lines), is
            // the title, and the one over the body its copy: the first statement is the one an editor keeps.
            // The standfirst, the byline and the date right under it are the head's, whatever stands between them and the
            // copy ("This story originally appeared in…"); under a widget or a source's name ("Harrowby Gazette") too.
            if (copies.FirstOrDefault(i => i < titled && Plain(i) && Headline(blocks[i].Text) == headline, -1) is var first and >= 0)
            {
                copies = [.. copies.Where(i => i != first).Append(titled).Order()];
                title = first;
                var widgets = 0;
                for (var i = first + 1; i < titled; i++)
                {
                    var text = blocks[i].Text;
                    if (Signed(text) && i + 1 < titled && Dated(blocks[i + 1].Text))
                    {
                        signatures.Add(i);
                    }

                    if (!head.Contains(i) && Plain(i) && (IsByline(text) || Dated(text) || signatures.Contains(i)
                        || (i == first + 1 && (IsHeadline(text, settings) || (LineText.EndsWithFullStop(text) && LineText.WordsOfLine(text) <= settings.MaxSubtitleWords)))))
                    {
                        head.Add(i);
                    }
                    else if (!(listed[i] is { } category && HeadWidgets.Contains(category))
                        && (listed[i] is not null || ++widgets > 1 || LineText.WordsOfLine(text) > MaxWidgetWords || LineText.EndsSentence(text) || LineText.LinkText(text) is not null))
                    {
                        break;
                    }
                }
            }
        }
        var parts = new List<(int Block, string Kind)>();
        if (title is { } t)
        {
            // The date right over the title, alone or among other items ("Season 3 · Episode 7 · 14 May 2024"), or over a
            // section's name passed above, is its dateline, unless it gives the time of day and the head dates the story
            // under the title too: then it is the site's clock under its menu ("Saturday, December 5, 2026 6:10 PM").
            var over = section == t - 1 ? t - 2 : t - 1;
            if (head.Contains(over) && Plain(over) && Dated(blocks[over].Text)
                && !(TimeOfDay().IsMatch(blocks[over].Text) && head.Any(i => i > t && Plain(i) && Dated(blocks[i].Text))))
            {
                parts.Add((over, ArticlePart.Dateline));
            }

            foreach (var i in passedOver.Where(i => i < t))
            {
                parts.Add((i, ArticlePart.Subtitle));
            }

            parts.Add((t, ArticlePart.Title));
            foreach (var i in head.Where(i => i > t && Plain(i) && !copies.Contains(i)))
            {
                // A headline set over two lines is the title on both.
                var text = blocks[i].Text;
                parts.Add((i, Dated(text) ? ArticlePart.Dateline
                    : IsByline(text) || Signed(text) ? ArticlePart.Byline
                    : i == t + 1 && WrapsHeadline(t) ? ArticlePart.Title
                    : ArticlePart.Subtitle));
            }
        }

        // The heading of a box of points under the date or the byline, passed above to find the head, is the story's
        // first sub-heading ("What we know").
        if (title is not null && boxHeading >= 0)
        {
            parts.Add((boxHeading, ArticlePart.Subtitle));
        }

        // A standfirst that reads as the body's first paragraph may stand above the byline (or the writer's bare name
        // over the date) and the date, and the writer's picture: they are the head's all the same. A copy of the title
        // between them is stepped over.
        for (var i = body + 1; title is not null && i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            if (Signed(text) && i + 1 < blocks.Count && settings.Date.IsMatch(blocks[i + 1].Text))
            {
                signatures.Add(i);
            }

            if (Plain(i) && (IsByline(text) || settings.Date.IsMatch(text) || signatures.Contains(i)))
            {
                parts.Add((i, settings.Date.IsMatch(text) ? ArticlePart.Dateline : ArticlePart.Byline));
            }
            else if (!foreign[i] && !(listed[i] is { } category && HeadWidgets.Contains(category)) && !LineText.IsPicture(text) && !LineText.IsListItem(text) && !copies.Contains(i))
            {
                break;
            }
        }

        // A Markdown sub-heading right over the body's first paragraph ("## Summary") is the story's first.
        if (title is not null && body > 0 && body < blocks.Count && Plain(body - 1) && blocks[body - 1].Text.StartsWith("##", StringComparison.Ordinal) && LineText.IsSubheading(blocks[body - 1].Text) && !parts.Any(p => p.Block == body - 1))
        {
            parts.Add((body - 1, ArticlePart.Subtitle));
        }

        if (salutation >= 0)
        {
            parts.Add((salutation, ArticlePart.Salutation));
        }

        if (openingDateline >= 0 && !parts.Any(p => p.Block == openingDateline))
        {
            parts.Add((openingDateline, ArticlePart.Dateline));
        }

        // The writer's role on the line under the byline ("By NIAMH CARROWAY" over "Chief Reporter"), and a desk's name
        // under the date ("5 December 2026" over "ATLWU Press Office"), are the byline's.
        BylineUnder(ArticlePart.Byline, WritersRole());
        BylineUnder(ArticlePart.Dateline, Desk());

        void BylineUnder(string kind, Regex line)
        {
            foreach (var (above, _) in parts.Where(p => p.Kind == kind).ToList())
            {
                if (above + 1 < blocks.Count && Plain(above + 1) && !parts.Any(p => p.Block == above + 1) && line.IsMatch(blocks[above + 1].Text)
                    && blocks[above + 1].IsRightUnder(blocks[above], articleText))
                {
                    parts.Add((above + 1, ArticlePart.Byline));
                }
            }
        }

        var end = parts.Count == 0 ? 0 : parts.Max(p => p.Block) + 1;
        var signedOff = blocks.Count;

        // The writer's sign-off under the last paragraph is a byline too: a name and a role ("Nia Penrose, editor", after a
        // dash or not), as a bare name or two capitalized words there may as well be a site's or a button's ("Harbour Gazette").
        for (var i = body + 1; i < blocks.Count; i++)
        {
            if (classes[i - 1] == BlockClass.Good && listed[i - 1] is null && listed[i] is null && Signature().IsMatch(blocks[i].Text.TrimStart('—', '–', '-', ' ')) && blocks[i].Text.Contains(',', StringComparison.Ordinal) && !parts.Any(p => p.Block == i))
            {
                parts.Add((i, ArticlePart.Byline));
            }

            // A newsletter's writer signs under a parting line ("Until next week,", "Tight lines,"), with a first name
            // alone as often as not, whatever stands above it (an item, or the pitch to refer a friend) but a line that
            // announces what follows ("The last message she sent read:"). On a letters page each letter is signed; the
            // page's footer starts under the last.
            if (listed[i] is null && Valediction().IsMatch(blocks[i].Text) && !blocks[i - 1].Text.TrimEnd().EndsWith(':')
                && i + 1 < blocks.Count && listed[i + 1] is null && SignedName().IsMatch(blocks[i + 1].Text) && !parts.Any(p => p.Block == i || p.Block == i + 1))
            {
                parts.Add((i, ArticlePart.SignOff));
                parts.Add((i + 1, ArticlePart.Byline));
                signedOff = i + 2;
                if (i + 2 < blocks.Count && listed[i + 2] is null && Role().IsMatch(blocks[i + 2].Text))
                {
                    parts.Add((i + 2, ArticlePart.Byline));
                    signedOff = i + 3;
                }
            }
        }

        var datelines = new List<ArticlePart>();
        foreach (var i in Enumerable.Range(body, Math.Min(2, blocks.Count - body)))
        {
            if (settings.Dateline.Match(blocks[i].Text) is { Index: 0 } match)
            {
                datelines.Add(new ArticlePart(new TextSpan(blocks[i].Span.Start, match.Length), ArticlePart.Dateline));
                break;
            }
        }

        return new ArticleHead(parts, datelines, copies, end, signedOff);
    }

    // The first block of the run of fact lines, none of them listed, that ends at the block numbered bottom.
    private static int FactBoxTop(IReadOnlyList<Block> blocks, IReadOnlyList<string?> listed, int bottom)
    {
        var top = bottom + 1;
        while (top > 0 && listed[top - 1] is null && FactLines.IsFact(blocks[top - 1].Text))
        {
            top--;
        }

        return top;
    }

    // A Markdown heading of the first level is a headline however short ("# The hedge detective"); a picture's
    // description is none, however headline-like.
    private static bool IsHeadline(string text, HeadSettings settings)
    {
        var words = LineText.WordsOfLine(text);
        return words >= (text.StartsWith("# ", StringComparison.Ordinal) ? 1 : settings.MinTitleWords) && words <= settings.MaxTitleWords && !LineText.EndsWithFullStop(text) && !LineText.IsPicture(text) && !LineText.IsCaption(text);
    }

    // Two words or more, fewer than a headline has, capitalized, and no sentence, picture or link.
    private static bool IsShortHeadline(string text, HeadSettings settings) => MayStartHeadline(text, settings.MinTitleWords);

    // A line a headline may start with: from a capital, two words or more and fewer than the given number, no sentence.
    private static bool MayStartHeadline(string text, int fewerWordsThan) =>
        !LineText.IsCaption(text) && LineText.WordsOfLine(text) is var words && words >= 2 && words < fewerWordsThan && char.IsUpper(text.TrimStart('#', ' ').FirstOrDefault())
        && !LineText.EndsSentence(text) && !text.TrimEnd().EndsWith(':') && !LineText.IsPicture(text) && LineText.LinkText(text) is null;

    // The dates of a life: two dates ten years apart or more.
    private static bool IsLifetime(string text) =>
        LifeDates().Match(text) is { Success: true } dates && int.Parse(dates.Groups["died"].ValueSpan, CultureInfo.InvariantCulture) - int.Parse(dates.Groups["born"].ValueSpan, CultureInfo.InvariantCulture) >= 10;

    // A writer's name, linked to the writer's page or not, in bold or not ("**Staff Correspondent, Hijoltoli**").
    private static bool Signed(string text) => Signature().IsMatch(LineText.LinkText(text) ?? text.Trim('*', '_'));

    // A bare name, or two joined by "and", and perhaps the writer's role after a comma (any words) or a dash (a
    // newsroom's role, as a site's section may follow its name so): "Lenka Vávrová", "Oskar Venning, Senior Audio
    // Editor", "Jerome P. Villanueva-Sy - Correspondent".
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}|\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,2})(?:,(?:\s+[\p{L}&-]+){1,5}|\s[-–—]\s+(?:(?:Senior|Chief|Political|Business|Sports|Health|Education|Court|Staff|Special|Foreign|Local|City|News|Regional)\s+)?(?:Correspondent|Reporter|Editor|Writer|Columnist|Contributor|Journalist|Photographer))?$")]
    private static partial Regex Signature();

    // A day and its month named before a year: "March 9, " or "9 March ".
    private const string DayAndMonth = @"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2},?\s+|\d{1,2}\.?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?,?\s+)";

    // Two dates with their months joined by a dash: "March 9, 1941 – November 29, 2026", "9 March 1941 - 29 November 2026".
    [GeneratedRegex("^" + DayAndMonth + @"(?<born>\d{4})\s*[–—-]\s*" + DayAndMonth + @"(?<died>\d{4})$")]
    private static partial Regex LifeDates();

    // A time of day: "6:10 PM", "18.05", "9:45am".
    [GeneratedRegex(@"(?<![\d:.])\d{1,2}[:.]\d{2}(?![\d:.])\s*(?:[AaPp]\.?[Mm]\.?)?")]
    private static partial Regex TimeOfDay();

    // An issue's or an episode's number: "Issue 38", "Vol. 12", "Episode 87", "Letter no. 58".
    [GeneratedRegex(@"^(?:(?:Issue|Vol\.|Volume|No\.|Episode|Ep\.|Edition)|\p{Lu}\p{Ll}+ (?:no\.|No\.|nr\.|Nr\.))\s*\d+$")]
    private static partial Regex Issue();

    // A desk's name for a byline: "Newsdesk", "Staff", "Redacció", "ATLWU Press Office".
    [GeneratedRegex(@"^(?:News\s?desk|(?!(?:Contact|Email|E-mail|Join|Our|About|Call|Write to)\b)(?:\p{Lu}[\p{L}&'’-]*\s+){0,3}(?:Press Office|Press Team|Media Office|Media Team|Communications Team|News Team)|Staff|Staff (?:reporter|writer)s?|Agencies|Wire services|Redacció|Redacción|Redação|Rédaction|Redaktion|Redazione|Redactie|Redakcja|Redakce|Redakcia|Uredništvo|Toimitus|Redaksjonen|Redaktionen|Редакция|Редакція|Редакција)$")]
    private static partial Regex Desk();

    // A writer's role on a line of its own: "Science reporter", "Political editor", "Chief Reporter", "Senior health
    // correspondent", a society's or a school's writer ("Society archivist", "Parish secretary"); not a button's or a
    // heading's words ("Email the reporter", "Letters To The Editor", "Dear Editor").
    [GeneratedRegex(@"^(?!(?:Contact|Email|Message|Ask|Meet|Follow|Become|Our|Your|The|Dear|Write|Tell|Letters\s(?i:to))\b)\p{Lu}\p{Ll}+(?:\s(?!(?i:the|this|our|your|a|an|to)\b)\p{L}\p{Ll}+){0,2}\s(?i:reporter|editor|correspondent|writer|columnist|critic|archivist|historian|secretary|curator|chair|president|presenter|producer|analyst|contributor)$")]
    private static partial Regex WritersRole();

    // A review's rating in stars under its headline: "★★★★", "★★★☆☆ (3/5)".
    [GeneratedRegex(@"^\s*[★☆⭐✩✭✮]{1,5}(?:\s*½)?(?:\s*\(?\d(?:[.,]\d)?\s*(?:/|out of)\s*(?:5|10)\)?)?\s*$")]
    private static partial Regex Rating();

    // The greeting a letter's body opens with: "Dear neighbours,", "Dear Mr. Okafor,", "Hi everyone,", "Good morning, readers,".
    [GeneratedRegex(@"^(?:Dear|Hi|Hello|Hey|Greetings|Good (?:morning|afternoon|evening)|Morning|Evening)\b[^!?:\n]{0,40},$")]
    private static partial Regex Salutation();

    // A parting line: "Until next week,", "See you next Sunday,", "With warm wishes,", "Tight lines,", not any short line
    // ending with a comma ("In other news,", "But first,").
    [GeneratedRegex(@"^(?:Until (?:next \p{L}+|then|tomorrow|soon)|See you(?: \p{L}+){0,3}|Take care|Cheers|Thanks(?: for reading| again)?|Thank you(?: for reading)?|With (?:\p{L}+ )?(?:wishes|regards|thanks|love)|(?:Best|Kind|Warm|Warmest|All the best)(?: wishes| regards)?|Regards|Warmly|Yours(?: \p{L}+)?|Tight lines|Bye for now|Happy \p{L}+(?: \p{L}+)?|Stay \p{L}+|Onwards)\s*,$")]
    private static partial Regex Valediction();

    // The writer's role on a line of its own under the name: "Director, Tarn Valley Museums Trust", "Chair of the
    // Friends of Holm Park".
    [GeneratedRegex(@"^(?:Hon\.\s)?\p{Lu}[\p{L}-]+(?:\s\p{Lu}?[\p{L}-]+){0,2}(?:,\s*|\s(?:of|at|for)\s)\p{Lu}[^.!?\n]{0,60}$")]
    private static partial Regex Role();

    // The writer's name under a parting line, a first name alone too, perhaps with a role: "Maren", "Pat Gorringe, Hon. Secretary".
    [GeneratedRegex(@"^[-—–]?\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?:,(?:\s+[\p{L}&.-]+){1,5})?$")]
    private static partial Regex SignedName();

    // A menu or a site's name linked to its home page is no headline: two Markdown links, or a heading that is one.
    [GeneratedRegex(@"\]\([^)]*\).*\]\(|^#+\s*\[[^\]]*\]\([^)]*\)\s*$")]
    private static partial Regex Links();

    // The headline again, or the page's title as a browser or a printout shows it: the headline, a bar and the site's
    // name ("Landlord fined £18,000 over damp | Hollingford Advertiser"; after a dash it may be the story's own line,
    // "Budget 2026 – what it means for renters").
    /// <param name="text">A line of the page.</param>
    /// <param name="headline">The title, normalized as <see cref="LineText.Normalize"/> does, without its '#'.</param>
    private static bool SameHeadline(string text, string headline)
    {
        var line = text.TrimStart('#', ' ');
        return headline.Length > 0 && (Headline(text) == headline
            || (SiteSuffix().Match(line) is { Success: true } suffix && LineText.Normalize(line[..suffix.Index]) == headline));
    }

    // A line as a headline is compared: without its Markdown '#', normalized as LineText.Normalize does.
    private static string Headline(string text) => LineText.Normalize(text.TrimStart('#', ' '));

    [GeneratedRegex(@"\s+\|\s+[^|]{1,60}$")]
    private static partial Regex SiteSuffix();

    // An article or "and", which no headline ends with and a hard-wrapped sentence breaks after: "…in the rain for the".
    // (A headline may end with a preposition: "The parking rule every driver should be aware of".)
    [GeneratedRegex(@"\s(?:the|a|an|and)$")]
    private static partial Regex JoiningWordAtEnd();

    // Between two items of a line: a dot, a bullet or a bar with blanks around it.
    [GeneratedRegex(@"\s[·•|]\s")]
    private static partial Regex ItemSeparator();
}
