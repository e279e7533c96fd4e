// Seeded datasets for engine tests and the engine benchmark, from the data developer's generator
// (src/data/generate.ts) run through the real validation/normalisation (src/data/validate.ts).
import type { Dataset } from '../../../src/data/model.js';
import { generateDataset } from '../../../src/data/generate.js';
import { validateDataset } from '../../../src/data/validate.js';

export { seededRandom as rng } from '../../../src/data/generate.js';

export interface Generated {
  dataset: Dataset;
  /** The input file's JSON text (for the heap-vs-JSON ratio). */
  json: string;
}

/** Generates, serialises and parses back (as a page would receive it: flat strings from JSON.parse), validates. */
export function generate(partnerships: number, seed = 1): Generated {
  const json = JSON.stringify(generateDataset({ partnerships, seed, year: 2025 }));
  const { dataset } = validateDataset(JSON.parse(json), { source: 'generated', today: '2025-06-01' });
  return { dataset, json };
}
