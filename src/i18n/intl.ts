/**
 * Cached Intl objects. Constructing an Intl formatter costs far more than using one, and a directory formats
 * thousands of numbers, dates and names per render; one instance per (locale, options) is kept for the page.
 */
const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions) =>
  cached('n', locale, options, () => new Intl.NumberFormat(locale, options));

export const dateTimeFormat = (locale: string, options?: Intl.DateTimeFormatOptions) =>
  cached('d', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const pluralRules = (locale: string, options?: Intl.PluralRulesOptions) =>
  cached('p', locale, options, () => new Intl.PluralRules(locale, options));

export const collator = (locale: string, options?: Intl.CollatorOptions) =>
  cached('c', locale, options, () => new Intl.Collator(locale, options));

export const displayNames = (locale: string, options: Intl.DisplayNamesOptions) =>
  cached('dn', locale, options, () => new Intl.DisplayNames(locale, options));

export const listFormat = (locale: string, options?: Intl.ListFormatOptions) =>
  cached('l', locale, options, () => new Intl.ListFormat(locale, options));

/** How many Intl objects are cached (for tests and benchmarks). */
export const intlCacheSize = () => cache.size;

const DATE_ONLY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Formats an ISO 8601 date. A date without a time (`2024`, `2024-09`, `2024-09-01`) is a calendar date: it is
 * formatted in UTC so that no time zone moves it to the day before, with only the parts it has (a year alone
 * stays a year). Returns the input unchanged when it is not a valid date.
 */
export function formatDate(locale: string, value: string | Date, options?: Intl.DateTimeFormatOptions): string {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? ''
      : dateTimeFormat(locale, options ?? { dateStyle: 'medium' }).format(value);
  }
  const m = DATE_ONLY.exec(value.trim());
  if (m) {
    const [, y, mo, d] = m;
    const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
    if (Number.isNaN(date.getTime())) return value;
    const parts: Intl.DateTimeFormatOptions = options
      ? { ...options, timeZone: 'UTC' }
      : d
        ? { dateStyle: 'medium', timeZone: 'UTC' }
        : mo
          ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
          : { year: 'numeric', timeZone: 'UTC' };
    return dateTimeFormat(locale, parts).format(date);
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateTimeFormat(locale, options ?? { dateStyle: 'medium' }).format(date);
}
