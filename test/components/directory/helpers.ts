// Helpers for directory tests: reach into shadow roots, wait for renders.
import { waitUntil } from '@open-wc/testing';

/** Finds an element by a chain of selectors, each inside the previous match's shadow root. */
export function deep<T extends Element = HTMLElement>(root: Element | Document, ...selectors: string[]): T | null {
  let node: Element | Document | ShadowRoot | null = root;
  for (let i = 0; i < selectors.length; i++) {
    const scope: ParentNode | null | undefined =
      node instanceof Element ? (i === 0 && !node.shadowRoot ? node : node.shadowRoot) : (node as ParentNode);
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

/**
 * Types into an input one character at a time, firing the same input events as a keyboard. (Real key presses through
 * the test runner's sendKeys wait for a frame, which a test page running in the background never gets.)
 */
export async function type(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  for (const ch of text) {
    input.value += ch;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: ch, inputType: 'insertText' }));
    await Promise.resolve();
  }
}

/** What pressing Escape does to an open dialog: a cancel request, then close (HTMLDialogElement.requestClose). */
export function escape(dialog: HTMLDialogElement): void {
  (dialog as HTMLDialogElement & { requestClose(): void }).requestClose();
}
