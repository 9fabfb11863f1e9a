// A party's contracts with their key terms in one table: what procurement looks up about a supplier.

import { $, el, showError } from "./dom.js";
import { api } from "./session.js";
import { navigate, showSection } from "./router.js";

export async function showParty(name) {
  showSection("party");
  $("party-error").hidden = true;
  $("party-name").value = name || "";
  try {
    const counts = await api("/api/search?q=&limit=1");
    $("party-names").replaceChildren(...(counts.facets.party || []).map((p) => el("option", { value: p.value })));
    if (!name) { $("party-table").hidden = true; $("party-summary").textContent = ""; return; }
    const rows = await api(`/api/parties/contracts?name=${encodeURIComponent(name)}`);
    $("party-summary").textContent = `${rows.length} contract(s) with a party named like “${name}”`;
    const cell = (v) => el("td", {}, v ?? "—");
    $("party-table").querySelector("tbody").replaceChildren(...rows.map((r) => el("tr", {},
      el("td", {}, el("a", { href: `/?doc=${encodeURIComponent(r.contractId)}`, class: "source-link" }, r.title)),
      cell(r.as || r.party), cell(r.effectiveDate), cell(r.expirationDate),
      cell(renewal(r)), cell(r.noticePeriod),
      cell(r.terminationNotice), cell(r.governingLaw), cell(r.paymentTerms), cell(r.liabilityCap), cell(r.largestAmount),
      cell(r.tags.join(", ")))));
    $("party-table").hidden = false;
  } catch (e) {
    showError("party-error", e);
  }
}

/** The renewal cell: its length, marked where a party must choose it; a contract that goes on unless notice is given says so. */
function renewal(r) {
  if (r.renewalTerm) return `${r.renewalTerm}${r.autoRenewal === false ? " (option)" : ""}`;
  return r.autoRenewal ? "until notice" : null;
}

export function initParty() {
  $("party-form").addEventListener("submit", (e) => { e.preventDefault(); navigate({ page: "party", name: $("party-name").value.trim() }); });
}
