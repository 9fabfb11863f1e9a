// The JSON API, as the signed-in person: who is signed in, and requests that carry the CSRF token.

/** Who is signed in: {user, role, csrf}, or null. */
export const auth = { session: null };

export class SignedOut extends Error {
  constructor(message) {
    super(message);
    this.name = "SignedOut";
  }
}

let onSignedOut = () => {};

/** What to do when the server says nobody is signed in (the app shows the sign-in form). */
export function whenSignedOut(handler) {
  onSignedOut = handler;
}

/** A JSON request; state-changing ones send the session's CSRF token back. */
export async function api(path, options = {}) {
  const headers = { Accept: "application/json", ...(options.headers || {}) };
  if (options.method && options.method !== "GET" && auth.session) headers["X-CSRF-Token"] = auth.session.csrf;
  const response = await fetch(path, { ...options, headers });
  const body = await response.json().catch(() => ({ error: response.statusText }));
  if (response.status === 401 && path !== "/api/login") {
    onSignedOut();
    throw new SignedOut(body.error || "signed out");
  }
  if (!response.ok) throw new Error(body.error || `request failed (${response.status})`);
  return body;
}

/** A JSON body for api(). */
export function json(method, body) {
  return { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
}
