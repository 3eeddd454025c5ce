import type { Failure } from '../../lib/protocol/messages';

// The popup talks to the background through the one protocol (lib/protocol/messages.ts, lib/protocol/send.ts).
export type { Failure } from '../../lib/protocol/messages';
export { send } from '../../lib/protocol/send';

/** A reply as the popup keeps it in state: the value, or the Failure to put in words. */
export type Answer<T> = { ok: true; value: T } | Failure;
