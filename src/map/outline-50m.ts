// The finer 50m Natural Earth outline (world-atlas), loaded through `import()` only when the visitor zooms in far.
import topology from 'world-atlas/countries-50m.json';
export default topology;
