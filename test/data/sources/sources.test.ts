import { expect } from '@open-wc/testing';
import { runSourceSuite } from '../../suites/source.suite.js';
import { urlSource } from '../../../src/data/sources/url.js';
import { inlineSource } from '../../../src/data/sources/inline.js';
import { propertySource } from '../../../src/data/sources/property.js';
import { csvTextSource, parseCsv } from '../../../src/data/sources/csv.js';
import { mapFields } from '../../../src/data/sources/mapping.js';
import { createSource, registerSource } from '../../../src/data/sources/registry.js';
import { remoteSource } from '../../../src/data/sources/remote.js';
import { sourcePayload } from '../../../src/data/sources/types.js';
import { loadSource } from '../../../src/data/loader.js';

const OK = async () => (await (await fetch('/__test/data/ok.json')).json()) as Record<string, unknown>;
const OK_IDS = ['p1', 'p2', 'p3'];
const CSV = async () => (await fetch('/__test/data/ok.csv')).text();

runSourceSuite('url (JSON)', () => ({
  source: urlSource('/__test/data/ok.json'),
  partnerships: OK_IDS,
  institutions: 3,
}));
runSourceSuite('url (CSV, detected from the content type)', () => ({
  source: urlSource('/__test/data/ok.csv'),
  partnerships: OK_IDS,
  institutions: 3,
}));
runSourceSuite('inline JSON', async () => {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(await OK());
  return { source: inlineSource(script), partnerships: OK_IDS, institutions: 3 };
});
runSourceSuite('property', async () => ({ source: propertySource(await OK()), partnerships: OK_IDS, institutions: 3 }));
runSourceSuite('CSV text', async () => ({ source: csvTextSource(await CSV()), partnerships: OK_IDS, institutions: 3 }));

// A MoveON-like export: other field names, nested institution, home implicit.
const MOVEON = {
  data: {
    agreements: [
      {
        agreement_id: 'A-1',
        agreement_name: 'Erasmus+ KA131 exchange',
        mobility: 'Student',
        valid_from: '2021-09-01',
        valid_until: '2027-08-31',
        institution: { name: 'Université de Lyon', country_iso: 'FR', city: 'Lyon' },
        isced: '0713',
      },
      {
        agreement_id: 'A-2',
        agreement_name: 'Staff mobility',
        mobility: 'Staff',
        valid_from: '2022-01-01',
        institution: { name: 'Universidad de Granada', country_iso: 'ES', city: 'Granada' },
        isced: '0613',
      },
      {
        agreement_id: 'A-3',
        agreement_name: 'Teaching exchange',
        mobility: 'Staff',
        valid_from: '2023',
        institution: { name: 'Université de Lyon', country_iso: 'FR', city: 'Lyon' },
      },
    ],
  },
};
const HOME = { id: 'https://ror.org/02ma4wv74', name: 'King Abdulaziz University', country: 'SA' };
const moveonMapping = {
  records: 'data.agreements',
  home: HOME,
  fields: {
    id: 'agreement_id',
    title: 'agreement_name',
    type: (r: { mobility: string }) => (r.mobility === 'Student' ? 'student-exchange' : 'staff-exchange'),
    start: 'valid_from',
    end: 'valid_until',
    fields: (r: { isced?: string }) => (r.isced ? [r.isced] : undefined),
    programme: () => 'Erasmus+',
    'partner1.name': 'institution.name',
    'partner1.country': 'institution.country_iso',
    'partner1.city': 'institution.city',
  },
};
runSourceSuite('field mapping (MoveON-like export)', () => ({
  source: mapFields(propertySource(MOVEON, 'moveon'), moveonMapping),
  partnerships: ['A-1', 'A-2', 'A-3'],
  institutions: 3,
}));

registerSource('test-crm', () => ({ name: 'test-crm', load: async () => OK() }));
runSourceSuite('custom source registered by name', () => ({
  source: createSource('test-crm', {})!,
  partnerships: OK_IDS,
  institutions: 3,
}));
runSourceSuite('custom source object returning a payload', () => ({
  source: { name: 'custom', load: async () => sourcePayload(await OK()) },
  partnerships: OK_IDS,
  institutions: 3,
}));
runSourceSuite('remote query source', () => ({
  source: remoteSource('/__test/remote', { pageSize: 3 }),
  partnerships: ['r-0', 'r-1', 'r-2'],
  institutions: 4,
  total: 95,
}));

describe('sources: specifics', () => {
  it('CSV: lists, per-language titles, numbers and an embedded home', async () => {
    const csv = [
      'id,title.en,title.ar,type,fields,levels,places,partner.name,partner.country,partner.lat,partner.lng,link',
      'x1,Energy,الطاقة,student-exchange,Energy; Physics,bachelor;master,4,"University of Toronto, Canada",CA,43.7,-79.4,https://example.edu',
      'x2,Bad,,student-exchange,,,many,Nowhere U,ZZ,north,0,javascript:alert(1)',
    ].join('\n');
    const payload = await parseCsv(csv, 'list.csv', { home: HOME });
    const outcome = await loadSource({ name: 'list.csv', load: async () => payload }, { today: '2025-06-01' });
    const [p1, p2] = outcome.dataset.partnerships;
    expect(p1!.title).to.deep.equal({ en: 'Energy', ar: 'الطاقة' });
    expect(p1!.fields.map((f) => f.key)).to.deep.equal(['energy', 'physics']);
    expect(p1!.levels).to.deep.equal(['bachelor', 'master']);
    expect(p1!.placesPerYear).to.equal(4);
    expect(p1!.partners[0]!.id).to.equal(HOME.id);
    const toronto = outcome.dataset.institutionById.get(p1!.partners[1]!.id)!;
    expect(toronto).to.include({ displayName: 'University of Toronto, Canada', country: 'CA', lat: 43.7, lng: -79.4 });
    expect(p2!.id).to.equal('x2');
    const codes = outcome.problems.map((p) => `${p.collection}[${p.index}]:${p.code}:${p.field}`);
    expect(codes).to.include.members([
      'institutions[2]:unknown-country:country',
      'institutions[2]:wrong-type:lat,lng',
      'partnerships[1]:wrong-type:placesPerYear',
      'partnerships[1]:unsafe-link:links/0/url',
    ]);
  });

  it('CSV: a ragged row is reported and still loads', async () => {
    const payload = await parseCsv('id,title,type,partner1.id,partner2.id\nz,T,joint-research,a,b,EXTRA\n', 'r.csv');
    expect(payload.problems?.[0]).to.include({ code: 'malformed-csv', index: 0 });
    expect((payload.data as { partnerships: unknown[] }).partnerships).to.have.length(1);
  });

  it('the field mapping reports a missing record list specifically', async () => {
    const outcome = await loadSource(
      mapFields(propertySource({ other: [] }), { records: 'data.agreements', fields: {} }),
    );
    expect(outcome.status).to.equal('error');
    expect(outcome.problems[0]).to.include({ code: 'load-failed', expected: 'a list at "data.agreements"' });
  });

  it('an unregistered source type yields undefined; a custom source that throws is reported without a stack', async () => {
    expect(createSource('nope', {})).to.equal(undefined);
    const outcome = await loadSource({
      name: 'broken',
      load: async () => {
        throw new TypeError('boom');
      },
    });
    expect(outcome.status).to.equal('error');
    expect(outcome.problems[0]).to.include({ code: 'load-failed', found: 'TypeError: boom', source: 'broken' });
    expect(outcome.problems[0]!.message).not.to.contain(' at ');
  });
});
