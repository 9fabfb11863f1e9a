// Documents and search: contracts or clauses, highlighted passages, facets, similar clauses, clauses picked for comparing.

import { $, el, showError } from "./dom.js";
import { api } from "./session.js";
import { navigate, showSection } from "./router.js";

const PAGE_SIZE = 20;
const FILTERS = ["category", "party", "law", "type", "tag", "review", "renewal", "notice", "from", "to"];
const FACET_NAMES = { category: "Clause type", party: "Party", law: "Governing law", type: "Contract type", year: "Year", tag: "Tag", review: "Review state",
  renewal: "Renewal", notice: "Notice against renewal" };
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
    meta.append(" ", el("label", { class: "pick-label" }, box, " compare"),
      " ", el("button", { type: "button", class: "quiet show-similar", "data-clause": hit.clauseId }, "Similar clauses"));
    if (hit.deviation) {
      meta.append(" ", el("span", { class: "deviation", title: `measured against ${hit.deviation.standardName}` },
        `${Math.round(100 * hit.deviation.deviation)}% different from the standard`),
        " ", el("button", { type: "button", class: "quiet compare-pair", "data-ids": `${hit.deviation.standardId},${hit.clauseId}` },
          "Compare with the standard"));
    }
  }
  li.append(meta);
  for (const s of hit.snippets) li.append(snippetNode(s));
  return li;
}

/** Other contracts' clauses worded most like a clause: each can be opened or compared with it. */
async function showSimilar(button) {
  const li = button.closest("li");
  const shown = li.querySelector(".similar");
  if (shown) { shown.remove(); return; }
  const box = el("div", { class: "similar" }, el("p", { class: "meta" }, "Looking for similar clauses…"));
  li.append(box);
  try {
    const found = await api(`/api/clauses/${encodeURIComponent(button.dataset.clause)}/similar?limit=5`);
    if (!found.length) { box.replaceChildren(el("p", { class: "meta" }, "No other contract has a clause of this type worded like it.")); return; }
    box.replaceChildren(el("h4", {}, "Worded most like this in other contracts"), el("ol", {}, ...found.map((s) =>
      el("li", { "data-id": s.clause.contractId },
        el("a", { class: "title", href: `/?doc=${encodeURIComponent(s.clause.contractId)}` }, s.clause.contractTitle),
        el("div", { class: "meta" }, `${Math.round(100 * s.similarity)}% alike · p. ${s.clause.page} `,
          el("button", { type: "button", class: "quiet compare-pair", "data-ids": `${button.dataset.clause},${s.clause.clauseId}` }, "Compare")),
        el("p", { class: "snippet" }, s.clause.text.length > 400 ? `${s.clause.text.slice(0, 400)}…` : s.clause.text)))));
  } catch (e) {
    box.replaceChildren(el("p", { class: "error" }, e.message));
  }
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

/** The list's state from the address: query, scope, filters, order, offset. */
export function listState(params) {
  const state = { q: params.get("q") || "", scope: params.get("scope") || "", offset: Number(params.get("offset") || 0) };
  if (params.get("sort")) state.sort = params.get("sort");
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
  // the clauses of one type can be ordered by how far each strays from the type's standard wording
  const measurable = state.scope === "clauses" && !!state.category;
  $("sort-bar").hidden = !measurable;
  $("sort").value = measurable && state.sort === "deviation" ? "deviation" : "";
  if (measurable && state.sort === "deviation") params.set("sort", "deviation");
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
  $("sort").addEventListener("change", () => {
    const state = { ...here(), offset: 0 };
    if ($("sort").value) state.sort = $("sort").value; else delete state.sort;
    navigate(state);
  });
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
  $("hits").addEventListener("click", (e) => {
    const similar = e.target.closest("button.show-similar");
    if (similar) { showSimilar(similar); return; }
    const pair = e.target.closest("button.compare-pair");
    if (pair) navigate({ page: "compare", ids: pair.dataset.ids });
  });
  $("compare-selected").addEventListener("click", () => navigate({ page: "compare", ids: [...selected].join(",") }));
  document.addEventListener("click", (e) => {
    const a = e.target.closest("a.title");
    if (a) { e.preventDefault(); navigate({ doc: a.closest("li").dataset.id }); }
  });
}
