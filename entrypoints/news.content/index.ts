import './figure-marks.css';
import { SUPPORTED_HOST_PATTERNS } from '../../lib/article/supported-sites';
import { PageSession } from '../../lib/overlay/page-session';

// Thin shell: the session in lib/overlay does the work. Runs at document idle on the supported
// news sites (other sites only after the reader enables them from the popup).
export default defineContentScript({
  matches: SUPPORTED_HOST_PATTERNS,
  runAt: 'document_idle',
  // Some outlets put the story in a same-site iframe; each frame reads only its own document.
  allFrames: true,
  cssInjectionMode: 'manifest',
  main(ctx) {
    void new PageSession(ctx).start();
  },
});
