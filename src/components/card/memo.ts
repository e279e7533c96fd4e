/**
 * Memoised lookups for rendering many cards and facet values: the best text of a multilingual map, and Intl results
 * (country names, dates) per language. Each is a pure function of its inputs, and rendering asks for the same ones
 * again and again (each keystroke re-renders the visible cards and facets), so each is computed once.
 */
import type { LocalText } from '../../i18n/localize.js';

type I18n = { readonly lang: string; text(texts: Readonly<Record<string, string>> | undefined): LocalText };

const texts = new WeakMap<object, Map<string, LocalText>>();

/** `i18n.text(t)`, memoised per texts object, language and page language (data objects are immutable). */
export function localText(i18n: I18n, t: Readonly<Record<string, string>> | undefined): LocalText {
  if (!t) return i18n.text(t);
  const key = `${i18n.lang}|${document.documentElement.getAttribute('lang') ?? ''}`;
  let byLang = texts.get(t);
  if (!byLang) texts.set(t, (byLang = new Map()));
  let found = byLang.get(key);
  if (!found) byLang.set(key, (found = i18n.text(t)));
  return found;
}

const strings = new Map<string, Map<string, string>>();

/**
 * A string computed once per kind, language and value (`memo('country', 'fr', 'DE', ...)`); each kind and language
 * keeps at most 10,000 values (the cache is dropped beyond).
 */
export function memo(kind: string, lang: string, value: string, make: () => string): string {
  const key = `${kind}|${lang}`;
  let values = strings.get(key);
  if (!values) strings.set(key, (values = new Map()));
  let found = values.get(value);
  if (found === undefined) {
    if (values.size >= 10_000) values.clear();
    values.set(value, (found = make()));
  }
  return found;
}
