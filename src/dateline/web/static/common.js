"use strict";
// Every piece of article text goes in through textContent: it is never parsed as HTML.
function el(tag, attributes, children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "text") node.textContent = String(value);
    else node.setAttribute(name, String(value));
  }
  for (const child of children || []) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (error) { /* not JSON */ }
    throw new Error(`${response.status}: ${detail}`);
  }
  return response.json();
}

function safeId(text) {
  return String(text).replace(/[^A-Za-z0-9_-]/g, "-");
}

function articleLink(id, start, end) {
  const params = new URLSearchParams();
  if (start !== undefined) { params.set("start", start); params.set("end", end); }
  const query = params.toString();
  return `/article/${encodeURIComponent(id)}${query ? "?" + query : ""}`;
}
