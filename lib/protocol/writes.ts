import type { RequestType } from './messages';

/** Requests that write the reader's data (flags, the sites it runs on). */
export const WRITE_REQUESTS: ReadonlySet<RequestType> = new Set([
  'flag-add',
  'flag-delete',
  'flags-import',
  'enable-site',
]);

/**
 * Whether a message may write the reader's data: only from the extension's own pages (popup,
 * flag frame). A content script's sender is the web page it runs in, and anything on that page
 * can drive a content script, so its writes are refused.
 */
export function mayWrite(type: RequestType, sender: { url?: string }): boolean {
  return !WRITE_REQUESTS.has(type) || (!!sender.url && /^(chrome|moz)-extension:\/\//.test(sender.url));
}
