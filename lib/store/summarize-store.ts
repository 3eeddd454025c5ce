import type { FactStore } from '../shared/store-schema';

/** A few human-readable lines: counts, discrepancies and check results. */
export function summarizeStore(store: FactStore): string {
  const lines = [
    `fact store ${store.version}: ${store.sources.length} sources, ${store.entities.length} entities, ${store.topics.length} topics, ${store.metrics.length} metrics, ${store.observations.length} observations, ${store.statements.length} statements`,
    `derived discrepancies: ${store.discrepancies.length}`,
    ...store.discrepancies.map((d) => `  [${d.kind}] ${d.summary.ko}`),
    `arithmetic checks: ${store.checks.filter((c) => c.holds).length}/${store.checks.length} hold`,
    ...store.checks.filter((c) => !c.holds).map((c) => `  does not hold: ${c.claim} (${c.detail})`),
  ];
  return lines.join('\n');
}
