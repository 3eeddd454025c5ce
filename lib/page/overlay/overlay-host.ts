/** The element that hosts the extension's UI in a page, with the shadow root inside it. */
export interface OverlayHost {
  host: HTMLElement;
  /** where Preact renders */
  container: HTMLElement;
  remove(): void;
}

// What keyboard events typed in our UI must not reach: the page's own shortcuts.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

// Our host takes no space in the page and sits above it: everything inside is position: fixed.
const HOST_STYLE: ReadonlyArray<readonly [string, string]> = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
  ['display', 'block'],
];

/**
 * Gives `shadow` a constructed stylesheet; false where that cannot be done. Firefox 140's content
 * scripts see the page's sheets through Xray wrappers and refuse the assignment ("Accessing from
 * Xray wrapper is not supported"; Firefox 153 allows it): then a <style> element is used.
 */
function adoptSheet(doc: Document, shadow: ShadowRoot, css: string): boolean {
  const view = doc.defaultView;
  if (!view || !('adoptedStyleSheets' in shadow) || typeof view.CSSStyleSheet !== 'function') return false;
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    return true;
  } catch {
    return false;
  }
}

/**
 * Appends a host element named `tag` to <html> (after <body>) with an open shadow root styled by `css`.
 * Styles go in as a constructed stylesheet, which a page's Content-Security-Policy does not
 * block (a <style> element is the fallback where constructed sheets are missing). Throws when
 * the page already owns an element of that name with a shadow root: call again with another.
 * (WXT's createShadowRootUi does the same and more, but brings ~10 KB of mounting helpers the
 * content script's 30 KB budget cannot carry.)
 */
export function attachOverlayHost(doc: Document, tag: string, css: string): OverlayHost {
  const host = doc.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  if (!adoptSheet(doc, shadow, css)) {
    const style = doc.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
  const container = doc.createElement('div');
  shadow.append(container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());
  for (const [p, v] of HOST_STYLE) host.style.setProperty(p, v, 'important');
  // A child of <html> after <body>, not <body>'s last child: page selectors such as
  // "body > :last-child" or "body > *" never see it, and a swapped <body> does not take it along.
  doc.documentElement.append(host);
  return { host, container, remove: () => host.remove() };
}
