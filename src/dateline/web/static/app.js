"use strict";
const form = document.getElementById("search");
const statusLine = document.getElementById("status");
const list = document.getElementById("timeline");
const volume = document.getElementById("volume");
const exportsLine = document.getElementById("exports");
const SVG = "http://www.w3.org/2000/svg";

function params() {
  const values = new URLSearchParams();
  const query = document.getElementById("q").value.trim();
  values.set("query", query);
  for (const name of ["from", "to", "dates"]) {
    const value = document.getElementById(name).value;
    if (value) values.set(name, value);
  }
  return values;
}

function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

function drawVolume(days, selected) {
  volume.replaceChildren();
  if (!days.length) return;
  const width = 900, height = 120, pad = 4;
  const first = Date.parse(days[0].date), last = Date.parse(days[days.length - 1].date);
  const span = Math.max(last - first, 86400000);
  const top = Math.max(...days.map((d) => d.articles));
  const x = (iso) => pad + ((Date.parse(iso) - first) / span) * (width - 2 * pad);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height + 20}`, role: "img", class: "chart" });
  chart.append(el("title", { text: `Articles per day, ${days[0].date} to ${days[days.length - 1].date}; timeline dates marked` }));
  for (const day of days) {
    const h = (day.articles / top) * height;
    const bar = svg("rect", { x: x(day.date) - 1, y: height - h, width: 2.5, height: h, class: "bar" });
    bar.append(svg("title", {}));
    bar.lastChild.textContent = `${day.date}: ${day.articles} articles`;
    chart.append(bar);
  }
  for (const iso of selected) {
    const time = Date.parse(iso.length === 4 ? iso + "-01-01" : iso.length === 7 ? iso + "-01" : iso);
    if (Number.isNaN(time) || time < first || time > last) continue;
    chart.append(svg("line", { x1: x(new Date(time).toISOString().slice(0, 10)), x2: x(new Date(time).toISOString().slice(0, 10)), y1: 0, y2: height, class: "mark" }));
  }
  chart.append(Object.assign(svg("text", { x: pad, y: height + 16, class: "axis" }), { textContent: days[0].date }));
  const end = svg("text", { x: width - pad, y: height + 16, class: "axis", "text-anchor": "end" });
  end.textContent = days[days.length - 1].date;
  chart.append(end);
  volume.append(chart);
}

function sourcesPanel(entry, panelId) {
  const panel = el("div", { id: panelId, class: "sources", hidden: "hidden" });
  const items = el("ul", { class: "source-list" });
  for (const sentence of entry.sentences) {
    const copies = entry.sources.filter((s) => s.article_id === sentence.article_id);
    const own = copies[0] || { title: sentence.context.title, publisher: "", published: "" };
    const context = el("blockquote", { class: "context" }, [
      sentence.context.before ? "…" + sentence.context.before : "",
      el("mark", { text: sentence.context.sentence }),
      sentence.context.after ? sentence.context.after + "…" : "",
    ]);
    const meta = [own.publisher, own.published].filter(Boolean).join(" · ");
    items.append(el("li", {}, [
      el("a", { href: articleLink(sentence.article_id, sentence.start, sentence.end), text: own.title || sentence.article_id }),
      meta ? el("span", { class: "meta", text: " — " + meta }) : "",
      context,
    ]));
  }
  const others = entry.sources.filter((s) => !entry.sentences.some((t) => t.article_id === s.article_id));
  if (others.length) {
    items.append(el("li", { class: "also" }, [`Also reported in ${others.length} cop${others.length === 1 ? "y" : "ies"}: `,
      ...others.map((s, i) => el("a", { href: articleLink(s.article_id), text: (i ? ", " : "") + (s.publisher || s.title) }))]));
  }
  panel.append(items);
  return panel;
}

function drawTimeline(data) {
  list.replaceChildren();
  data.entries.forEach((entry, index) => {
    const panelId = `sources-${index}-${safeId(entry.date)}`;
    const button = el("button", { type: "button", class: "toggle", "aria-expanded": "false", "aria-controls": panelId,
      text: `Sources (${entry.sources.length})` });
    const panel = sourcesPanel(entry, panelId);
    button.addEventListener("click", () => {
      const open = button.getAttribute("aria-expanded") === "true";
      button.setAttribute("aria-expanded", String(!open));
      panel.hidden = open;
    });
    const sentences = el("ul", { class: "summary" }, entry.sentences.map((s) => el("li", { text: s.text })));
    const rewritten = entry.summary ? [el("p", { class: "rewritten", text: entry.summary })] : [];
    list.append(el("li", { class: "entry", "data-granularity": entry.granularity }, [
      el("h2", {}, [el("time", { datetime: entry.date, text: entry.date }),
        entry.announced_ahead ? el("span", { class: "ahead", title: "Every source was published before this date: a plan or forecast, not a report.", text: "announced ahead" }) : ""]),
      ...rewritten, sentences, button, panel,
    ]));
  });
}

function setExports(values) {
  for (const format of ["md", "json", "csv", "timelinejs", "tilse"]) {
    const link = document.getElementById(`export-${format}`);
    const copy = new URLSearchParams(values);
    copy.set("format", format);
    link.href = `/api/timeline?${copy}`;
  }
  exportsLine.hidden = false;
}

async function run() {
  const values = params();
  statusLine.textContent = "Building the timeline…";
  history.replaceState(null, "", `/?${values}`);
  try {
    const [data, stats] = await Promise.all([getJSON(`/api/timeline?${values}`), getJSON("/api/stats")]);
    drawVolume(stats.volume, data.entries.map((e) => e.date));
    drawTimeline(data);
    setExports(values);
    statusLine.textContent = data.entries.length
      ? `${data.entries.length} date${data.entries.length === 1 ? "" : "s"} for “${data.query || "all articles"}”.`
      : `No dated events found for “${data.query}”.`;
    if (data.stories_left_out) {
      statusLine.textContent += ` ${data.stories_left_out} more matching stories were left out: narrow the query or the dates to include them.`;
    }
  } catch (error) {
    statusLine.textContent = `Could not build the timeline (${error.message}).`;
  }
}

form.addEventListener("submit", (event) => { event.preventDefault(); run(); });
const start = new URLSearchParams(location.search);
if (start.has("query")) {
  document.getElementById("q").value = start.get("query");
  for (const name of ["from", "to", "dates"]) if (start.get(name)) document.getElementById(name).value = start.get(name);
  run();
}
