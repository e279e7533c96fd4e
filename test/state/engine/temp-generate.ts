// TEMPORARY seeded dataset generator for engine tests and the engine benchmark, used until the data developer's
// src/data/generate.ts lands. Produces normalised Datasets directly (names in several scripts, 30-120-word
// descriptions) and the JSON text of an equivalent input file (for the heap-vs-JSON ratio).
import type { Dataset, Institution, Partnership, Level, Status } from '../../../src/data/model.js';
import { COUNTRIES } from '../../../src/data/countries.js';

export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON =
  'the of and to in a is that for it as with was on be by this are from at or an which have not has but had they were their one all there can more other been also into some than its these two may only new most such about over many first through where after between would well should made under each during those while both same used work how part much then them three years use because does being since very across within international research students academic cooperation project programme courses mobility teaching learning development sustainable innovation science knowledge network support training joint partners institutions exchange faculty staff doctoral degree summer school laboratory climate health energy water food digital data society culture history language economics engineering medicine agriculture environment policy education technology design law management'.split(
    ' ',
  );

const SYL = 'ka ri mo ta le si no va ur el an to mi sa be ro de li ne ga po lu zi fe qu ha ja ki ve bo'.split(' ');

function word(r: () => number, min = 2, max = 4): string {
  const n = min + Math.floor(r() * (max - min + 1));
  let w = '';
  for (let i = 0; i < n; i++) w += SYL[Math.floor(r() * SYL.length)];
  return w;
}

const pick = <T>(r: () => number, a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const SCRIPT_NAMES: Array<[string, (stem: string) => string]> = [
  ['ar', (s) => `جامعة ${s.length % 2 ? 'الملك' : 'القاهرة'} ${['عبد', 'العزيز', 'الإسكندرية', 'طيبة'][s.length % 4]}`],
  ['zh', (s) => `${['北京', '上海', '南京', '武汉', '浙江'][s.length % 5]}${['科技', '师范', '理工', '医科'][s.charCodeAt(0) % 4]}大学`],
  ['ru', (s) => `${['Московский', 'Новосибирский', 'Казанский'][s.length % 3]} государственный университет`],
  ['ja', (s) => `${['東京', '京都', '大阪', '名古屋'][s.length % 4]}大学`],
  ['el', (s) => `Πανεπιστήμιο ${['Αθηνών', 'Κρήτης', 'Πατρών'][s.length % 3]}`],
  ['hi', (s) => `${['दिल्ली', 'मुंबई', 'पुणे'][s.length % 3]} विश्वविद्यालय`],
  ['fa', (s) => `دانشگاه ${['تهران', 'شیراز', 'اصفهان'][s.length % 3]}`],
  ['fr', (s) => `Université de ${cap(s)}`],
  ['de', (s) => `Universität ${cap(s)}`],
  ['tr', (s) => `${cap(s)} Üniversitesi`],
];

const KINDS = ['university', 'university', 'university', 'research-institute', 'hospital', 'company', 'government'] as const;
const TYPES = ['student-exchange', 'staff-exchange', 'joint-research', 'joint-degree', 'framework-agreement'];
const ISCED = ['0111', '0211', '0232', '0311', '0314', '0413', '0421', '0511', '0531', '0533', '0541', '0612', '0713', '0732', '0811', '0912', '0913', '1015', '031', '05', '0888'];
const LEVELS: Level[] = ['bachelor', 'master', 'doctoral', 'staff'];
const STATUSES: Status[] = ['active', 'active', 'active', 'planned', 'ended'];
const PROGRAMMES = ['Erasmus+', 'Horizon Europe', 'DAAD', 'Fulbright', 'Bilateral', 'Marie Skłodowska-Curie'];
const LANGS = ['en', 'fr', 'de', 'es', 'ar', 'zh', 'ja', 'ru'];

export interface Generated {
  dataset: Dataset;
  json: string;
}

export function generate(count: number, seed = 1): Generated {
  const r = rng(seed);
  const countries = [...COUNTRIES.keys()];
  const nInst = Math.max(40, Math.round(count / 20));
  const institutions: Institution[] = [];
  for (let i = 0; i < nInst; i++) {
    const stem = word(r, 2, 4);
    const city = cap(word(r, 2, 3));
    const names: Record<string, string> = { en: `${cap(stem)} ${pick(r, ['University', 'Institute of Technology', 'College', 'Medical University'])}` };
    const [lang, make] = pick(r, SCRIPT_NAMES);
    if (r() < 0.6) names[lang] = make(stem);
    institutions.push({
      id: `inst-${i}`,
      names,
      displayName: names.en!,
      acronyms: r() < 0.5 ? [stem.slice(0, 3).toUpperCase() + 'U'] : [],
      aliases: r() < 0.2 ? [`${city} ${cap(stem)} School`] : [],
      kind: pick(r, KINDS),
      country: pick(r, countries),
      city,
      lat: r() * 140 - 70,
      lng: r() * 360 - 180,
    });
  }
  const partnerships: Partnership[] = [];
  for (let i = 0; i < count; i++) {
    const a = pick(r, institutions);
    const b = pick(r, institutions);
    const words = 30 + Math.floor(r() * 91);
    const descWords: string[] = [];
    for (let w = 0; w < words; w++) descWords.push(r() < 0.7 ? pick(r, COMMON) : word(r, 1, 4));
    const desc = descWords.join(' ');
    const start = 1995 + Math.floor(r() * 30);
    const fields = Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, ISCED)).map((isced) => ({ key: isced, isced }));
    partnerships.push({
      id: `p-${i}`,
      title: r() < 0.15 ? { en: `${cap(word(r))} ${pick(r, COMMON)} ${pick(r, COMMON)}`, fr: `Projet ${cap(word(r))}` } : { en: `${cap(word(r))} ${pick(r, COMMON)} ${pick(r, COMMON)} ${i % 97}` },
      description: { en: desc + '.' },
      partners: [{ id: 'home' }, { id: a.id }, ...(r() < 0.3 ? [{ id: b.id }] : [])],
      type: pick(r, TYPES),
      fields,
      levels: LEVELS.filter(() => r() < 0.4),
      status: pick(r, STATUSES),
      start: `${start}-0${1 + Math.floor(r() * 9)}`,
      end: r() < 0.7 ? `${start + 1 + Math.floor(r() * 10)}` : undefined,
      programme: r() < 0.8 ? pick(r, PROGRAMMES) : undefined,
      languages: LANGS.filter(() => r() < 0.25),
      contacts: [],
      links: [],
      tags: r() < 0.5 ? [pick(r, COMMON), word(r)] : [],
    });
  }
  const home: Institution = {
    id: 'home',
    names: { en: 'Home University' },
    displayName: 'Home University',
    acronyms: [],
    aliases: [],
    kind: 'university',
    country: 'GB',
    city: 'Oxford',
  };
  const all = [home, ...institutions];
  const dataset: Dataset = {
    meta: { types: [], home: 'home' },
    institutions: all,
    partnerships,
    institutionById: new Map(all.map((x) => [x.id, x])),
  };
  const json = JSON.stringify({ meta: { home: 'home' }, institutions: all, partnerships });
  return { dataset, json };
}
