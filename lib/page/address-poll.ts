import { extensionAlive } from '../protocol/extension-api';

// The gate's address watcher. The overlay has SessionLife.watchLocation (history events and a
// poll); the gate runs on every supported page load, where each listener and each API touch is
// paid by every reader, so it keeps one timer and reads only location.href until the address
// changes. A second is soon enough to notice a portal's pushState to another article.

/**
 * Calls `fn` when location.href changes, checked every `ms`; stops for good when the extension
 * that injected the script is gone (reloaded or removed). Returns a function that stops it.
 */
export function pollAddress(fn: () => void, ms = 1000): () => void {
  let last = location.href;
  const id = setInterval(() => {
    if (location.href === last) return;
    last = location.href;
    if (!extensionAlive()) return clearInterval(id);
    fn();
  }, ms);
  return () => clearInterval(id);
}
