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

// The remote query server: the library's own engine answering the documented contract (answerQuery), as a Node
// server would, over a generated dataset. The engine is TypeScript, so it is bundled for Node once, on first use.
const remoteInput = (() => {
  const institutions = Array.from({ length: 30 }, (_, i) => ({
    id: `r-inst-${i}`,
    name: `Remote University ${i}`,
    country: ['SA', 'GB', 'FR', 'JP', 'BR'][i % 5],
  }));
  const partnerships = Array.from({ length: 95 }, (_, i) => ({
    id: `r-${i}`,
    title: `${['Energy', 'Health', 'Water', 'Data'][i % 4]} partnership ${i}`,
    partners: [institutions[0].id, institutions[1 + (i % 29)].id],
    type: ['joint-research', 'student-exchange', 'staff-exchange'][i % 3],
  }));
  // r-inst-0 is in every partnership: it is the home institution, so facets count the partner abroad.
  return { meta: { home: institutions[0].id }, institutions, partnerships };
})();

let remoteServer;
async function remoteEngine() {
  remoteServer ??= (async () => {
    const { build } = await import('esbuild');
    const out = await build({
      stdin: {
        contents:
          "export { validateDataset } from './src/data/validate.ts';\n" +
          "export { createEngine, answerQuery, RemoteQueryError } from './src/state/engine/index.ts';\n",
        resolveDir: fileURLToPath(new URL('../..', import.meta.url)),
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
    });
    const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
    const { dataset } = mod.validateDataset(remoteInput, { source: 'test-remote', today: '2025-06-01' });
    return { ...mod, dataset, engine: mod.createEngine(dataset, { locale: 'en' }) };
  })();
  return remoteServer;
}

function registerRemote(addRoute) {
  addRoute('/__test/remote', async (ctx, url) => {
    count('remote');
    const { answerQuery, RemoteQueryError, engine, dataset } = await remoteEngine();
    if (url.searchParams.get('delay')) await new Promise((r) => setTimeout(r, Number(url.searchParams.get('delay'))));
    try {
      return json(ctx, answerQuery(engine, dataset, url.searchParams));
    } catch (error) {
      if (error instanceof RemoteQueryError) return json(ctx, { error: error.message }, 400);
      throw error;
    }
  });
}
