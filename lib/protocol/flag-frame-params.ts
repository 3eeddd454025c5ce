import type { Flag } from '../store/fact-db';

/** What the card hands the flag frame (in the frame's address): the public facts of the figure, never the note. */
export type FlagFrameParams = Pick<Flag, 'url' | 'pageTitle' | 'figure' | 'quote'> & { lang: 'ko' | 'en' };

/** The frame's one message to the card: how the flag ended. The card checks the sender's origin. */
export interface FlagFrameDone {
  type: 'gctx-flag-frame';
  state: 'saved' | 'cancelled';
}

/** The frame's address for `params` under the extension's base `frameUrl`. */
export const flagFrameAddress = (frameUrl: string, params: FlagFrameParams) =>
  `${frameUrl}#${encodeURIComponent(JSON.stringify(params))}`;
