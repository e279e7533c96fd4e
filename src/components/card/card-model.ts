/**
 * Pure helpers behind pa-card: resolving partners, choosing a native-script name, labelling types and fields.
 * No DOM, no Lit; the element only renders what these return.
 */
import type {
  DatasetMeta,
  Institution,
  InstitutionInput,
  Partnership,
  RorRecordInput,
  Texts,
} from '../../data/model.js';
import { PARTNERSHIP_TYPES } from '../../data/model.js';
import { checkDataset, isChecked, type Finding } from '../../data/check.js';
import { memo } from './memo.js';

/** An institution as a data file gives it (the library's shape or a ROR record), or normalised (from a dataset). */
export type AnyInstitution = Institution | InstitutionInput | RorRecordInput;

/**
 * The institutions a card names the partners from: a dataset's `institutionById`, a list of records as in a data
 * file (each with its `id`), a Map or plain object of records by id, or a function of an id.
 */
export type InstitutionLookup =
  | ReadonlyMap<string, AnyInstitution>
  | readonly AnyInstitution[]
  | Readonly<Record<string, AnyInstitution>>
  | ((id: string) => AnyInstitution | undefined);

/** What a card shows, all normalised, and the problems found on the way (none when it was given normalised data). */
export interface CardData {
  /** `undefined` when the partnership given is unusable (the findings say why). */
  readonly partnership: Partnership | undefined;
  readonly institutions: ReadonlyMap<string, Institution> | undefined;
  readonly types: DatasetMeta['types'] | undefined;
  readonly findings: readonly Finding[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null;

/** The records of an institution lookup as a data file lists them. */
function records(institutions: unknown, p: unknown): unknown {
  if (typeof institutions === 'function') {
    const refs = isObj(p) && Array.isArray(p['partners']) ? (p['partners'] as unknown[]) : [];
    return refs.map((ref) => {
      try {
        return (institutions as (id: unknown) => unknown)((ref as Obj | undefined)?.['id'] ?? ref);
      } catch {
        return undefined;
      }
    });
  }
  if (!isObj(institutions) || Array.isArray(institutions)) return institutions ?? [];
  return institutions instanceof Map ? [...institutions.values()] : Object.values(institutions);
}

/**
 * The data of a card, ready to render. Normalised objects (made by `checkDataset`: a dataset's partnerships,
 * institutions, `institutionById` and `meta.types`) are used as they are, with no work (the hot path of a result
 * list); anything else is checked and normalised by the same checks as a data file, so that every valid part is shown
 * and every problem found. Never throws on bad input.
 */
export function cardData(p: unknown, institutions: unknown, types: unknown): CardData {
  const trusted = (v: unknown) => v === undefined || isChecked(v);
  if (isChecked(p) && trusted(institutions) && trusted(types))
    return { partnership: p, institutions, types, findings: [] } as CardData;
  const { dataset, findings } = checkDataset({
    meta: { types },
    institutions: records(institutions, p),
    partnerships: [p],
  });
  return {
    partnership: dataset.partnerships[0],
    institutions: dataset.institutionById,
    types: dataset.meta.types,
    findings,
  };
}

/** A partner ready to render: the institution when known, otherwise just its id. */
export interface ResolvedPartner {
  readonly id: string;
  readonly role?: string;
  readonly institution?: Institution;
}

/**
 * The partners in the order to show them, so that a compact card, which has room for a line or two, names the
 * partners abroad first: those outside the home institution's country (`home`, the site's own university), then
 * those in its country (a partnership of a sister university at home with a school abroad), then the home
 * institution itself; as listed within each. Without a home, the order of the data.
 */
export function resolvePartners(
  p: Partnership,
  institutions: ReadonlyMap<string, Institution> | undefined,
  home?: string,
): ResolvedPartner[] {
  const all = p.partners.map((ref) => ({ id: ref.id, role: ref.role, institution: institutions?.get(ref.id) }));
  if (!home) return all;
  const country = institutions?.get(home)?.country;
  const rank = (r: ResolvedPartner) => (r.id === home ? 2 : country && r.institution?.country === country ? 1 : 0);
  return all.sort((a, b) => rank(a) - rank(b));
}

/**
 * The name to show beside the visitor-language name (the "native" name): another name of the institution, in a
 * known language other than the one shown. First choice, a name in the main language of the institution's country
 * (`country`, ISO 3166-1 alpha-2: Arabic for Saudi Arabia, French for France, as `Intl.Locale` knows them); else a
 * name in a non-Latin script; else, beside a name in a non-Latin script, the English one (as it is known abroad).
 * Another Latin-script name (the Welsh name of a university in England) is not shown. `undefined` when there is
 * none.
 */
export function nativeName(
  names: Texts,
  shownLang: string,
  shownText: string,
  country?: string,
): { text: string; lang: string } | undefined {
  const base = (lang: string) => lang.split('-')[0]!.toLowerCase();
  const shownBase = base(shownLang);
  const local = country ? countryLanguage(country) : '';
  const nonLatin = (text: string) => /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(text);
  let other: { text: string; lang: string } | undefined;
  let english: { text: string; lang: string } | undefined;
  for (const [lang, text] of Object.entries(names)) {
    if (lang === 'und' || !text || text === shownText || base(lang) === shownBase) continue;
    if (base(lang) === local) return { text, lang };
    if (nonLatin(text)) other ??= { text, lang };
    else if (base(lang) === 'en' && nonLatin(shownText)) english = { text, lang };
  }
  return other ?? english;
}

/** The main language of a country (`SA` → `ar`), as Intl's likely subtags know it; '' for a region it does not know. */
function countryLanguage(country: string): string {
  return memo('likely-language', '', country, () => {
    try {
      return new Intl.Locale(`und-${country}`).maximize().language;
    } catch {
      return '';
    }
  });
}

/** Whether a type id is one of the built-in partnership types (which have translated labels). */
export function isBuiltInType(type: string): type is (typeof PARTNERSHIP_TYPES)[number] {
  return (PARTNERSHIP_TYPES as readonly string[]).includes(type);
}

/** A readable label for an unknown id: `student-exchange` -> `Student exchange`. */
export function humanise(id: string): string {
  const spaced = id.replace(/[-_]+/g, ' ').trim();
  return spaced.charAt(0).toLocaleUpperCase() + spaced.slice(1);
}

/** Characters of description above which the full layout offers "Read more" (a cheap stand-in for measuring). */
export const LONG_DESCRIPTION = 220;

/**
 * The compact card shows two lines of description: longer texts are cut at a word boundary, so that the page does not
 * lay out and shape hundreds of hidden words per card on every update (in the directory, that was a fifth of the
 * layout work of a keystroke). Screen readers hear the excerpt; the detail view has the whole text. This default
 * fills two lines of a card up to about 700 px wide; pa-results sets `excerptLength` from its column width.
 */
export const EXCERPT_LENGTH = 240;

/**
 * Characters that fill the compact card's two lines of description at a content width of `width` px, with room to
 * spare: 5.5 px per character is narrower than the average Latin character at 14 px (wider scripts such as Chinese
 * only lay out a few hidden characters more).
 */
export function excerptLengthFor(width: number): number {
  if (!(width > 0)) return EXCERPT_LENGTH;
  return Math.min(600, Math.max(60, Math.ceil((2 * width) / 55) * 10));
}

export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.search(/\s\S*$/);
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
