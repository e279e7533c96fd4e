/**
 * The broken corpus (test/fixtures/broken/, expectations in expected.json): every file loads without breaking the
 * page, each problem is reported specifically, and every valid record still shows.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { urlSource } from '../../src/data/sources/url.js';
import { loadSource } from '../../src/data/loader.js';
import { generateDataset } from '../../src/data/generate.js';
import '../../src/components/data/define.js';
import type { PaData } from '../../src/components/data/data.js';

const BASE = '/__test/broken/';
type Expected = Record<string, { codes: string[]; partnerships: number; institutions?: number }>;

describe('broken corpus', () => {
  let expected: Expected;
  before(async () => {
    expected = (await (await fetch(`${BASE}expected.json`)).json()) as Expected;
  });

  it('has a fixture for every kind of mistake', () => {
    const codes = new Set(Object.values(expected).flatMap((e) => e.codes));
    for (const code of [
      'malformed-json',
      'not-a-dataset',
      'wrong-type',
      'missing-field',
      'missing-collection',
      'duplicate-id',
      'unknown-partner',
      'bad-coordinates',
      'unknown-country',
      'bad-date',
      'end-before-start',
      'unsafe-link',
      'markup-in-text',
      'malformed-csv',
    ])
      expect(codes, code).to.include(code);
  });

  it('loads each file, reports each expected problem with source, record and field, and keeps the valid records', async () => {
    for (const [file, e] of Object.entries(expected)) {
      const outcome = await loadSource(urlSource(BASE + file, { keepLastGood: false }), { today: '2025-06-01' });
      const codes = outcome.problems.map((p) => p.code);
      for (const code of e.codes) expect(codes, `${file}: ${code}`).to.include(code);
      expect(outcome.dataset.partnerships, file).to.have.length(e.partnerships ?? 0);
      if (e.institutions !== undefined) expect(outcome.dataset.institutions, file).to.have.length(e.institutions);
      for (const p of outcome.problems) {
        expect(p.source, file).to.equal(BASE + file);
        expect(p.message, file)
          .to.be.a('string')
          .and.contain(BASE + file);
        if (p.collection === 'institutions' || p.collection === 'partnerships')
          expect(p.index, `${file}: ${p.message}`).to.be.a('number');
        if (
          !['malformed-json', 'not-a-dataset', 'malformed-csv', 'missing-collection'].includes(p.code) &&
          p.collection !== 'file'
        )
          expect(p.field, `${file}: ${p.message}`).to.be.a('string');
      }
      const fatal = ['malformed.json', 'empty.json', 'not-a-dataset.json'].includes(file);
      expect(outcome.status, file).to.equal(fatal ? 'error' : 'ready');
    }
  });

  it('names the exact record and field, e.g. an unsafe link', async () => {
    const outcome = await loadSource(urlSource(`${BASE}unsafe-links.json`, { keepLastGood: false }));
    const unsafe = outcome.problems
      .filter((p) => p.code === 'unsafe-link')
      .map((p) => `${p.collection}[${p.index}].${p.field}`);
    expect(unsafe).to.have.members([
      'institutions[2].website',
      'partnerships[1].links/0/url',
      'partnerships[1].links/1/url',
      'partnerships[1].links/2/url',
      'partnerships[1].links/3/url',
      'partnerships[1].contacts/0/url',
    ]);
    expect(outcome.dataset.partnerships[1]!.links.map((l) => l.url)).to.deep.equal(['https://fine.example.edu/']);
  });

  it('renders HTML and script in names as text inside the page', async () => {
    const el = await fixture<PaData>(html`<pa-data debug src=${`${BASE}html-in-names.json`}></pa-data>`);
    await el.loadComplete;
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector('[part=problems]')!;
    expect(panel.textContent).to.contain('<img src=x onerror=alert(1)>University');
    expect(el.shadowRoot!.querySelector('img, script:not([type]), iframe, b')).to.equal(null);
    expect(el.store.getState().dataset!.institutionById.get('h1')!.displayName).to.equal(
      '<img src=x onerror=alert(1)>University',
    );
  });

  it('loads a 100,000-record file with errors in it without breaking, and keeps every valid record', async function () {
    this.timeout(120_000); // generates, serialises (over 40 MB), fetches, parses and validates 100,000 records
    const input = generateDataset({ partnerships: 100_000, seed: 42 });
    const bad = [7, 1234, 50_000, 99_999];
    (input.partnerships[bad[0]!] as unknown as Record<string, unknown>)['end'] = '1999'; // end before start
    (input.partnerships[bad[1]!] as unknown as Record<string, unknown>)['partners'] = ['gen-inst-1', 'nobody'];
    (input.partnerships[bad[2]!] as unknown as Record<string, unknown>)['links'] = [{ url: 'javascript:alert(1)' }];
    (input.partnerships[bad[3]!] as unknown as Record<string, unknown>)['title'] = 42;
    const text = JSON.stringify(input);
    expect(text.length).to.be.greaterThan(40_000_000);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const outcome = await loadSource(urlSource(url, { keepLastGood: false }), { today: '2025-06-01' });
    URL.revokeObjectURL(url);
    expect(outcome.status).to.equal('ready');
    expect(outcome.dataset.partnerships).to.have.length(100_000 - 2);
    expect(outcome.problems.map((p) => `${p.index}:${p.code}`)).to.deep.equal([
      '7:end-before-start',
      '1234:unknown-partner',
      '1234:too-few-partners',
      '50000:unsafe-link',
      '99999:wrong-type',
    ]);
  });
});
