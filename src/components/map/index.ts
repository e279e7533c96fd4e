export { PaMap, MAP_MODES } from './map.js';
export type { MapMode } from './map.js';
