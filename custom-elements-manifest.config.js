// custom-elements.json describes the public elements and events; `npm run analyze` writes it, CI checks it is current.
export default {
  globs: ['src/components/**/*.ts', 'src/events/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  litelement: true,
};
