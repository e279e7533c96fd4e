/**
 * StoreController: how an element reads the store.
 *
 * ```ts
 * class PaResultCount extends LitElement {
 *   private data = new StoreController(this, (s) => s.result?.total);
 *   render() { return html`${this.data.value ?? ''}`; }
 * }
 * ```
 *
 * The store is found, in order: by the host's `for` (or `store`) attribute, which names the id of a
 * store-providing element anywhere on the page (like `<label for>`); else from the nearest provider around the host
 * through the context protocol (./context.ts). The controller subscribes, exposes `.store`, `.state` and `.value` (the selector's answer),
 * and asks the host to update only when the selected value changes (`Object.is`). It follows changes of the
 * `for`/`store` attribute and providers that appear or leave later.
 *
 * Elements inside a container put on hold (`hold(container)`; the directory's closed filter drawer, or its results
 * while the drawer covers them) keep their state current but are not asked to update, as nobody sees them;
 * `release(container)` asks those that missed a change to update, before the container is shown again.
 *
 * With `{ offscreen: 'after-paint' }` (the facets, whose counts change on every keystroke, and the results), a host
 * that is off screen (outside the viewport, or scrolled out of view in the drawer) gets a change in a task after the
 * frame, not in it: the frame that shows the change to the visitor is not delayed by what nobody sees, and the host is
 * current a frame later, before a visitor can scroll to it or a screen reader reach it; several changes in one frame
 * make one update. A host that comes into view with a change still waiting updates at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StoreConsumer } from './context.js';
import { OffscreenGate } from '../internal/on-screen.js';
import { watchStore } from './store-registry.js';
import type { StoreApi, StoreState } from './types.js';

type Host = ReactiveControllerHost & HTMLElement;

const HOLD = 'data-pa-hold';
/** The hosts that missed a change while held, by the container that holds them. */
const missed = new WeakMap<Element, Set<Host>>();

/** Holds the store-reading elements in `container` (itself included): see the module's description. */
export function hold(container: Element): void {
  container.setAttribute(HOLD, '');
}

/** Ends `hold(container)`: the elements that missed a change update (in the next microtask, as any Lit update). */
export function release(container: Element): void {
  container.removeAttribute(HOLD);
  const hosts = missed.get(container);
  missed.delete(container);
  hosts?.forEach((host) => host.requestUpdate());
}

/** Options of a StoreController. */
export interface StoreControllerOptions {
  /** `'after-paint'`: off screen, the host gets a change after the frame is painted (see the module's description). */
  readonly offscreen?: 'after-paint';
}

export class StoreController<T = StoreState> implements ReactiveController {
  /** The connected store, if any. */
  store?: StoreApi;
  /** The store's current state, if connected. */
  state?: StoreState;
  /** The selector's answer for the current state (the whole state without a selector). */
  value?: T;

  private contextStore?: StoreApi;
  private unsubscribe?: () => void;
  private unwatch?: () => void;
  private watchedId?: string;
  private observer?: MutationObserver;
  /** Asks the host to update at once on screen, after the frame off screen (with `offscreen: 'after-paint'`). */
  private gate?: OffscreenGate;

  constructor(
    private readonly host: Host,
    private readonly selector: (state: StoreState) => T = (s) => s as unknown as T,
    private readonly options: StoreControllerOptions = {},
  ) {
    host.addController(this);
    new StoreConsumer(host, (store) => {
      this.contextStore = store;
      this.resolve();
    });
  }

  /** The id named by `for` or `store`, if any. */
  private get targetId(): string | undefined {
    return (this.host.getAttribute('for') ?? this.host.getAttribute('store'))?.trim() || undefined;
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(() => this.resolve());
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['for', 'store'] });
    if (this.options.offscreen) this.gate = new OffscreenGate(this.host, () => this.host.requestUpdate());
    this.resolve();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.gate?.disconnect();
    this.gate = undefined;
    this.unwatch?.();
    this.unwatch = undefined;
    this.watchedId = undefined;
    this.attach(undefined);
  }

  private resolve(): void {
    const id = this.targetId;
    if (id !== this.watchedId) {
      this.unwatch?.();
      this.unwatch = undefined;
      this.watchedId = id;
      if (id !== undefined) {
        this.unwatch = watchStore(id, (store) => this.attach(store));
        return;
      }
    }
    if (id === undefined) this.attach(this.contextStore);
  }

  private attach(store: StoreApi | undefined): void {
    if (store === this.store) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = store;
    if (store) {
      this.unsubscribe = store.subscribe((state) => this.update(state));
      this.update(store.getState(), true);
    } else {
      this.state = undefined;
      this.value = undefined;
      this.host.requestUpdate();
    }
  }

  private update(state: StoreState, force = false): void {
    this.state = state;
    const value = this.selector(state);
    if (!force && Object.is(value, this.value)) return;
    this.value = value;
    const holder = force ? null : this.host.closest(`[${HOLD}]`);
    if (!holder) return force || !this.gate ? this.host.requestUpdate() : this.gate.request();
    let hosts = missed.get(holder);
    if (!hosts) missed.set(holder, (hosts = new Set()));
    hosts.add(this.host);
  }
}
