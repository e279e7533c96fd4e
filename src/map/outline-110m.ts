// The 110m Natural Earth outline (world-atlas, public domain). Imported only through `import()` in ./outline.ts,
// so it is a chunk of its own that pages without a map never download.
import topology from 'world-atlas/countries-110m.json';
export default topology;
