/**
 * DataController: the loading mechanism every data-taking element shares (`<pa-data>`, `<pa-directory>`).
 * It owns a store, loads the source the host describes (`source`/`data` properties, `src` + `source-type`
 * attributes, or an inline `<script type="application/json">` child), aborts when the host leaves the page or the
 * source changes (only the latest load wins), reports problems to the console (grouped, once), and fires the typed
 * events `pa-data-loaded`, `pa-data-failed` and `pa-problems` on the host.
 *
 * ```ts
 * class PaDirectory extends LitElement {
 *   @property() src?: string;
 *   @property({ attribute: 'source-type' }) sourceType?: string;
 *   @property({ attribute: false }) data?: unknown;
 *   @property({ attribute: false }) source?: DataSource;
 *   private loader = new DataController(this, () => ({ src: this.src, type: this.sourceType, data: this.data, source: this.source }));
 *   // provide this.loader.store through storeContext, read it through a StoreController
 * }
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createStore, type Store, type StoreOptions } from './store.js';
import { sourceFromElement, type ElementSourceInput, type LoadOutcome } from '../data/loader.js';
import type { DataSource } from '../data/sources/types.js';
import { DataLoadedEvent } from '../events/data-loaded.js';
import { DataFailedEvent } from '../events/data-failed.js';
import { ProblemsEvent } from '../events/problems.js';

type Host = ReactiveControllerHost & HTMLElement;

export class DataController implements ReactiveController {
  readonly store: Store;
  /** The outcome of the latest finished load. */
  outcome?: LoadOutcome;
  private key?: unknown[];
  private pending?: Promise<LoadOutcome | undefined>;

  constructor(
    private readonly host: Host,
    private readonly input: () => ElementSourceInput,
    options: StoreOptions & { store?: Store } = {},
  ) {
    // The store can be reloaded by whoever holds it (the error state's "Try again", even in a nested directory).
    this.store = Object.assign(options.store ?? createStore(options), { reload: () => void this.reload() });
    host.addController(this);
  }

  hostConnected(): void {
    this.key = undefined; // a reconnected host loads again (its last load was aborted)
    this.check();
  }

  /**
   * A changed source loads before the host renders (not after): the host's first render of the change already shows
   * the `loading` state, instead of scheduling a second update from inside the first.
   */
  hostUpdate(): void {
    this.check();
  }

  hostDisconnected(): void {
    this.store.abort();
  }

  /** Loads again, even when the source description did not change (e.g. after editing the inline script). */
  reload(): Promise<LoadOutcome | undefined> {
    this.key = undefined;
    return this.check() ?? Promise.resolve(undefined);
  }

  /** A promise for the current load (resolved immediately when idle). */
  get loadComplete(): Promise<LoadOutcome | undefined> {
    return this.pending ?? Promise.resolve(this.outcome);
  }

  private check(): Promise<LoadOutcome | undefined> | undefined {
    const input = this.input();
    const key = [input.source, input.data, input.src ?? undefined, input.type ?? undefined];
    if (this.key && key.every((k, i) => Object.is(k, this.key![i]))) return undefined;
    this.key = key;
    const source = sourceFromElement(this.host, input);
    if (!source) return undefined;
    return this.run(source);
  }

  private run(source: DataSource): Promise<LoadOutcome | undefined> {
    const pending = this.store.load(source).then(async (outcome) => {
      if (!outcome) return undefined;
      this.outcome = outcome;
      // The console report loads only when there is something to report.
      if (outcome.problems.length > 0)
        (await import('../data/report.js')).reportProblems(outcome.problems, source.name);
      if (outcome.status === 'error') {
        this.host.dispatchEvent(new DataFailedEvent({ problems: outcome.problems }));
      } else {
        this.host.dispatchEvent(
          new DataLoadedEvent({
            dataset: outcome.dataset,
            problems: outcome.problems,
            stale: outcome.status === 'stale',
          }),
        );
      }
      if (outcome.problems.length > 0) this.host.dispatchEvent(new ProblemsEvent({ problems: outcome.problems }));
      this.host.requestUpdate();
      return outcome;
    });
    this.pending = pending;
    void pending.finally(() => {
      if (this.pending === pending) this.pending = undefined;
    });
    return pending;
  }
}
