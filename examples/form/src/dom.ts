// A few DOM helpers. Text is always added as text nodes: nothing here parses HTML.

/** A child of an element: a node, text, or nothing. */
export type Child = Node | string | number | null | undefined | false;

/** Attributes, properties and listeners of a new element. */
export interface ElementOptions {
  readonly class?: string;
  readonly id?: string;
  readonly attrs?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly on?: Readonly<Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>>;
}

/**
 * Makes an element with attributes and children; strings become text nodes, never HTML.
 *
 * @param tag - the tag name
 * @param options - class, id, attributes and listeners
 * @param children - nodes or text
 * @returns the element
 * @example
 * el("p", { class: "hint" }, "<b>not bold</b>").textContent
 * //=> "<b>not bold</b>"
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.class !== undefined) node.className = options.class;
  if (options.id !== undefined) node.id = options.id;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const [type, listener] of Object.entries(options.on ?? {})) node.addEventListener(type, listener);
  append(node, ...children);
  return node;
}

/**
 * Appends children to a node; strings become text nodes.
 *
 * @param parent - where to append
 * @param children - nodes or text
 * @returns nothing
 */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
}

/**
 * Replaces all the children of a node.
 *
 * @param parent - the node to empty and refill
 * @param children - the new children
 * @returns nothing
 */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/**
 * A function that runs `fn` once calls have stopped for `ms` milliseconds.
 *
 * @param fn - what to run
 * @param ms - the quiet time
 * @returns the debounced function
 */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A): void => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

let counter = 0;
/**
 * A fresh element id.
 *
 * @param prefix - what the id is for
 * @returns a unique id
 */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
