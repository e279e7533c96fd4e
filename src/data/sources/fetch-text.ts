/**
 * Fetching with the loading rules every URL source shares: a timeout, abort through the caller's signal, retry with
 * exponential backoff on network errors and 408/429/5xx answers, and the last good copy when all attempts fail.
 */
import { SourceError } from './types.js';
import { readCopy, saveCopy } from './last-good.js';

export interface FetchOptions {
  /** Milliseconds before one attempt is abandoned (default 15,000). */
  timeout?: number;
  /** Extra attempts after a network error (default 2). */
  retries?: number;
  /** First backoff delay in ms, doubled each retry (default 500). */
  retryDelay?: number;
  /** Keep and fall back to the last good copy (default true). */
  keepLastGood?: boolean;
  /** Extra fetch options (credentials, headers). */
  init?: RequestInit;
}

export interface FetchedText {
  text: string;
  contentType: string;
  /** Present when the text is the last good copy. */
  stale?: { savedAt?: string; reason: string };
  /** Saves this text as the last good copy; call it once the text has parsed. */
  keep(): Promise<void>;
}

const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);

function abortError(): DOMException {
  return new DOMException('The load was aborted.', 'AbortError');
}

/** Resolves after `ms`, or rejects with AbortError when `signal` aborts first. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError());
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** One attempt: aborted by the caller or by the timeout (reported as a timeout). */
async function attempt(url: string, signal: AbortSignal, timeout: number, init?: RequestInit): Promise<Response> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const onAbort = () => controller.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    return await fetch(url, { ...init, signal: controller.signal });
  } catch (error) {
    if (signal.aborted) throw abortError();
    if (timedOut) throw new SourceError('timeout', `No answer within ${timeout} ms.`, `no answer after ${timeout} ms`);
    throw error;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

export async function fetchText(url: string, signal: AbortSignal, options: FetchOptions = {}): Promise<FetchedText> {
  const { timeout = 15_000, retries = 2, retryDelay = 500, keepLastGood = true } = options;
  const absolute = new URL(url, document.baseURI).href;
  let failure: SourceError | undefined;
  for (let n = 0; n <= retries; n++) {
    if (n > 0) await sleep(retryDelay * 2 ** (n - 1), signal);
    let response: Response;
    try {
      response = await attempt(absolute, signal, timeout, options.init);
    } catch (error) {
      if (signal.aborted || (error as Error).name === 'AbortError') throw abortError();
      if (error instanceof SourceError) {
        failure = error; // a timeout: do not wait that long again
        break;
      }
      failure = new SourceError('load-failed', `Network error: ${(error as Error).message}`, 'a network error');
      continue;
    }
    if (response.ok) {
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        if (signal.aborted) throw abortError();
        failure = new SourceError(
          'load-failed',
          `The download broke off: ${(error as Error).message}`,
          'an interrupted download',
        );
        continue;
      }
      const keep = () => (keepLastGood ? saveCopy(absolute, text) : Promise.resolve());
      return { text, contentType: response.headers.get('content-type') ?? '', keep };
    }
    failure = new SourceError(
      'load-failed',
      `The server answered HTTP ${response.status}.`,
      `HTTP ${response.status} ${response.statusText}`.trim(),
    );
    if (!RETRY_STATUS.has(response.status)) break;
  }
  if (keepLastGood) {
    const copy = await readCopy(absolute);
    if (signal.aborted) throw abortError();
    if (copy) {
      return {
        text: copy.text,
        contentType: '',
        stale: { savedAt: copy.savedAt, reason: failure?.found ?? 'an error' },
        keep: () => Promise.resolve(),
      };
    }
  }
  throw failure ?? new SourceError('load-failed', 'The data could not be loaded.');
}
