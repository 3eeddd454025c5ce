import type { RequestType } from './messages';

/**
 * What a content script may ask: to load the overlay, to judge its page, to find the reader's
 * flags among its marks (answers carry no notes), to open the pledge tracker in a tab. Anything on a web page can drive a content
 * script, so everything else (every write to the reader's data: flags, facts, packs, sites; and
 * every read of it: notes, facts, packs) is answered only to the extension's own pages.
 */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set([
  'load-overlay',
  'judge-page',
  'page-flags',
  'open-tracker',
]);

const isExtensionPage = (url: string | undefined) => !!url && /^(chrome|moz)-extension:\/\//.test(url);

/** Whether the background answers a request of `type` from `sender` (see CONTENT_SCRIPT_REQUESTS). */
export function mayAsk(type: RequestType, sender: { url?: string }): boolean {
  return CONTENT_SCRIPT_REQUESTS.has(type) || isExtensionPage(sender.url);
}
