// Pactum web app: lists and searches documents, shows one document's text by page.
// Document text is untrusted: it is only ever inserted as text nodes, never as HTML.

const PAGE_SIZE = 20;
const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v; else node.setAttribute(k, v);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

// who is signed in: {user, role, csrf}; state-changing requests send the CSRF token back
let session = null;

class SignedOut extends Error {}

async function api(path, options = {}) {
  const headers = { Accept: "application/json", ...(options.headers || {}) };
  if (options.method && options.method !== "GET" && session) headers["X-CSRF-Token"] = session.csrf;
  const response = await fetch(path, { ...options, headers });
  const body = await response.json().catch(() => ({ error: response.statusText }));
  if (response.status === 401 && path !== "/api/login") {
    showSignIn();
    throw new SignedOut(body.error || "signed out");
  }
  if (!response.ok) throw new Error(body.error || `request failed (${response.status})`);
  return body;
}

const SECTIONS = ["results", "document", "upload", "dates", "compare", "library", "party", "admin"];
const FILTERS = ["category", "party", "law", "type", "tag", "from", "to"];
const FACET_NAMES = { category: "Clause type", party: "Party", law: "Governing law", type: "Contract type", year: "Year", tag: "Tag" };
const selected = new Set();

/** Shows one page of the app and hides the others. */
function showSection(id) {
  for (const s of SECTIONS) $(s).hidden = s !== id;
}

function showSignIn() {
  session = null;
  $("account").hidden = true;
  $("dates").hidden = true;
  $("nav").hidden = true;
  $("results").hidden = true;
  $("document").hidden = true;
  $("upload").hidden = true;
  $("search-form").hidden = true;
  $("sign-in").hidden = false;
  $("user").focus();
}

function signedIn(s) {
  session = s;
  $("sign-in").hidden = true;
  $("search-form").hidden = false;
  $("who").textContent = `${s.user} (${s.role})`;
  $("account").hidden = false;
  $("nav").hidden = false;
  $("nav-upload").hidden = s.role === "viewer";
  $("nav-admin").hidden = s.role !== "admin";
  route();
  pollStatus();
}

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

function facetNodes(facets, state) {
  const out = [];
  for (const [dim, values] of Object.entries(facets || {})) {
    if (!values.length) continue;
    out.push(el("h3", {}, FACET_NAMES[dim] || dim));
    const list = el("ul", {});
    for (const v of values.slice(0, 8)) {
      const b = el("button", { type: "button", class: "facet", "data-dim": dim, "data-value": v.value }, v.value, " ",
        el("span", { class: "count" }, `(${v.count})`));
      list.append(el("li", {}, b));
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

async function showList(state) {
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
    $("facets").replaceChildren(...facetNodes(result.facets, state));
    $("pager").hidden = result.total <= PAGE_SIZE;
    $("prev").disabled = offset === 0;
    $("next").disabled = offset + PAGE_SIZE >= result.total;
    $("prev").onclick = () => navigate({ ...state, offset: Math.max(0, offset - PAGE_SIZE) });
    $("next").onclick = () => navigate({ ...state, offset: offset + PAGE_SIZE });
    updateCompareBar();
  } catch (e) {
    if (e instanceof SignedOut) return;
    $("hits").replaceChildren();
    $("summary").textContent = "";
    $("error").textContent = e.message;
    $("error").hidden = false;
  }
}

/** The diff of a clause against the base: runs in both as text, removed ones struck out, added ones underlined. */
function diffNode(segments) {
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

async function showCompare(ids) {
  showSection("compare");
  $("compare-error").hidden = true;
  try {
    const c = await api(`/api/compare?ids=${encodeURIComponent(ids.join(","))}`);
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
    if (e instanceof SignedOut) return;
    $("compare-error").textContent = e.message;
    $("compare-error").hidden = false;
  }
}

async function showDocument(id, source) {
  showSection("document");
  try {
    const doc = await api(`/api/documents/${encodeURIComponent(id)}`);
    $("doc-title").textContent = doc.title;
    const facts = [["File", doc.fileName], ["Status", doc.status + (doc.statusMessage ? ` (${doc.statusMessage})` : "")],
      ["Type", doc.mediaType], ["Pages", doc.pages.pageStarts.length], ["Stored", doc.ingestedAt], ["SHA-256", doc.sha256]];
    $("doc-facts").replaceChildren(...facts.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
    $("doc-original").href = `/api/documents/${encodeURIComponent(id)}/original`;
    $("doc-delete").hidden = session.role !== "admin";
    $("tag-editor").hidden = session.role === "viewer";
    $("doc-error").hidden = true;
    showTags(await api(`/api/documents/${encodeURIComponent(id)}/tags`));
    $("note-form").hidden = session.role === "viewer";
    showNotes(await api(`/api/documents/${encodeURIComponent(id)}/notes`));
    currentDoc = doc;
    pdfShownFor = null;
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
    $("values").replaceChildren(...valueNodes(doc.extraction || {}));
    if (source) showSource(source.start, source.end);
  } catch (e) {
    if (e instanceof SignedOut) return;
    $("doc-title").textContent = "Document not available";
    $("doc-text").textContent = e.message;
  }
}

// ---- the original, rendered with PDF.js (from its WebJar) --------------------

const PDFJS = "/webjars/pdfjs-dist/5.4.624/build";
let pdfShownFor = null;

function showView(pdf) {
  $("doc-text").hidden = pdf;
  $("doc-pdf").hidden = !pdf;
  $("view-text").setAttribute("aria-pressed", String(!pdf));
  $("view-pdf").setAttribute("aria-pressed", String(pdf));
  if (pdf && pdfShownFor !== currentDoc.id) renderPdf(currentDoc.id);
}

async function renderPdf(id) {
  pdfShownFor = id;
  const box = $("doc-pdf");
  box.replaceChildren(el("p", { class: "hint" }, "Rendering the original…"));
  try {
    const pdfjs = await import(`${PDFJS}/pdf.min.mjs`);
    pdfjs.GlobalWorkerOptions.workerSrc = `${PDFJS}/pdf.worker.min.mjs`;
    const bytes = await (await fetch(`/api/documents/${encodeURIComponent(id)}/original`)).arrayBuffer();
    const pdf = await pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
    box.replaceChildren();
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: 1.3 });
      const canvas = el("canvas", { class: "pdf-page", id: `pdf-page-${n}`, "aria-label": `page ${n}` });
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      box.append(el("span", { class: "page-break" }, `Page ${n}`), canvas);
      await page.render({ canvasContext: canvas.getContext("2d"), viewport, canvas }).promise;
    }
  } catch (e) {
    pdfShownFor = null;
    box.replaceChildren(el("p", { class: "error" }, `The original could not be rendered: ${e.message}`));
  }
}

/** In the original pages, brings the source's page into view and marks it. */
function showSourcePage(page) {
  for (const c of document.querySelectorAll("#doc-pdf canvas.source-page")) c.classList.remove("source-page");
  const canvas = $(`pdf-page-${page}`);
  if (canvas) { canvas.classList.add("source-page"); canvas.scrollIntoView({ block: "start" }); }
}

// ---- extracted values and their sources --------------------------------------

let currentDoc = null;

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
  if (!session || session.role === "viewer") return null;
  return el("button", { type: "button", class: "edit", "data-field": field, "data-current": current ?? "", "aria-label": `correct ${field}` }, "✎");
}

function valueNodes(x) {
  const rows = [];
  const add = (term, ...items) => {
    const shown = items.filter(Boolean);
    if (shown.length) rows.push(el("dt", {}, term), el("dd", {}, ...shown));
  };
  // a field people may correct: shown even when nothing was found, so it can be filled in
  const field = (term, key, current, item) => {
    rows.push(el("dt", {}, term), el("dd", {}, ...[item || el("span", { class: "hint" }, "not found"), editButton(key, current)].filter(Boolean)));
  };
  const date = (d) => d && valueButton(d.date, d.source);
  field("Title", "title", x.title && x.title.value, x.title && valueButton(x.title.value, x.title.source));
  add("Parties", ...(x.parties || []).map((p) => valueButton(p.alias ? `${p.name} (“${p.alias}”)` : p.name, p.source)));
  field("Agreement date", "agreementDate", x.agreementDate && x.agreementDate.date, date(x.agreementDate));
  field("Effective date", "effectiveDate", x.effectiveDate && x.effectiveDate.date, date(x.effectiveDate));
  field("Expires", "expirationDate", x.expiration && x.expiration.date, x.expiration && valueButton(
    x.expiration.date + (x.expiration.computed ? ` (computed: ${x.expiration.basis})` : ""), x.expiration.source));
  field("Renewal", "renewalTerm", x.renewalTerm && x.renewalTerm.iso, x.renewalTerm && valueButton(
    `${x.renewalTerm.iso}${x.autoRenewal === false ? " (option to extend)" : " (automatic)"}`, x.renewalTerm.source));
  field("Notice to stop renewal", "noticePeriod", x.noticePeriod && x.noticePeriod.iso,
    x.noticePeriod && valueButton(x.noticePeriod.iso, x.noticePeriod.source));
  field("Governing law", "governingLaw", x.governingLaw && x.governingLaw.jurisdiction,
    x.governingLaw && valueButton(`${x.governingLaw.jurisdiction}${x.governingLaw.code ? ` (${x.governingLaw.code})` : ""}`, x.governingLaw.source));
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

function showTags(tags) {
  const canEdit = session && session.role !== "viewer";
  $("doc-tags").replaceChildren(...(tags.length ? tags : ["none"]).map((t) => tags.length
    ? el("span", { class: "badge tag" }, t, ...(canEdit ? [" ", el("button", { type: "button", class: "untag", "data-tag": t, "aria-label": `remove ${t}` }, "×")] : []))
    : el("span", { class: "hint" }, t)));
}

function showNotes(notes) {
  $("notes-count").textContent = notes.length;
  $("doc-notes").replaceChildren(...notes.map((n) => el("li", { class: "note" },
    el("span", { class: "meta" }, `${n.user}, ${n.at.slice(0, 10)}: `), n.text,
    ...(session.role === "admin" || n.user === session.user
      ? [" ", el("button", { type: "button", class: "untag remove-note", "data-note": n.id, "aria-label": "remove the note" }, "×")] : []))));
}

async function saveTags(tags) {
  $("doc-error").hidden = true;
  try {
    showTags(await api(`/api/documents/${encodeURIComponent(currentDoc.id)}/tags`, {
      method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify(tags) }));
  } catch (e) {
    if (e instanceof SignedOut) return;
    $("doc-error").textContent = e.message;
    $("doc-error").hidden = false;
  }
}

function currentTags() {
  return [...document.querySelectorAll("#doc-tags .untag")].map((b) => b.dataset.tag);
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

function navigate(state) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(state)) if (v !== undefined && v !== null && v !== "" && v !== 0) params.set(k, v);
  history.pushState(null, "", `/?${params}`);
  route();
}

function listState(params) {
  const state = { q: params.get("q") || "", scope: params.get("scope") || "", offset: Number(params.get("offset") || 0) };
  for (const f of FILTERS) if (params.get(f)) state[f] = params.get(f);
  return state;
}

function route() {
  const params = new URLSearchParams(location.search);
  if (params.get("page") === "upload") showUpload();
  else if (params.get("page") === "dates") showDates();
  else if (params.get("page") === "library") showLibrary(params.get("category"));
  else if (params.get("page") === "party") showParty(params.get("name"));
  else if (params.get("page") === "admin") showAdmin();
  else if (params.get("page") === "compare") showCompare((params.get("ids") || "").split(",").filter(Boolean));
  else if (params.get("doc")) {
    const start = params.get("start");
    showDocument(params.get("doc"), start === null ? null : { start: Number(start), end: Number(params.get("end")) });
  }
  else showList(listState(params));
}

// ---- upload -----------------------------------------------------------------

function showUpload() {
  showSection("upload");
}

// ---- administration -----------------------------------------------------------

async function showAdmin() {
  showSection("admin");
  $("admin-error").hidden = true;
  try {
    const [users, trail] = await Promise.all([api("/api/users"), api("/api/audit?limit=200")]);
    $("users-table").querySelector("tbody").replaceChildren(...users.map((u) => el("tr", {},
      el("td", {}, u.name), el("td", {}, u.role), el("td", {}, u.createdAt.slice(0, 10)),
      el("td", {}, u.name === session.user ? "" : el("button", { type: "button", class: "quiet danger remove-user", "data-name": u.name }, "Remove")))));
    $("audit-table").querySelector("tbody").replaceChildren(...trail.map((a) => el("tr", {},
      el("td", { class: "when" }, a.at.replace("T", " ").slice(0, 19)), el("td", {}, a.user), el("td", {}, a.action),
      el("td", {}, a.target), el("td", {}, a.detail))));
  } catch (e) {
    if (e instanceof SignedOut) return;
    $("admin-error").textContent = e.message;
    $("admin-error").hidden = false;
  }
}

// ---- a party's contracts -----------------------------------------------------

async function showParty(name) {
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
      cell(r.renewalTerm && `${r.renewalTerm}${r.autoRenewal === false ? " (option)" : ""}`), cell(r.noticePeriod),
      cell(r.governingLaw), cell(r.paymentTerms), cell(r.largestAmount), cell(r.tags.join(", ")))));
    $("party-table").hidden = false;
  } catch (e) {
    if (e instanceof SignedOut) return;
    $("party-error").textContent = e.message;
    $("party-error").hidden = false;
  }
}

// ---- standard clauses -------------------------------------------------------

async function showLibrary(category) {
  showSection("library");
  $("library-error").hidden = true;
  $("library-form").hidden = session.role === "viewer";
  try {
    const [standards, counts] = await Promise.all([api("/api/library"), api("/api/search?q=&scope=clauses&limit=1")]);
    $("categories").replaceChildren(...(counts.facets.category || []).map((c) => el("option", { value: c.value })));
    $("standards").replaceChildren(...standards.map((s) => el("li", { class: "passage" },
      el("h2", {}, `${s.category}: ${s.name}`, " ",
        el("button", { type: "button", class: "quiet show-deviations", "data-category": s.category }, "Show deviations"),
        ...(session.role === "viewer" ? [] : [" ", el("button", { type: "button", class: "quiet danger remove-standard", "data-id": s.id }, "Remove")])),
      el("p", {}, s.text))));
    if (category) await showDeviations(category);
    else { $("deviations-title").hidden = true; $("deviations").replaceChildren(); }
  } catch (e) {
    if (e instanceof SignedOut) return;
    $("library-error").textContent = e.message;
    $("library-error").hidden = false;
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

// ---- key dates ----------------------------------------------------------------

const KIND_LABELS = { EXPIRATION: "Expires", RENEWAL: "Renews", NOTICE_DEADLINE: "Notice deadline", OBLIGATION_DUE: "Obligation due" };

function datesQuery() {
  const p = new URLSearchParams();
  if ($("dates-within").value) p.set("within", $("dates-within").value);
  if ($("dates-kind").value) p.set("kind", $("dates-kind").value);
  if ($("dates-auto").checked) p.set("autoRenews", "true");
  if ($("dates-expired").checked) p.set("expired", "true");
  return p.toString();
}

let datesRequest = 0;

async function showDates() {
  const mine = ++datesRequest;
  showSection("dates");
  $("dates-error").hidden = true;
  const query = datesQuery();
  $("export-csv").href = `/api/export/dates.csv?${query}`;
  $("export-ics").href = `/api/export/dates.ics?${query}`;
  $("export-json").href = `/api/export/dates.json?${query}`;
  try {
    const dates = await api(`/api/dates?${query}`);
    if (mine !== datesRequest) return; // a later filter change is being answered
    $("dates-summary").textContent = `${dates.length} key date(s)`;
    $("dates-table").querySelector("tbody").replaceChildren(...dates.map((d) => el("tr", { class: d.kind.toLowerCase() },
      el("td", { class: "when" }, d.date),
      el("td", {}, el("span", { class: "badge" }, KIND_LABELS[d.kind] || d.kind)),
      el("td", {}, el("a", { href: `/?doc=${encodeURIComponent(d.contractId)}&start=${d.start}&end=${d.end}`, class: "source-link" }, d.title)),
      el("td", { class: "derivation" }, d.derivation, " ", el("span", { class: "page" }, `(p. ${d.page})`)))));
  } catch (e) {
    if (e instanceof SignedOut) return;
    $("dates-error").textContent = e.message;
    $("dates-error").hidden = false;
  }
}

/** Every file under a dropped entry, with its path inside the dropped folder. */
async function filesOf(entry, path = "") {
  if (entry.isFile) {
    const file = await new Promise((ok, fail) => entry.file(ok, fail));
    return [{ file, name: path + file.name }];
  }
  const reader = entry.createReader();
  const out = [];
  for (;;) {
    const batch = await new Promise((ok, fail) => reader.readEntries(ok, fail));
    if (!batch.length) break;
    for (const child of batch) out.push(...await filesOf(child, `${path}${entry.name}/`));
  }
  return out;
}

function uploadRow(f) {
  const problem = !["indexed", "duplicate", "waiting"].includes(f.status);
  return el("tr", {}, el("td", {}, f.name),
    el("td", {}, el("span", { class: problem ? "badge problem" : "badge" }, f.status)),
    el("td", {}, f.message || ""));
}

async function upload(items) {
  $("upload-error").hidden = true;
  if (!items.length) return;
  const form = new FormData();
  for (const { file, name } of items) form.append("files", file, name);
  $("upload-summary").textContent = `Sending ${items.length} file(s)…`;
  try {
    let job = await api("/api/documents", { method: "POST", body: form });
    $("upload-files").hidden = false;
    for (;;) {
      $("upload-files").querySelector("tbody").replaceChildren(...job.files.map(uploadRow));
      const done = job.files.filter((f) => f.status !== "waiting").length;
      $("upload-summary").textContent = job.phase === "done"
        ? `Done: ${done} file(s).` : `Ingesting: ${done} of ${job.files.length} file(s) done…`;
      if (job.phase === "done") break;
      await new Promise((ok) => setTimeout(ok, 1000));
      job = await api(`/api/uploads/${encodeURIComponent(job.id)}`);
    }
    pollStatus();
  } catch (e) {
    if (e instanceof SignedOut) return;
    $("upload-summary").textContent = "";
    $("upload-error").textContent = e.message;
    $("upload-error").hidden = false;
  }
}

const drop = $("drop");
drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", async (e) => {
  e.preventDefault();
  drop.classList.remove("over");
  const entries = [...e.dataTransfer.items].map((i) => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter(Boolean);
  const items = entries.length
    ? (await Promise.all(entries.map((entry) => filesOf(entry)))).flat()
    : [...e.dataTransfer.files].map((file) => ({ file, name: file.name }));
  upload(items);
});
$("pick-files").addEventListener("change", (e) => upload([...e.target.files].map((file) => ({ file, name: file.name }))));
$("pick-folder").addEventListener("change", (e) =>
  upload([...e.target.files].map((file) => ({ file, name: file.webkitRelativePath || file.name }))));

async function pollStatus() {
  try {
    const s = await api("/api/status");
    const ingest = s.ingest;
    $("status").textContent = ingest.phase === "running"
      ? `Ingesting ${ingest.done} of ${ingest.expected}…` : `${s.documents} documents`;
    if (ingest.phase === "running") setTimeout(() => { pollStatus(); if (!$("results").hidden && !$("q").value) route(); }, 2000);
  } catch { /* the server is restarting */ }
}

$("search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const state = listState(new URLSearchParams(location.search));
  navigate({ ...state, q: $("q").value.trim(), scope: $("scope").value === "clauses" ? "clauses" : "", offset: 0 });
});
$("scope").addEventListener("change", () => $("search-form").requestSubmit());
$("facets").addEventListener("click", (e) => {
  const b = e.target.closest("button.facet");
  if (!b) return;
  const state = listState(new URLSearchParams(location.search));
  if (b.dataset.dim === "year") { state.from = b.dataset.value; state.to = b.dataset.value; }
  else state[b.dataset.dim] = b.dataset.value;
  navigate({ ...state, offset: 0 });
});
$("filters").addEventListener("click", (e) => {
  const b = e.target.closest("button.chip");
  if (!b) return;
  const state = listState(new URLSearchParams(location.search));
  delete state[b.dataset.remove];
  navigate({ ...state, offset: 0 });
});
$("hits").addEventListener("change", (e) => {
  const box = e.target.closest("input.pick-clause");
  if (!box) return;
  if (box.checked) selected.add(box.dataset.clause); else selected.delete(box.dataset.clause);
  updateCompareBar();
});
$("compare-standards").addEventListener("click", (e) => {
  const b = e.target.closest("button.against-standard");
  if (!b) return;
  const ids = (new URLSearchParams(location.search).get("ids") || "").split(",").filter((id) => id && !id.startsWith("std-"));
  navigate({ page: "compare", ids: [b.dataset.id, ...ids].join(",") });
});
$("compare-selected").addEventListener("click", () => navigate({ page: "compare", ids: [...selected].join(",") }));
$("back").addEventListener("click", (e) => { e.preventDefault(); navigate({}); });
document.addEventListener("click", (e) => {
  const a = e.target.closest("a.title");
  if (a) { e.preventDefault(); navigate({ doc: a.closest("li").dataset.id }); }
});
$("note-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const text = $("note-text").value.trim();
  if (!text) return;
  try {
    await api(`/api/documents/${encodeURIComponent(currentDoc.id)}/notes`, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text }) });
    $("note-text").value = "";
    showNotes(await api(`/api/documents/${encodeURIComponent(currentDoc.id)}/notes`));
  } catch (err) {
    if (err instanceof SignedOut) return;
    $("doc-error").textContent = err.message;
    $("doc-error").hidden = false;
  }
});
$("doc-notes").addEventListener("click", async (e) => {
  const b = e.target.closest("button.remove-note");
  if (!b) return;
  try {
    await api(`/api/documents/${encodeURIComponent(currentDoc.id)}/notes/${encodeURIComponent(b.dataset.note)}`, { method: "DELETE" });
    showNotes(await api(`/api/documents/${encodeURIComponent(currentDoc.id)}/notes`));
  } catch (err) {
    if (!(err instanceof SignedOut)) { $("doc-error").textContent = err.message; $("doc-error").hidden = false; }
  }
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
$("doc-delete").addEventListener("click", async () => {
  if (!confirm(`Delete “${currentDoc.title}” and its original? This cannot be undone.`)) return;
  try {
    await api(`/api/documents/${encodeURIComponent(currentDoc.id)}`, { method: "DELETE" });
    navigate({});
  } catch (e) {
    if (e instanceof SignedOut) return;
    $("doc-error").textContent = e.message;
    $("doc-error").hidden = false;
  }
});
const FIELD_HINTS = { agreementDate: "YYYY-MM-DD", effectiveDate: "YYYY-MM-DD", expirationDate: "YYYY-MM-DD",
  renewalTerm: "an ISO period such as P1Y", noticePeriod: "an ISO period such as P90D" };

$("values").addEventListener("click", async (e) => {
  const edit = e.target.closest("button.edit");
  if (edit) {
    const hint = FIELD_HINTS[edit.dataset.field] ? ` (${FIELD_HINTS[edit.dataset.field]})` : "";
    const value = prompt(`Correct ${edit.dataset.field}${hint}. Leave empty to go back to what was extracted.`, edit.dataset.current);
    if (value === null) return;
    try {
      await api(`/api/documents/${encodeURIComponent(currentDoc.id)}/corrections`, {
        method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ field: edit.dataset.field, value }) });
      showDocument(currentDoc.id);
    } catch (err) {
      if (err instanceof SignedOut) return;
      $("doc-error").textContent = err.message;
      $("doc-error").hidden = false;
    }
    return;
  }
  const b = e.target.closest("button.value");
  if (!b) return;
  if (!$("doc-pdf").hidden) showSourcePage(Number(b.title.replace("page ", "")));
  else showSource(Number(b.dataset.start), Number(b.dataset.end));
});
$("nav-documents").addEventListener("click", (e) => { e.preventDefault(); navigate({}); });
$("nav-dates").addEventListener("click", (e) => { e.preventDefault(); navigate({ page: "dates" }); });
$("view-text").addEventListener("click", () => showView(false));
$("view-pdf").addEventListener("click", () => showView(true));
$("nav-admin").addEventListener("click", (e) => { e.preventDefault(); navigate({ page: "admin" }); });
$("user-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  $("admin-error").hidden = true;
  try {
    const created = await api("/api/users", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: $("user-name").value.trim(), role: $("user-role").value }) });
    $("user-created").textContent = `Created ${created.name} (${created.role}). Their password, shown only now: ${created.password}`;
    $("user-created").hidden = false;
    $("user-name").value = "";
    showAdmin();
  } catch (err) {
    if (err instanceof SignedOut) return;
    $("admin-error").textContent = err.message;
    $("admin-error").hidden = false;
  }
});
$("users-table").addEventListener("click", async (e) => {
  const b = e.target.closest("button.remove-user");
  if (!b || !confirm(`Remove the user ${b.dataset.name}?`)) return;
  try { await api(`/api/users/${encodeURIComponent(b.dataset.name)}`, { method: "DELETE" }); showAdmin(); }
  catch (err) { if (!(err instanceof SignedOut)) { $("admin-error").textContent = err.message; $("admin-error").hidden = false; } }
});
$("nav-party").addEventListener("click", (e) => { e.preventDefault(); navigate({ page: "party" }); });
$("party-form").addEventListener("submit", (e) => { e.preventDefault(); navigate({ page: "party", name: $("party-name").value.trim() }); });
$("nav-library").addEventListener("click", (e) => { e.preventDefault(); navigate({ page: "library" }); });
$("library-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  $("library-error").hidden = true;
  try {
    const added = await api("/api/library", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ category: $("std-category").value, name: $("std-name").value, text: $("std-text").value }) });
    $("std-name").value = "";
    $("std-text").value = "";
    navigate({ page: "library", category: added.category });
  } catch (err) {
    if (err instanceof SignedOut) return;
    $("library-error").textContent = err.message;
    $("library-error").hidden = false;
  }
});
$("standards").addEventListener("click", async (e) => {
  const show = e.target.closest("button.show-deviations");
  if (show) { navigate({ page: "library", category: show.dataset.category }); return; }
  const remove = e.target.closest("button.remove-standard");
  if (remove) {
    try { await api(`/api/library/${encodeURIComponent(remove.dataset.id)}`, { method: "DELETE" }); showLibrary(); }
    catch (err) { if (!(err instanceof SignedOut)) { $("library-error").textContent = err.message; $("library-error").hidden = false; } }
  }
});
$("dates-filter").addEventListener("change", showDates);
$("subscribe").addEventListener("click", async () => {
  try {
    const feed = await api("/api/feeds", { method: "POST" });
    $("feed-url").value = feed.url;
    $("feed").hidden = false;
    $("feed-url").select();
  } catch (e) {
    if (!(e instanceof SignedOut)) { $("dates-error").textContent = e.message; $("dates-error").hidden = false; }
  }
});
document.addEventListener("click", (e) => {
  const a = e.target.closest("a.source-link");
  if (a) { e.preventDefault(); history.pushState(null, "", a.getAttribute("href")); route(); }
});
$("nav-upload").addEventListener("click", (e) => { e.preventDefault(); navigate({ page: "upload" }); });
window.addEventListener("popstate", () => { if (session) route(); });
$("sign-in-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  $("sign-in-error").hidden = true;
  try {
    const s = await api("/api/login", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: $("user").value.trim(), password: $("password").value }),
    });
    $("password").value = "";
    signedIn(s);
  } catch (err) {
    $("sign-in-error").textContent = err.message;
    $("sign-in-error").hidden = false;
  }
});
$("sign-out").addEventListener("click", async () => {
  try { await api("/api/logout", { method: "POST" }); } catch { /* signed out either way */ }
  showSignIn();
});
api("/api/session").then(signedIn).catch(() => { /* the sign-in form is showing */ });
