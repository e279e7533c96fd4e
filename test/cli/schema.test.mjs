// The published JSON Schema (for editors and other tools) agrees with the runtime validator used by the elements
// and the CLI: Ajv and `validateDataset` (bundled from the TypeScript source at test time) accept and reject the
// same samples. Checks a schema cannot express (unique ids, partners that exist, end after start) are runtime-only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import Ajv from 'ajv';

const bundle = await build({
  entryPoints: ['src/data/validate.ts'],
  bundle: true,
  write: false,
  platform: 'node',
  format: 'esm',
  tsconfig: 'tsconfig.json',
});
const { validateDataset } = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);
const countries = await build({
  entryPoints: ['src/data/country-table.ts'],
  bundle: true,
  write: false,
  platform: 'node',
  format: 'esm',
});
const { COUNTRIES } = await import(
  `data:text/javascript;base64,${Buffer.from(countries.outputFiles[0].text).toString('base64')}`
);

const schema = JSON.parse(readFileSync('schema/partnership-dataset.schema.json', 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
const runtimeErrors = (sample) =>
  validateDataset(sample, { source: 's' }).problems.filter((p) => p.severity === 'error');
const RUNTIME_ONLY = new Set(['duplicate-id', 'unknown-partner', 'too-few-partners', 'end-before-start', 'bad-date']);

const inst = (id, extra = {}) => ({ id, name: `U ${id}`, ...extra });
const p = (extra = {}) => ({ id: 'p', title: 'T', partners: ['a', 'b'], type: 'joint-research', ...extra });
const ds = (partnership = {}, institution = {}) => ({
  institutions: [inst('a', institution), inst('b')],
  partnerships: [p(partnership)],
});

const VALID = {
  minimal: ds(),
  'full partnership': ds({
    title: { en: 'E', ar: 'ع' },
    description: 'd',
    fields: ['x', { isced: '0713', label: 'y' }],
    levels: ['master'],
    status: 'planned',
    start: '2024-09',
    end: '2025',
    programme: 'Erasmus+',
    languages: ['en', 'zh-Hant'],
    placesPerYear: 3,
    contacts: [{ name: 'n', email: 'a@b.co', url: 'https://x.org' }],
    links: [{ url: 'mailto:a@b.co' }],
    tags: ['t'],
  }),
  'full institution': ds(
    {},
    {
      name: { en: 'A', fr: 'A' },
      acronyms: ['A'],
      aliases: [],
      kind: 'hospital',
      country: 'SA',
      city: 'Jeddah',
      lat: 21.5,
      lng: 39.2,
      website: 'https://a.edu',
      logo: 'https://a.edu/l.png',
    },
  ),
  'partner with role': ds({ partners: [{ id: 'a', role: 'coordinator' }, 'b'] }),
  'custom type': {
    ...ds({ type: 'summer-school' }),
    meta: { types: [{ id: 'summer-school', label: 'Summer school' }], home: 'a', updated: '2025-01-02' },
  },
  'ROR record': {
    institutions: [
      {
        id: 'https://ror.org/02ma4wv74',
        names: [{ value: 'KAU', types: ['ror_display'], lang: null }],
        locations: [{ geonames_details: { country_code: 'SA', lat: 21.5, lng: 39.2 } }],
      },
      inst('b'),
    ],
    partnerships: [p({ partners: ['https://ror.org/02ma4wv74', 'b'] })],
  },
  'the bundled sample': JSON.parse(readFileSync('public/data/partnerships.json', 'utf8')),
  'the 3,000 shared ROR records': {
    institutions: JSON.parse(readFileSync('../shared/data/ror/ror-institutions.json', 'utf8')),
    partnerships: [],
  },
};
const INVALID = {
  'not an object': 'x',
  'no lists': {},
  'institutions not a list': { institutions: {}, partnerships: [] },
  'missing title': ds({ title: undefined }),
  'title wrong type': ds({ title: 7 }),
  'empty title': ds({ title: '  ' }),
  'partners not a list': ds({ partners: 'a,b' }),
  'one partner': ds({ partners: ['a'] }),
  'missing type': ds({ type: undefined }),
  'bad level': ds({ levels: ['phd'] }),
  'bad status': ds({ status: 'paused' }),
  'bad date': ds({ start: 'soon' }),
  'month 13': ds({ start: '2024-13' }),
  'unsafe link': ds({ links: [{ url: 'javascript:alert(1)' }] }),
  'relative link': ds({ links: [{ url: '/page' }] }),
  'negative places': ds({ placesPerYear: -1 }),
  'fractional places': ds({ placesPerYear: 1.5 }),
  'bad language': ds({ languages: ['english language'] }),
  'bad email': ds({ contacts: [{ email: 'nobody' }] }),
  'bad isced': ds({ fields: [{ isced: 'abc' }] }),
  'unknown country': ds({}, { country: 'XX' }),
  'lower-case country': ds({}, { country: 'sa' }),
  'latitude 123': ds({}, { lat: 123, lng: 0 }),
  'latitude only': ds({}, { lat: 12 }),
  'coordinates as strings': ds({}, { lat: '12', lng: '13' }),
  'unknown kind': ds({}, { kind: 'castle' }),
  'website javascript': ds({}, { website: 'javascript:alert(1)' }),
  'website mailto': ds({}, { website: 'mailto:a@b.c' }),
  'institution without name': { institutions: [{ id: 'a' }, inst('b')], partnerships: [] },
  'institution not an object': { institutions: [3], partnerships: [] },
  'ROR record without labels': {
    institutions: [{ id: 'r', names: [{ value: 'R', types: ['acronym'], lang: null }] }],
    partnerships: [],
  },
  'meta wrong type': { ...ds(), meta: [] },
  'meta bad date': { ...ds(), meta: { updated: 'yesterday' } },
};
const RUNTIME_ONLY_SAMPLES = {
  'duplicate ids': { institutions: [inst('a'), inst('a'), inst('b')], partnerships: [] },
  'unknown partner': ds({ partners: ['a', 'b', 'ghost'] }),
  'end before start': ds({ start: '2024', end: '2023' }),
  '30 February (a calendar check)': ds({ start: '2024-02-30' }),
};

for (const [name, sample] of Object.entries(VALID)) {
  test(`both accept: ${name}`, () => {
    assert.equal(validate(sample), true, JSON.stringify(validate.errors?.slice(0, 3)));
    assert.deepEqual(
      runtimeErrors(sample).map((e) => e.message),
      [],
    );
  });
}
for (const [name, sample] of Object.entries(INVALID)) {
  test(`both reject: ${name}`, () => {
    assert.equal(validate(sample), false);
    assert.ok(runtimeErrors(sample).length > 0, 'the runtime validator reports an error');
  });
}
for (const [name, sample] of Object.entries(RUNTIME_ONLY_SAMPLES)) {
  test(`runtime-only check: ${name}`, () => {
    assert.equal(validate(sample), true);
    const errors = runtimeErrors(sample);
    assert.ok(errors.length > 0);
    assert.ok(
      errors.every((e) => RUNTIME_ONLY.has(e.code)),
      errors.map((e) => e.code).join(),
    );
  });
}

test('the schema lists the same enumerations as the TypeScript model', () => {
  const src = readFileSync('src/data/model.ts', 'utf8');
  const list = (name) =>
    [...src.match(new RegExp(`export const ${name} = \\[([\\s\\S]*?)\\] as const`))[1].matchAll(/'([^']+)'/g)].map(
      (m) => m[1],
    );
  const d = schema.definitions;
  assert.deepEqual([...d.country.enum].sort(), [...COUNTRIES.keys()].sort());
  assert.deepEqual(d.institution.properties.kind.enum, list('INSTITUTION_KINDS'));
  assert.deepEqual(d.partnership.properties.levels.items.enum, list('LEVELS'));
  assert.deepEqual(d.partnership.properties.status.enum, list('STATUSES'));
  assert.deepEqual(d.partnership.properties.type.anyOf[0].enum, list('PARTNERSHIP_TYPES'));
});
