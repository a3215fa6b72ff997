"use strict";
// Filters, search and finding tooltips of the HTML report. Everything it shows is already in the page, escaped
// by the writer; this script only hides, shows, and copies the report's own elements.
(() => {
  // The writer streams the articles first and writes the overview and filters last; put them first in the page,
  // so that headings, keyboard focus and screen readers meet them first too.
  const overview = document.getElementById("overview");
  const filters = document.getElementById("filters");
  document.body.prepend(overview, filters);
  const search = document.getElementById("search");
  const status = document.getElementById("status");
  const showClean = document.getElementById("show-clean");
  const tip = document.getElementById("tip");
  const articles = Array.from(document.querySelectorAll("article.doc"));
  let shown = null;
  let pinned = false;

  const plural = (count, word) => `${count.toLocaleString("en")} ${word}${count === 1 ? "" : "s"}`;

  const enabled = kind =>
    new Set(Array.from(filters.querySelectorAll(`input[data-filter="${kind}"]:checked`), input => input.value));

  const listItem = mark => document.getElementById(`${mark.closest("article").id}-f${mark.dataset.d}`);

  function apply() {
    const severities = enabled("severity");
    const plugins = enabled("plugin");
    const rules = enabled("rule");
    const query = search.value.trim().toLocaleLowerCase();
    let shownArticles = 0;
    let shownFindings = 0;
    for (const article of articles) {
      let visible = 0;
      for (const element of article.querySelectorAll("[data-d]")) {
        const on = severities.has(element.dataset.s) && plugins.has(element.dataset.p) && rules.has(element.dataset.r);
        if (element.tagName === "LI") {
          element.hidden = !on;
          visible += on ? 1 : 0;
        } else {
          element.classList.toggle("off", !on);
        }
      }

      const matches = query === "" || article.textContent.toLocaleLowerCase().includes(query);
      const clean = article.classList.contains("clean");
      article.hidden = !matches || (clean ? !showClean.checked : visible === 0);
      shownArticles += article.hidden ? 0 : 1;
      shownFindings += article.hidden ? 0 : visible;
    }

    document.body.classList.toggle("show-clean", showClean.checked);
    status.textContent = `Showing ${plural(shownArticles, "article")} and ${plural(shownFindings, "finding")}`;
    hide();
  }

  function show(mark, pin) {
    const chain = [];
    for (let at = mark; at; at = at.parentElement.closest("mark.f")) {
      if (!at.classList.contains("off") && !chain.some(seen => seen.dataset.d === at.dataset.d)) {
        chain.push(at);
      }
    }

    tip.replaceChildren(...chain.map(at => {
      const copy = listItem(at).cloneNode(true);
      copy.removeAttribute("id");
      copy.hidden = false;
      return copy;
    }));
    tip.hidden = false;
    shown = mark;
    pinned = pin;
    const box = mark.getBoundingClientRect();
    const left = Math.max(8, Math.min(box.left, window.innerWidth - tip.offsetWidth - 8));
    const below = box.bottom + 6;
    const top = below + tip.offsetHeight > window.innerHeight ? Math.max(8, box.top - tip.offsetHeight - 6) : below;
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  }

  function hide() {
    tip.hidden = true;
    shown = null;
    pinned = false;
  }

  const markAt = target => target instanceof Element ? target.closest("mark.f:not(.off), .badge:not(.off)") : null;

  document.addEventListener("mouseover", event => {
    if (pinned) {
      return;
    }

    const mark = markAt(event.target);
    if (mark) {
      show(mark, false);
    } else if (!tip.contains(event.target)) {
      hide();
    }
  });

  document.addEventListener("focusin", event => {
    const mark = markAt(event.target);
    if (mark) {
      show(mark, false);
    }
  });

  document.addEventListener("click", event => {
    const mark = markAt(event.target);
    const item = event.target instanceof Element && !event.target.closest("a") ? event.target.closest("li.finding[id]") : null;
    if (mark) {
      show(mark, true);
    } else if (item) {
      const first = item.closest("article").querySelector(`[data-d="${item.dataset.d}"]:not(li)`);
      if (!first) {
        return;
      }

      first.scrollIntoView({ block: "center" });
      first.classList.remove("flash");
      void first.offsetWidth;
      first.classList.add("flash");
      show(first, true);
    } else if (!tip.contains(event.target)) {
      hide();
    }
  });

  document.addEventListener("keydown", event => {
    if (event.key === "Escape") {
      hide();
    } else if (event.key === "Enter" && markAt(event.target)) {
      show(markAt(event.target), true);
    }
  });

  window.addEventListener("scroll", () => { if (shown) show(shown, pinned); }, { passive: true });
  filters.addEventListener("input", apply);
  apply();
})();
