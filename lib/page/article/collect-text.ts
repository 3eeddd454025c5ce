/** A run of article text that comes from one DOM text node: text.slice(start, end) === node.data. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

/** The text of a subtree with a map from text offsets back to the DOM text nodes. */
export interface CollectedText {
  text: string;
  segments: TextSegment[];
}

// Elements whose text is never article text.
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'SVG',
  'CANVAS',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
]);

// Elements that end a line of text: figures in neighbouring blocks must not run together.
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Options for collectText. */
export interface CollectOptions {
  /** Subtrees to leave out (related-article boxes, comments); tested with Element.matches. */
  exclude?: string;
  /** Subtrees to leave out by a word in their class or id (cheaper than a selector). */
  excludeClass?: RegExp;
  /** Extra test for hidden elements (the content script passes a computed-style check). */
  isHidden?: (el: Element) => boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** True for elements whose subtree is never article text (scripts, hidden regions, our own UI). */
export function isSkippedElement(el: Element, options: CollectOptions = {}): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  // Our own UI hosts (cards, panel) live in the page but are not the page; marked figures are.
  if (tag.startsWith('GCTX-') && tag !== 'GCTX-FIGURE') return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (options.excludeClass) {
    const key = `${el.id} ${el.getAttribute('class') ?? ''}`;
    if (key.length > 1 && options.excludeClass.test(key)) return true;
  }
  if (options.exclude && el.matches(options.exclude)) return true;
  return options.isHidden?.(el) ?? false;
}

/**
 * Collects the text of `root` in document order, leaving out skipped subtrees and inserting a
 * line break at block boundaries. Iterative, so a 50,000-node page cannot overflow the stack.
 * Never throws on a malformed `exclude` selector: it is ignored.
 */
export function collectText(root: Element, options: CollectOptions = {}): CollectedText {
  let exclude = options.exclude;
  if (exclude) {
    try {
      root.matches(exclude);
    } catch {
      exclude = undefined;
    }
  }
  const opts = { ...options, exclude };
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let endsWithBreak = true;
  const lineBreak = () => {
    if (!endsWithBreak) {
      parts.push('\n');
      length += 1;
      endsWithBreak = true;
    }
  };

  // Stack of [node, leaving]: a block element is visited twice, to break before and after it.
  const stack: [Node, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [node, leaving] = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) continue;
      segments.push({ node: node as Text, start: length, end: length + data.length });
      parts.push(data);
      length += data.length;
      if (/\S/.test(data)) endsWithBreak = /\n\s*$/.test(data);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
    if (leaving) {
      if (block) lineBreak();
      continue;
    }
    if (node !== root && isSkippedElement(el, opts)) continue;
    if (block) {
      lineBreak();
      stack.push([el, true]);
    }
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, false]);
  }
  return { text: parts.join(''), segments };
}
