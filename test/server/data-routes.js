import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// Test endpoints for the data sources (test/suites/source.suite.ts, test/data/**):
//  /__test/data/ok.json         a small valid dataset        /__test/data/ok.csv   the same as CSV
//  /__test/data/status/<code>   answers with that HTTP status
//  /__test/data/flaky/<key>/<n> fails with 503 n times per key, then answers ok.json
//  /__test/data/slow/<ms>       answers ok.json after <ms> milliseconds
//  /__test/data/toggle/<key>    answers ok.json, or 503 after /__test/data/toggle/<key>?down=1 (until ?down=0)
//  /__test/data/count/<key>     how many requests /flaky and /slow received for <key> (JSON number)
//  /__test/broken/<file>      the broken corpus in test/fixtures/broken, served raw
//  /__test/remote               a remote query source over a generated dataset (docs/remote-source.md)

const institutions = [
  {
    id: 'https://ror.org/02ma4wv74',
    name: { en: 'King Abdulaziz University', ar: 'جامعة الملك عبد العزيز' },
    country: 'SA',
    city: 'Jeddah',
    lat: 21.49,
    lng: 39.19,
  },
  {
    id: 'https://ror.org/013meh722',
    name: 'University of Cambridge',
    country: 'GB',
    city: 'Cambridge',
    lat: 52.2,
    lng: 0.12,
  },
  {
    id: 'https://ror.org/052gg0110',
    name: 'University of Oxford',
    country: 'GB',
    city: 'Oxford',
    lat: 51.75,
    lng: -1.26,
  },
];
const partnerships = [
  {
    id: 'p1',
    title: 'Sustainable energy',
    partners: [institutions[0].id, institutions[1].id],
    type: 'joint-research',
    start: '2020',
  },
  {
    id: 'p2',
    title: 'Biomedical research',
    partners: [institutions[0].id, institutions[1].id],
    type: 'research-training',
    start: '2021-09',
  },
  {
    id: 'p3',
    title: 'Student exchange',
    partners: [institutions[0].id, institutions[2].id],
    type: 'student-exchange',
    start: '2019',
    end: '2023',
  },
];
export const OK = { meta: { title: 'Test', updated: '2025-01-15' }, institutions, partnerships };
export const OK_CSV = [
  'id,title,type,start,end,partner1.id,partner1.name,partner1.country,partner2.id,partner2.name,partner2.country',
  `p1,Sustainable energy,joint-research,2020,,${institutions[0].id},King Abdulaziz University,SA,${institutions[1].id},University of Cambridge,GB`,
  `p2,Biomedical research,research-training,2021-09,,${institutions[0].id},King Abdulaziz University,SA,${institutions[1].id},University of Cambridge,GB`,
  `p3,Student exchange,student-exchange,2019,2023,${institutions[0].id},King Abdulaziz University,SA,${institutions[2].id},University of Oxford,GB`,
].join('\n');

const counts = new Map();
const down = new Map();
const count = (key) => counts.set(key, (counts.get(key) ?? 0) + 1).get(key);
const json = (ctx, body, status = 200) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.set('cache-control', 'no-store');
  ctx.body = JSON.stringify(body);
  return true;
};

const brokenDir = fileURLToPath(new URL('../fixtures/broken/', import.meta.url));

export function register(addRoute) {
  // The broken corpus, served raw (the dev server would turn .json files into JS modules).
  addRoute('/__test/broken/', async (ctx, url) => {
    const name = url.pathname.slice('/__test/broken/'.length);
    if (!/^[\w.-]+$/.test(name) || !existsSync(brokenDir + name)) return false;
    ctx.type = name.endsWith('.csv') ? 'text/csv' : 'application/json';
    ctx.body = readFileSync(brokenDir + name, 'utf8');
    return true;
  });

  addRoute('/__test/data/', async (ctx, url) => {
    const parts = url.pathname.split('/').slice(3); // ['ok.json'] | ['status', '503'] | …
    switch (parts[0]) {
      case 'ok.json':
        return json(ctx, OK);
      case 'ok.csv':
        ctx.type = 'text/csv';
        ctx.body = OK_CSV;
        return true;
      case 'status':
        return json(ctx, { error: 'test' }, Number(parts[1]));
      case 'flaky': {
        const n = count(`flaky/${parts[1]}`);
        return n <= Number(parts[2]) ? json(ctx, { error: 'down' }, 503) : json(ctx, OK);
      }
      case 'slow': {
        count(`slow/${parts[1]}`);
        await new Promise((r) => setTimeout(r, Number(parts[2] ?? parts[1])));
        return json(ctx, OK);
      }
      case 'toggle': {
        if (url.searchParams.has('down')) {
          down.set(parts[1], url.searchParams.get('down') === '1');
          return json(ctx, { ok: true });
        }
        return down.get(parts[1]) ? json(ctx, { error: 'down' }, 503) : json(ctx, OK);
      }
      case 'count':
        return json(ctx, counts.get(parts.slice(1).join('/')) ?? 0);
      default:
        return false;
    }
  });

  registerRemote(addRoute);
}

// A small remote query server: filters by country and type, searches titles, pages, counts facets.
const remoteInstitutions = Array.from({ length: 30 }, (_, i) => ({
  id: `r-inst-${i}`,
  name: `Remote University ${i}`,
  country: ['SA', 'GB', 'FR', 'JP', 'BR'][i % 5],
}));
const remotePartnerships = Array.from({ length: 95 }, (_, i) => ({
  id: `r-${i}`,
  title: `${['Energy', 'Health', 'Water', 'Data'][i % 4]} partnership ${i}`,
  partners: [remoteInstitutions[0].id, remoteInstitutions[1 + (i % 29)].id],
  type: ['joint-research', 'student-exchange', 'staff-exchange'][i % 3],
}));
function registerRemote(addRoute) {
  addRoute('/__test/remote', async (ctx, url) => {
    count('remote');
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    let filters;
    try {
      filters = JSON.parse(url.searchParams.get('filters') ?? '{}');
    } catch {
      return json(ctx, { error: 'filters must be JSON' }, 400);
    }
    const page = Number(url.searchParams.get('page') ?? '0');
    const pageSize = Number(url.searchParams.get('pageSize') ?? '20');
    const countryOf = (p) => remoteInstitutions.find((i) => i.id === p.partners[1]).country;
    const matches = (p, skip) =>
      (!q || p.title.toLowerCase().includes(q)) &&
      (skip === 'country' || !filters.country?.length || filters.country.includes(countryOf(p))) &&
      (skip === 'type' || !filters.type?.length || filters.type.includes(p.type));
    const hits = remotePartnerships.filter((p) => matches(p));
    const facet = (name, valueOf) => {
      const m = new Map();
      for (const p of remotePartnerships.filter((x) => matches(x, name)))
        m.set(valueOf(p), (m.get(valueOf(p)) ?? 0) + 1);
      return [...m].map(([value, count]) => ({ value, count }));
    };
    const results = hits.slice(page * pageSize, (page + 1) * pageSize);
    const ids = new Set(results.flatMap((p) => p.partners));
    if (url.searchParams.get('delay')) await new Promise((r) => setTimeout(r, Number(url.searchParams.get('delay'))));
    return json(ctx, {
      results,
      institutions: remoteInstitutions.filter((i) => ids.has(i.id)),
      total: hits.length,
      facets: { country: facet('country', countryOf), type: facet('type', (p) => p.type) },
    });
  });
}
