/**
 * The link that opens one partnership directly: `#pa-partnership=<id>` (the id URI-encoded). Pure functions.
 * It works with or without URL state: a directory on the page opens the partnership named in the address.
 */

export const DETAIL_HASH_KEY = 'pa-partnership';

/** The hash that opens `id`, e.g. `#pa-partnership=kau-cam`. */
export function detailHash(id: string): string {
  return `#${DETAIL_HASH_KEY}=${encodeURIComponent(id)}`;
}

/** The partnership id named by a hash, or `undefined`. Accepts `#pa-partnership=<id>` among other `&` pairs. */
export function idFromHash(hash: string): string | undefined {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const pair of body.split('&')) {
    const eq = pair.indexOf('=');
    if (eq === -1 || pair.slice(0, eq) !== DETAIL_HASH_KEY) continue;
    try {
      const id = decodeURIComponent(pair.slice(eq + 1));
      return id || undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The hash with the detail pair removed (other pairs kept); `''` when nothing is left. */
export function hashWithoutDetail(hash: string): string {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const rest = body.split('&').filter((pair) => pair !== '' && !pair.startsWith(`${DETAIL_HASH_KEY}=`));
  return rest.length ? `#${rest.join('&')}` : '';
}
