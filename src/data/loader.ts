/**
 * Loading, shared by every element that takes data (`<pa-data>`, `<pa-directory>`): run a source, validate and
 * normalise what it yields, and say what happened. No Lit, no DOM rendering.
 *
 * - `loadSource(source, { signal })` resolves to a `LoadOutcome`, never rejects on bad data or a failed host (a
 *   problem says what went wrong); it rejects only with an AbortError when `signal` aborts.
 * - `LatestLoader` runs one load at a time: starting a new load aborts the previous one, so only the latest wins.
 * - `sourceFromElement(el, …)` picks the source an element describes: a `source` property, a `data` property, a
 *   `src` attribute (with `source-type`), or an inline `<script type="application/json">` child.
 *
 * The words of problems (./problem-text.ts) are imported only when a load has problems to report: a page whose data
 * is fine never downloads them.
 */
import type { Dataset } from './model.js';
import type { Problem } from './problems.js';
import { checkDataset, emptyDataset } from './check.js';
import { isSourcePayload, SourceError, type DataSource, type SourcePayload } from './sources/types.js';
import { propertySource } from './sources/property.js';
import { findInlineScript, inlineSource } from './sources/inline.js';
import { createSource } from './sources/registry.js';

export interface LoadOutcome {
  /** `ready`: data loaded; `stale`: the last good copy is shown; `error`: nothing could be loaded. */
  readonly status: 'ready' | 'stale' | 'error';
  readonly dataset: Dataset;
  readonly problems: readonly Problem[];
  /** Visitor-safe message key when status is `error` (e.g. `data.error`); never a stack trace. */
  readonly error?: string;
  /** When status is `stale`: when the copy shown was saved (ISO date-time), if known. */
  readonly savedAt?: string;
  readonly source: DataSource;
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Today as YYYY-MM-DD, for statuses derived from dates. */
  today?: string;
}

export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as Error).name === 'AbortError';
}

export async function loadSource(source: DataSource, options: LoadOptions = {}): Promise<LoadOutcome> {
  const signal = options.signal ?? new AbortController().signal;
  let loaded: unknown;
  try {
    loaded = await source.load({ signal });
  } catch (error) {
    if (signal.aborted || isAbortError(error)) throw error;
    const log = new (await problemWords()).ProblemLog(source.name);
    if (error instanceof SourceError) {
      log.add(
        { collection: 'file' },
        {
          code: error.code,
          detail: error.message.replace(/\.$/, ''),
          ...(error.expected !== undefined ? { expected: error.expected } : {}),
          ...(error.found !== undefined ? { found: error.found } : {}),
          leftOut: 'file',
        },
      );
    } else {
      // A custom source threw: report its message, never its stack.
      log.add({ collection: 'file' }, { code: 'load-failed', found: describeError(error), leftOut: 'file' });
    }
    return { status: 'error', dataset: emptyDataset(), problems: log.problems, error: 'data.error', source };
  }
  if (signal.aborted) throw new DOMException('The load was aborted.', 'AbortError');
  const payload: Omit<SourcePayload, symbol> = isSourcePayload(loaded) ? loaded : { data: loaded };
  const { dataset, findings } = checkDataset(payload.data, options.today ? { today: options.today } : {});
  const words = findings.length > 0 || payload.stale ? await problemWords() : undefined;
  const all: Problem[] = [
    ...(payload.problems ?? []),
    ...(words ? new words.ProblemLog(source.name).addFindings(findings).problems : []),
  ];
  if (payload.stale) {
    const log = new words!.ProblemLog(source.name);
    log.add(
      { collection: 'file' },
      {
        code: 'stale-data',
        severity: 'warning',
        found: payload.stale.reason,
        ...(payload.stale.savedAt
          ? {
              detail: `the data host could not be reached; showing the copy saved at ${payload.stale.savedAt}, which may be out of date`,
            }
          : {}),
      },
    );
    all.unshift(...log.problems);
    return {
      status: 'stale',
      dataset,
      problems: all,
      ...(payload.stale.savedAt ? { savedAt: payload.stale.savedAt } : {}),
      source,
    };
  }
  const fatal = all.some((p) => p.leftOut === 'file');
  return fatal
    ? { status: 'error', dataset, problems: all, error: 'data.invalid', source }
    : { status: 'ready', dataset, problems: all, source };
}

/** The words of problems (with the console report), imported on first use. */
const problemWords = () => import('./report.js');

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 200);
  return String(error).slice(0, 200);
}

/** Runs one load at a time; a new load (or `abort()`) aborts the one before, whose outcome is dropped. */
export class LatestLoader {
  private controller?: AbortController;

  /** Resolves to the outcome, or to `undefined` when a newer load or `abort()` superseded this one. */
  async load(source: DataSource, options: Omit<LoadOptions, 'signal'> = {}): Promise<LoadOutcome | undefined> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    try {
      const outcome = await loadSource(source, { ...options, signal: controller.signal });
      return controller.signal.aborted ? undefined : outcome;
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return undefined;
      throw error;
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }

  get loading(): boolean {
    return this.controller !== undefined;
  }

  abort(): void {
    this.controller?.abort();
    this.controller = undefined;
  }
}

export interface ElementSourceInput {
  /** A source object set as a property (wins over everything). */
  source?: DataSource | undefined;
  /** Data set as a property. */
  data?: unknown;
  /** The `src` attribute. */
  src?: string | null | undefined;
  /** The `source-type` attribute: `json` (default), `csv`, `remote`, or a registered name. */
  type?: string | null | undefined;
}

/**
 * The source an element describes, in order of precedence: `source` property, `data` property, `src` attribute,
 * inline JSON child; `undefined` when it describes none. An unknown `source-type` yields a source that fails with a
 * specific problem.
 */
export function sourceFromElement(element: Element, input: ElementSourceInput): DataSource | undefined {
  if (input.source) return input.source;
  if (input.data !== undefined && input.data !== null) return propertySource(input.data);
  const type = input.type?.trim() || (input.src && /\.csv(?:$|[?#])|[?&]output=csv/i.test(input.src) ? 'csv' : 'json');
  if (input.src) {
    const source = createSource(type, { src: input.src, element });
    if (source) return source;
    return {
      name: input.src,
      load: async () => {
        throw new SourceError(
          'load-failed',
          `No source type "${type}" is registered`,
          JSON.stringify(type),
          'json, csv, remote or a name given to registerSource()',
        );
      },
    };
  }
  if (input.type && !['json', 'csv', 'auto', 'remote'].includes(type)) {
    const source = createSource(type, { element });
    if (source) return source;
  }
  const script = findInlineScript(element);
  return script ? inlineSource(script) : undefined;
}
