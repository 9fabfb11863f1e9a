// Pactum web app: signs in, then routes between its pages, one module each.
// Document text is untrusted: every module inserts it as text nodes only, never as HTML.

import { $ } from "./dom.js";
import { api, auth, json, whenSignedOut } from "./session.js";
import { hideSections, navigate, route, setRouter } from "./router.js";
import { initSearch, listState, showList } from "./search.js";
import { initDocument, showDocument } from "./document.js";
import { initCompare, showCompare } from "./compare.js";
import { initDates, showDates } from "./dates.js";
import { initUpload, showUpload } from "./upload.js";
import { initLibrary, showLibrary } from "./library.js";
import { initParty, showParty } from "./party.js";
import { initAdmin, showAdmin } from "./admin.js";

setRouter(() => {
  const params = new URLSearchParams(location.search);
  switch (params.get("page")) {
    case "upload": return showUpload();
    case "dates": return showDates();
    case "library": return showLibrary(params.get("category"));
    case "party": return showParty(params.get("name"));
    case "admin": return showAdmin();
    case "compare": return showCompare((params.get("ids") || "").split(",").filter(Boolean), params.get("sort") || "");
    default:
      if (params.get("doc")) {
        const start = params.get("start");
        return showDocument(params.get("doc"), start === null ? null : { start: Number(start), end: Number(params.get("end")) });
      }
      return showList(listState(params));
  }
});

function showSignIn() {
  auth.session = null;
  hideSections();
  $("account").hidden = true;
  $("nav").hidden = true;
  $("search-form").hidden = true;
  $("sign-in").hidden = false;
  $("user").focus();
}

function signedIn(s) {
  auth.session = s;
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

async function pollStatus() {
  try {
    const s = await api("/api/status");
    const ingest = s.ingest;
    $("status").textContent = ingest.phase === "running"
      ? `Ingesting ${ingest.done} of ${ingest.expected}…` : `${s.documents} documents`;
    if (ingest.phase === "running") setTimeout(() => { pollStatus(); if (!$("results").hidden && !$("q").value) route(); }, 2000);
  } catch { /* the server is restarting */ }
}

whenSignedOut(showSignIn);
initSearch();
initDocument();
initCompare();
initDates();
initUpload(pollStatus);
initLibrary();
initParty();
initAdmin();

for (const [link, page] of [["nav-documents", null], ["nav-dates", "dates"], ["nav-party", "party"], ["nav-library", "library"],
  ["nav-upload", "upload"], ["nav-admin", "admin"]]) {
  $(link).addEventListener("click", (e) => { e.preventDefault(); navigate(page ? { page } : {}); });
}
// links to a document's passage (key dates, deviations, parties) open it with the passage highlighted
document.addEventListener("click", (e) => {
  const a = e.target.closest("a.source-link");
  if (a) { e.preventDefault(); history.pushState(null, "", a.getAttribute("href")); route(); }
});
window.addEventListener("popstate", () => { if (auth.session) route(); });

$("sign-in-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  $("sign-in-error").hidden = true;
  try {
    const s = await api("/api/login", json("POST", { name: $("user").value.trim(), password: $("password").value }));
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
