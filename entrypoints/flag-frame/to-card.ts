import type { FlagFrameDone } from '../../lib/protocol/flag-frame-params';

/** Tells the card how the form ended (the card checks that the message comes from this frame). */
export const done = (state: 'saved' | 'cancelled') =>
  window.parent.postMessage({ type: 'gctx-flag-frame', state } satisfies FlagFrameDone, '*');

/** Tells the card the height the form needs, whenever it changes. */
export function reportHeight(): void {
  const post = () =>
    window.parent.postMessage(
      {
        type: 'gctx-flag-frame',
        state: 'resize',
        height: document.documentElement.scrollHeight,
      } satisfies FlagFrameDone,
      '*',
    );
  new ResizeObserver(post).observe(document.body);
}
