/** What the filter needs to know of the session: which nodes are ours, and where the article is. */
export interface MutationScope {
  /** the extension's own elements (marks, the UI host and what is inside it) */
  isOurs(node: Node): boolean;
  /** the article container last read, or null */
  articleRoot(): Element | null;
  /** the mark element's tag name, upper case */
  markTag: string;
}

const isElement = (n: Node): n is Element => n.nodeType === 1;

/**
 * Whether a batch of mutations asks for a re-read: a change that is not the extension's own and
 * that touches the article (its text changed, the article was replaced, or the page took our
 * marks out). A ticker elsewhere on the page does not count. Pure; cheap per record.
 */
export function needsReread(records: readonly MutationRecord[], scope: MutationScope): boolean {
  const root = scope.articleRoot();
  const touchesArticle = (r: MutationRecord) => {
    if (!root?.isConnected) return true; // the article was replaced
    if (root.contains(r.target)) return true;
    return [...r.removedNodes].some(
      (n) =>
        isElement(n) &&
        (n.tagName === scope.markTag || n.querySelector(scope.markTag.toLowerCase()) !== null),
    );
  };
  return records.some(
    (r) =>
      (!scope.isOurs(r.target) ||
        [...r.addedNodes, ...r.removedNodes].some((n) => !scope.isOurs(n) && n.nodeType !== 8)) &&
      touchesArticle(r),
  );
}
