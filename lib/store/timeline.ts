import type { Observation, Source } from '../shared/store-schema';

/**
 * Observations oldest source first: by the source's publication instant (offsets may differ),
 * then in store order. The one order of a metric's history, in the card, the popup and the judge.
 */
export function inTimeOrder(
  observations: readonly Observation[],
  sourceById: ReadonlyMap<string, Source>,
): Observation[] {
  const at = (o: Observation) => {
    const s = sourceById.get(o.source);
    return s ? Date.parse(s.publishedAt) : Number.POSITIVE_INFINITY;
  };
  return observations
    .map((o, order) => ({ o, at: at(o), order }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ o }) => o);
}
