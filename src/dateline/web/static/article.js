"use strict";
const container = document.getElementById("article");

const LONG_PARAGRAPH = 20000;  // longer ones are cut for display: laying out 1 MB stalls a browser

function textWithHighlight(text, start, end) {
  // The sentence a timeline quoted, marked in its article.
  const body = el("div", { class: "body" });
  let offset = 0;
  for (const whole of text.split("\n")) {
    const from = offset, to = offset + whole.length;
    const paragraph = whole.length > LONG_PARAGRAPH ? whole.slice(0, LONG_PARAGRAPH) : whole;
    const p = el("p");
    if (whole.length > LONG_PARAGRAPH) {
      p.append(paragraph, el("span", { class: "cut", text: ` … [paragraph cut: ${whole.length.toLocaleString()} characters; the full text is in the API]` }));
    } else if (start !== null && start < to && end > from) {
      const a = Math.max(start - from, 0), b = Math.min(end - from, paragraph.length);
      p.append(paragraph.slice(0, a), el("mark", { id: "quoted", text: paragraph.slice(a, b) }), paragraph.slice(b));
    } else {
      p.textContent = paragraph;
    }
    body.append(p);
    offset = to + 1;
  }
  return body;
}

function sourcesTable(sources) {
  const table = el("table", { class: "copies" }, [
    el("caption", { text: "Copies of this article (sources)" }),
    el("thead", {}, [el("tr", {}, ["file", "URL", "publisher", "date", "match"].map((h) => el("th", { scope: "col", text: h })))]),
  ]);
  const body = el("tbody");
  for (const source of sources) {
    const url = source.url && /^https?:\/\//i.test(source.url)
      ? el("a", { href: source.url, rel: "noopener noreferrer nofollow", text: source.url }) : (source.url || "");
    body.append(el("tr", {}, [
      el("td", { text: source.file_path + (source.locator ? ` (${source.locator})` : "") }), el("td", {}, [url]),
      el("td", { text: source.publisher || "" }), el("td", { text: source.published || "" }),
      el("td", { text: source.match_kind + (source.similarity ? ` ${source.similarity.toFixed(2)}` : "") }),
    ]));
  }
  table.append(body);
  return table;
}

async function show() {
  const id = decodeURIComponent(location.pathname.split("/").pop());
  const query = new URLSearchParams(location.search);
  const start = query.has("start") ? Number(query.get("start")) : null;
  const end = query.has("end") ? Number(query.get("end")) : null;
  try {
    const article = await getJSON(`/api/articles/${encodeURIComponent(id)}`);
    document.title = `dateline — ${article.title}`;
    const dated = article.published
      ? `Published ${article.published} (${article.published_method}${article.published_confidence ? ", confidence " + article.published_confidence : ""})`
      : "Publication date unknown";
    const duplicates = el("ul", { class: "duplicates" }, article.duplicates.map((d) =>
      el("li", {}, [el("a", { href: articleLink(d.id), text: d.title }), d.is_canonical ? " (canonical)" : "", d.published ? ` — ${d.published}` : ""])));
    container.replaceChildren(
      el("h1", { text: article.title }),
      el("p", { class: "meta", text: `${dated} · story ${article.story}${article.is_canonical ? " · canonical copy" : ""}${article.truncated ? " · looks cut by a paywall" : ""}` }),
      textWithHighlight(article.text, start, end),
      sourcesTable(article.sources),
      el("h2", { text: `Duplicates in the same story (${article.duplicates.length})` }),
      article.duplicates.length ? duplicates : el("p", { text: "None." }),
      el("details", {}, [el("summary", { text: `Lines removed as site furniture (${article.provenance.filter((p) => p.stage === "clean").length})` }),
        el("ul", {}, article.provenance.filter((p) => p.stage === "clean").map((p) => el("li", { text: `${p.kind}: ${p.detail}` })))]),
    );
    const quoted = document.getElementById("quoted");
    if (quoted) quoted.scrollIntoView({ block: "center" });
  } catch (error) {
    container.replaceChildren(el("p", { class: "status", text: `Could not load the article (${error.message}).` }));
  }
}
show();
