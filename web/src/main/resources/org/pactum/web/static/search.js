// Documents and search: contracts or clauses, highlighted passages, facets, clauses picked for comparing.

import { $, el, showError } from "./dom.js";
import { api } from "./session.js";
import { navigate, showSection } from "./router.js";

const PAGE_SIZE = 20;
const FILTERS = ["category", "party", "law", "type", "tag", "from", "to"];
const FACET_NAMES = { category: "Clause type", party: "Party", law: "Governing law", type: "Contract type", year: "Year", tag: "Tag" };
const selected = new Set();

function snippetNode(snippet) {
  const p = el("p", { class: "snippet" }, el("span", { class: "page" }, `p. ${snippet.page}`));
  let at = 0;
  for (const m of snippet.matches) {
    p.append(document.createTextNode(snippet.text.slice(at, m.start)));
    p.append(el("mark", {}, snippet.text.slice(m.start, m.end)));
    at = m.end;
  }
  p.append(document.createTextNode(snippet.text.slice(at)));
  return p;
}

function hitNode(hit) {
  const li = el("li", { "data-id": hit.contractId });
  li.append(el("a", { class: "title", href: `/?doc=${encodeURIComponent(hit.contractId)}` }, hit.title));
  const meta = el("div", { class: "meta" }, hit.fileName, " ");
  meta.append(el("span", { class: hit.status === "indexed" ? "badge" : "badge problem" }, hit.status));
  if (hit.clauseId) {
    meta.append(" ", ...hit.categories.map((c) => el("span", { class: "badge category" }, c)));
    const box = el("input", { type: "checkbox", class: "pick-clause", "data-clause": hit.clauseId, "aria-label": "select to compare" });
    box.checked = selected.has(hit.clauseId);
    meta.append(" ", el("label", { class: "pick-label" }, box, " compare"));
  }
  li.append(meta);
  for (const s of hit.snippets) li.append(snippetNode(s));
  return li;
}

function facetNodes(facets) {
  const out = [];
  for (const [dim, values] of Object.entries(facets || {})) {
    if (!values.length) continue;
    out.push(el("h3", {}, FACET_NAMES[dim] || dim));
    const list = el("ul", {});
    for (const v of values.slice(0, 8)) {
      list.append(el("li", {}, el("button", { type: "button", class: "facet", "data-dim": dim, "data-value": v.value }, v.value, " ",
        el("span", { class: "count" }, `(${v.count})`))));
    }
    out.push(list);
  }
  return out;
}

function filterChips(state) {
  return FILTERS.filter((f) => state[f]).map((f) =>
    el("button", { type: "button", class: "chip", "data-remove": f }, `${f}: ${state[f]} ×`));
}

function updateCompareBar() {
  $("compare-bar").hidden = selected.size < 2;
  $("compare-count").textContent = `${selected.size} selected`;
}

/** The list's state from the address: query, scope, filters, offset. */
export function listState(params) {
  const state = { q: params.get("q") || "", scope: params.get("scope") || "", offset: Number(params.get("offset") || 0) };
  for (const f of FILTERS) if (params.get(f)) state[f] = params.get(f);
  return state;
}

export async function showList(state) {
  showSection("results");
  $("error").hidden = true;
  const query = state.q || "";
  const offset = Number(state.offset || 0);
  $("q").value = query;
  $("scope").value = state.scope || "contracts";
  const params = new URLSearchParams({ q: query, offset, limit: PAGE_SIZE, scope: state.scope || "contracts" });
  for (const f of FILTERS) if (state[f]) params.set(f, state[f]);
  try {
    const result = await api(`/api/search?${params}`);
    $("hits").replaceChildren(...result.hits.map(hitNode));
    const shown = result.hits.length ? `${offset + 1}–${offset + result.hits.length} of ${result.total}` : "none";
    const what = state.scope === "clauses" ? "Clauses" : "Documents";
    $("summary").textContent = query ? `${what} matching “${query}”: ${shown}` : `All ${what.toLowerCase()}: ${shown}`;
    $("filters").replaceChildren(...filterChips(state));
    $("facets").replaceChildren(...facetNodes(result.facets));
    $("pager").hidden = result.total <= PAGE_SIZE;
    $("prev").disabled = offset === 0;
    $("next").disabled = offset + PAGE_SIZE >= result.total;
    $("prev").onclick = () => navigate({ ...state, offset: Math.max(0, offset - PAGE_SIZE) });
    $("next").onclick = () => navigate({ ...state, offset: offset + PAGE_SIZE });
    updateCompareBar();
  } catch (e) {
    if (e.name !== "SignedOut") { $("hits").replaceChildren(); $("summary").textContent = ""; }
    showError("error", e);
  }
}

function here() {
  return listState(new URLSearchParams(location.search));
}

export function initSearch() {
  $("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    navigate({ ...here(), q: $("q").value.trim(), scope: $("scope").value === "clauses" ? "clauses" : "", offset: 0 });
  });
  $("scope").addEventListener("change", () => $("search-form").requestSubmit());
  $("facets").addEventListener("click", (e) => {
    const b = e.target.closest("button.facet");
    if (!b) return;
    const state = here();
    if (b.dataset.dim === "year") { state.from = b.dataset.value; state.to = b.dataset.value; }
    else state[b.dataset.dim] = b.dataset.value;
    navigate({ ...state, offset: 0 });
  });
  $("filters").addEventListener("click", (e) => {
    const b = e.target.closest("button.chip");
    if (!b) return;
    const state = here();
    delete state[b.dataset.remove];
    navigate({ ...state, offset: 0 });
  });
  $("hits").addEventListener("change", (e) => {
    const box = e.target.closest("input.pick-clause");
    if (!box) return;
    if (box.checked) selected.add(box.dataset.clause); else selected.delete(box.dataset.clause);
    updateCompareBar();
  });
  $("compare-selected").addEventListener("click", () => navigate({ page: "compare", ids: [...selected].join(",") }));
  document.addEventListener("click", (e) => {
    const a = e.target.closest("a.title");
    if (a) { e.preventDefault(); navigate({ doc: a.closest("li").dataset.id }); }
  });
}
