import { expect } from '@open-wc/testing';
import { validateDataset } from '../../src/data/validate.js';
import type { Problem } from '../../src/data/problems.js';

const inst = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: `Uni ${id}`, country: 'SA', ...extra });
const base = () => ({
  institutions: [inst('a'), inst('b'), inst('c')],
  partnerships: [] as unknown[],
});
const run = (input: unknown) => validateDataset(input, { source: 'test.json', today: '2025-06-01' });
const codes = (problems: readonly Problem[]) => problems.map((p) => p.code);

describe('validateDataset', () => {
  it('normalises a valid dataset without problems', () => {
    const input = base();
    input.partnerships.push({
      id: 'p1',
      title: { en: 'Energy', ar: 'الطاقة' },
      description: 'Plain text',
      partners: ['a', { id: 'b', role: 'coordinator' }],
      type: 'joint-research',
      fields: ['Energy', { isced: '0713', label: { en: 'Electricity and energy' } }],
      levels: ['master', 'doctoral'],
      start: '2020-09',
      end: '2030',
      languages: ['en', 'AR'],
      placesPerYear: 4,
      contacts: [{ name: 'Office', email: 'io@example.edu', url: 'https://example.edu/io' }],
      links: [{ url: 'https://example.edu', label: 'Site' }],
      tags: ['energy'],
    });
    const { dataset, problems } = run(input);
    expect(problems).to.deep.equal([]);
    expect(dataset.institutions).to.have.length(3);
    const p = dataset.partnerships[0]!;
    expect(p.title).to.deep.equal({ en: 'Energy', ar: 'الطاقة' });
    expect(p.description).to.deep.equal({ und: 'Plain text' });
    expect(p.partners).to.deep.equal([{ id: 'a' }, { id: 'b', role: 'coordinator' }]);
    expect(p.status).to.equal('active');
    expect(p.languages).to.deep.equal(['en', 'ar']);
    expect(p.fields.map((f) => f.key)).to.deep.equal(['energy', '0713']);
    expect(Object.isFrozen(p)).to.equal(true);
    expect(dataset.institutionById.get('b')?.displayName).to.equal('Uni b');
  });

  it('makes a field written as text in one record and as an ISCED code with that label in another one field', () => {
    const input = base();
    const partnership = (id: string, fields: unknown[]) => ({
      id,
      title: id,
      partners: ['a', 'b'],
      type: 'joint-research',
      fields,
    });
    input.partnerships.push(
      partnership('coded', [{ isced: '0724', label: { en: 'Petroleum engineering', ar: 'هندسة البترول' } }]),
      partnership('text', ['petroleum  Engineering', 'Geosciences']),
      partnership('both', ['Petroleum engineering', { isced: '0724' }, 'هندسة البترول']),
    );
    const { dataset, problems } = run(input);
    expect(problems).to.deep.equal([]);
    const keys = (id: string) => dataset.partnerships.find((p) => p.id === id)!.fields.map((f) => f.key);
    expect(keys('text')).to.deep.equal(['0724', 'geosciences']);
    expect(keys('both')).to.deep.equal(['0724']);
    const text = dataset.partnerships.find((p) => p.id === 'text')!;
    expect(text.fields[0]!.label).to.deep.equal({ en: 'Petroleum engineering', ar: 'هندسة البترول' });
    expect(Object.isFrozen(text) && Object.isFrozen(text.fields)).to.equal(true);
  });

  it('derives status from the dates when absent', () => {
    const input = base();
    input.partnerships.push(
      { id: 'planned', title: 't', partners: ['a', 'b'], type: 'student-exchange', start: '2026-01-01' },
      { id: 'ended', title: 't', partners: ['a', 'b'], type: 'student-exchange', start: '2010', end: '2024-12' },
      { id: 'active', title: 't', partners: ['a', 'b'], type: 'student-exchange', start: '2025-06' },
      { id: 'given', title: 't', partners: ['a', 'b'], type: 'student-exchange', end: '2020', status: 'active' },
    );
    const { dataset } = run(input);
    expect(dataset.partnerships.map((p) => p.status)).to.deep.equal(['planned', 'ended', 'active', 'active']);
  });

  it('reports each kind of error specifically and keeps the valid records', () => {
    const input = {
      institutions: [
        inst('a'),
        inst('b'),
        inst('a'), // duplicate
        inst('coords', { lat: 123, lng: 10 }),
        inst('country', { country: 'XX' }),
        inst('site', { website: 'javascript:alert(1)' }),
        { id: 'noname' },
        { name: 'no id' },
        42,
      ],
      partnerships: [
        { id: 'ok', title: 'fine', partners: ['a', 'b'], type: 'joint-research' },
        { id: 'ok', title: 'dup', partners: ['a', 'b'], type: 'joint-research' },
        { id: 'ghost', title: 'x', partners: ['a', 'b', 'nobody'], type: 'joint-research' },
        { id: 'lonely', title: 'x', partners: ['a', 'nobody'], type: 'joint-research' },
        { id: 'dates', title: 'x', partners: ['a', 'b'], type: 'joint-research', start: '2020-02-30', end: 'soon' },
        { id: 'order', title: 'x', partners: ['a', 'b'], type: 'joint-research', start: '2022', end: '2021-05' },
        {
          id: 'links',
          title: 'x',
          partners: ['a', 'b'],
          type: 'joint-research',
          links: [{ url: 'javascript:alert(1)' }, { url: 'mailto:a@b.c' }, { url: 'data:text/html,x' }],
        },
        { id: 'types', title: 7, partners: 'a,b', type: 'joint-research' },
        { id: 'missing', partners: ['a', 'b'] },
      ],
    };
    const { dataset, problems } = run(input);
    expect(dataset.institutions.map((i) => i.id)).to.deep.equal(['a', 'b', 'coords', 'country', 'site']);
    expect(dataset.partnerships.map((p) => p.id)).to.deep.equal(['ok', 'ghost', 'dates', 'order', 'links']);

    const find = (code: string, id?: string) =>
      problems.find((p) => p.code === code && (id === undefined || p.id === id));
    expect(find('duplicate-id', 'a')).to.include({
      collection: 'institutions',
      index: 2,
      field: 'id',
      leftOut: 'record',
    });
    expect(find('duplicate-id', 'ok')).to.include({ collection: 'partnerships', index: 1 });
    expect(find('bad-coordinates', 'coords')).to.include({ field: 'lat,lng', found: '123, 10', leftOut: 'value' });
    expect(dataset.institutionById.get('coords')?.lat).to.equal(undefined);
    expect(find('unknown-country', 'country')).to.include({ found: '"XX"' });
    expect(find('unsafe-link', 'site')).to.include({ field: 'website', found: '"javascript:alert(1)"' });
    expect(find('missing-field', 'noname')).to.include({ field: 'name' });
    expect(find('missing-field')).to.exist;
    expect(problems.find((p) => p.collection === 'institutions' && p.index === 8)).to.include({ code: 'wrong-type' });
    expect(find('unknown-partner', 'ghost')).to.include({ field: 'partners/2', found: '"nobody"' });
    expect(dataset.partnerships[1]!.partners.map((p) => p.id)).to.deep.equal(['a', 'b']);
    expect(find('too-few-partners', 'lonely')).to.include({ leftOut: 'record' });
    expect(problems.filter((p) => p.code === 'bad-date' && p.id === 'dates').map((p) => p.field)).to.deep.equal([
      'start',
      'end',
    ]);
    expect(find('end-before-start', 'order')).to.include({ field: 'end', found: '"2021-05"' });
    expect(dataset.partnerships[3]!.end).to.equal(undefined);
    expect(dataset.partnerships[3]!.start).to.equal('2022');
    expect(problems.filter((p) => p.code === 'unsafe-link' && p.id === 'links').map((p) => p.field)).to.deep.equal([
      'links/0/url',
      'links/2/url',
    ]);
    expect(dataset.partnerships[4]!.links.map((l) => l.url)).to.deep.equal(['mailto:a@b.c']);
    expect(problems.filter((p) => p.id === 'types').map((p) => `${p.code}:${p.field}`)).to.deep.equal([
      'wrong-type:title',
      'wrong-type:partners',
    ]);
    expect(problems.filter((p) => p.id === 'missing').map((p) => `${p.code}:${p.field}`)).to.deep.equal([
      'missing-field:title',
      'missing-field:type',
    ]);
    for (const p of problems) {
      expect(p.source).to.equal('test.json');
      expect(p.message).to.contain('test.json');
      if (p.index !== undefined) expect(p.message).to.contain(`[${p.index}]`);
    }
  });

  it('writes messages that name record, field, expected and found', () => {
    const input = base();
    input.partnerships.push({ id: 'p', title: 't', partners: ['a', 'b'], type: 'joint-research', end: 'tomorrow' });
    const [problem] = run(input).problems;
    expect(problem!.message).to.equal(
      'test.json: partnerships[0] (id "p"), field "end": the date is not a valid ISO 8601 date; expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD; found "tomorrow". The value was ignored.',
    );
  });

  it('keeps HTML and script in names as plain text and warns', () => {
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const { dataset, problems } = run({ institutions: [inst('a', { name: evil }), inst('b')], partnerships: [] });
    expect(dataset.institutionById.get('a')?.displayName).to.equal(evil);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ code: 'markup-in-text', severity: 'warning', id: 'a' });
  });

  it('reports a file that is not a dataset and lists that are missing', () => {
    expect(codes(run('hello').problems)).to.deep.equal(['not-a-dataset']);
    expect(codes(run(null).problems)).to.deep.equal(['not-a-dataset']);
    expect(codes(run({}).problems)).to.deep.equal(['missing-collection', 'missing-collection']);
    expect(codes(run({ institutions: {}, partnerships: [] }).problems)).to.deep.equal(['wrong-type']);
  });

  it('accepts ROR ids in any spelling as partner references', () => {
    const { dataset, problems } = run({
      institutions: [inst('https://ror.org/02ma4wv74'), inst('http://ror.org/013meh722')],
      partnerships: [{ id: 'p', title: 't', partners: ['02ma4wv74', 'ror.org/013meh722'], type: 'joint-research' }],
    });
    expect(problems).to.deep.equal([]);
    expect(dataset.partnerships[0]!.partners.map((p) => p.id)).to.deep.equal([
      'https://ror.org/02ma4wv74',
      'https://ror.org/013meh722',
    ]);
  });

  it('warns about undeclared partnership types and accepts declared ones', () => {
    const input = {
      ...base(),
      meta: { types: [{ id: 'summer-school', label: { en: 'Summer school' } }], home: 'zzz' },
    };
    input.partnerships.push(
      { id: 'p1', title: 't', partners: ['a', 'b'], type: 'summer-school' },
      { id: 'p2', title: 't', partners: ['a', 'b'], type: 'picnic' },
    );
    const { dataset, problems } = run(input);
    expect(dataset.partnerships).to.have.length(2);
    expect(problems.map((p) => `${p.severity}:${p.code}:${p.id ?? ''}`)).to.deep.equal([
      'warning:unknown-home:',
      'warning:unknown-type:p2',
    ]);
    expect(dataset.meta.types[0]!.label).to.deep.equal({ en: 'Summer school' });
  });

  it('loads every one of the 3,000 shared ROR records as an institution', async () => {
    const records = (await (await fetch('/__shared/ror/ror-institutions.json')).json()) as Array<{ id: string }>;
    expect(records).to.have.length(3000);
    const { dataset, problems } = validateDataset({ institutions: records, partnerships: [] }, { source: 'ror' });
    expect(problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(dataset.institutions).to.have.length(3000);
    const kau = dataset.institutionById.get('https://ror.org/02ma4wv74')!;
    expect(kau).to.include({
      displayName: 'King Abdulaziz University',
      kind: 'university',
      country: 'SA',
      city: 'Jeddah',
      lat: 21.49012,
      lng: 39.18624,
    });
    expect(kau.names).to.deep.equal({ en: 'King Abdulaziz University', ar: 'جامعة الملك عبد العزيز' });
    expect(kau.acronyms).to.deep.equal(['KAU']);
    expect(kau.website).to.equal('http://www.kau.edu.sa/home_english.aspx');
    // UNESCO's main record is intergovernmental, not a national government.
    expect(dataset.institutionById.get('https://ror.org/04h4z8k05')?.kind).to.equal('intergovernmental');
    // Inactive records keep their successor.
    const inactive = dataset.institutions.filter((i) => i.inactive);
    expect(inactive).to.have.length(34);
    expect(inactive.some((i) => i.successor === 'https://ror.org/028g18b61')).to.equal(true);
    // Stray whitespace is trimmed; quotes and ampersands stay as text.
    expect(
      dataset.institutions.every((i) => i.displayName === i.displayName.trim() && !i.displayName.includes('  ')),
    ).to.equal(true);
    expect(dataset.institutions.some((i) => i.displayName.includes('&'))).to.equal(true);
    expect(dataset.institutions.filter((i) => i.lat === undefined)).to.have.length(0);
    const kinds = new Set(dataset.institutions.map((i) => i.kind));
    expect([...kinds].sort()).to.include.members([
      'university',
      'research-institute',
      'hospital',
      'government',
      'company',
      'non-profit',
    ]);
    // The bare array form (records pasted from ror.org) loads too.
    expect(validateDataset(records, { source: 'ror' }).dataset.institutions).to.have.length(3000);
  });
});
