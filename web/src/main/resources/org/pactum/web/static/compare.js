// Clauses side by side: each diffed word by word against the first, or against the team's standard wording.

import { $, el, showError } from "./dom.js";
import { api } from "./session.js";
import { navigate, showSection } from "./router.js";

/** A diff against the base: runs in both as text, removed ones struck out, added ones underlined. */
export function diffNode(segments) {
  const p = el("p", { class: "diff" });
  for (const s of segments) {
    if (s.change === "SAME") p.append(document.createTextNode(s.text));
    else p.append(el(s.change === "REMOVED" ? "del" : "ins", {}, s.text));
  }
  return p;
}

function passageHeader(p) {
  const h = el("h2", {});
  h.append(p.contractId ? el("a", { href: `/?doc=${encodeURIComponent(p.contractId)}`, class: "source-link" }, p.label) : p.label);
  if (p.page) h.append(" ", el("span", { class: "page" }, `p. ${p.page}`));
  return h;
}

export async function showCompare(ids, order = "") {
  showSection("compare");
  $("compare-error").hidden = true;
  $("compare-order").value = order === "deviation" ? "deviation" : "";
  try {
    const c = await api(`/api/compare?ids=${encodeURIComponent(ids.join(","))}${order === "deviation" ? "&sort=deviation" : ""}`);
    // the team's standard wording for the clause's type, to measure these clauses against
    const standards = (await api("/api/library")).filter((s) => c.base.categories.includes(s.category) && !ids.includes(s.id));
    $("compare-standards").replaceChildren(...(standards.length ? ["Compare against the standard: "] : []),
      ...standards.map((s) => el("button", { type: "button", class: "quiet against-standard", "data-id": s.id }, `${s.category}: ${s.name}`)));
    $("compare-standards").hidden = standards.length === 0;
    $("compare-base").replaceChildren(el("div", { class: "passage base" }, passageHeader(c.base), el("p", {}, c.base.text)));
    $("compare-others").replaceChildren(...c.others.map((o) => el("div", { class: "passage" },
      passageHeader(o.passage),
      el("p", { class: "similarity" }, `${Math.round(100 * o.difference.similarity)}% the same words`),
      diffNode(o.difference.segments))));
  } catch (e) {
    showError("compare-error", e);
  }
}

export function initCompare() {
  $("compare-standards").addEventListener("click", (e) => {
    const b = e.target.closest("button.against-standard");
    if (!b) return;
    const ids = (new URLSearchParams(location.search).get("ids") || "").split(",").filter((id) => id && !id.startsWith("std-"));
    navigate({ page: "compare", ids: [b.dataset.id, ...ids].join(",") });
  });
  $("compare-order").addEventListener("change", () => {
    const params = new URLSearchParams(location.search);
    const state = { page: "compare", ids: params.get("ids") || "" };
    if ($("compare-order").value) state.sort = $("compare-order").value;
    navigate(state);
  });
}
