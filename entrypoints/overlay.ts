import { PageSession } from '../lib/page/overlay/page-session';
import { SessionLife } from '../lib/page/session-life';

// Stage two, injected by the background into a frame whose text passed the gate: reads the
// article, marks figures, draws the card and panel, follows the page's changes.
export default defineUnlistedScript(() => {
  const flag = '__gwangjuAiContextOverlay';
  const scope = globalThis as unknown as Record<string, boolean>;
  if (scope[flag]) return; // injected twice (a second gate pass): one session per frame
  scope[flag] = true;
  // Our own lifetime, not WXT's ContentScriptContext: nothing the page dispatches ends it.
  void new PageSession(new SessionLife()).start();
});
