import { pollAddress } from '../lib/page/address-poll';
import { gateText, gateTitle, mightBeGwangjuAi } from '../lib/page/article/gate';
import { extensionAlive } from '../lib/protocol/extension-api';
import { send } from '../lib/protocol/send';

// Stage one, on every supported page (listed in the manifest by wxt.config.ts): reads the article
// container and stops unless it mentions 광주 and AI. Only then does the background inject the
// overlay (the reader, the marks, the card) into this frame. Nothing here touches the page.
// An unlisted script, not a WXT content script: WXT's wrapper builds a ContentScriptContext and
// touches the extension API on every load (about 1 ms of script in Chromium, bench [3]); this
// touches the API only once the text passes, and listens to nothing the page can dispatch.
export default defineUnlistedScript(() => {
  let requested = false;
  const check = async () => {
    if (requested) return;
    // The text check first: synchronous, and it settles most pages without the extension API.
    const text = gateText(document, location);
    if (!mightBeGwangjuAi(text) || !extensionAlive()) return;
    requested = true;
    // The background holds the pipeline and the reader's settings: it loads the overlay only
    // when this text is a target on a site the reader has not switched off.
    const reply = await send({ type: 'load-overlay', text, title: gateTitle(document) });
    if (reply.ok && !reply.value.loaded) requested = false; // a later change of the page may make it one
  };
  void check();
  // A portal that swaps in another article (pushState) gets checked again.
  pollAddress(() => void check());
});
