/**
 * A page-level registry of stores by the id of the element that provides them, so an element that cannot be nested
 * in the provider (a map in a sidebar) can name it: `<pa-map for="partners">`, the way `<label for>` names an input.
 * Watchers are told when a store appears or goes, so elements defined before or after the provider still connect.
 * Shared through `globalThis` under a registered symbol, so two copies of the library on one page see each other.
 */
import type { StoreApi } from './types.js';

type Watcher = (store: StoreApi | undefined) => void;
interface Registry {
  stores: Map<string, StoreApi>;
  watchers: Map<string, Set<Watcher>>;
}

const KEY = Symbol.for('partner-atlas.store-registry');
const registry: Registry = ((globalThis as Record<symbol, unknown>)[KEY] as Registry | undefined) ?? {
  stores: new Map(),
  watchers: new Map(),
};
(globalThis as Record<symbol, unknown>)[KEY] = registry;

function notify(id: string): void {
  const store = registry.stores.get(id);
  for (const watcher of [...(registry.watchers.get(id) ?? [])]) watcher(store);
}

/** Makes `store` reachable under `id`; returns a function that removes it (only if it is still the one registered). */
export function registerStore(id: string, store: StoreApi): () => void {
  registry.stores.set(id, store);
  notify(id);
  return () => {
    if (registry.stores.get(id) !== store) return;
    registry.stores.delete(id);
    notify(id);
  };
}

export function findStore(id: string): StoreApi | undefined {
  return registry.stores.get(id);
}

/** Calls `watcher` now and whenever the store under `id` changes; returns a function that stops watching. */
export function watchStore(id: string, watcher: Watcher): () => void {
  let set = registry.watchers.get(id);
  if (!set) registry.watchers.set(id, (set = new Set()));
  set.add(watcher);
  watcher(registry.stores.get(id));
  return () => {
    set.delete(watcher);
    if (set.size === 0) registry.watchers.delete(id);
  };
}
