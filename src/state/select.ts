import type { StoreState } from './types.js';

/**
 * A StoreController selector that picks several parts of the state and answers the same array while every part is
 * the same object (`Object.is`): the element then updates only when one of its parts changed.
 */
export function latest<T extends readonly unknown[]>(pick: (s: StoreState) => T): (s: StoreState) => T {
  let last: T | undefined;
  return (s) => {
    const next = pick(s);
    if (last && next.length === last.length && next.every((v, i) => Object.is(v, last![i]))) return last;
    return (last = next);
  };
}
