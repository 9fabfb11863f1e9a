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

function showSignIn() {
  session = null;
  $("account").hidden = true;
  $("results").hidden = true;
  $("document").hidden = true;
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
  li.append(meta);
  for (const s of hit.snippets) li.append(snippetNode(s));
  return li;
}

async function showList(query, offset) {
  $("document").hidden = true;
  $("results").hidden = false;
  $("error").hidden = true;
  $("q").value = query;
  const params = new URLSearchParams({ offset, limit: PAGE_SIZE });
  const path = query ? `/api/search?q=${encodeURIComponent(query)}&${params}` : `/api/documents?${params}`;
  try {
    const result = await api(path);
    $("hits").replaceChildren(...result.hits.map(hitNode));
    const shown = result.hits.length ? `${offset + 1}–${offset + result.hits.length} of ${result.total}` : "none";
    $("summary").textContent = query ? `Documents matching “${query}”: ${shown}` : `All documents: ${shown}`;
    $("pager").hidden = result.total <= PAGE_SIZE;
    $("prev").disabled = offset === 0;
    $("next").disabled = offset + PAGE_SIZE >= result.total;
    $("prev").onclick = () => navigate({ q: query, offset: Math.max(0, offset - PAGE_SIZE) });
    $("next").onclick = () => navigate({ q: query, offset: offset + PAGE_SIZE });
  } catch (e) {
    if (e instanceof SignedOut) return;
    $("hits").replaceChildren();
    $("summary").textContent = "";
    $("error").textContent = e.message;
    $("error").hidden = false;
  }
}

async function showDocument(id) {
  $("results").hidden = true;
  $("document").hidden = false;
  try {
    const doc = await api(`/api/documents/${encodeURIComponent(id)}`);
    $("doc-title").textContent = doc.title;
    const facts = [["File", doc.fileName], ["Status", doc.status + (doc.statusMessage ? ` (${doc.statusMessage})` : "")],
      ["Type", doc.mediaType], ["Pages", doc.pages.pageStarts.length], ["Stored", doc.ingestedAt], ["SHA-256", doc.sha256]];
    $("doc-facts").replaceChildren(...facts.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
    $("doc-original").href = `/api/documents/${encodeURIComponent(id)}/original`;
    const text = $("doc-text");
    text.replaceChildren();
    const starts = doc.pages.pageStarts;
    starts.forEach((start, i) => {
      const end = i + 1 < starts.length ? starts[i + 1] : doc.text.length;
      if (starts.length > 1) text.append(el("span", { class: "page-break", id: `page-${i + 1}` }, `Page ${i + 1}`));
      text.append(document.createTextNode(doc.text.slice(start, end)));
    });
  } catch (e) {
    if (e instanceof SignedOut) return;
    $("doc-title").textContent = "Document not available";
    $("doc-text").textContent = e.message;
  }
}

function navigate(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.offset) params.set("offset", state.offset);
  if (state.doc) params.set("doc", state.doc);
  history.pushState(null, "", `/?${params}`);
  route();
}

function route() {
  const params = new URLSearchParams(location.search);
  if (params.get("doc")) showDocument(params.get("doc"));
  else showList(params.get("q") || "", Number(params.get("offset") || 0));
}

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
  navigate({ q: $("q").value.trim() });
});
$("back").addEventListener("click", (e) => { e.preventDefault(); navigate({}); });
document.addEventListener("click", (e) => {
  const a = e.target.closest("a.title");
  if (a) { e.preventDefault(); navigate({ doc: a.closest("li").dataset.id }); }
});
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
