import { MATCH_HIGHLIGHT } from '../../../src/components/card/highlight.js';

/**
 * The words marked as matches in `card` (the page's `pa-match` custom highlight, ranges in the card's shadow root),
 * in the order they were marked; with `within`, only those inside elements matching that selector.
 */
export function markedWords(card: Element, within?: string): string[] {
  const words: string[] = [];
  for (const range of CSS.highlights.get(MATCH_HIGHLIGHT) ?? []) {
    const node = range.startContainer;
    if (!(node instanceof Text) || !node.isConnected || node.getRootNode() !== card.shadowRoot) continue;
    if (within && !node.parentElement?.closest(within)) continue;
    words.push(node.data.slice(range.startOffset, range.endOffset));
  }
  return words;
}

/** How many ranges the page's `pa-match` highlight holds. */
export const markCount = (): number => CSS.highlights.get(MATCH_HIGHLIGHT)?.size ?? 0;
