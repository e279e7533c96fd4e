/**
 * English strings of the empty and error states (`<pa-empty-state>`, `<pa-error-state>`), apart from the English core
 * (./en.ts): a page whose results never run out does not download them. The two elements add them to the English
 * fallback when they load (`registerStatesEnglish`), before they first render. Other languages keep theirs in their
 * own file.
 */
import { registerEnglish } from '../registry.js';

const enStates = {
  directory: {
    empty: 'No partnerships match your search.',
    emptyNoData: 'There are no partnerships to show yet.',
    emptyHint: 'Try removing a filter:',
    /** Instead of emptyHint when only the search text can be removed. */
    emptyHintQuery: 'Check the spelling, or remove the search:',
    emptyRemove: 'Remove {facet}: {value}',
    emptyRemoveQuery: 'Remove the search “{query}”',
    errorTitle: 'The partnerships could not be loaded.',
    errorHint: 'Please try again later.',
    retry: 'Try again',
  },
};

export default enStates;

let registered = false;

/** Adds these strings to the English fallback, once: each of the two elements calls it when it loads. */
export function registerStatesEnglish(): void {
  if (registered) return;
  registered = true;
  registerEnglish(enStates);
}
