import type { Failure } from '../../lib/messages';

// The popup talks to the background through the one protocol (lib/messages.ts, lib/send.ts).
export type { Failure } from '../../lib/messages';
export { send } from '../../lib/send';

/** A reply as the popup keeps it in state: the value, or the Failure to put in words. */
export type Answer<T> = { ok: true; value: T } | Failure;
