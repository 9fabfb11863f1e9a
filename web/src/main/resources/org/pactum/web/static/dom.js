// Small DOM helpers. Document text is untrusted: it is only ever inserted as text nodes, never as HTML.

export const $ = (id) => document.getElementById(id);

/** An element with attributes and children; strings become text nodes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v; else node.setAttribute(k, v);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

/** Shows a failed request's message in the page's error line; a sign-out needs none, the sign-in form shows. */
export function showError(id, e) {
  if (e.name === "SignedOut") return;
  $(id).textContent = e.message;
  $(id).hidden = false;
}
