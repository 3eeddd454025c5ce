import { FactPack, type FactPack as FactPackType, PackContent } from '../shared/pack-schema';
import type { FactStore } from '../shared/store-schema';
import { checkFigure } from './check-figure';
import { valueInMetricUnit } from './derive';
import { storeHash } from './store-hash';

/** JSON with every object's keys sorted: the same content hashes the same whoever wrote it. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * The content hash a pack carries: cyrb53 of its four collections as the schema reads them
 * (defaults filled in), keys sorted. Throws on content that is not a pack's.
 */
export function packHash(content: PackContent): string {
  const { sources, metrics, observations, statements } = content;
  return storeHash(canonical(PackContent.parse({ sources, metrics, observations, statements })));
}

/** A pack that passed every check, or the first thing wrong with it, named by its entry. */
export type PackCheck = { ok: true; pack: FactPackType } | { ok: false; error: string };

/** Ids already taken: the bundled store's, and those of other installed packs. */
export interface TakenIds {
  sources: ReadonlySet<string>;
  metrics: ReadonlySet<string>;
  observations: ReadonlySet<string>;
  statements: ReadonlySet<string>;
}

/** The ids of a store's sources, metrics, observations and statements. */
export function idsOf(store: Record<keyof TakenIds, readonly { id: string }[]>): TakenIds {
  return {
    sources: new Set(store.sources.map((x) => x.id)),
    metrics: new Set(store.metrics.map((x) => x.id)),
    observations: new Set(store.observations.map((x) => x.id)),
    statements: new Set(store.statements.map((x) => x.id)),
  };
}

/**
 * Validates a pack whole, offline, by the store's rules: the schema, the content hash, unique
 * ids that clash with nothing `taken` (bundled ids, other packs), references that resolve (into
 * the pack or the bundled store), every quote one of its source's quoted sentences, every
 * figure inside its quote and read by the parser as the entry's value, unit and qualifier.
 * `data` may be the file's text. Never throws; the first problem found is returned with its entry.
 */
export function checkPack(data: unknown, bundled: FactStore, taken: TakenIds = idsOf(bundled)): PackCheck {
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch (e) {
      return { ok: false, error: `the file is not JSON (${e instanceof Error ? e.message : String(e)})` };
    }
  }
  const parsed = FactPack.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : 'the file';
    return { ok: false, error: `not a valid fact pack: ${where}: ${issue.message}` };
  }
  const pack = parsed.data;
  const hash = packHash(pack);
  if (hash !== pack.hash)
    return {
      ok: false,
      error: `the pack's content does not match its hash (${pack.hash}, content ${hash}): it was changed or damaged after export`,
    };

  const fail = (where: string, reason: string): PackCheck => ({ ok: false, error: `${where}: ${reason}` });
  const collections = ['sources', 'metrics', 'observations', 'statements'] as const;
  for (const name of collections) {
    const seen = new Set<string>();
    for (const [i, item] of pack[name].entries()) {
      const where = `${name}[${i}] (${item.id})`;
      if (seen.has(item.id)) return fail(where, 'duplicate id in the pack');
      if (taken[name].has(item.id))
        return fail(where, 'the id is already used by the bundled store or another pack');
      seen.add(item.id);
    }
  }

  const topics = new Set(bundled.topics.map((t) => t.id));
  const entities = new Set(bundled.entities.map((e) => e.id));
  const people = new Set(bundled.entities.filter((e) => e.kind === 'person').map((e) => e.id));
  const metrics = new Map([...bundled.metrics, ...pack.metrics].map((m) => [m.id, m]));
  const sources = new Map(pack.sources.map((s) => [s.id, s]));

  for (const [i, m] of pack.metrics.entries()) {
    const where = `metrics[${i}] (${m.id})`;
    if (!topics.has(m.topic)) return fail(where, `unknown topic "${m.topic}"`);
    if (m.entity && !entities.has(m.entity)) return fail(where, `unknown entity "${m.entity}"`);
  }
  const quoted = (sourceId: string, quote: string) =>
    sources.get(sourceId)?.quotes.some((q) => q.includes(quote)) ?? false;
  for (const [i, o] of pack.observations.entries()) {
    const where = `observations[${i}] (${o.id})`;
    const metric = metrics.get(o.metric);
    if (!metric) return fail(where, `unknown metric "${o.metric}"`);
    if (valueInMetricUnit(o.value, o.unit, metric) === null)
      return fail(where, `unit ${o.unit} cannot be compared with metric ${metric.id}'s unit ${metric.unit}`);
    if (!sources.has(o.source))
      return fail(where, `unknown source "${o.source}" (a pack cites only its own sources)`);
    if (!quoted(o.source, o.quote))
      return fail(where, `the quote is not one of source ${o.source}'s quoted sentences`);
    const figure = checkFigure(o);
    if (figure) return fail(where, figure);
  }
  for (const [i, s] of pack.statements.entries()) {
    const where = `statements[${i}] (${s.id})`;
    if (!people.has(s.speaker)) return fail(where, `speaker "${s.speaker}" is not a person of the store`);
    const topic = s.topics.find((t) => !topics.has(t));
    if (topic) return fail(where, `unknown topic "${topic}"`);
    if (!sources.has(s.source)) return fail(where, `unknown source "${s.source}"`);
    if (!quoted(s.source, s.quote))
      return fail(where, `the quote is not one of source ${s.source}'s quoted sentences`);
  }
  return { ok: true, pack };
}
