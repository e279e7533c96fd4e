/**
 * LocalizeController: the language, direction and formatting of one element.
 *
 * ```ts
 * class PaThing extends LitElement {
 *   private i18n = new LocalizeController(this);
 *   render() {
 *     const title = this.i18n.text(this.partnership.title); // best language, with fallbacks
 *     return html`<h3 lang=${title.lang} dir="auto">${title.text}</h3>
 *       <p>${this.i18n.t('common.items', { count: 3 })}</p>`;
 *   }
 * }
 * ```
 *
 * Language: the element's own `lang`, else the nearest ancestor's `lang` (crossing shadow roots), else
 * `<html lang>`, else English. Direction: the nearest `dir="ltr|rtl"` or `lang`, whichever is closer (an
 * explicit `dir` on the same element wins); a `lang` gives the direction of its script (`ar`, `fa`, `ur`, `he`
 * ... are right to left). Both follow changes at run time: one MutationObserver for the whole page watches only
 * the `lang` and `dir` attributes of the document and of the shadow roots that hold localized elements, and an
 * element re-renders only when its own language or direction changed, or when a translation it uses arrives.
 *
 * Mixed-direction data (a Latin name on an Arabic page) must be isolated: render each data text with the `lang`
 * that `text()` returns and `dir="auto"` (or inside `<bdi>`); see `localText()` in ./bidi.ts and ./README.md.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canonicalLang, dirOfLang, pickText } from './locale.js';
import { collator, displayNames, formatDate, listFormat, numberFormat, pluralRules } from './intl.js';
import { isTranslationLoaded, loadTranslation, onTranslationChange, translate, translationChain } from './registry.js';
import type { LocalText, TranslationKey, TranslationParams } from './types.js';

export type Dir = 'ltr' | 'rtl';
type Host = ReactiveControllerHost & HTMLElement;

// --- One observer for the page --------------------------------------------------------------------------------

const controllers = new Set<LocalizeController>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;
let unsubscribe: (() => void) | undefined;

function onMutations(records: MutationRecord[]) {
  // Only lang/dir attributes are observed; one batch of changes re-resolves each element once.
  if (records.length === 0) return;
  for (const c of controllers) c.refresh();
}

function observe(host: HTMLElement) {
  observer ??= new MutationObserver(onMutations);
  unsubscribe ??= onTranslationChange((lang) => {
    for (const c of controllers) c.translationChanged(lang);
  });
  // The document (light DOM everywhere), then each shadow root between the host and the document.
  let root = host.getRootNode();
  for (;;) {
    if (!observedRoots.has(root)) {
      observedRoots.add(root);
      observer.observe(root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
    }
    if (root instanceof ShadowRoot) root = root.host.getRootNode();
    else break;
  }
}

/** Parent in the composed sense: the parent element, or the host of a shadow root. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** Resolves the language and direction of `el` from its own and its ancestors' `lang`/`dir` attributes. */
export function resolveLangDir(el: Element): { lang: string; dir: Dir } {
  let lang: string | undefined;
  let dir: Dir | undefined;
  for (let node: Element | null = el; node && !lang; node = parentOf(node)) {
    const d = node.getAttribute('dir')?.toLowerCase();
    const l = canonicalLang(node.getAttribute('lang'));
    if (!dir && (d === 'ltr' || d === 'rtl')) dir = d;
    if (l) {
      lang = l;
      dir ??= dirOfLang(l);
    }
  }
  if (!lang) {
    // Detached or in another document without lang: the page's language, else English.
    lang = canonicalLang(document.documentElement.getAttribute('lang')) ?? 'en';
  }
  return { lang, dir: dir ?? dirOfLang(lang) };
}

// --- The controller ---------------------------------------------------------------------------------------------

/**
 * Gives an element its language (`lang`), direction (`dir`), translated strings (`t`), Intl formatting
 * (`number`, `date`, `country`, `language`, `list`), sorting (`compare`) and the best text of multilingual
 * data (`text`). Add one per element: `private i18n = new LocalizeController(this);`.
 */
export class LocalizeController implements ReactiveController {
  private readonly host: Host;
  private _lang = 'en';
  private _dir: Dir = 'ltr';
  private _chain: string[] = ['en'];
  private _ready: Promise<void> = Promise.resolve();

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /** The resolved language (canonical BCP 47 tag), e.g. `ar`, `zh-Hans`, `en`. */
  get lang(): string {
    return this._lang;
  }

  /** The resolved direction, `ltr` or `rtl`. */
  get dir(): Dir {
    return this._dir;
  }

  /** Resolves when the translation for the current language has loaded (immediately if it has). */
  get ready(): Promise<void> {
    return this._ready;
  }

  hostConnected(): void {
    controllers.add(this);
    observe(this.host);
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-reads `lang`/`dir` and requests an update when either changed. Called by the shared observer. */
  refresh(): void {
    const { lang, dir } = resolveLangDir(this.host);
    if (lang === this._lang && dir === this._dir) return;
    if (lang !== this._lang) {
      this._chain = translationChain(lang);
      this._ready = isTranslationLoaded(lang) ? Promise.resolve() : loadTranslation(lang);
    }
    this._lang = lang;
    this._dir = dir;
    this.host.requestUpdate();
  }

  /** @internal Called when a translation for `lang` was loaded or registered. */
  translationChanged(lang: string): void {
    if (this._chain.includes(lang)) this.host.requestUpdate();
  }

  /**
   * The string for `key` (`'directory.resultCount'`) in the element's language, falling back to English.
   * `{name}` placeholders are filled from `params`; a plural string picks its form from `params.count`.
   */
  t(key: TranslationKey, params?: TranslationParams): string {
    return translate(this._lang, key, params);
  }

  /** The CLDR plural category of `count` in the element's language (`one`, `few`...). */
  plural(count: number, options?: Intl.PluralRulesOptions): Intl.LDMLPluralRule {
    return pluralRules(this._lang, options).select(count);
  }

  /** A number formatted for the element's language (`1,234.5`, `١٬٢٣٤٫٥`, `1 234,5`). */
  number(n: number, options?: Intl.NumberFormatOptions): string {
    return numberFormat(this._lang, options).format(n);
  }

  /**
   * A date formatted for the element's language. ISO calendar dates (`2024`, `2024-09`, `2024-09-01`) keep their
   * precision and never shift by a time zone; an invalid date is returned as given.
   */
  date(value: string | Date, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this._lang, value, options);
  }

  /** The name of a country (ISO 3166-1 alpha-2) in the element's language; the code itself if unknown. */
  country(alpha2: string): string {
    if (!alpha2) return '';
    try {
      return displayNames(this._lang, { type: 'region', fallback: 'code' }).of(alpha2.toUpperCase()) ?? alpha2;
    } catch {
      return alpha2;
    }
  }

  /** The name of a language (`fr` -> `French`, `français`, `الفرنسية`) in the element's language. */
  language(tag: string): string {
    const canonical = canonicalLang(tag);
    if (!canonical) return tag;
    try {
      return displayNames(this._lang, { type: 'language', fallback: 'code' }).of(canonical) ?? tag;
    } catch {
      return tag;
    }
  }

  /** A list joined for the element's language (`a, b and c`, `a، b و c`). */
  list(items: readonly string[], options?: Intl.ListFormatOptions): string {
    return listFormat(this._lang, options).format(items);
  }

  /**
   * Compares two strings for sorting in the element's language (cached Intl.Collator, numeric aware). An arrow
   * function, so it can be passed as is: `names.sort(this.i18n.compare)`.
   */
  readonly compare = (a: string, b: string): number => collator(this._lang, { numeric: true }).compare(a, b);

  /**
   * The best text of a multilingual map for the element's language: exact tag, its prefixes and the same base
   * language, then the page's language, then English, then the text of unknown language (`und`), then the first.
   * Render it with `lang=${result.lang}` and `dir="auto"` so mixed-direction text stays isolated.
   */
  text(texts: Readonly<Record<string, string>> | undefined): LocalText {
    const page = document.documentElement.getAttribute('lang') ?? '';
    return pickText(texts, this._lang, page ? [page, 'en'] : ['en']);
  }
}

export { registerTranslation, loadTranslation, loadedLanguages, BUILT_IN_LANGUAGES } from './registry.js';
export { dirOfLang, pickText, canonicalLang } from './locale.js';
export type {
  LocalText,
  Plural,
  PluralCategory,
  PartialTranslation,
  Translation,
  TranslationKey,
  TranslationParams,
} from './types.js';
