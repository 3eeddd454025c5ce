import type { BrowserContext } from 'playwright-core';

/** A page the suite serves: its HTML and any extra response headers (a CSP, say). */
export interface HostilePage {
  html: string;
  headers?: Record<string, string>;
}

/**
 * Serves pages at real news addresses by request interception, with their own response headers
 * (servePages in ../serve-fixtures sets only the content type). Frames are documents too, so an
 * iframe's address is served the same way. Every other request is refused and recorded: nothing
 * leaves the machine.
 */
export async function serveHostilePages(context: BrowserContext, pages: Record<string, HostilePage>) {
  const refused: string[] = [];
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    // The extension's own files load from the package, not the network.
    if (url.startsWith('chrome-extension://')) return route.continue();
    const page = pages[url] ?? pages[url.split('#')[0]!];
    if (page && request.resourceType() === 'document') {
      await route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', ...page.headers },
        body: page.html,
      });
      return;
    }
    refused.push(url);
    await route.abort('blockedbyclient');
  });
  return { refused };
}
