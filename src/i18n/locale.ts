/**
 * Pure helpers on BCP 47 language tags: canonical form, fallback chains, writing direction and choosing the best
 * text of a multilingual map. No DOM, no state.
 */
import type { LocalText } from './types.js';

const canonicalCache = new Map<string, string | undefined>();

/**
 * The canonical form of a language tag (`zh-hans-cn` -> `zh-Hans-CN`, `iw` -> `he`, `in` -> `id`), or
 * `undefined` when the tag is empty or not valid BCP 47.
 */
export function canonicalLang(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const trimmed = tag.trim();
  if (!trimmed) return undefined;
  if (canonicalCache.has(trimmed)) return canonicalCache.get(trimmed);
  let result: string | undefined;
  try {
    result = Intl.getCanonicalLocales(trimmed)[0];
  } catch {
    result = undefined;
  }
  canonicalCache.set(trimmed, result);
  return result;
}

/** The primary language subtag of a tag (`pt-BR` -> `pt`). */
export function baseLang(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash === -1 ? tag : tag.slice(0, dash)).toLowerCase();
}

/**
 * The tag followed by each shorter prefix of it, most specific first:
 * `zh-Hant-TW` -> `['zh-Hant-TW', 'zh-Hant', 'zh']`. Extension and private-use parts are dropped.
 */
export function truncations(tag: string): string[] {
  const parts = tag.split('-');
  const stop = parts.findIndex((p, i) => i > 0 && p.length === 1);
  const subtags = stop === -1 ? parts : parts.slice(0, stop);
  const out: string[] = [];
  for (let n = subtags.length; n > 0; n--) out.push(subtags.slice(0, n).join('-'));
  return out;
}

/** Scripts written right to left (ISO 15924). */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Yezi']);
const dirCache = new Map<string, 'ltr' | 'rtl'>();

/**
 * Writing direction of a language, from its (likely) script: `ar`, `fa`, `ur`, `he`, `ps`, `sd`, `ug`, `ckb`,
 * `dv`, `yi`... are right to left; `az-Arab` too, `ku-Latn` is not.
 */
export function dirOfLang(tag: string): 'ltr' | 'rtl' {
  let dir = dirCache.get(tag);
  if (dir) return dir;
  let script: string | undefined;
  try {
    script = new Intl.Locale(tag).maximize().script;
  } catch {
    script = undefined;
  }
  dir = script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  dirCache.set(tag, dir);
  return dir;
}

/**
 * Chooses the best text of a multilingual map (`{ en: '...', ar: '...', und: '...' }`) for a visitor reading
 * `lang`. The chain, first match wins:
 * 1. the exact tag, then each shorter prefix (`zh-Hant-TW`, `zh-Hant`, `zh`);
 * 2. any text in the same base language (`en` finds `en-GB`);
 * 3. the same for each `extra` language in order (the page's language, then `en`);
 * 4. the text of unknown language (`und`);
 * 5. the first text available.
 * Keys are compared case-insensitively after canonicalisation. `lang` in the result is the text's own tag
 * (`''` for `und` and for keys that are not valid tags), ready for a `lang` attribute.
 */
export function pickText(
  texts: Readonly<Record<string, string>> | undefined,
  lang: string,
  extra: readonly string[] = ['en'],
): LocalText {
  if (!texts) return { text: '', lang: '' };
  const keys = Object.keys(texts).filter((k) => typeof texts[k] === 'string' && texts[k] !== '');
  if (keys.length === 0) return { text: '', lang: '' };
  const byLower = new Map<string, string>();
  for (const k of keys) {
    const canonical = k === 'und' ? undefined : canonicalLang(k);
    byLower.set((canonical ?? k).toLowerCase(), k);
  }
  const found = (key: string): LocalText => {
    const canonical = key === 'und' ? undefined : canonicalLang(key);
    return { text: texts[key]!, lang: canonical ?? '' };
  };
  const tried = new Set<string>();
  for (const wanted of [lang, ...extra]) {
    const canonical = canonicalLang(wanted);
    if (!canonical) continue;
    const lower = canonical.toLowerCase();
    if (tried.has(lower)) continue;
    tried.add(lower);
    for (const prefix of truncations(lower)) {
      const key = byLower.get(prefix);
      if (key !== undefined) return found(key);
    }
    const base = baseLang(lower);
    for (const [k, key] of byLower) {
      if (k !== 'und' && baseLang(k) === base) return found(key);
    }
  }
  const und = byLower.get('und');
  if (und !== undefined) return found(und);
  return found(keys[0]!);
}
