#!/usr/bin/env node
// Builds public/data/partnerships.json, the sample dataset for the demo and the stories, from the real ROR records in
// ../shared/data/ror/ror-institutions.json. Reproducible: no clock, no randomness beyond a fixed seed.
//
//   node scripts/make-sample.js            (writes public/data/partnerships.json)
//
// Institutions are ROR v2 records copied as published (real names in their languages, real coordinates), which
// the library accepts as institutions. The partnerships between them are ILLUSTRATIVE, not real agreements.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rorPath = resolve(root, '../shared/data/ror/ror-institutions.json');
const out = resolve(root, 'public/data/partnerships.json');
const records = JSON.parse(readFileSync(rorPath, 'utf8'));
const byId = new Map(records.map((r) => [r.id, r]));

// Mulberry32, as in src/data/generate.ts.
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = seeded(2025);
const pick = (items) => items[Math.floor(rnd() * items.length)];
const int = (min, max) => min + Math.floor(rnd() * (max - min + 1));

const ror = (short) => `https://ror.org/${short}`;
const KAU = ror('02ma4wv74');
const CAMBRIDGE = ror('013meh722');
const UAEU = ror('01km6p862');
const OXFORD = ror('052gg0110');
const TORONTO = ror('03dbr7087');
const KFUPM = ror('03yez3163');
const UNESCO = ror('04h4z8k05');
const TEHRAN = ror('05vf56z40');

const display = (r) => r.names.find((n) => n.types.includes('ror_display'))?.value ?? r.names[0].value;
const country = (r) => r.locations[0]?.geonames_details.country_code;

// The example institutions, then a spread of active universities: one per country in round-robin order, preferring
// records with a name in a non-Latin script, up to 70 partner institutions.
const examples = [KAU, CAMBRIDGE, UAEU, OXFORD, TORONTO, KFUPM, UNESCO];
const chosen = new Map(examples.map((id) => [id, byId.get(id)]));
for (const [id, r] of chosen) if (!r) throw new Error(`${id} is missing from the ROR file`);

const nonLatin = (r) => r.names.some((n) => n.lang && /[^\u0020-\u024f\s\p{P}\d]/u.test(n.value));
const pool = records
  .filter(
    (r) => r.status === 'active' && r.types.includes('education') && !chosen.has(r.id) && r.relationships.length < 40,
  )
  .sort((a, b) => Number(nonLatin(b)) - Number(nonLatin(a)) || a.id.localeCompare(b.id));
const perCountry = new Map();
for (const r of pool) {
  const c = country(r);
  if (!perCountry.has(c)) perCountry.set(c, []);
  perCountry.get(c).push(r);
}
const countries = [...perCountry.keys()].sort();
const extra = [];
for (let round = 0; extra.length < 70; round++) {
  let added = false;
  for (const c of countries) {
    const r = perCountry.get(c)[round];
    if (r && extra.length < 70 && rnd() < 0.45) {
      extra.push(r);
      added = true;
    }
  }
  if (!added && round > 5) break;
}
for (const r of extra) chosen.set(r.id, r);
const partnersAbroad = extra.map((r) => r.id);

// University of Tehran is not in the ROR file (see ../shared/data/ror/SUMMARY.md): added as a plain institution
// with its real ROR id, names and the GeoNames centroid of Tehran (the point ROR uses for Tehran records).
const tehran = {
  id: TEHRAN,
  name: { en: 'University of Tehran', fa: 'دانشگاه تهران' },
  acronyms: ['UT'],
  kind: 'university',
  country: 'IR',
  city: 'Tehran',
  lat: 35.69439,
  lng: 51.42151,
  website: 'https://ut.ac.ir/en',
};

const SENTENCES = {
  energy:
    'Researchers from both universities study solar desalination, grid storage and low-carbon hydrogen for hot, arid climates.',
  biomed:
    'The teams share genomics data and laboratory methods to study diabetes and inherited blood disorders common in the region.',
  ai: 'Joint projects apply machine learning to water management, smart grids and healthcare, with shared doctoral supervision.',
  sustainableTech:
    'Engineers and computer scientists design sustainable technologies for cities, from cooling to recycling.',
  agriculture:
    'Agronomists work on drought-tolerant crops, soil health and efficient irrigation for semi-arid farmland.',
  exchange:
    'Students spend one or two semesters at the partner university, with full recognition of the credits they earn.',
  staff:
    'Staff and visiting scholars teach short courses and prepare joint research proposals during visits of one to four weeks.',
  training: 'The training combines online modules with an intensive residential school for early-career researchers.',
  degree:
    'Graduates receive a degree from each institution after completing a joint curriculum taught at both campuses.',
  conference: 'A yearly symposium, hosted in turn by the partners, brings together researchers, students and industry.',
  framework: 'The framework agreement sets the terms under which faculties can start exchanges and joint projects.',
  tech: 'Courses use virtual laboratories, simulation and remote instruments so that students can learn together across borders.',
  illustrative: 'This partnership is illustrative sample data for the partner-atlas demo.',
};
const describe = (...keys) => [...keys.map((k) => SENTENCES[k]), SENTENCES.illustrative].join(' ');

const partnerships = [];
let n = 0;
const add = (p) => partnerships.push({ id: `sample-${String(++n).padStart(3, '0')}`, ...p });

// The examples from the project description.
add({
  title: { en: 'Sustainable energy research', ar: 'أبحاث الطاقة المستدامة' },
  description: describe('energy'),
  partners: [KAU, CAMBRIDGE],
  type: 'joint-research',
  fields: [{ isced: '0713', label: { en: 'Electricity and energy' } }, 'Sustainable energy'],
  levels: ['doctoral', 'staff'],
  start: '2021-01',
  end: '2026-12',
  languages: ['en'],
  tags: ['energy', 'climate'],
  links: [{ url: 'https://www.kau.edu.sa/', label: { en: 'King Abdulaziz University' } }],
});
add({
  title: { en: 'Biomedical research collaboration', ar: 'تعاون في البحوث الطبية الحيوية' },
  description: describe('biomed'),
  partners: [KAU, CAMBRIDGE],
  type: 'joint-research',
  fields: [{ isced: '0914', label: { en: 'Medical diagnostic and treatment technology' } }, 'Biomedical research'],
  levels: ['doctoral'],
  start: '2022-09',
  languages: ['en'],
  tags: ['health'],
});
add({
  title: { en: 'Artificial intelligence and sustainable technology', ar: 'الذكاء الاصطناعي والتقنيات المستدامة' },
  description: describe('ai', 'sustainableTech'),
  partners: [UAEU, OXFORD],
  type: 'joint-research',
  fields: [
    { isced: '0613', label: { en: 'Software and applications development and analysis' } },
    'Artificial intelligence',
    'Sustainable technology',
  ],
  levels: ['master', 'doctoral'],
  start: '2023-02',
  end: '2028-01',
  languages: ['en'],
  tags: ['ai', 'sustainability'],
});
add({
  title: { en: 'Sustainable agriculture', fa: 'کشاورزی پایدار', fr: 'Agriculture durable' },
  description: describe('agriculture'),
  partners: [TEHRAN, TORONTO],
  type: 'joint-research',
  fields: [{ isced: '0811', label: { en: 'Crop and livestock production' } }, 'Sustainable agriculture'],
  levels: ['master', 'doctoral'],
  start: '2019-09',
  end: '2024-08',
  languages: ['en', 'fa'],
  tags: ['agriculture', 'water'],
});
for (const [i, partner] of partnersAbroad.slice(0, 10).entries()) {
  const type = ['student-exchange', 'joint-degree', 'staff-exchange', 'technology-education'][i % 4];
  add({
    title: { en: `KFUPM partner school: ${display(chosen.get(partner))}` },
    description: describe(
      type === 'joint-degree'
        ? 'degree'
        : type === 'staff-exchange'
          ? 'staff'
          : type === 'technology-education'
            ? 'tech'
            : 'exchange',
    ),
    partners: [KFUPM, partner],
    type,
    fields: [pick(['Petroleum engineering', 'Chemical engineering', 'Computer science', 'Geosciences'])],
    levels: type === 'staff-exchange' ? ['staff'] : ['bachelor', 'master'],
    start: `${int(2016, 2024)}-09`,
    ...(rnd() < 0.5 ? { end: `${int(2025, 2030)}-08` } : {}),
    languages: ['en'],
    ...(type === 'student-exchange' ? { placesPerYear: int(2, 10) } : {}),
    tags: ['kfupm'],
  });
}
for (const [i, topic] of [
  'Open science and research data',
  'Ocean science for sustainable development',
  'Water security in arid regions',
  'Science policy and ethics',
  'Geoparks and geoheritage',
  'Climate change education',
].entries()) {
  add({
    title: { en: `UNESCO research training: ${topic}`, fr: `Formation à la recherche de l’UNESCO : ${topic}` },
    description: describe('training'),
    partners: [{ id: UNESCO, role: 'coordinator' }, KAU, partnersAbroad[10 + i * 3], partnersAbroad[11 + i * 3]],
    type: 'research-training',
    programme: 'UNESCO',
    fields: [topic],
    levels: ['doctoral', 'staff'],
    start: `${2020 + i}-03`,
    end: `${2020 + i}-11`,
    languages: ['en', 'fr'],
    tags: ['unesco'],
  });
}

// The home university's other partnerships: every type, among the chosen institutions.
const TYPES = [
  ['student-exchange', 'exchange', 'Student exchange'],
  ['staff-exchange', 'staff', 'Staff and scholar exchange'],
  ['joint-research', 'energy', 'Joint research'],
  ['research-training', 'training', 'Research training'],
  ['joint-degree', 'degree', 'Dual degree'],
  ['technology-education', 'tech', 'Technology-driven education'],
  ['conference-series', 'conference', 'Symposium series'],
  ['framework-agreement', 'framework', 'Framework agreement'],
];
const TOPICS = [
  ['Petroleum engineering', '0724'],
  ['Public health', '0915'],
  ['Computer science', '0613'],
  ['Architecture', '0731'],
  ['Islamic studies', '0221'],
  ['Marine science', '0521'],
  ['Mathematics', '0541'],
  ['Economics', '0311'],
  ['Linguistics', '0232'],
  ['Water resources', '0712'],
  ['Materials science', '0715'],
  ['Nursing', '0913'],
];
const PROGRAMMES = ['Erasmus+', 'Bilateral agreement', 'Fulbright', 'DAAD', 'Horizon Europe'];
const everyone = [...chosen.keys()].filter((id) => id !== KAU);
while (partnerships.length < 150) {
  const [type, sentence, label] = TYPES[partnerships.length % TYPES.length];
  const [topic, isced] = pick(TOPICS);
  const partner = pick(everyone);
  const start = int(2012, 2027);
  const end = rnd() < 0.7 ? start + int(3, 8) : undefined;
  add({
    title: { en: `${label}: ${topic}`, ...(rnd() < 0.3 ? { ar: `${topic} — شراكة` } : {}) },
    description: describe(sentence),
    partners: rnd() < 0.15 ? [KAU, partner, pick(everyone.filter((x) => x !== partner))] : [KAU, partner],
    type,
    fields: type === 'framework-agreement' ? [] : [{ isced, label: { en: topic } }],
    levels: type === 'staff-exchange' ? ['staff'] : ['bachelor', 'master', 'doctoral'].filter(() => rnd() < 0.6),
    start: `${start}-${String(int(1, 12)).padStart(2, '0')}`,
    ...(end ? { end: String(end) } : {}),
    ...(rnd() < 0.5 ? { programme: pick(PROGRAMMES) } : {}),
    languages: rnd() < 0.3 ? ['en', 'ar'] : ['en'],
    ...(type === 'student-exchange' ? { placesPerYear: int(2, 12) } : {}),
    contacts: [{ name: 'International Office (sample)', email: 'international.office@example.edu' }],
  });
}

const dataset = {
  $schema: '../../schema/partnership-dataset.schema.json',
  meta: {
    title: { en: 'International partnerships (sample)', ar: 'الشراكات الدولية (نموذج)' },
    updated: '2026-06-23',
    home: KAU,
    note:
      'Illustrative sample data: the institutions are real (ROR records, CC0, https://ror.org, copied as published; ' +
      'University of Tehran, absent from the ROR sample, is added by hand with its ROR id), but the partnerships ' +
      'between them are invented for the demo and do not describe real agreements.',
  },
  institutions: [...chosen.values(), tehran],
  partnerships,
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(dataset, null, 1) + '\n');
console.log(`${out}: ${dataset.institutions.length} institutions, ${partnerships.length} partnerships`);
