/**
 * A seeded generator of large, realistic partnership datasets for tests and benchmarks (1,000 / 10,000 / 100,000
 * partnerships). The same seed always yields the same dataset. Institution names are in several scripts (Latin,
 * Arabic, Persian, Cyrillic, Greek, Hebrew, Han, Kana, Hangul, Devanagari, Thai) beside an English name;
 * descriptions are 30-120 words; every partnership type, level and status occurs.
 *
 * Not exported from the package entry (it would only add weight): tests and benchmarks import src/data/generate.ts.
 */
import { PARTNERSHIP_TYPES, LEVELS, type DatasetInput, type InstitutionInput, type PartnershipInput } from './model.js';

export interface GenerateOptions {
  /** Number of partnerships. */
  partnerships: number;
  /** Number of institutions (default: about one for every 20 partnerships, at least 40, at most 5,000). */
  institutions?: number;
  /** Seed of the pseudo-random sequence (default 1). */
  seed?: number;
  /** Today, for choosing planned / active / ended dates (default 2025-06-01, so output does not depend on the clock). */
  year?: number;
}

/** Mulberry32: a tiny, fast, well-distributed 32-bit PRNG. Returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Locale {
  lang: string;
  countries: ReadonlyArray<readonly [code: string, lat: number, lng: number]>;
  /** Syllables for city names in the local script, and their Latin transliteration. */
  syllables: readonly string[];
  latin: readonly string[];
  /** University name in the local script; `{c}` is the city. */
  template: string;
}

const LATIN = ['ka', 'ri', 'mo', 'sa', 'le', 'na', 'to', 'vi', 'da', 'ro', 'lu', 'ma', 'te', 'si', 'bo', 'ne'];
const LOCALES: readonly Locale[] = [
  {
    lang: 'en',
    countries: [
      ['GB', 53, -1.5],
      ['US', 39, -96],
      ['CA', 50, -100],
      ['AU', -30, 145],
      ['NZ', -41, 174],
      ['IE', 53, -8],
      ['NG', 8, 7],
      ['KE', -0.5, 37],
      ['ZA', -28, 26],
    ],
    syllables: LATIN,
    latin: LATIN,
    template: 'University of {c}',
  },
  {
    lang: 'fr',
    countries: [
      ['FR', 46.5, 2.5],
      ['BE', 50.6, 4.6],
      ['SN', 14.5, -15],
      ['MA', 32, -6.5],
      ['CH', 46.8, 7.5],
    ],
    syllables: LATIN,
    latin: LATIN,
    template: 'Université de {c}',
  },
  {
    lang: 'es',
    countries: [
      ['ES', 40, -3.7],
      ['MX', 21, -100],
      ['AR', -33, -62],
      ['CL', -35, -71],
      ['CO', 5, -74],
    ],
    syllables: LATIN,
    latin: LATIN,
    template: 'Universidad de {c}',
  },
  {
    lang: 'de',
    countries: [
      ['DE', 51, 10],
      ['AT', 47.6, 14],
      ['CH', 47, 8.5],
    ],
    syllables: LATIN,
    latin: LATIN,
    template: 'Universität {c}',
  },
  {
    lang: 'ar',
    countries: [
      ['SA', 23, 45],
      ['AE', 24, 54.5],
      ['EG', 28, 31],
      ['JO', 31.5, 36],
      ['QA', 25.3, 51.3],
      ['OM', 22, 57.5],
      ['IQ', 33, 44],
      ['MA', 33, -6.8],
    ],
    syllables: ['ال', 'مد', 'ري', 'نة', 'قا', 'هر', 'جد', 'دة', 'بص', 'را', 'سو', 'كر'],
    latin: ['al', 'mad', 'ri', 'na', 'qa', 'har', 'jid', 'da', 'bas', 'ra', 'su', 'kar'],
    template: 'جامعة {c}',
  },
  {
    lang: 'fa',
    countries: [['IR', 33, 53]],
    syllables: ['تب', 'ری', 'ز', 'شی', 'را', 'مش', 'هد', 'کر', 'ما', 'نش'],
    latin: ['tab', 'ri', 'z', 'shi', 'ra', 'mash', 'had', 'ker', 'ma', 'nesh'],
    template: 'دانشگاه {c}',
  },
  {
    lang: 'ru',
    countries: [
      ['RU', 55.7, 37.6],
      ['KZ', 48, 68],
      ['BY', 53.7, 28],
    ],
    syllables: ['но', 'во', 'си', 'бир', 'ка', 'зань', 'ом', 'ск', 'то', 'мск'],
    latin: ['no', 'vo', 'si', 'bir', 'ka', 'zan', 'om', 'sk', 'to', 'msk'],
    template: '{c} государственный университет',
  },
  {
    lang: 'el',
    countries: [
      ['GR', 39, 22],
      ['CY', 35, 33],
    ],
    syllables: ['θε', 'σσα', 'λο', 'νί', 'κη', 'πά', 'τρα', 'κρή'],
    latin: ['the', 'ssa', 'lo', 'ni', 'ki', 'pa', 'tra', 'kri'],
    template: 'Πανεπιστήμιο {c}',
  },
  {
    lang: 'he',
    countries: [['IL', 31.5, 34.9]],
    syllables: ['חי', 'פה', 'רח', 'בת', 'ים', 'אר', 'יה'],
    latin: ['hai', 'fa', 'rah', 'bat', 'yam', 'ar', 'ya'],
    template: 'אוניברסיטת {c}',
  },
  {
    lang: 'zh',
    countries: [
      ['CN', 32, 112],
      ['TW', 23.7, 121],
    ],
    syllables: ['北', '京', '上', '海', '南', '武', '汉', '广', '州', '清', '华', '复', '旦'],
    latin: ['bei', 'jing', 'shang', 'hai', 'nan', 'wu', 'han', 'guang', 'zhou', 'qing', 'hua', 'fu', 'dan'],
    template: '{c}大学',
  },
  {
    lang: 'ja',
    countries: [['JP', 36, 138]],
    syllables: ['と', 'う', 'きょ', 'お', 'さ', 'か', 'な', 'ご', 'や', 'せ', 'ん'],
    latin: ['to', 'u', 'kyo', 'o', 'sa', 'ka', 'na', 'go', 'ya', 'se', 'n'],
    template: '{c}大学',
  },
  {
    lang: 'ko',
    countries: [['KR', 36.5, 127.8]],
    syllables: ['서', '울', '부', '산', '대', '구', '광', '주', '전'],
    latin: ['seo', 'ul', 'bu', 'san', 'dae', 'gu', 'gwang', 'ju', 'jeon'],
    template: '{c}대학교',
  },
  {
    lang: 'hi',
    countries: [['IN', 22, 79]],
    syllables: ['दि', 'ल्ली', 'मुं', 'बई', 'पु', 'णे', 'जय', 'पुर', 'का', 'न'],
    latin: ['di', 'lli', 'mum', 'bai', 'pu', 'ne', 'jay', 'pur', 'ka', 'n'],
    template: '{c} विश्वविद्यालय',
  },
  {
    lang: 'th',
    countries: [['TH', 15, 101]],
    syllables: ['เชียง', 'ใหม่', 'ขอน', 'แก่น', 'สง', 'ขลา', 'มหิ', 'ดล'],
    latin: ['chiang', 'mai', 'khon', 'kaen', 'song', 'khla', 'mahi', 'dol'],
    template: 'มหาวิทยาลัย{c}',
  },
];

const KINDS = [
  'university',
  'university',
  'university',
  'university',
  'research-institute',
  'hospital',
  'company',
  'non-profit',
  'government',
  'intergovernmental',
] as const;
const EN_TEMPLATES: Record<(typeof KINDS)[number], string> = {
  university: 'University of {c}',
  'research-institute': '{c} Institute for Advanced Research',
  hospital: '{c} University Hospital',
  company: '{c} Technologies',
  'non-profit': '{c} Foundation for Science',
  government: '{c} Ministry of Higher Education',
  intergovernmental: '{c} Regional Office for Education and Science',
};

const TOPICS: ReadonlyArray<readonly [label: string, isced: string]> = [
  ['Sustainable energy', '0713'],
  ['Biomedical research', '0914'],
  ['Artificial intelligence', '0613'],
  ['Sustainable agriculture', '0811'],
  ['Water resources', '0712'],
  ['Petroleum engineering', '0724'],
  ['Public health', '0915'],
  ['Computer science', '0613'],
  ['Architecture', '0731'],
  ['Economics', '0311'],
  ['Islamic studies', '0221'],
  ['Linguistics', '0232'],
  ['Marine science', '0521'],
  ['Mathematics', '0541'],
  ['Materials science', '0715'],
  ['Nursing', '0913'],
  ['Law', '0421'],
  ['Education', '0111'],
  ['Climate science', '0522'],
  ['Data science', '0688'],
  ['Cultural heritage', '0222'],
  ['Business administration', '0413'],
];
const ACTIVITIES: Record<string, string> = {
  'student-exchange': 'Student exchange in',
  'staff-exchange': 'Staff and scholar exchange in',
  'joint-research': 'Joint research on',
  'research-training': 'Research training in',
  'joint-degree': 'Dual degree in',
  'technology-education': 'Technology-driven education in',
  'conference-series': 'Symposium series on',
  'framework-agreement': 'Framework agreement covering',
};
const SENTENCES = [
  'The partners share laboratories, supervise doctoral candidates together and publish their results in open access.',
  'Students spend one or two semesters at the partner institution with full recognition of their credits.',
  'Each year a joint workshop brings together early-career researchers from both sides.',
  'The programme includes language preparation and a mentoring scheme for incoming students.',
  'Staff visits of one to four weeks strengthen teaching and help design new joint courses.',
  'Field work takes place at partner sites in arid and coastal regions.',
  'A steering committee meets twice a year to review progress and agree on new activities.',
  'Funding comes from both institutions and from competitive national and international grants.',
  'The agreement was renewed after a positive evaluation of its first phase.',
  'Industry partners contribute internships, data and equipment to the shared projects.',
  'Courses are taught in English, with optional classes in the local language.',
  'Graduates receive a degree from each institution after completing the joint curriculum.',
  'Research trainings combine online modules with an intensive residential school.',
  'The collaboration supports the United Nations Sustainable Development Goals on education and climate.',
  'Results are shared with local communities through public lectures and open data.',
  'Applicants are selected on academic merit by a joint committee.',
];
const PROGRAMMES = ['Erasmus+', 'UNESCO', 'Fulbright', 'DAAD', 'Horizon Europe', 'Bilateral agreement', 'Newton Fund'];
const LANGS = ['en', 'ar', 'fr', 'es', 'de', 'zh', 'ru', 'fa', 'ja'];

/** Generates a dataset in the input shape (run it through `validateDataset` to get a normalised one). */
export function generateDataset(options: GenerateOptions): DatasetInput {
  const rnd = seededRandom(options.seed ?? 1);
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const year = options.year ?? 2025;
  const count = options.partnerships;
  const instCount = options.institutions ?? Math.min(5000, Math.max(40, Math.round(count / 20)));

  const institutions: InstitutionInput[] = [];
  for (let i = 0; i < instCount; i++) {
    const locale = i === 0 ? LOCALES[4]! : pick(LOCALES);
    const [country, clat, clng] = pick(locale.countries);
    const parts = int(2, 3);
    let local = '';
    let latin = '';
    for (let s = 0; s < parts; s++) {
      const k = Math.floor(rnd() * locale.syllables.length);
      local += locale.syllables[k];
      latin += locale.latin[k];
    }
    latin = latin.charAt(0).toUpperCase() + latin.slice(1);
    const kind = i === 0 ? 'university' : pick(KINDS);
    const en = `${EN_TEMPLATES[kind].replace('{c}', latin)}${i >= 100 ? ` ${romanSuffix(i)}` : ''}`;
    const name: Record<string, string> = { en };
    if (locale.lang !== 'en' && kind === 'university') name[locale.lang] = locale.template.replace('{c}', local);
    institutions.push({
      id: `gen-inst-${i}`,
      name,
      acronyms: [
        en
          .split(/\s+/)
          .map((w) => w[0])
          .join('')
          .toUpperCase(),
      ],
      kind,
      country,
      city: latin,
      lat: round(clat + (rnd() - 0.5) * 6, 4),
      lng: round(clng + (rnd() - 0.5) * 8, 4),
      website: `https://www.${latin.toLowerCase()}-${i}.example.edu/`,
    });
  }

  const partnerships: PartnershipInput[] = [];
  for (let i = 0; i < count; i++) {
    const type = PARTNERSHIP_TYPES[i % PARTNERSHIP_TYPES.length]!;
    const [topic, isced] = pick(TOPICS);
    const partnerCount = rnd() < 0.8 ? 2 : int(3, 5);
    const ids = new Set<string>();
    if (rnd() < 0.6) ids.add('gen-inst-0');
    while (ids.size < partnerCount) ids.add(`gen-inst-${int(0, instCount - 1)}`);
    const partners = [...ids].map((id, k) => (k === 0 && partnerCount > 2 ? { id, role: 'coordinator' } : id));
    const words = int(30, 120);
    let description = '';
    while (description.split(' ').length < words) description += (description ? ' ' : '') + pick(SENTENCES);
    description = description
      .split(' ')
      .slice(0, words)
      .join(' ')
      .replace(/[.,]?$/, '.');
    const startYear = int(year - 15, year + 2);
    const end = rnd() < 0.7 ? `${startYear + int(2, 10)}-${pad(int(1, 12))}` : undefined;
    const title = `${ACTIVITIES[type]} ${topic.toLowerCase()}`;
    const p: PartnershipInput = {
      id: `gen-${i}`,
      title: rnd() < 0.15 ? { en: title, ar: `شراكة ${i}: ${topic}` } : title,
      description,
      partners,
      type,
      fields: rnd() < 0.5 ? [{ isced, label: { en: topic } }] : [topic, pick(TOPICS)[0]],
      levels: LEVELS.filter(() => rnd() < 0.5),
      start: `${startYear}-${pad(int(1, 12))}-${pad(int(1, 28))}`,
      ...(end ? { end } : {}),
      ...(rnd() < 0.6 ? { programme: pick(PROGRAMMES) } : {}),
      languages: [...new Set(['en', pick(LANGS)])],
      ...(type === 'student-exchange' || type === 'staff-exchange' ? { placesPerYear: int(1, 20) } : {}),
      contacts: [{ name: 'International Office', email: `io${i % 97}@example.edu` }],
      links: [{ url: `https://partnerships.example.edu/${i}`, label: { en: 'Details' } }],
      tags: [topic.split(' ')[0]!.toLowerCase()],
    };
    partnerships.push(p);
  }
  return {
    meta: {
      title: { en: 'Generated partnerships' },
      updated: `${year}-06-01`,
      home: 'gen-inst-0',
      note: `Synthetic data from partner-atlas generateDataset (seed ${options.seed ?? 1}); not real partnerships.`,
    },
    institutions,
    partnerships,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
/** Keeps generated names distinct without numbers: "University of Kari II", "… XIV". */
function romanSuffix(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}
