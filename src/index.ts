// Public exports only: classes and types, no side effects. Import `partner-atlas/define.js` to register elements.
export * from './data/model.js';
export type { Problem, ProblemSeverity } from './data/problems.js';
export * from './state/types.js';
export { PaCard } from './components/card/index.js';
export { defineElement } from './internal/define-element.js';
