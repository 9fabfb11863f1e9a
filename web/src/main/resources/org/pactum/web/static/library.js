// Standard clauses: the team's wording per clause type (or the usual wording learned from the contracts), and every clause of the type by deviation.

import { $, el, showError } from "./dom.js";
import { api, auth, json } from "./session.js";
import { navigate, showSection } from "./router.js";
import { diffNode } from "./compare.js";

export async function showLibrary(category) {
  showSection("library");
  $("library-error").hidden = true;
  $("library-form").hidden = auth.session.role === "viewer";
  try {
    const [standards, counts] = await Promise.all([api("/api/library"), api("/api/search?q=&scope=clauses&limit=1")]);
    $("categories").replaceChildren(...(counts.facets.category || []).map((c) => el("option", { value: c.value })));
    // without a curated clause, a type is measured against the usual wording learned from the contracts
    const curated = new Set(standards.map((s) => s.category));
    $("usual-types").replaceChildren(...(counts.facets.category || []).filter((c) => !curated.has(c.value) && c.count > 1)
      .slice(0, 30).map((c) => el("button", { type: "button", class: "facet show-deviations", "data-category": c.value },
        c.value, " ", el("span", { class: "count" }, `(${c.count})`))));
    $("standards").replaceChildren(...standards.map((s) => el("li", { class: "passage" },
      el("h2", {}, `${s.category}: ${s.name}`, " ",
        el("button", { type: "button", class: "quiet show-deviations", "data-category": s.category }, "Show deviations"),
        ...(auth.session.role === "viewer" ? [] : [" ", el("button", { type: "button", class: "quiet danger remove-standard", "data-id": s.id }, "Remove")])),
      el("p", {}, s.text))));
    if (category) await showDeviations(category);
    else { $("deviations-title").hidden = true; $("deviations").replaceChildren(); }
  } catch (e) {
    showError("library-error", e);
  }
}

async function showDeviations(category) {
  const page = await api(`/api/library/deviations?category=${encodeURIComponent(category)}&limit=50`);
  $("deviations-title").textContent = `${page.category}: ${page.total} clause(s), the most deviant first`;
  $("deviations-title").hidden = false;
  $("deviations").replaceChildren(...page.deviations.map((d) => el("li", { class: "passage deviation" },
    el("h2", {}, el("a", { href: `/?doc=${encodeURIComponent(d.clause.contractId)}&start=${d.clause.start}&end=${d.clause.end}`, class: "source-link" },
      d.clause.contractTitle), " ", el("span", { class: "page" }, `p. ${d.clause.page}`)),
    el("p", { class: "similarity" }, `deviation ${Math.round(100 * d.deviation)}% from “${d.standardName}”`),
    diffNode(d.difference.segments))));
}

export function initLibrary() {
  $("library-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    $("library-error").hidden = true;
    try {
      const added = await api("/api/library", json("POST",
        { category: $("std-category").value, name: $("std-name").value, text: $("std-text").value }));
      $("std-name").value = "";
      $("std-text").value = "";
      navigate({ page: "library", category: added.category });
    } catch (err) {
      showError("library-error", err);
    }
  });
  $("usual-types").addEventListener("click", (e) => {
    const show = e.target.closest("button.show-deviations");
    if (show) navigate({ page: "library", category: show.dataset.category });
  });
  $("standards").addEventListener("click", async (e) => {
    const show = e.target.closest("button.show-deviations");
    if (show) { navigate({ page: "library", category: show.dataset.category }); return; }
    const remove = e.target.closest("button.remove-standard");
    if (!remove) return;
    try {
      await api(`/api/library/${encodeURIComponent(remove.dataset.id)}`, { method: "DELETE" });
      showLibrary();
    } catch (err) {
      showError("library-error", err);
    }
  });
}
