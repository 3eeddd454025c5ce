/** A W3C Web Annotation TextQuoteSelector's parts. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * The quote of a mark as other W3C tools will re-anchor it: taken from the DOM text of `root`
 * (the page body, as Hypothesis does), not from the analysis text, which adds line breaks at
 * block boundaries and leaves hidden boxes out. `context` characters of prefix and suffix.
 */
export function quoteOfMark(root: Node, elements: readonly Element[], context = 32): TextQuote {
  const first = elements[0]!;
  const last = elements[elements.length - 1]!;
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  range.setStartBefore(first);
  range.setEndAfter(last);
  const exact = range.toString();
  range.setStart(root, 0);
  range.setEndBefore(first);
  const before = range.toString();
  range.setStartAfter(last);
  range.setEnd(root, root.childNodes.length);
  const after = range.toString();
  return {
    exact,
    prefix: before.slice(Math.max(0, before.length - context)),
    suffix: after.slice(0, context),
  };
}
