// One document: its text (or a PDF's original pages) beside its extracted values, each of which shows
// its source when clicked; tags, notes and corrections for editors, deletion for admins.

import { $, el, showError } from "./dom.js";
import { api, auth, json } from "./session.js";
import { navigate, showSection } from "./router.js";

const PDFJS = "/webjars/pdfjs-dist/5.4.624/build";
const FIELD_HINTS = { parties: "Name (Alias); Other Name (Alias)", agreementDate: "YYYY-MM-DD", effectiveDate: "YYYY-MM-DD", expirationDate: "YYYY-MM-DD",
  renewalTerm: "an ISO period such as P1Y", noticePeriod: "an ISO period such as P90D" };

let currentDoc = null;
let pdfShownFor = null;

const docPath = (suffix = "") => `/api/documents/${encodeURIComponent(currentDoc.id)}${suffix}`;

export async function showDocument(id, source) {
  showSection("document");
  try {
    const doc = await api(`/api/documents/${encodeURIComponent(id)}`);
    currentDoc = doc;
    pdfShownFor = null;
    $("doc-title").textContent = doc.title;
    const facts = [["File", doc.fileName], ["Status", doc.status + (doc.statusMessage ? ` (${doc.statusMessage})` : "")],
      ["Type", doc.mediaType], ["Pages", doc.pages.pageStarts.length], ["Stored", doc.ingestedAt], ["SHA-256", doc.sha256]];
    $("doc-facts").replaceChildren(...facts.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
    $("doc-original").href = docPath("/original");
    $("doc-delete").hidden = auth.session.role !== "admin";
    $("tag-editor").hidden = auth.session.role === "viewer";
    $("note-form").hidden = auth.session.role === "viewer";
    $("doc-error").hidden = true;
    showTags(await api(docPath("/tags")));
    showNotes(await api(docPath("/notes")));
    $("doc-views").hidden = doc.mediaType !== "application/pdf" || doc.status !== "indexed" && doc.status !== "needs-ocr";
    showView(false);
    const text = $("doc-text");
    text.replaceChildren();
    const starts = doc.pages.pageStarts;
    starts.forEach((start, i) => {
      const end = i + 1 < starts.length ? starts[i + 1] : doc.text.length;
      if (starts.length > 1) text.append(el("span", { class: "page-break" }, `Page ${i + 1}`));
      text.append(el("div", { class: "page-text", "data-start": start, "data-end": end }, doc.text.slice(start, end)));
    });
    const reviews = new Map((await api(docPath("/review"))).map((r) => [r.field, r]));
    showFamily(await api(docPath("/family")).catch(() => null));
    $("values").replaceChildren(...valueNodes(doc.extraction || {}, reviews));
    if (source) showSource(source.start, source.end);
  } catch (e) {
    if (e.name === "SignedOut") return;
    $("doc-title").textContent = "Document not available";
    $("doc-text").textContent = e.message;
  }
}

// ---- the original, rendered with PDF.js (from its WebJar) ----------------------

function showView(pdf) {
  $("doc-text").hidden = pdf;
  $("doc-pdf").hidden = !pdf;
  $("view-text").setAttribute("aria-pressed", String(!pdf));
  $("view-pdf").setAttribute("aria-pressed", String(pdf));
  if (pdf && pdfShownFor !== currentDoc.id) renderPdf(currentDoc.id);
}

const SCALE = 1.3;

/** PDF.js's own styles for the text layer, loaded the first time a PDF is shown. */
function loadViewerStyles() {
  if (!document.getElementById("pdfjs-styles")) {
    document.head.append(el("link", { id: "pdfjs-styles", rel: "stylesheet", href: `${PDFJS.replace("/build", "/web")}/pdf_viewer.css` }));
  }
}

async function renderPdf(id) {
  pdfShownFor = id;
  const box = $("doc-pdf");
  box.replaceChildren(el("p", { class: "hint" }, "Rendering the original…"));
  try {
    loadViewerStyles();
    const pdfjs = await import(`${PDFJS}/pdf.min.mjs`);
    pdfjs.GlobalWorkerOptions.workerSrc = `${PDFJS}/pdf.worker.min.mjs`;
    const bytes = await (await fetch(`/api/documents/${encodeURIComponent(id)}/original`)).arrayBuffer();
    const pdf = await pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
    box.replaceChildren();
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: SCALE });
      const canvas = el("canvas", { class: "pdf-page" });
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      // the text layer: the page's words as transparent text over the canvas, so a source can be marked
      const words = el("div", { class: "textLayer" });
      const sheet = el("div", { class: "pdf-sheet", id: `pdf-page-${n}`, "aria-label": `page ${n}` }, canvas, words);
      sheet.style.setProperty("--scale-factor", String(SCALE));
      sheet.style.setProperty("--user-unit", "1");
      sheet.style.setProperty("--total-scale-factor", String(SCALE));
      sheet.style.width = `${viewport.width}px`;
      sheet.style.height = `${viewport.height}px`;
      box.append(el("span", { class: "page-break" }, `Page ${n}`), sheet);
      await page.render({ canvasContext: canvas.getContext("2d"), viewport, canvas }).promise;
      await new pdfjs.TextLayer({ textContentSource: await page.getTextContent(), container: words, viewport }).render();
    }
  } catch (e) {
    pdfShownFor = null;
    box.replaceChildren(el("p", { class: "error" }, `The original could not be rendered: ${e.message}`));
  }
}

const squash = (s) => s.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * In the original pages, marks the words of the source on its page (found by their text in the
 * page's text layer) and brings them into view; when they cannot be found, the page itself.
 */
function showSourceInPdf(page, start, end) {
  for (const old of document.querySelectorAll("#doc-pdf .source-page, #doc-pdf .textLayer span.source")) {
    old.classList.remove("source-page", "source");
  }
  const sheet = $(`pdf-page-${page}`);
  if (!sheet) return;
  const spans = [...sheet.querySelectorAll(".textLayer span")].filter((s) => !s.children.length);
  let joined = "";
  const at = spans.map((s) => {
    const from = joined.length;
    joined += squash(s.textContent) + " ";
    return [from, joined.length - 1];
  });
  const wanted = squash(currentDoc.text.slice(start, end));
  const probe = wanted.slice(0, 80);
  const found = probe ? joined.indexOf(probe) : -1;
  if (found < 0) {
    sheet.classList.add("source-page");
    sheet.scrollIntoView({ block: "start" });
    return;
  }
  const last = found + wanted.length;
  const marked = spans.filter((s, i) => at[i][1] > found && at[i][0] < last);
  marked.forEach((s) => s.classList.add("source"));
  (marked[0] || sheet).scrollIntoView({ block: "center" });
}

// ---- extracted values and their sources ----------------------------------------

/** A value that, clicked, shows its source in the text; a corrected one says by whom. */
function valueButton(label, source) {
  const b = el("button", { type: "button", class: "value", "data-start": source.start, "data-end": source.end }, label);
  b.title = `page ${source.page}`;
  if (source.extractor && source.extractor.startsWith("correction by ")) {
    b.classList.add("corrected");
    b.append(" ", el("span", { class: "by" }, `(${source.extractor.replace("correction ", "corrected ")})`));
  }
  return b;
}

/** For editors: a pencil that corrects the field. */
function editButton(field, current) {
  if (!auth.session || auth.session.role === "viewer") return null;
  return el("button", { type: "button", class: "edit", "data-field": field, "data-current": current ?? "", "aria-label": `correct ${field}` }, "✎");
}

const TERM_NAMES = { expirationDate: "Expires", renewalTerm: "Renewal", noticePeriod: "Notice to stop renewal",
  governingLaw: "Governing law", paymentTerms: "Payment terms" };

/** The document's family: its agreement and the documents modifying it, and each term as the latest of them leaves it. */
function showFamily(family) {
  $("family").hidden = !family;
  if (!family) return;
  const link = (id, label, start, end) => el("a", { href: `/?doc=${encodeURIComponent(id)}${start || end ? `&start=${start}&end=${end}` : ""}`,
    class: id === currentDoc.id ? "source-link current" : "source-link" }, label);
  const members = family.members.map((m) => el("li", {}, link(m.contractId, m.title || m.fileName),
    ` — ${m.kind}${m.number ? ` ${m.number}` : ""}${m.date ? `, ${m.date}` : ""}`));
  if (!family.base) {
    members.unshift(el("li", { class: "hint" }, `${family.baseName}${family.baseDate ? ` dated ${family.baseDate}` : ""} (not in the repository)`));
  }
  $("family-members").replaceChildren(...members);
  $("family-terms").replaceChildren(...family.effectiveTerms.flatMap((t) => [el("dt", {}, TERM_NAMES[t.field] || t.field),
    el("dd", {}, link(t.contractId, t.value, t.start, t.end), ` (${t.title}, p. ${t.page})`,
      t.replaced ? el("span", { class: "hint" }, ` replacing ${t.replaced}`) : "")]));
}

/** A value's review state; editors verify an extracted one, or keep a checked one as a regression case. */
function reviewNodes(review) {
  if (!review || review.value === null) return [];
  const editor = auth.session && auth.session.role !== "viewer";
  const out = [" ", el("span", { class: `review ${review.state}`, title: review.user ? `${review.state} by ${review.user}, ${review.at.slice(0, 10)}` : "nobody has checked it" },
    review.state === "extracted" ? "unchecked" : `${review.state} by ${review.user}`)];
  if (editor && review.state === "extracted") {
    out.push(" ", el("button", { type: "button", class: "verify", "data-field": review.field, "aria-label": `verify ${review.field}` }, "✓ right"));
  } else if (editor) {
    out.push(" ", el("button", { type: "button", class: "keep-case quiet", "data-field": review.field,
      title: "the extractor must keep finding this value" }, "keep as test"));
  }
  return out;
}

function valueNodes(x, reviews = new Map()) {
  const rows = [];
  const add = (term, ...items) => {
    const shown = items.filter(Boolean);
    if (shown.length) rows.push(el("dt", {}, term), el("dd", {}, ...shown));
  };
  // a field people may correct: shown even when nothing was found, so it can be filled in
  const field = (term, key, current, item) => {
    rows.push(el("dt", {}, term), el("dd", {}, ...[item || el("span", { class: "hint" }, "not found"), editButton(key, current)].filter(Boolean),
      ...reviewNodes(reviews.get(key))));
  };
  const date = (d) => d && valueButton(d.date, d.source);
  field("Title", "title", x.title && x.title.value, x.title && valueButton(x.title.value, x.title.source));
  const parties = x.parties || [];
  rows.push(el("dt", {}, "Parties"), el("dd", {},
    ...(parties.length ? parties.map((p) => valueButton(p.alias ? `${p.name} (“${p.alias}”)` : p.name, p.source))
      : [el("span", { class: "hint" }, "not found")]),
    editButton("parties", parties.map((p) => (p.alias ? `${p.name} (${p.alias})` : p.name)).join("; ")) || "",
    ...reviewNodes(reviews.get("parties"))));
  field("Agreement date", "agreementDate", x.agreementDate && x.agreementDate.date, date(x.agreementDate));
  field("Effective date", "effectiveDate", x.effectiveDate && x.effectiveDate.date, date(x.effectiveDate));
  field("Expires", "expirationDate", x.expiration && x.expiration.date, x.expiration && valueButton(
    x.expiration.date + (x.expiration.computed ? ` (computed: ${x.expiration.basis})` : "")
      + (x.expiration.undatedStart ? `, at the earliest: the term runs from ${x.expiration.undatedStart}, which the contract does not date` : ""),
    x.expiration.source));
  field("Renewal", "renewalTerm", x.renewalTerm && x.renewalTerm.iso, x.renewalTerm && valueButton(
    `${x.renewalTerm.iso}${x.autoRenewal === false ? " (option to extend)" : " (automatic)"}`, x.renewalTerm.source));
  field("Notice to stop renewal", "noticePeriod", x.noticePeriod && x.noticePeriod.iso,
    x.noticePeriod && valueButton(x.noticePeriod.iso, x.noticePeriod.source));
  add("Notice to terminate", x.terminationNotice && valueButton(x.terminationNotice.iso, x.terminationNotice.source));
  field("Governing law", "governingLaw", x.governingLaw && x.governingLaw.jurisdiction,
    x.governingLaw && valueButton(`${x.governingLaw.jurisdiction}${x.governingLaw.code ? ` (${x.governingLaw.code})` : ""}`, x.governingLaw.source));
  add("Venue", x.venue && valueButton(
    `${x.venue.place}${x.venue.code ? ` (${x.venue.code})` : ""}${x.venue.forum === "arbitration" ? ", arbitration" : ""}`, x.venue.source));
  field("Payment terms", "paymentTerms", x.paymentTerms && x.paymentTerms.text,
    x.paymentTerms && valueButton(x.paymentTerms.text, x.paymentTerms.source));
  add("Amounts", ...(x.amounts || []).slice(0, 12).map((a) => valueButton(`${a.currency} ${Number(a.value).toLocaleString()}`, a.source)));
  add("Obligations", ...(x.obligations || []).slice(0, 12).map((o) =>
    valueButton(`${o.obligor} ${o.prohibition ? "shall not" : "shall"} ${o.action}`.slice(0, 140), o.source)));
  const byCategory = new Map();
  for (const c of x.clauses || []) {
    if (!byCategory.has(c.category)) byCategory.set(c.category, c);
  }
  add("Clauses", ...[...byCategory.values()].map((c) => valueButton(c.category, c.source)));
  return rows;
}

/** Marks [start, end) in the document text and scrolls to it. */
function showSource(start, end) {
  for (const old of document.querySelectorAll("#doc-text mark.source")) {
    const page = old.closest(".page-text");
    page.replaceChildren(currentDoc.text.slice(Number(page.dataset.start), Number(page.dataset.end)));
  }
  let first = null;
  for (const page of document.querySelectorAll("#doc-text .page-text")) {
    const ps = Number(page.dataset.start);
    const pe = Number(page.dataset.end);
    if (end <= ps || start >= pe) continue;
    const from = Math.max(start, ps);
    const to = Math.min(end, pe);
    const mark = el("mark", { class: "source" }, currentDoc.text.slice(from, to));
    page.replaceChildren(currentDoc.text.slice(ps, from), mark, currentDoc.text.slice(to, pe));
    first = first || mark;
  }
  if (first) first.scrollIntoView({ block: "center" });
}

// ---- tags and notes --------------------------------------------------------------

function showTags(tags) {
  const canEdit = auth.session && auth.session.role !== "viewer";
  $("doc-tags").replaceChildren(...(tags.length ? tags : ["none"]).map((t) => tags.length
    ? el("span", { class: "badge tag" }, t, ...(canEdit ? [" ", el("button", { type: "button", class: "untag", "data-tag": t, "aria-label": `remove ${t}` }, "×")] : []))
    : el("span", { class: "hint" }, t)));
}

function currentTags() {
  return [...document.querySelectorAll("#doc-tags .untag")].map((b) => b.dataset.tag);
}

async function saveTags(tags) {
  $("doc-error").hidden = true;
  try {
    showTags(await api(docPath("/tags"), json("PUT", tags)));
  } catch (e) {
    showError("doc-error", e);
  }
}

function showNotes(notes) {
  $("notes-count").textContent = notes.length;
  $("doc-notes").replaceChildren(...notes.map((n) => el("li", { class: "note" },
    el("span", { class: "meta" }, `${n.user}, ${n.at.slice(0, 10)}: `), n.text,
    ...(auth.session.role === "admin" || n.user === auth.session.user
      ? [" ", el("button", { type: "button", class: "untag remove-note", "data-note": n.id, "aria-label": "remove the note" }, "×")] : []))));
}

export function initDocument() {
  $("back").addEventListener("click", (e) => { e.preventDefault(); navigate({}); });
  $("view-text").addEventListener("click", () => showView(false));
  $("view-pdf").addEventListener("click", () => showView(true));
  $("values").addEventListener("click", async (e) => {
    const edit = e.target.closest("button.edit");
    if (edit) {
      const hint = FIELD_HINTS[edit.dataset.field] ? ` (${FIELD_HINTS[edit.dataset.field]})` : "";
      const value = prompt(`Correct ${edit.dataset.field}${hint}. Leave empty to go back to what was extracted.`, edit.dataset.current);
      if (value === null) return;
      try {
        await api(docPath("/corrections"), json("PUT", { field: edit.dataset.field, value }));
        showDocument(currentDoc.id);
      } catch (err) {
        showError("doc-error", err);
      }
      return;
    }
    const verify = e.target.closest("button.verify");
    const keep = e.target.closest("button.keep-case");
    if (verify || keep) {
      try {
        if (verify) await api(docPath("/review"), json("PUT", { field: verify.dataset.field }));
        else await api("/api/regressions", json("POST", { contractId: currentDoc.id, field: keep.dataset.field }));
        if (keep) { keep.textContent = "kept as test"; keep.disabled = true; } else showDocument(currentDoc.id);
      } catch (err) {
        showError("doc-error", err);
      }
      return;
    }
    const b = e.target.closest("button.value");
    if (!b) return;
    if (!$("doc-pdf").hidden) showSourceInPdf(Number(b.title.replace("page ", "")), Number(b.dataset.start), Number(b.dataset.end));
    else showSource(Number(b.dataset.start), Number(b.dataset.end));
  });
  $("add-tag").addEventListener("click", () => {
    const tag = $("new-tag").value.trim();
    if (tag) { $("new-tag").value = ""; saveTags([...currentTags(), tag]); }
  });
  $("new-tag").addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); $("add-tag").click(); } });
  $("doc-tags").addEventListener("click", (e) => {
    const b = e.target.closest("button.untag");
    if (b) saveTags(currentTags().filter((t) => t !== b.dataset.tag));
  });
  $("note-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = $("note-text").value.trim();
    if (!text) return;
    try {
      await api(docPath("/notes"), json("POST", { text }));
      $("note-text").value = "";
      showNotes(await api(docPath("/notes")));
    } catch (err) {
      showError("doc-error", err);
    }
  });
  $("doc-notes").addEventListener("click", async (e) => {
    const b = e.target.closest("button.remove-note");
    if (!b) return;
    try {
      await api(docPath(`/notes/${encodeURIComponent(b.dataset.note)}`), { method: "DELETE" });
      showNotes(await api(docPath("/notes")));
    } catch (err) {
      showError("doc-error", err);
    }
  });
  $("doc-delete").addEventListener("click", async () => {
    if (!confirm(`Delete “${currentDoc.title}” and its original? This cannot be undone.`)) return;
    try {
      await api(docPath(), { method: "DELETE" });
      navigate({});
    } catch (e) {
      showError("doc-error", e);
    }
  });
}
