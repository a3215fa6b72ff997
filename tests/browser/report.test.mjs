// Renders the HTML report of the articles beside this file in headless Chromium and checks, in the live page,
// that highlights, tooltips, filters and search work and that nothing from an article or a rule runs.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const cli = process.env.PLUGINHOST ?? resolve(here, "../../src/PluginHost.Cli/bin/Debug/net10.0/pluginhost");
const artifacts = join(here, "artifacts");
const report = join(artifacts, "report.html");

let browser;
let page;
const dialogs = [];
const consoleErrors = [];
const requests = [];

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  const run = spawnSync(cli, ["analyze", "articles", "--rules", "rules", "--format", "html", "--output", report, "--jobs", "1", "--quiet"], { cwd: here, encoding: "utf8" });
  assert.ok(run.status === 0 || run.status === 1, `pluginhost analyze failed (${run.status ?? run.error}): ${run.stderr}`);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("dialog", dialog => { dialogs.push(dialog.message()); dialog.dismiss(); });
  page.on("console", message => { if (message.type() === "error") consoleErrors.push(message.text()); });
  page.on("pageerror", error => consoleErrors.push(error.message));
  page.on("request", request => { if (!request.url().startsWith("file:")) requests.push(request.url()); });
  await page.goto(pathToFileURL(report).href);
});

after(async () => {
  await page?.screenshot({ path: join(artifacts, "report.png"), fullPage: true });
  await browser?.close();
});

const article = name => page.locator("article.doc", { has: page.locator("h2", { hasText: name }) });

async function reset() {
  await page.keyboard.press("Escape");
  await page.locator("#search").fill("");
  for (const box of await page.locator("#filters input[data-filter]").all()) {
    await box.check();
  }
}

test("article text that looks like markup is shown as text and nothing of it runs", async () => {
  const text = await article("hostile.txt").locator(".text").innerText();
  assert.match(text, /<script>window\.pwned = "script";<\/script>/);
  assert.match(text, /<img src="nothing\.png" onerror="window\.pwned = 'image'">/);
  assert.match(text, /<a href="javascript:window\.pwned = 'link'">Click for the full story<\/a>/);
  assert.equal(await page.locator("script").count(), 1);
  assert.equal(await page.locator("img, a[href^='javascript:'], [onerror]").count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(dialogs, []);
});

test("a rule's markup is shown as text and its script help link is no link", async () => {
  const finding = article("hostile.txt").locator("li[data-r='QT9001']");
  assert.equal(await finding.locator(".title").textContent(), "<em>Sneaky</em> word");
  assert.equal(await finding.locator(".msg").textContent(), "The word <b>sneaky</b> was found");
  assert.equal(await finding.locator("a").count(), 0);
  assert.equal(await page.locator("em, b").count(), 0);
});

test("the overview and filters come first for keyboards and screen readers too", async () => {
  const order = await page.evaluate(() => Array.from(document.body.children, element => element.id || element.tagName.toLowerCase()));
  assert.deepEqual(order.slice(0, 3), ["overview", "filters", "articles"]);
  await page.locator("body").focus();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.closest("section")?.id), "overview");
});

test("the page loads nothing from outside and breaks none of its own security policy", async () => {
  assert.deepEqual(requests, []);
  assert.deepEqual(consoleErrors, []);
});

test("findings are highlighted in the text, coloured by plugin", async () => {
  const harbour = article("harbour-vote.txt");
  assert.ok(await harbour.locator("mark.f").count() >= 5);
  const colour = rule => harbour.locator(`mark.f[data-r='${rule}']`).first().evaluate(mark => getComputedStyle(mark).backgroundColor);
  assert.notEqual(await colour("QT0001"), await colour("NM0001"));
  assert.equal(await harbour.locator(".whole .badge[data-r='LG0001']").count(), 1);
});

test("a quote shows its speaker inline, and a passage in another language its language", async () => {
  const label = locator => locator.evaluate(mark => getComputedStyle(mark, "::before").content);
  assert.equal(await label(article("harbour-vote.txt").locator("mark[data-r='QT0001']").first()), '"Ingrid Salo"');
  assert.equal(await label(article("pasted-page.txt").locator("mark[data-r='LG0002']").first()), '"Russian"');
});

test("hovering a highlight shows its rule, message and data", async () => {
  await reset();
  await article("harbour-vote.txt").locator("mark[data-r='QT0001']").first().hover();
  const tip = page.locator("#tip");
  assert.equal(await tip.isVisible(), true);
  const text = await tip.innerText();
  assert.match(text, /QT0001/);
  assert.match(text, /Quote attributed to Ingrid Salo/);
  assert.match(text, /speaker\s+Ingrid Salo/);
});

test("hovering a figure inside a quote shows both findings", async () => {
  await reset();
  await article("harbour-vote.txt").locator("mark[data-r='QT0004'] mark[data-r='NM0001']").last().hover();
  const rules = await page.locator("#tip li").evaluateAll(items => items.map(item => item.dataset.r));
  assert.deepEqual(rules, ["NM0001", "QT0004"]);
});

test("a rule unchecked in the filters loses its highlights and list entries", async () => {
  await reset();
  await page.locator("#filters input[data-filter='rule'][value='NM0001']").uncheck();
  const marks = page.locator("mark.f[data-r='NM0001']");
  assert.ok(await marks.count() > 0);
  assert.equal(await page.locator("mark.f[data-r='NM0001']:not(.off)").count(), 0);
  assert.equal(await marks.first().evaluate(mark => getComputedStyle(mark).backgroundColor), "rgba(0, 0, 0, 0)");
  assert.equal(await page.locator("article li[data-r='NM0001']:not([hidden])").count(), 0);
  assert.equal(await page.locator("mark.f[data-r='NM0002']:not(.off)").count() > 0, true);
  await reset();
  assert.equal(await page.locator("mark.f[data-r='NM0001'].off").count(), 0);
});

test("an article left with no finding to show is hidden", async () => {
  await reset();
  for (const plugin of ["Quotes", "Numbers", "Boilerplate"]) {
    await page.locator(`#filters input[data-filter='plugin'][value='${plugin}']`).uncheck();
  }
  await page.locator("#filters input[data-filter='rule'][value='LG0001']").uncheck();
  assert.deepEqual(await page.locator("article.doc:visible h2").allTextContents(), ["articles/pasted-page.txt"]);
  assert.match(await page.locator("#status").textContent(), /^Showing 1 article and 2 findings$/);
});

test("the search box keeps the articles that contain the words", async () => {
  await reset();
  await page.locator("#search").fill("night editor");
  assert.deepEqual(await page.locator("article.doc:visible h2").allTextContents(), ["articles/hostile.txt"]);
  await page.locator("#search").fill("no such words anywhere");
  assert.equal(await page.locator("article.doc:visible").count(), 0);
});

test("choosing a finding in the list shows it in the text", async () => {
  await reset();
  const harbour = article("harbour-vote.txt");
  await harbour.locator("details.list summary").click();
  await harbour.locator("li[data-r='QT0001']").click();
  const tip = page.locator("#tip");
  assert.equal(await tip.isVisible(), true);
  assert.match(await tip.innerText(), /Ingrid Salo/);
  await page.keyboard.press("Escape");
  assert.equal(await tip.isVisible(), false);
});
