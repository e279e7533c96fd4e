/**
 * Pure conversions from lenient input values to the normalised model: texts, ids, dates, URLs, ROR kinds and
 * status. No problem reporting here (that is `validate.ts`): each helper returns `undefined` when the value cannot
 * be used, and the validator says why.
 */
import type { InstitutionKind, Status, Texts } from './model.js';

/** Collapses runs of white space and trims; names in the wild carry stray and doubled spaces. */
export function cleanText(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

/** The ROR id pattern: `0` + 6 base-32 characters + 2 check digits. */
const ROR_ID = /^(?:https?:\/\/)?(?:www\.)?ror\.org\/(0[a-z0-9]{6}[0-9]{2})\/?$/i;
const BARE_ROR_ID = /^0[a-hj-km-np-tv-z0-9]{6}[0-9]{2}$/;

/**
 * Canonical form of an id: trimmed; ROR ids in any common spelling (`ror.org/02ma4wv74`, `http://ror.org/…`,
 * `02ma4wv74`) become `https://ror.org/02ma4wv74`, so partners can name a ROR institution either way.
 */
export function canonicalId(id: string): string {
  const trimmed = id.trim();
  const ror = ROR_ID.exec(trimmed);
  if (ror) return `https://ror.org/${ror[1]!.toLowerCase()}`;
  if (BARE_ROR_ID.test(trimmed)) return `https://ror.org/${trimmed}`;
  return trimmed;
}

/** A BCP 47 tag in canonical case (`zh-hant` -> `zh-Hant`), `und` kept; `undefined` when not a valid tag. */
export function canonicalLanguage(tag: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    return canonical;
  } catch {
    return undefined;
  }
}

/** ISO 8601 date forms accepted: `2024`, `2024-09`, `2024-09-01`. */
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is an ISO date of the accepted forms and a real calendar date (no 31 April). */
export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * The first and last instants a (possibly partial) date covers, as comparable strings: `2024` spans
 * `2024-01-01`..`2024-12-31`, `2024-09` spans the month.
 */
export function dateBounds(value: string): { first: string; last: string } {
  const [y, m, d] = value.split('-');
  if (d !== undefined) return { first: value, last: value };
  if (m !== undefined) {
    const days = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { first: `${y}-${m}-01`, last: `${y}-${m}-${String(days).padStart(2, '0')}` };
  }
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/** True when a period ends before it starts (a partial end date covering the start is not "before"). */
export function endsBeforeStart(start: string, end: string): boolean {
  return dateBounds(end).last < dateBounds(start).first;
}

/** Status from the dates: planned before the start, ended after the end, active otherwise. */
export function deriveStatus(start: string | undefined, end: string | undefined, today: string): Status {
  if (start !== undefined && dateBounds(start).first > today) return 'planned';
  if (end !== undefined && dateBounds(end).last < today) return 'ended';
  return 'active';
}

/** Today's date as `YYYY-MM-DD` (UTC). */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The link schemes that may be followed. */
export const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

/**
 * An absolute http(s) or mailto URL, trimmed; `undefined` for anything else (javascript:, data:, relative paths,
 * unparsable text). `web` restricts to http(s) (websites, logos).
 */
export function safeUrl(value: string, web = false): string | undefined {
  const trimmed = value.trim();
  if (!/^(?:https?:\/\/|mailto:)\S+$/i.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!(SAFE_PROTOCOLS as readonly string[]).includes(url.protocol)) return undefined;
  if (web && url.protocol === 'mailto:') return undefined;
  return url.href;
}

/** Text that looks like HTML markup (a tag, a comment or a script); it is kept and shown as plain text. */
export function looksLikeMarkup(value: string): boolean {
  return /<\s*\/?\s*[a-z!?][^>]*>/i.test(value);
}

/** ROR `types` in order of preference, mapped onto the library's kinds. `funder` is a role, used only alone. */
const ROR_KINDS: ReadonlyArray<readonly [string, InstitutionKind]> = [
  ['education', 'university'],
  ['healthcare', 'hospital'],
  ['facility', 'research-institute'],
  ['company', 'company'],
  ['nonprofit', 'non-profit'],
  ['government', 'government'],
  ['archive', 'other'],
  ['other', 'other'],
  ['funder', 'other'],
];

/** Names of intergovernmental organisations, which ROR types as `government`. */
const INTERGOVERNMENTAL =
  /\b(?:UNESCO|United Nations|World Health Organi[sz]ation|World Bank|OECD|International Atomic Energy Agency|European Organi[sz]ation for Nuclear Research|CERN|European Molecular Biology Laboratory|International Crops Research Institute for the Semi-Arid Tropics|African Union|ASEAN)\b/;

/** The library kind for a ROR record's `types`, using the display name to spot intergovernmental bodies. */
export function kindFromRorTypes(types: readonly string[], displayName: string): InstitutionKind {
  if (INTERGOVERNMENTAL.test(displayName) && !types.includes('education')) return 'intergovernmental';
  for (const [rorType, kind] of ROR_KINDS) if (types.includes(rorType)) return kind;
  return 'other';
}

/** A frozen Texts map; callers ensure it is not empty. */
export function freezeTexts(texts: Record<string, string>): Texts {
  return Object.freeze(texts);
}
