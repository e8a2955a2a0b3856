// A tiny element builder: text always goes in as text nodes, never as HTML, so names and sentences from articles
// cannot inject markup.
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (key === 'class') node.className = String(value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/**
 * The element of index.html with this id; given a kind (`byId('search-input', HTMLInputElement)`), checked to be one,
 * so a changed page fails here, naming the element, rather than later at a property the element lacks.
 */
export function byId(id: string): HTMLElement;
export function byId<T extends HTMLElement>(id: string, kind: new () => T): T;
export function byId(id: string, kind: new () => HTMLElement = HTMLElement): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`viewer: element #${id} is missing from index.html`);
  const tag = found.localName;
  if (!(found instanceof kind)) throw new Error(`viewer: element #${id} in index.html is a <${tag}>, not the ${kind.name} the viewer uses`);
  return found;
}

/** Triggers a download of `content` as `name`. */
export function download(name: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
