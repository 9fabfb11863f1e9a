// Upload: drop files, folders or zips (or choose them); each file's status as it is ingested.

import { $, el, showError } from "./dom.js";
import { api } from "./session.js";
import { showSection } from "./router.js";

let afterUpload = () => {};

export function showUpload() {
  showSection("upload");
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
        ? `Done: ${done} file(s). ` : `Ingesting: ${done} of ${job.files.length} file(s) done…`;
      if (job.phase === "done" && job.run) {
        // failures with reasons, files already stored, near-duplicates and OCR quality, in a page of its own
        $("upload-summary").append(el("a", { id: "triage-link", href: `/api/triage.html?run=${encodeURIComponent(job.run)}`, target: "_blank" },
          "Triage report"));
      }
      if (job.phase === "done") break;
      await new Promise((ok) => setTimeout(ok, 1000));
      job = await api(`/api/uploads/${encodeURIComponent(job.id)}`);
    }
    afterUpload();
  } catch (e) {
    if (e.name !== "SignedOut") $("upload-summary").textContent = "";
    showError("upload-error", e);
  }
}

/** @param done called when an upload has finished (the header's document count changes) */
export function initUpload(done) {
  afterUpload = done;
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
}
