// Administration: users (a new one gets a generated password, shown once), API tokens (shown once) and the audit trail.

import { $, el, showError } from "./dom.js";
import { api, auth, json } from "./session.js";
import { showSection } from "./router.js";

export async function showAdmin() {
  showSection("admin");
  $("admin-error").hidden = true;
  try {
    const [users, tokens, trail] = await Promise.all([api("/api/users"), api("/api/tokens"), api("/api/audit?limit=200")]);
    $("users-table").querySelector("tbody").replaceChildren(...users.map((u) => el("tr", {},
      el("td", {}, u.name), el("td", {}, u.role), el("td", {}, u.createdAt.slice(0, 10)),
      el("td", {}, u.name === auth.session.user ? "" : el("button", { type: "button", class: "quiet danger remove-user", "data-name": u.name }, "Remove")))));
    $("tokens-table").querySelector("tbody").replaceChildren(...tokens.map((t) => el("tr", {},
      el("td", {}, el("code", {}, t.id)), el("td", {}, t.role), el("td", {}, t.createdAt.slice(0, 10)), el("td", {}, t.note),
      el("td", {}, el("button", { type: "button", class: "quiet danger revoke-token", "data-id": t.id }, "Revoke")))));
    $("audit-table").querySelector("tbody").replaceChildren(...trail.map((a) => el("tr", {},
      el("td", { class: "when" }, a.at.replace("T", " ").slice(0, 19)), el("td", {}, a.user), el("td", {}, a.action),
      el("td", {}, a.target), el("td", {}, a.detail))));
  } catch (e) {
    showError("admin-error", e);
  }
}

export function initAdmin() {
  $("user-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    $("admin-error").hidden = true;
    try {
      const created = await api("/api/users", json("POST", { name: $("user-name").value.trim(), role: $("user-role").value }));
      $("user-created").textContent = `Created ${created.name} (${created.role}). Their password, shown only now: ${created.password}`;
      $("user-created").hidden = false;
      $("user-name").value = "";
      showAdmin();
    } catch (err) {
      showError("admin-error", err);
    }
  });
  $("token-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    $("admin-error").hidden = true;
    try {
      const created = await api("/api/tokens", json("POST", { role: $("token-role").value, note: $("token-note").value.trim() }));
      $("token-created").replaceChildren(`Created a ${created.role} token. Copy it now; it is not shown again: `,
        el("code", { id: "token-secret" }, created.token));
      $("token-created").hidden = false;
      $("token-note").value = "";
      showAdmin();
    } catch (err) {
      showError("admin-error", err);
    }
  });
  $("tokens-table").addEventListener("click", async (e) => {
    const b = e.target.closest("button.revoke-token");
    if (!b || !confirm(`Revoke the token ${b.dataset.id}? Scripts using it stop working.`)) return;
    try {
      await api(`/api/tokens/${encodeURIComponent(b.dataset.id)}`, { method: "DELETE" });
      showAdmin();
    } catch (err) {
      showError("admin-error", err);
    }
  });
  $("users-table").addEventListener("click", async (e) => {
    const b = e.target.closest("button.remove-user");
    if (!b || !confirm(`Remove the user ${b.dataset.name}?`)) return;
    try {
      await api(`/api/users/${encodeURIComponent(b.dataset.name)}`, { method: "DELETE" });
      showAdmin();
    } catch (err) {
      showError("admin-error", err);
    }
  });
}
