import type { BrowserContext, Request } from 'playwright-core';
import { type Fixture, loadFixtures } from './score-fixtures';

/** The labeled fixture pages, by name. */
export const FIXTURES = new Map(loadFixtures().map((f) => [f.name, f]));

/** A fixture by name; throws when there is none (a typo in a test). */
export function fixture(name: string): Fixture {
  const fx = FIXTURES.get(name);
  if (!fx) throw new Error(`no fixture named ${name}`);
  return fx;
}

/**
 * Serves pages at their real news addresses with request interception, and refuses every
 * other request: nothing leaves the machine, and any request the extension made would show up
 * in `requests` (as a refused one).
 */
export async function servePages(context: BrowserContext, pages: Record<string, string>) {
  const requests: Request[] = [];
  context.on('request', (r) => requests.push(r));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension's own files (popup chunks, styles) load from the package, not the network.
    if (url.startsWith('chrome-extension://')) return route.continue();
    const html = pages[url] ?? pages[url.split('#')[0]!];
    if (html !== undefined && route.request().resourceType() === 'document') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else {
      await route.abort('blockedbyclient');
    }
  });
  return { requests };
}

/** Serves every fixture page at its labeled address. */
export function serveFixtures(context: BrowserContext) {
  return servePages(context, Object.fromEntries([...FIXTURES.values()].map((f) => [f.expected.url, f.html])));
}
