/**
 * The translation registry: English (always present), the built-in languages (each loaded on demand with a
 * dynamic import, so a bundler emits one chunk per language and a page downloads only the languages in use), and
 * the translations a host registers at run time. Plain TypeScript, no DOM.
 */
import en from './translations/en.js';
import { canonicalLang, truncations } from './locale.js';
import { numberFormat, pluralRules } from './intl.js';
import type { PartialTranslation, PluralCategory, TranslationParams, TranslationValue } from './types.js';

type Tree = { readonly [key: string]: TranslationValue | Tree };
type Module = { default: PartialTranslation };

/**
 * Built-in languages and how to load them. Literal import paths so that Vite/Rolldown (and esbuild) can see and
 * split them; English is bundled because it is the fallback for every missing key.
 */
const LOADERS: Readonly<Record<string, () => Promise<Module>>> = {
  ar: () => import('./translations/ar.js'),
  es: () => import('./translations/es.js'),
  fa: () => import('./translations/fa.js'),
  fr: () => import('./translations/fr.js'),
  id: () => import('./translations/id.js'),
  ms: () => import('./translations/ms.js'),
  tr: () => import('./translations/tr.js'),
  ur: () => import('./translations/ur.js'),
  zh: () => import('./translations/zh.js'),
};

/** Languages shipped with the library (English plus the ones loaded on demand). */
export const BUILT_IN_LANGUAGES: readonly string[] = ['en', ...Object.keys(LOADERS)];

/** Loaded built-in translations, by canonical tag. */
const loaded = new Map<string, Tree>([['en', en as unknown as Tree]]);
/** Translations registered by the host, by canonical tag (deep-merged over the built-in ones). */
const registered = new Map<string, Tree>();
const pending = new Map<string, Promise<void>>();
const listeners = new Set<(lang: string) => void>();
/** Resolved values per language chain and key; cleared whenever a translation arrives. */
let lookupCache = new Map<string, Map<string, Found | null>>();

interface Found {
  readonly value: TranslationValue;
  /** The language the value is in (for plural rules). */
  readonly lang: string;
}

/** Calls `listener(lang)` whenever a translation for `lang` is loaded or registered. Returns an unsubscribe. */
export function onTranslationChange(listener: (lang: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(lang: string) {
  lookupCache = new Map();
  for (const listener of [...listeners]) listener(lang);
}

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const PLURAL_KEYS = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);
function isPlural(value: unknown): value is Exclude<TranslationValue, string> {
  if (!isTree(value)) return false;
  const keys = Object.keys(value);
  return keys.includes('other') && keys.every((k) => PLURAL_KEYS.has(k) && typeof value[k] === 'string');
}

/** Deep merge of translation trees; plural objects and strings are replaced whole. */
function merge(base: Tree | undefined, over: Tree): Tree {
  const out: Record<string, TranslationValue | Tree> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const prev = out[key];
    out[key] = isTree(value) && !isPlural(value) && isTree(prev) && !isPlural(prev) ? merge(prev, value) : value;
  }
  return out;
}

/**
 * Adds or overrides strings for a language without forking the library, e.g. a university's own terms:
 *
 * ```js
 * import { registerTranslation } from 'partner-atlas';
 * registerTranslation('fr', { common: { loading: 'Chargement des partenariats…' } });
 * registerTranslation('de', { common: { loading: 'Wird geladen …' } }); // a new language
 * ```
 *
 * The strings are deep-merged over earlier registrations and over the built-in translation (which still loads
 * for the keys not given); every key not found falls back to English. Elements re-render at once.
 */
export function registerTranslation(lang: string, translation: PartialTranslation): void {
  const tag = canonicalLang(lang);
  if (!tag) throw new RangeError(`[partner-atlas] registerTranslation: "${lang}" is not a valid language tag.`);
  registered.set(tag, merge(registered.get(tag), translation as Tree));
  changed(tag);
}

/**
 * Adds the English strings of an element outside the English core (the map, pa-data: ./translations/en-map.ts,
 * en-data.ts) to the English fallback; their modules call it when they load, so pages without them never download
 * their strings.
 */
export function registerEnglish(strings: PartialTranslation): void {
  loaded.set('en', merge(loaded.get('en'), strings as Tree));
  changed('en');
}

/** The built-in language that serves `tag` (`fr-CA` -> `fr`, `zh-Hans-CN` -> `zh`), if any. */
function builtInFor(tag: string): string | undefined {
  for (const t of truncations(tag)) if (t in LOADERS || t === 'en') return t;
  return undefined;
}

/**
 * Loads the built-in translation for `lang` (and nothing when there is none or it is loaded already).
 * Resolves when it is ready; never rejects (a failed download leaves the English fallback).
 */
export function loadTranslation(lang: string): Promise<void> {
  const tag = canonicalLang(lang);
  const builtIn = tag && builtInFor(tag);
  if (!builtIn || loaded.has(builtIn)) return Promise.resolve();
  let promise = pending.get(builtIn);
  if (!promise) {
    promise = LOADERS[builtIn]!()
      .then((module) => {
        loaded.set(builtIn, module.default as Tree);
        changed(builtIn);
      })
      .catch((error: unknown) => {
        console.warn(`[partner-atlas] could not load the "${builtIn}" translation; using English.`, error);
      })
      .finally(() => pending.delete(builtIn));
    pending.set(builtIn, promise);
  }
  return promise;
}

/** The built-in languages loaded so far (English always). */
export function loadedLanguages(): string[] {
  return [...loaded.keys()];
}

/** True when every translation `lang` needs has arrived. */
export function isTranslationLoaded(lang: string): boolean {
  const tag = canonicalLang(lang);
  const builtIn = tag && builtInFor(tag);
  return !builtIn || loaded.has(builtIn);
}

/** The languages looked up, in order, for a visitor reading `lang`: its prefixes, then English. */
export function translationChain(lang: string): string[] {
  const tag = canonicalLang(lang) ?? 'en';
  const chain = truncations(tag);
  if (!chain.includes('en')) chain.push('en');
  return chain;
}

function get(tree: Tree | undefined, path: readonly string[]): TranslationValue | undefined {
  let node: TranslationValue | Tree | undefined = tree;
  for (const part of path) {
    if (!isTree(node) || isPlural(node)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' || isPlural(node) ? node : undefined;
}

/** Finds the value of `key` for `lang`: registered then built-in, for each language of the chain. */
export function lookup(lang: string, key: string): Found | undefined {
  let perLang = lookupCache.get(lang);
  if (!perLang) lookupCache.set(lang, (perLang = new Map()));
  const hit = perLang.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const path = key.split('.');
  let found: Found | null = null;
  for (const tag of translationChain(lang)) {
    const value = get(registered.get(tag), path) ?? get(loaded.get(tag), path);
    if (value !== undefined) {
      found = { value, lang: tag };
      break;
    }
  }
  perLang.set(key, found);
  return found ?? undefined;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Translates `key` for `lang`: picks the plural form for `params.count` with the plural rules of the language the
 * string is in, then fills `{name}` placeholders (numbers formatted for `lang`). Unknown placeholders stay as
 * they are; an unknown key returns the key itself (visible, so a missing string is noticed).
 */
export function translate(lang: string, key: string, params?: TranslationParams): string {
  const found = lookup(lang, key);
  if (!found) return key;
  let text: string;
  if (typeof found.value === 'string') {
    text = found.value;
  } else {
    const count = Number(params?.['count'] ?? 0);
    const category = pluralRules(found.lang).select(count) as PluralCategory;
    text = found.value[category] ?? found.value.other;
  }
  if (!params || !text.includes('{')) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat(lang).format(value) : value;
  });
}
