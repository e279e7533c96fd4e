/**
 * Every built-in language has every English key (or falls back knowingly), no stale keys, the same {placeholders}
 * as English, and every plural form its language needs.
 */
import { expect } from '@open-wc/testing';
import enCore from '../../src/i18n/translations/en.js';
import enMap from '../../src/i18n/translations/en-map.js';
import enData from '../../src/i18n/translations/en-data.js';
import enCsv from '../../src/i18n/translations/en-csv.js';
import enStates from '../../src/i18n/translations/en-states.js';
import ar from '../../src/i18n/translations/ar.js';
import es from '../../src/i18n/translations/es.js';
import fa from '../../src/i18n/translations/fa.js';
import fr from '../../src/i18n/translations/fr.js';
import id from '../../src/i18n/translations/id.js';
import ms from '../../src/i18n/translations/ms.js';
import tr from '../../src/i18n/translations/tr.js';
import ur from '../../src/i18n/translations/ur.js';
import zh from '../../src/i18n/translations/zh.js';
import { BUILT_IN_LANGUAGES } from '../../src/i18n/registry.js';

type Tree = { [key: string]: string | Tree };
/** The whole English source: the core and the sections elements outside the core add when they load. */
const en = {
  ...enCore,
  directory: { ...enCore.directory, ...enCsv.directory, ...enStates.directory },
  map: enMap,
  data: { ...enCore.data, ...enData.data },
};
const LANGUAGES: Record<string, unknown> = { ar, es, fa, fr, id, ms, tr, ur, zh };

/**
 * Keys a language deliberately leaves to English (the same word, a code...). Keep this short and explained.
 */
const KNOWN_FALLBACKS: Record<string, readonly string[]> = {};

const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPlural = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && 'other' in v && Object.keys(v).every((k) => CATEGORIES.has(k));

/** Leaves of a translation tree: dotted key -> string or plural. */
function leaves(tree: unknown, prefix = '', out = new Map<string, string | Record<string, string>>()) {
  for (const [k, v] of Object.entries(tree as Tree)) {
    const key = prefix + k;
    if (typeof v === 'string' || isPlural(v)) out.set(key, v as string | Record<string, string>);
    else leaves(v, `${key}.`, out);
  }
  return out;
}

const placeholders = (v: string | Record<string, string>) =>
  new Set((typeof v === 'string' ? v : Object.values(v).join(' ')).match(/\{\w+\}/g) ?? []);
const sorted = (s: Set<string>) => [...s].sort();

const english = leaves(en);

describe('translations', () => {
  it('every built-in language has a module here', () => {
    expect(Object.keys(LANGUAGES).sort()).to.deep.equal(BUILT_IN_LANGUAGES.filter((l) => l !== 'en').sort());
  });

  it('English plurals have one and other, and their forms share placeholders', () => {
    for (const [key, v] of english) {
      if (typeof v === 'string') continue;
      expect(Object.keys(v).sort(), key).to.deep.equal(['one', 'other']);
    }
  });

  for (const [lang, tree] of Object.entries(LANGUAGES)) {
    describe(lang, () => {
      const own = leaves(tree);
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

      it('has every English key (or falls back knowingly)', () => {
        const missing = [...english.keys()].filter((k) => !own.has(k) && !KNOWN_FALLBACKS[lang]?.includes(k));
        expect(missing, `${missing.length} missing`).to.deep.equal([]);
      });

      it('has no key English lacks (stale or misspelt)', () => {
        expect([...own.keys()].filter((k) => !english.has(k))).to.deep.equal([]);
      });

      it('uses the same {placeholders} as English', () => {
        const wrong: string[] = [];
        for (const [key, value] of own) {
          const source = english.get(key);
          if (!source) continue;
          const want = placeholders(source);
          const got = placeholders(value);
          // A plural form may leave out {count} ("one partnership"), but no form may add a placeholder English lacks,
          // and a plain string must have exactly English's.
          const extra = sorted(got).filter((p) => !want.has(p));
          const lacking = typeof value === 'string' ? sorted(want).filter((p) => !got.has(p)) : [];
          if (typeof value !== 'string' && typeof source === 'string')
            wrong.push(`${key}: plural where English has a string`);
          if (extra.length || lacking.length)
            wrong.push(`${key}: extra ${extra.join(',')} lacking ${lacking.join(',')}`);
          if (typeof value !== 'string') {
            // The `other` form is used for fractions and large numbers: it must show the number when English does.
            const otherPh = placeholders(value['other']!);
            const lost = sorted(want).filter((p) => !otherPh.has(p));
            if (lost.length) wrong.push(`${key}.other lacks ${lost.join(',')}`);
          }
        }
        expect(wrong).to.deep.equal([]);
      });

      it(`plurals give exactly the forms ${lang} uses (${categories.join(', ')})`, () => {
        const wrong: string[] = [];
        for (const [key, value] of own) {
          if (!english.has(key)) continue;
          if (typeof value === 'string') {
            if (typeof english.get(key) !== 'string') wrong.push(`${key}: string where English has a plural`);
            continue;
          }
          const forms = Object.keys(value).sort();
          if (forms.join() !== [...categories].sort().join()) wrong.push(`${key}: ${forms.join(',')}`);
        }
        expect(wrong).to.deep.equal([]);
      });

      it('has no empty strings and no HTML', () => {
        const bad = [...own].filter(([, v]) =>
          (typeof v === 'string' ? [v] : Object.values(v)).some((s) => s.trim() === '' || /<[a-z/]/i.test(s)),
        );
        expect(bad.map(([k]) => k)).to.deep.equal([]);
      });
    });
  }
});
