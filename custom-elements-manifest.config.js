// custom-elements.json describes the public elements and events; `npm run analyze` writes it, CI checks it is current.

/**
 * The analyzer also lists `dispatchEvent(new SomeEvent(...))` calls as events without a name (our Event subclasses
 * carry their name inside the class). Every public event is documented with `@fires <name>` in the element's JSDoc,
 * so nameless entries are dropped.
 */
const dropNamelessEvents = {
  name: 'drop-nameless-events-and-sort',
  packageLinkPhase({ customElementsManifest }) {
    // File discovery order varies between runs: sort modules so the output (and the staleness check) is stable.
    customElementsManifest.modules?.sort((a, b) => a.path.localeCompare(b.path));
    for (const mod of customElementsManifest.modules ?? []) {
      for (const decl of mod.declarations ?? []) {
        if (decl.events) decl.events = decl.events.filter((e) => typeof e.name === 'string' && e.name !== '');
      }
    }
  },
};

export default {
  globs: ['src/components/**/*.ts', 'src/events/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  litelement: true,
  // package.json names the manifest statically; the staleness check writes elsewhere and must not rewrite it.
  packagejson: false,
  plugins: [dropNamelessEvents],
};
