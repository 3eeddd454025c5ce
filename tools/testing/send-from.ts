import type { Page } from 'playwright-core';
import type { Reply, RequestOf, RequestType } from '../../lib/protocol/messages';

type Chrome = { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };

/**
 * Sends a message to the background from an extension page (popup, locale file), as the popup
 * would, and returns the Reply. `raw` sends anything, for refusals of unknown messages.
 */
export function sendFrom(page: Page) {
  const raw = (message: unknown) =>
    page.evaluate((m) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage(m), message);
  const send = <K extends RequestType>(request: RequestOf<K>) => raw(request) as Promise<Reply<K>>;
  return Object.assign(send, { raw });
}
