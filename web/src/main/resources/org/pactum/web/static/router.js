// Pages by address: /?page=dates, /?doc=ID, /?q=...; one section of the page shows at a time.

import { $ } from "./dom.js";

const SECTIONS = ["results", "document", "upload", "dates", "compare", "library", "party", "admin"];
let router = () => {};

export function setRouter(route) {
  router = route;
}

export function route() {
  router();
}

/** Shows one page of the app and hides the others. */
export function showSection(id) {
  for (const s of SECTIONS) $(s).hidden = s !== id;
}

/** Goes to the page a state describes, keeping it in the address and the history. */
export function navigate(state) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(state)) if (v !== undefined && v !== null && v !== "" && v !== 0) params.set(k, v);
  history.pushState(null, "", `/?${params}`);
  router();
}

/** Hides every page (signed out). */
export function hideSections() {
  for (const s of SECTIONS) $(s).hidden = true;
}
