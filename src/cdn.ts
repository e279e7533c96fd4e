// The single-file CDN bundle: every element registered, Lit inlined, public API re-exported.
import './define.js';
export * from './index.js';
