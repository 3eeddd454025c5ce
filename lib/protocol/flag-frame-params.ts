import type { Flag } from '../store/fact-db';

/** What the card hands the flag form (in the frame's address): the public facts of the figure, never the note. */
export type FlagFrameParams = Pick<Flag, 'url' | 'pageTitle' | 'figure' | 'quote'> & {
  mode?: 'flag';
  lang: 'ko' | 'en';
};

/**
 * What the card hands the add-a-fact form: the figure's index in the tab's report. The form asks
 * the background for the figure and the page (as judged), so the page cannot choose the defaults.
 */
export interface FactFrameParams {
  mode: 'fact';
  lang: 'ko' | 'en';
  figure: number;
}

/** Any form the card frames. */
export type FrameParams = FlagFrameParams | FactFrameParams;

/** The frame's messages to the card: how the form ended, or the height it needs. The card checks the sender's origin. */
export interface FlagFrameDone {
  type: 'gctx-flag-frame';
  state: 'saved' | 'cancelled' | 'resize';
  height?: number;
}

/** The frame's address for `params` under the extension's base `frameUrl`. */
export const flagFrameAddress = (frameUrl: string, params: FrameParams) =>
  `${frameUrl}#${encodeURIComponent(JSON.stringify(params))}`;
