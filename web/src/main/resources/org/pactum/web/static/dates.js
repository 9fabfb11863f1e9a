// Key dates: expirations, renewals, notice deadlines and obligations due, each with its working and
// a link to its source; exports and a calendar subscription.

import { $, el, showError } from "./dom.js";
import { api } from "./session.js";
import { showSection } from "./router.js";

const KIND_LABELS = { EXPIRATION: "Expires", RENEWAL: "Renews", NOTICE_DEADLINE: "Notice deadline", OBLIGATION_DUE: "Obligation due" };
let latest = 0;

function datesQuery() {
  const p = new URLSearchParams();
  if ($("dates-within").value) p.set("within", $("dates-within").value);
  if ($("dates-kind").value) p.set("kind", $("dates-kind").value);
  if ($("dates-auto").checked) p.set("autoRenews", "true");
  if ($("dates-expired").checked) p.set("expired", "true");
  return p.toString();
}

function monthName(yearMonth) {
  const [y, m] = yearMonth.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString("en", { month: "long", year: "numeric", timeZone: "UTC" });
}

export async function showDates() {
  const mine = ++latest;
  showSection("dates");
  $("dates-error").hidden = true;
  const query = datesQuery();
  $("export-csv").href = `/api/export/dates.csv?${query}`;
  $("export-ics").href = `/api/export/dates.ics?${query}`;
  $("export-json").href = `/api/export/dates.json?${query}`;
  try {
    const dates = await api(`/api/dates?${query}`);
    if (mine !== latest) return; // a later filter change is being answered
    $("dates-summary").textContent = `${dates.length} key date(s)`;
    // a timeline: the dates in order under a heading for each month
    const rows = [];
    let month = null;
    for (const d of dates) {
      if (d.date.slice(0, 7) !== month) {
        month = d.date.slice(0, 7);
        rows.push(el("tr", { class: "month" }, el("td", { colspan: "4" }, monthName(month))));
      }
      rows.push(el("tr", { class: d.kind.toLowerCase() },
        el("td", { class: "when" }, d.date),
        el("td", {}, el("span", { class: "badge" }, KIND_LABELS[d.kind] || d.kind)),
        el("td", {}, el("a", { href: `/?doc=${encodeURIComponent(d.sourceContractId || d.contractId)}&start=${d.start}&end=${d.end}`, class: "source-link" }, d.title)),
        el("td", { class: "derivation" }, d.derivation, " ", el("span", { class: "page" }, `(p. ${d.page})`),
          el("ul", { class: "inputs" }, ...(d.inputs || []).map((i) => el("li", {},
            el("a", { href: `/?doc=${encodeURIComponent(i.contractId || d.contractId)}&start=${i.start}&end=${i.end}`, class: "input-link" },
              `${i.name}: ${i.value}`), " ", el("span", { class: "page" }, `p. ${i.page}`),
            i.extractor && i.extractor.startsWith("correction by ") ? el("span", { class: "by" }, ` (${i.extractor.replace("correction ", "corrected ")})`) : ""))))));
    }
    $("dates-table").querySelector("tbody").replaceChildren(...rows);
  } catch (e) {
    showError("dates-error", e);
  }
}

export function initDates() {
  $("dates-filter").addEventListener("change", showDates);
  $("subscribe").addEventListener("click", async () => {
    try {
      const feed = await api("/api/feeds", { method: "POST" });
      $("feed-url").value = feed.url;
      $("feed").hidden = false;
      $("feed-url").select();
    } catch (e) {
      showError("dates-error", e);
    }
  });
}
