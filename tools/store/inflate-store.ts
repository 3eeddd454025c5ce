import type { UnitCode } from '../../lib/shared/quantity/types';
import type { FactStore, Metric, Observation } from '../../lib/shared/store-schema';

const UNITS: UnitCode[] = ['KRW', 'person', 'count', 'company', 'percent', 'm2'];

/** A deterministic pseudo-random generator (mulberry32), so inflated stores are reproducible. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A made-up Korean word of `n` syllables: keywords no real article contains by chance. */
function word(next: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(0xac00 + Math.floor(next() * 11172));
  return s;
}

/**
 * The store with (factor - 1) × its size in synthetic metrics added, each with keywords and two
 * observations, for measuring how analysis time grows with the store. Real entries are kept.
 */
export function inflateStore(store: FactStore, factor: number, seed = 1): FactStore {
  if (factor <= 1) return store;
  const next = random(seed);
  const extraMetrics: Metric[] = [];
  const extraObservations: Observation[] = [];
  const count = store.metrics.length * (factor - 1);
  const source = store.sources[0]!;
  for (let i = 0; i < count; i++) {
    const id = `synthetic-${i}`;
    const unit = UNITS[i % UNITS.length]!;
    extraMetrics.push({
      id,
      name: { ko: `합성 지표 ${i}`, en: `Synthetic metric ${i}` },
      unit,
      topic: store.topics[i % store.topics.length]!.id,
      keywords: [word(next, 3), word(next, 4), word(next, 2)],
      anchors: [],
    });
    for (let k = 0; k < 2; k++) {
      extraObservations.push({
        id: `${id}-o${k}`,
        metric: id,
        figure: '1',
        occurrence: 1,
        value: Math.round(next() * 1e6),
        unit,
        qualifier: 'exact',
        kind: k === 0 ? 'target' : 'actual',
        scope: { key: 'synthetic', label: 'synthetic' },
        source: source.id,
        quote: 'synthetic',
      });
    }
  }
  return {
    ...store,
    version: `${store.version}-x${factor}`,
    metrics: [...store.metrics, ...extraMetrics],
    observations: [...store.observations, ...extraObservations],
  };
}
