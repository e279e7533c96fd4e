/**
 * How a provider (`<pa-data>`, `<pa-directory>`) shares its store with the elements nested inside it: the community
 * context protocol (https://github.com/webcomponents-cg/community-protocols/blob/main/proposals/context.md) that
 * @lit/context implements, here in a few lines for this one context (every page downloads it).
 *
 * A consumer dispatches a `context-request` event (bubbling, composed) with the key `storeContext`; the nearest
 * provider answers it and stops it. Consumers subscribe: a provider whose store changes (`setValue`) tells them, and
 * a provider that appears between a provider and its consumers (`context-provider` event) takes them over. Elements
 * and providers written with @lit/context interoperate (same events, same key).
 *
 * One store object is provided for the provider's lifetime (unless it changes its mind, as a directory nested in a
 * `pa-data` does): consumers subscribe to the store rather than waiting for a new context value.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Context } from '@lit/context';
import type { StoreApi } from './types.js';

/** The context key (as `createContext(Symbol.for('partner-atlas.store'))` of @lit/context makes it). */
export const storeContext = Symbol.for('partner-atlas.store') as Context<symbol, StoreApi>;

type Host = ReactiveControllerHost & HTMLElement;
type Callback = (store: StoreApi, unsubscribe?: () => void) => void;

/** The request of a consumer (the protocol's `context-request` event). */
class ContextRequestEvent extends Event {
  constructor(
    readonly context: typeof storeContext,
    readonly contextTarget: Element,
    readonly callback: Callback,
    readonly subscribe: boolean,
  ) {
    super('context-request', { bubbles: true, composed: true });
  }
}

/** Said by a provider that connects (the protocol's `context-provider` event). */
class ContextProviderEvent extends Event {
  constructor(
    readonly context: typeof storeContext,
    readonly contextTarget: Element,
  ) {
    super('context-provider', { bubbles: true, composed: true });
  }
}

/** Provides `value` to the consumers nested in `host`; `setValue` tells them of another store. */
export class StoreProvider implements ReactiveController {
  private readonly subscribers = new Map<Callback, { consumer: Element; unsubscribe: () => void }>();

  constructor(
    private readonly host: Host,
    public value: StoreApi,
  ) {
    host.addEventListener('context-request', this.onRequest as EventListener);
    host.addEventListener('context-provider', this.onProvider as EventListener);
    host.addController(this);
  }

  hostConnected(): void {
    this.host.dispatchEvent(new ContextProviderEvent(storeContext, this.host));
  }

  setValue(value: StoreApi): void {
    if (value === this.value) return;
    this.value = value;
    for (const [callback, { unsubscribe }] of this.subscribers) callback(value, unsubscribe);
  }

  /** A consumer asks (not the host itself, which may consume the same context from a provider around it). */
  private readonly onRequest = (e: ContextRequestEvent) => {
    const consumer = e.contextTarget ?? e.composedPath()[0];
    if (e.context !== storeContext || consumer === this.host) return;
    e.stopPropagation();
    if (!e.subscribe) return e.callback(this.value);
    let subscription = this.subscribers.get(e.callback);
    if (!subscription) {
      const unsubscribe = () => this.subscribers.delete(e.callback);
      this.subscribers.set(e.callback, (subscription = { consumer, unsubscribe }));
    }
    e.callback(this.value, subscription.unsubscribe);
  };

  /** A provider appeared inside this one: the consumers ask again, and those inside the new one move to it. */
  private readonly onProvider = (e: ContextProviderEvent) => {
    if (e.context !== storeContext || (e.contextTarget ?? e.composedPath()[0]) === this.host) return;
    for (const [callback, { consumer }] of [...this.subscribers])
      consumer.dispatchEvent(new ContextRequestEvent(storeContext, consumer, callback, true));
    e.stopPropagation();
  };
}

/**
 * Consumers no provider has answered yet. A provider upgraded after them (its element defined later, as when the
 * modules of separate elements load out of order) says so with a `context-provider` event that nobody stops: it
 * reaches the document, and the waiting consumers ask again (those inside the new provider now get its store). This
 * is the part of @lit/context's `ContextRoot` that one context needs; it listens only while a consumer waits.
 */
const waiting = new Set<StoreConsumer>();

const onProviderAtRoot = (e: Event) => {
  if ((e as ContextProviderEvent).context !== storeContext) return;
  for (const consumer of [...waiting]) consumer.ask();
};

function wait(consumer: StoreConsumer, waits: boolean): void {
  const before = waiting.size;
  if (waits) waiting.add(consumer);
  else waiting.delete(consumer);
  if (before === 0 && waiting.size > 0) document.addEventListener('context-provider', onProviderAtRoot);
  else if (before > 0 && waiting.size === 0) document.removeEventListener('context-provider', onProviderAtRoot);
}

/** Subscribes `host` to the store of the nearest provider around it; `callback` hears of each store it gets. */
export class StoreConsumer implements ReactiveController {
  private unsubscribe?: (() => void) | undefined;
  private answered = false;

  constructor(
    private readonly host: Host,
    private readonly callback: (store: StoreApi) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.ask();
  }

  hostDisconnected(): void {
    wait(this, false);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Asks the providers around the host; without an answer, waits for a provider to appear. */
  ask(): void {
    this.answered = false;
    this.host.dispatchEvent(new ContextRequestEvent(storeContext, this.host, this.onStore, true));
    wait(this, !this.answered && this.host.isConnected);
  }

  private readonly onStore = (store: StoreApi, unsubscribe?: () => void) => {
    this.answered = true;
    // Another unsubscribe: another provider answered; leave the former one.
    if (this.unsubscribe !== unsubscribe) this.unsubscribe?.();
    this.unsubscribe = unsubscribe;
    this.host.requestUpdate();
    this.callback(store);
  };
}
