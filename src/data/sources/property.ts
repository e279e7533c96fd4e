/** Data handed over as a JavaScript value (for apps). */
import { sourcePayload, type DataSource } from './types.js';

export function propertySource(data: unknown, name = 'property'): DataSource {
  return { name, load: async () => sourcePayload(data) };
}
