/**
 * Link safety for data-driven links. Data is untrusted: only http(s) and mailto URLs are ever followed, whatever the
 * validator upstream accepted (defence in depth). Pure functions, no DOM.
 */

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/** The URL when it is an absolute http:, https: or mailto: URL; `undefined` otherwise (javascript:, data:, relative…). */
export function safeHref(url: string | undefined | null): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (trimmed === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!ALLOWED.has(parsed.protocol)) return undefined;
  return parsed.href;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** A mailto: link for a plain e-mail address, or `undefined` when it does not look like one. */
export function mailtoHref(email: string | undefined | null): string | undefined {
  if (typeof email !== 'string') return undefined;
  const trimmed = email.trim().replace(/^mailto:/i, '');
  if (!EMAIL.test(trimmed)) return undefined;
  return `mailto:${trimmed}`;
}

/** A short readable form of a URL for link text: host and path without the scheme or a trailing slash. */
export function displayUrl(href: string): string {
  try {
    const u = new URL(href);
    if (u.protocol === 'mailto:') return decodeURIComponent(u.pathname);
    const path = u.pathname === '/' ? '' : u.pathname.replace(/\/$/, '');
    return u.host.replace(/^www\./, '') + path;
  } catch {
    return href;
  }
}
