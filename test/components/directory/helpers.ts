// Helpers for directory tests: reach into shadow roots, wait for renders.
import { waitUntil } from '@open-wc/testing';

/** Finds an element by a chain of selectors, each inside the previous match's shadow root. */
export function deep<T extends Element = HTMLElement>(root: Element | Document, ...selectors: string[]): T | null {
  let node: Element | Document | ShadowRoot | null = root;
  for (let i = 0; i < selectors.length; i++) {
    const scope: ParentNode | null | undefined =
      node instanceof Element ? (i === 0 && !(node.shadowRoot) ? node : node.shadowRoot) : (node as ParentNode);
    node = scope?.querySelector(selectors[i]!) ?? null;
    if (!node) return null;
  }
  return node as T | null;
}

export function deepAll<T extends Element = HTMLElement>(root: Element, ...selectors: string[]): T[] {
  const last = selectors.pop()!;
  const parent = selectors.length ? deep(root, ...selectors) : root;
  return [...(parent?.shadowRoot?.querySelectorAll<T>(last) ?? [])];
}

/** Text with whitespace collapsed. */
export const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Waits until `fn` returns a truthy value (polling frames), failing with `message` after 5 s. */
export async function until<T>(fn: () => T, message: string): Promise<NonNullable<T>> {
  let value: T | undefined;
  await waitUntil(
    () => {
      value = fn();
      return !!value;
    },
    message,
    { timeout: 5000, interval: 16 },
  );
  return value as NonNullable<T>;
}

/** The focused element, looking inside shadow roots. */
export function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

export const SMALL = '/test/components/directory/small-dataset.txt';
