import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectTopic } from '../../../lib/judge/detect-topic';
import { gateText, gateTitle, mightBeGwangjuAi } from '../../../lib/page/article/gate';
import { loadSet } from '../../../tools/testing/score-fixtures';

// Issue 12 §3: the background decides on the gate's text whether to load the overlay at all. That
// check must never turn away a page the full analysis detects: on every labelled tuning page
// that is a target, the gate's text (the site's article container, or the body) is detected too.

describe("the background's topic check on the gate's text", () => {
  const pages = loadSet('tuning').map((fx) => {
    const { document } = parseHTML(fx.html);
    const text = gateText(document as unknown as Document, fx.expected.url);
    return {
      name: fx.name,
      target: fx.expected.detected,
      // AI words only in the page's chrome (most-read boxes, menus, comments): v1 pages say so in
      // the slug, v2 pages in the page-level trap.
      chromeOnly: fx.expected.trap === 'sidebar' || /sidebar|comments|generic/.test(fx.name),
      passes:
        mightBeGwangjuAi(text) && detectTopic(text, gateTitle(document as unknown as Document)).detected,
    };
  });

  it('lets every target through', () => {
    const turnedAway = pages.filter((p) => p.target && !p.passes).map((p) => p.name);
    expect(turnedAway).toEqual([]);
    expect(pages.filter((p) => p.target).length).toBeGreaterThan(100);
  });

  it('turns most look-alikes away before any overlay is loaded', () => {
    const negatives = pages.filter((p) => !p.target);
    const stopped = negatives.filter((p) => !p.passes).length;
    console.log(`look-alikes stopped by the background's check: ${stopped} of ${negatives.length}`);
    expect(stopped).toBeGreaterThanOrEqual(Math.ceil(negatives.length * 0.9));
  });

  it('stops every page whose AI words are only in its chrome, on known and generic layouts', () => {
    // On a site without a working adapter the gate reads the container the reader would read,
    // not the body: a most-read box about AI must not load the overlay (n02 on hani, n04 on mdilbo).
    const chrome = pages.filter((p) => !p.target && p.chromeOnly);
    expect(chrome.map((p) => p.name)).toContain('n02-hani-biennale-generic');
    expect(chrome.filter((p) => p.passes).map((p) => p.name)).toEqual([]);
  });
});
