/**
 * English strings that only `<pa-data>` shows (loading, out-of-date notice, the debug problems panel), apart from the
 * English core (./en.ts) so that a directory page does not download them: the pa-data module adds them to the English
 * fallback when it loads (`registerEnglish`). The visitor-facing error messages (`data.error`, `data.invalid`) stay in
 * the core: the directory shows them too.
 */
const enData = {
  data: {
    /** Shown while the partnership data loads. */
    loading: 'Loading partnerships…',
    /** Shown when the data host is down and the last good copy is shown. */
    stale: 'This list may be out of date.',
    staleSince: 'This list may be out of date (last updated {date}).',
    /** Debug panel (shown only with the debug attribute, for the webmaster). */
    problemsTitle: { one: '{count} problem in the data', other: '{count} problems in the data' },
    problemsHelp:
      'Only you see this panel because the debug attribute is set. Each line names the record and field to fix.',
    severityError: 'Error',
    severityWarning: 'Warning',
    noProblems: 'No problems found in the data.',
    more: {
      one: '…and {count} more (see the browser console).',
      other: '…and {count} more (see the browser console).',
    },
  },
};

export default enData;
