import { gateText, gateTitle, mightBeGwangjuAi } from '../../lib/page/article/gate';
import { SessionLife } from '../../lib/page/session-life';
import { send } from '../../lib/protocol/send';
import { readStoredSettings } from '../../lib/protocol/settings-shape';
import { SUPPORTED_HOST_PATTERNS } from '../../lib/shared/supported-sites';

// Stage one, on every supported page: a small script (gzip budget in tests/build) that reads the article container and
// stop unless it mentions 광주 and AI. Only then does the background inject the overlay (the
// reader, the marks, the card) into this frame. Nothing here touches the page.
export default defineContentScript({
  matches: SUPPORTED_HOST_PATTERNS,
  runAt: 'document_idle',
  // Some outlets put the story in a same-site iframe; each frame reads only its own document.
  allFrames: true,
  // WXT's context announces the extension to the page; we do not use it (see SessionLife).
  noScriptStartedPostMessage: true,
  main() {
    const life = new SessionLife();
    let requested = false;
    const check = async () => {
      // The text check first: it is synchronous and settles most pages with no storage read.
      if (requested || life.isInvalid) return;
      const text = gateText(document, location.href);
      if (!mightBeGwangjuAi(text)) return;
      requested = true;
      const settings = await readStoredSettings();
      if (settings.disabledSites.includes(location.hostname)) return;
      // The background holds the pipeline: it loads the overlay only when this text is a target.
      const reply = await send({ type: 'load-overlay', text, title: gateTitle(document) });
      if (reply.ok && !reply.value.loaded) requested = false; // a later change of the page may make it one
    };
    void check();
    // A portal that swaps in another article (pushState) gets checked again.
    life.watchLocation(() => void check());
  },
});
