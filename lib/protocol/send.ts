import { extensionApi } from './extension-api';
import type { Reply, RequestOf, RequestType } from './messages';

/**
 * Sends one request to the background and resolves to its typed Reply; never throws. A missing
 * answer (nothing listening) is a Failure with reason "no-answer". Imports only types and the
 * lazy API accessor, so the content script pays for this function alone.
 */
export async function send<K extends RequestType>(request: RequestOf<K>): Promise<Reply<K>> {
  try {
    const reply = (await extensionApi().runtime.sendMessage(request)) as Reply<K> | undefined;
    return reply ?? { ok: false, reason: 'no-answer', error: '' };
  } catch (e) {
    // "Could not establish connection. Receiving end does not exist." and the like
    return { ok: false, reason: 'no-answer', error: e instanceof Error ? e.message : String(e) };
  }
}
