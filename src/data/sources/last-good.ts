/**
 * The last good copy of each URL's data, so an outage of the data host shows the last data with a "may be out of
 * date" notice instead of an empty page. Kept in the Cache API where it exists (large files fit), otherwise in
 * localStorage; every storage error is swallowed (private mode, quota): the copy is a convenience.
 */
const CACHE = 'partner-atlas-last-good';
const PREFIX = 'partner-atlas:last-good:';
const SAVED_AT = 'x-partner-atlas-saved-at';

export interface SavedCopy {
  text: string;
  savedAt: string;
}

export async function saveCopy(url: string, text: string, now = new Date()): Promise<void> {
  const savedAt = now.toISOString();
  try {
    if (typeof caches !== 'undefined') {
      const cache = await caches.open(CACHE);
      await cache.put(url, new Response(text, { headers: { [SAVED_AT]: savedAt, 'content-type': 'text/plain' } }));
      return;
    }
  } catch {
    /* fall through to localStorage */
  }
  try {
    localStorage.setItem(PREFIX + url, JSON.stringify({ text, savedAt }));
  } catch {
    /* quota or disabled storage: no copy */
  }
}

export async function readCopy(url: string): Promise<SavedCopy | undefined> {
  try {
    if (typeof caches !== 'undefined') {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(url);
      if (hit) return { text: await hit.text(), savedAt: hit.headers.get(SAVED_AT) ?? '' };
    }
  } catch {
    /* try localStorage */
  }
  try {
    const raw = localStorage.getItem(PREFIX + url);
    if (raw) return JSON.parse(raw) as SavedCopy;
  } catch {
    /* nothing usable */
  }
  return undefined;
}

export async function forgetCopy(url: string): Promise<void> {
  try {
    if (typeof caches !== 'undefined') await (await caches.open(CACHE)).delete(url);
  } catch {
    /* ignore */
  }
  try {
    localStorage.removeItem(PREFIX + url);
  } catch {
    /* ignore */
  }
}
