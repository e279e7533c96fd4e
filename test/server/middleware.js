// Dev-server middleware for the browser tests:
//  - /__shared/*  serves ../shared/data (the real ROR records) read-only;
//  - /__test/*    test endpoints (slow, failing, flaky responses) for the source contract suites.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const sharedData = resolve(fileURLToPath(new URL('../../../shared/data', import.meta.url)));
const routes = new Map();

/** Lets other test-server modules add a route: handler(ctx, url) returns true when it answered. */
export function addRoute(prefix, handler) {
  routes.set(prefix, handler);
}

export async function testServerMiddleware(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname.startsWith('/__shared/')) {
    const path = normalize(resolve(sharedData, '.' + url.pathname.slice('/__shared'.length)));
    if (!path.startsWith(sharedData + sep) || !existsSync(path) || !statSync(path).isFile()) {
      ctx.status = 404;
      return;
    }
    ctx.type = path.endsWith('.json') ? 'application/json' : 'text/plain';
    ctx.body = createReadStream(path);
    return;
  }
  for (const [prefix, handler] of routes) {
    if (url.pathname.startsWith(prefix) && (await handler(ctx, url))) return;
  }
  return next();
}

// Route modules: each exports register(addRoute).
(await import('./data-routes.js')).register(addRoute);
