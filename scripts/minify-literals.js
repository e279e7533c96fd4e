// Minifies the HTML and CSS inside Lit's html`` and css`` literals in production bundles (the CDN build and the size
// check), using Lit Labs' plugin. CSS is minified without browser targets so modern CSS (light-dark(), container
// queries, logical properties) is kept as written.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

export function minifyLiterals() {
  return {
    ...minifyHTML({ failOnError: true }),
    name: 'partner-atlas:minify-literals',
  };
}
