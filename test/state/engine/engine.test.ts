// The engine contract: text search (fields, prefix, typo, ranking), facets (OR within, AND across, counts that ignore
// their own selection, hierarchical fields), year ranges and sorts. One suite, run against every implementation:
// the fast engine (sync and sliced builds) and the reference engine.
import { expect } from '@open-wc/testing';
import { createEngine, createEngineAsync, createReferenceEngine } from '../../../src/state/engine/index.js';
import { createScanEngine } from '../../../src/state/engine/scan.js';
import type { Dataset } from '../../../src/data/model.js';
import type { FacetName, QueryState, SearchEngine, SearchResult } from '../../../src/state/types.js';
import { dataset, view } from './fixtures.js';

const data = dataset(
  [
    { id: 'home', names: { en: 'Home College' }, country: 'GB', city: 'Bath' },
    {
      id: 'kau',
      names: { en: 'King Abdulaziz University', ar: 'جامعة الملك عبد العزيز' },
      acronyms: ['KAU'],
      country: 'SA',
      city: 'Jeddah',
    },
    { id: 'cam', names: { en: 'University of Cambridge' }, country: 'GB', city: 'Cambridge' },
    {
      id: 'eth',
      names: { en: 'Swiss Federal Institute of Technology' },
      country: 'CH',
      city: 'Zurich',
      kind: 'research-institute',
    },
    { id: 'cairo', names: { en: 'Cairo University' }, country: 'EG', city: 'Giza', kind: 'hospital' },
    {
      id: 'tokyo',
      names: { en: 'University of Tokyo', ja: '東京大学' },
      country: 'JP',
      city: 'Tokyo',
      kind: 'company',
    },
  ],
  [
    {
      id: 'energy',
      title: { en: 'Solar energy research' },
      description: { en: 'Photovoltaic panels in the desert.' },
      partners: [{ id: 'home' }, { id: 'kau' }],
      type: 'joint-research',
      fields: [{ key: '0713', isced: '0713' }],
      levels: ['doctoral'],
      status: 'active',
      start: '2018-09',
      end: '2026',
      programme: 'Horizon Europe',
      languages: ['en', 'ar'],
      tags: ['solar'],
    },
    {
      id: 'exchange',
      title: { en: 'Student exchange with Cambridge' },
      partners: [{ id: 'home' }, { id: 'cam' }],
      type: 'student-exchange',
      fields: [{ key: '0311', isced: '0311' }],
      levels: ['bachelor', 'master'],
      status: 'active',
      start: '2020',
      programme: 'Erasmus+',
      languages: ['en'],
    },
    {
      id: 'water',
      title: { en: 'Water management' },
      description: { en: 'Includes a summer school on solar desalination.' },
      partners: [{ id: 'home' }, { id: 'eth' }],
      type: 'joint-research',
      fields: [{ key: '0712', isced: '0712' }],
      status: 'ended',
      start: '2010-01-15',
      end: '2015-06',
      languages: ['de', 'en'],
    },
    {
      id: 'medical',
      title: { en: 'Medical training' },
      partners: [{ id: 'home' }, { id: 'cairo' }, { id: 'kau' }],
      type: 'research-training',
      fields: [{ key: 'public health', label: { und: 'Public health' } }],
      levels: ['staff'],
      status: 'planned',
      start: '2027',
      programme: 'Erasmus+',
      languages: ['ar'],
    },
    {
      id: 'robotics',
      title: { en: 'Robotics lab' },
      description: { en: 'Visiting researchers from Cambridge.' },
      partners: [{ id: 'home' }, { id: 'tokyo' }],
      type: 'joint-research',
      fields: [{ key: '0714', isced: '0714' }],
      status: 'active',
      languages: ['ja', 'en'],
    },
  ],
  { home: 'home' },
);

const ids = (r: SearchResult, ds: Dataset = data) => [...r.hits].map((i) => ds.partnerships[i]!.id);
const counts = (r: SearchResult, facet: FacetName) =>
  Object.fromEntries(r.facets[facet].map((v) => [v.value, v.count]));

type Factory = (ds: Dataset, options?: { locale?: string }) => Promise<SearchEngine>;

function engineContract(name: string, make: Factory) {
  describe(`engine contract: ${name}`, () => {
    let engine: SearchEngine;
    const search = (v: Partial<QueryState>) => engine.search(view(v));
    before(async () => {
      engine = await make(data);
    });

    describe('text search', () => {
      it('finds partnerships by title, partner names in every language, acronyms, cities and countries', () => {
        expect(ids(search({ query: 'solar energy' }))).to.deep.equal(['energy']);
        expect(ids(search({ query: 'جامعة الملك' }))).to.have.members(['energy', 'medical']);
        expect(ids(search({ query: 'KAU' }))).to.have.members(['energy', 'medical']);
        expect(ids(search({ query: 'jeddah' }))).to.have.members(['energy', 'medical']);
        expect(ids(search({ query: 'saudi arabia' }))).to.have.members(['energy', 'medical']);
        expect(ids(search({ query: '東京' }))).to.deep.equal(['robotics']);
      });

      it('finds partnerships by field, programme, tag, type and level', () => {
        expect(ids(search({ query: 'public health' }))).to.deep.equal(['medical']);
        expect(ids(search({ query: '0713' }))).to.deep.equal(['energy']);
        expect(ids(search({ query: 'erasmus' }))).to.have.members(['exchange', 'medical']);
        expect(ids(search({ query: 'student exchange' }))).to.deep.equal(['exchange']);
        expect(ids(search({ query: 'doctoral' }))).to.deep.equal(['energy']);
      });

      it('never searches the home institution, which every partnership names', () => {
        expect(ids(search({ query: 'home college' }))).to.deep.equal([]);
        expect(ids(search({ query: 'bath' }))).to.deep.equal([]);
      });

      it('needs every term (AND), in any field', () => {
        expect(ids(search({ query: 'solar water' }))).to.deep.equal(['water']);
        expect(ids(search({ query: 'solar tokyo' }))).to.deep.equal([]);
      });

      it('matches prefixes while typing', () => {
        expect(ids(search({ query: 'cambr' }))).to.deep.equal(['exchange', 'robotics']);
        expect(ids(search({ query: 'photo' }))).to.deep.equal(['energy']);
        expect(ids(search({ query: 'c' })).length).to.be.greaterThan(2);
      });

      it('tolerates one typo in words of five letters or more, not in shorter ones', () => {
        expect(ids(search({ query: 'cambrige' }))).to.deep.equal(['exchange', 'robotics']); // deletion
        expect(ids(search({ query: 'cmabridge' }))).to.deep.equal(['exchange', 'robotics']); // transposition
        expect(ids(search({ query: 'cairp' }))).to.deep.equal(['medical']); // substitution
        expect(ids(search({ query: 'kua' }))).to.deep.equal([]);
        expect(ids(search({ query: 'cmabrdige' }))).to.deep.equal([]);
      });

      it('ranks title and name matches above description matches', () => {
        // "solar": title of energy, description of water; "cambridge": partner name of exchange, description of robotics.
        expect(ids(search({ query: 'solar' }))).to.deep.equal(['energy', 'water']);
        expect(ids(search({ query: 'cambridge' }))).to.deep.equal(['exchange', 'robotics']);
      });

      it('ranks exact above prefix above typo matches, a title typo above a description match', async () => {
        const ds = dataset(
          [{ id: 'x', names: { en: 'Xavier College' } }],
          [
            {
              id: 'desc',
              title: { en: 'Marine biology' },
              description: { en: 'Research at sea.' },
              partners: [{ id: 'x' }],
            },
            { id: 'typo', title: { en: 'Marine reserch' }, partners: [{ id: 'x' }] },
            { id: 'prefix', title: { en: 'Marine researchers' }, partners: [{ id: 'x' }] },
            { id: 'exact', title: { en: 'Marine research' }, partners: [{ id: 'x' }] },
          ],
        );
        const e = await make(ds);
        expect(ids(e.search(view({ query: 'research' })), ds)).to.deep.equal(['exact', 'prefix', 'typo', 'desc']);
        // Several terms add up: "marine" matches all four titles equally, the order stays.
        expect(ids(e.search(view({ query: 'marine research' })), ds)).to.deep.equal([
          'exact',
          'prefix',
          'typo',
          'desc',
        ]);
      });

      it('returns the normalised terms and the typo variants it matched, for highlighting', () => {
        expect(search({ query: 'Solar  ENERGY' }).terms).to.deep.equal(['solar', 'energy']);
        expect(search({ query: 'cambrige' }).terms).to.deep.equal(['cambrige', 'cambridge']);
        expect(search({ query: '' }).terms).to.deep.equal([]);
      });
    });

    describe('facets', () => {
      it('lists every value with its count, partners other than home only', () => {
        const r = search({});
        expect(r.total).to.equal(5);
        expect(counts(r, 'country')).to.deep.equal({ SA: 2, GB: 1, CH: 1, EG: 1, JP: 1 });
        expect(counts(r, 'region')).to.deep.equal({ Asia: 3, Europe: 2, Africa: 1 });
        expect(counts(r, 'kind')).to.deep.equal({ university: 3, 'research-institute': 1, hospital: 1, company: 1 });
        expect(counts(r, 'type')).to.deep.equal({ 'joint-research': 3, 'student-exchange': 1, 'research-training': 1 });
        expect(counts(r, 'status')).to.deep.equal({ active: 3, ended: 1, planned: 1 });
        expect(counts(r, 'level')).to.deep.equal({ doctoral: 1, bachelor: 1, master: 1, staff: 1 });
        expect(counts(r, 'programme')).to.deep.equal({ 'Erasmus+': 2, 'Horizon Europe': 1 });
        expect(counts(r, 'language')).to.deep.equal({ en: 4, ar: 2, de: 1, ja: 1 });
      });

      it('orders values by count, then by value', () => {
        expect(search({}).facets.country.map((v) => v.value)).to.deep.equal(['SA', 'CH', 'EG', 'GB', 'JP']);
      });

      it('exposes ISCED-F fields broad to narrow, and selecting a broad code selects everything under it', () => {
        const r = search({});
        expect(counts(r, 'field')).to.deep.equal({
          '07': 3,
          '071': 3,
          '0713': 1,
          '0712': 1,
          '0714': 1,
          '03': 1,
          '031': 1,
          '0311': 1,
          'public health': 1,
        });
        expect(ids(search({ filters: { field: ['07'] } }))).to.deep.equal(['energy', 'water', 'robotics']);
        expect(ids(search({ filters: { field: ['0713', 'public health'] } }))).to.deep.equal(['energy', 'medical']);
      });

      it('ORs values within a facet and ANDs facets', () => {
        expect(ids(search({ filters: { country: ['SA', 'GB'] } }))).to.deep.equal(['energy', 'exchange', 'medical']);
        expect(ids(search({ filters: { country: ['SA', 'GB'], type: ['joint-research'] } }))).to.deep.equal(['energy']);
        expect(ids(search({ filters: { country: ['SA'], type: ['student-exchange'] } }))).to.deep.equal([]);
      });

      it("counts each facet without its own selection, under the others' and the query", () => {
        const r = search({ filters: { country: ['SA'] } });
        expect(counts(r, 'country')).to.deep.equal({ SA: 2, GB: 1, CH: 1, EG: 1, JP: 1 });
        expect(counts(r, 'type')).to.deep.equal({ 'joint-research': 1, 'student-exchange': 0, 'research-training': 1 });
        expect(r.facets.country.find((v) => v.value === 'SA')!.selected).to.equal(true);
        expect(r.facets.country.find((v) => v.value === 'GB')!.selected).to.equal(false);

        const both = search({ filters: { country: ['SA'], type: ['joint-research'] } });
        expect(counts(both, 'country')).to.deep.equal({ SA: 1, GB: 0, CH: 1, EG: 0, JP: 1 });
        expect(counts(both, 'type')).to.deep.equal({
          'joint-research': 1,
          'student-exchange': 0,
          'research-training': 1,
        });
        expect(counts(both, 'status')).to.deep.equal({ active: 1, ended: 0, planned: 0 });

        const withQuery = search({ query: 'university', filters: { kind: ['company'] } });
        expect(ids(withQuery)).to.deep.equal(['robotics']);
        expect(counts(withQuery, 'kind')).to.deep.equal({
          university: 3,
          'research-institute': 0,
          hospital: 1,
          company: 1,
        });
      });

      it('keeps a selected value that no partnership has, with count 0, and it matches nothing', () => {
        const r = search({ filters: { country: ['ZZ'] } });
        expect(r.total).to.equal(0);
        expect(r.facets.country.find((v) => v.value === 'ZZ')).to.deep.equal({ value: 'ZZ', count: 0, selected: true });
        expect(counts(r, 'country')['SA']).to.equal(2);
      });
    });

    describe('year range', () => {
      it('keeps partnerships active at some time in [from, to]; missing dates are open-ended', () => {
        expect(ids(search({ years: { from: 2016, to: 2017 } }))).to.deep.equal(['robotics']);
        expect(ids(search({ years: { from: 2014, to: 2019 } }))).to.deep.equal(['energy', 'water', 'robotics']);
        expect(ids(search({ years: { from: 2026 } }))).to.deep.equal(['energy', 'exchange', 'medical', 'robotics']);
        expect(ids(search({ years: { to: 2012 } }))).to.deep.equal(['water', 'robotics']);
        expect(ids(search({ years: { from: 2020, to: 2010 } }))).to.deep.equal([]);
        expect(ids(search({ years: {} })).length).to.equal(5);
      });

      it('applies to facet counts too', () => {
        expect(counts(search({ years: { to: 2012 } }), 'status')).to.deep.equal({ active: 1, ended: 1, planned: 0 });
      });
    });

    describe('sorting', () => {
      it('relevance without a query keeps the dataset order', () => {
        expect(ids(search({}))).to.deep.equal(['energy', 'exchange', 'water', 'medical', 'robotics']);
      });

      it('by title, collated', () => {
        expect(ids(search({ sort: 'title' }))).to.deep.equal(['medical', 'robotics', 'energy', 'exchange', 'water']);
      });

      it('by country name, in the visitor language', () => {
        // Egypt (medical: EG and SA, Egypt first), Japan, Saudi Arabia, Switzerland, United Kingdom
        expect(ids(search({ sort: 'country' }))).to.deep.equal(['medical', 'robotics', 'energy', 'water', 'exchange']);
      });

      it('by start date, most recent first, undated last', () => {
        expect(ids(search({ sort: 'start' }))).to.deep.equal(['medical', 'exchange', 'energy', 'water', 'robotics']);
      });

      it('sorts the matches of a query and of filters', () => {
        expect(ids(search({ query: 'university', sort: 'title' }))).to.deep.equal([
          'medical',
          'robotics',
          'energy',
          'exchange',
        ]);
        expect(ids(search({ filters: { type: ['joint-research'] }, sort: 'start' }))).to.deep.equal([
          'energy',
          'water',
          'robotics',
        ]);
      });
    });

    describe('edge cases', () => {
      it('answers over an empty dataset', async () => {
        const e = await make(dataset([], []));
        const r = e.search(view({ query: 'anything', filters: { country: ['SA'] }, sort: 'title' }));
        expect(r.total).to.equal(0);
        expect([...r.hits]).to.deep.equal([]);
        expect(r.facets.country).to.deep.equal([{ value: 'SA', count: 0, selected: true }]);
      });

      it('treats a query of punctuation only as no query', () => {
        expect(search({ query: ' -- !!! ' }).total).to.equal(5);
      });

      it('keeps the first 32 distinct terms of a very long query', () => {
        const long = Array.from({ length: 200 }, (_, i) => `solar${i}`).join(' ');
        const terms = search({ query: long }).terms;
        expect(terms.slice(0, 32)).to.deep.equal(Array.from({ length: 32 }, (_, i) => `solar${i}`));
        expect(terms).not.to.include('solar32');
        expect(terms.slice(32)).to.deep.equal(['solar']); // the typo variant of "solar1" etc. that the data has
      });
    });

    describe('visitor language', () => {
      it('searches country names in the visitor language and in English, and collates for it', async () => {
        const ds = dataset(
          [
            { id: 'a', names: { en: 'Alpha' }, country: 'DE' },
            { id: 'b', names: { en: 'Beta' }, country: 'SA' },
          ],
          [
            { id: 'zebra', title: { en: 'Zebra' }, partners: [{ id: 'a' }, { id: 'b' }] },
            { id: 'ecole', title: { en: 'École' }, partners: [{ id: 'a' }] },
            { id: 'etude', title: { en: 'Etude' }, partners: [{ id: 'b' }] },
          ],
        );
        const fr = await make(ds, { locale: 'fr' });
        expect(ids(fr.search(view({ query: 'allemagne' })), ds)).to.deep.equal(['zebra', 'ecole']);
        expect(ids(fr.search(view({ query: 'germany' })), ds)).to.deep.equal(['zebra', 'ecole']);
        expect(ids(fr.search(view({ query: 'arabie saoudite' })), ds)).to.deep.equal(['zebra', 'etude']);
        // Collation puts École beside Etude (code-unit order would put it after Zebra).
        expect(ids(fr.search(view({ sort: 'title' })), ds)).to.deep.equal(['ecole', 'etude', 'zebra']);
        // Country names in French: Allemagne < Arabie saoudite.
        expect(ids(fr.search(view({ sort: 'country' })), ds)).to.deep.equal(['ecole', 'zebra', 'etude']);
      });
    });
  });
}

engineContract('fast engine', async (ds, o) => createEngine(ds, o));
engineContract('fast engine built in slices', (ds, o) => createEngineAsync(ds, { ...o, sliceMs: 1 }));
engineContract('reference engine', async (ds, o) => createReferenceEngine(ds, o));
engineContract('scan engine', async (ds, o) => createScanEngine(ds, o));

describe('createEngineAsync', () => {
  it('yields to the event loop while building', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const { generate } = await import('./data.js');
    const { dataset: ds } = generate(3000, 3);
    const engine = await createEngineAsync(ds, { sliceMs: 1 });
    clearInterval(timer);
    expect(ticks).to.be.greaterThan(0);
    expect(engine.search(view()).total).to.equal(3000);
  });

  it('stops when its signal aborts', async () => {
    const controller = new AbortController();
    const { generate } = await import('./data.js');
    const { dataset: ds } = generate(3000, 4);
    const pending = createEngineAsync(ds, { sliceMs: 1, signal: controller.signal });
    controller.abort(new Error('gone'));
    let error: unknown;
    try {
      await pending;
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).to.equal('gone');
  });
});
