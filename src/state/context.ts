/**
 * The context key through which a provider (`<pa-data>`, `<pa-directory>`) shares its store with the elements
 * nested inside it. One store object is provided for the provider's lifetime: consumers subscribe to it rather than
 * waiting for a new context value (context notifies only when the provided object changes).
 */
import { createContext } from '@lit/context';
import type { StoreApi } from './types.js';

export const storeContext = createContext<StoreApi>(Symbol.for('partner-atlas.store'));
