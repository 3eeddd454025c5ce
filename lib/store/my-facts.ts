import { DraftField, type DraftProblem, FactDraft } from '../shared/fact-draft';
import { type FactPack, PACK_FORMAT, type PackContent } from '../shared/pack-schema';
import type { FactStore, Metric, Observation, Scope } from '../shared/store-schema';
import { checkFigure } from './check-figure';
import { checkPack, idsOf, packHash, type TakenIds } from './check-pack';
import { valueInMetricUnit } from './derive';

// The reader's own pack: facts added from the pages they read. Every change makes a new version
// of the pack (the version goes up, the hash is taken again) and is checked whole by checkPack.

/** A new, empty own pack with the id `id` (mine-…, made once per browser). */
export function emptyOwnPack(id: string, now: Date): FactPack {
  const content: PackContent = { sources: [], metrics: [], observations: [], statements: [] };
  return {
    format: PACK_FORMAT,
    id,
    version: 1,
    name: '내 자료',
    author: null,
    createdAt: now.toISOString(),
    hash: packHash(content),
    ...content,
  };
}

/** The pack with new content: version + 1, new time and hash. */
export function revise(pack: FactPack, content: PackContent, now: Date): FactPack {
  return {
    ...pack,
    ...content,
    version: pack.version + 1,
    createdAt: now.toISOString(),
    hash: packHash(content),
  };
}

const nextId = (prefix: string, taken: readonly { id: string }[]) => {
  let n = taken.length + 1;
  const ids = new Set(taken.map((x) => x.id));
  while (ids.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
};

/**
 * The comparability key of a new fact's scope: the key of a stored observation of the metric
 * with the same stated term or as-of month, so the new fact is compared with it; otherwise a
 * key made of the term itself.
 */
export function scopeKeyFor(
  scope: FactDraft['scope'],
  kind: Observation['kind'],
  stored: readonly Observation[],
): string {
  const month = (d: string | undefined) => d?.slice(0, 7);
  const same = stored.find((o) =>
    kind === 'actual' || o.kind === 'actual'
      ? o.kind === kind && !!scope.asOf && month(o.scope.asOf) === month(scope.asOf)
      : o.scope.until === scope.until && o.scope.from === scope.from,
  );
  if (same) return same.scope.key;
  if (kind === 'actual' && scope.asOf) return `as-of-${scope.asOf.slice(0, 7)}`;
  if (scope.from !== undefined && scope.until !== undefined) return `from-${scope.from}-until-${scope.until}`;
  if (scope.until !== undefined) return `until-${scope.until}`;
  if (scope.from !== undefined) return `from-${scope.from}`;
  return 'stated-term';
}

/** What a change is checked against: the bundle, the running store (bundle + packs) and the ids it takes. */
export interface StoreContext {
  bundled: FactStore;
  store: FactStore;
  taken: TakenIds;
}

/** The outcome of adding or changing a fact: the new pack, or the problems by field. */
export type FactChange =
  | { ok: true; pack: FactPack; observation: Observation }
  | { ok: false; problems: DraftProblem[] };

/**
 * Adds a draft to the reader's pack: the source (one per address), a new metric when the draft
 * names one, the observation. `pageText` is the article text the reader saw: the quote must be
 * in it. Checks as the store build does (figure in quote, value read from the figure, units),
 * then the whole new pack with checkPack. Pure.
 */
export function addFact(
  own: FactPack,
  input: unknown,
  pageText: string | null,
  ctx: StoreContext,
  now: Date,
): FactChange {
  const { bundled, store } = ctx;
  const parsed = FactDraft.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({
        field: fieldOf(String(i.path[0] ?? '')),
        message: `${i.path.join('.')}: ${i.message}`,
      })),
    };
  const d = parsed.data;
  const problems: DraftProblem[] = [];
  if (pageText === null)
    problems.push({
      field: 'quote',
      message: 'the page text is no longer known: reload the page and try again',
    });
  else if (!pageText.includes(d.quote))
    problems.push({ field: 'quote', message: "the quote does not occur in the page's article text" });
  const figure = checkFigure({ ...d, quote: d.quote });
  if (figure) problems.push({ field: figure.includes('reads as') ? 'value' : 'figure', message: figure });

  const metrics: Metric[] = [...own.metrics];
  let metric: Metric | undefined;
  if ('id' in d.metric) {
    const id = d.metric.id;
    // Only a bundled metric or one of the reader's own: an exported pack must stand on its own.
    metric = bundled.metrics.find((m) => m.id === id) ?? own.metrics.find((m) => m.id === id);
    if (!metric) problems.push({ field: 'metric', message: `unknown metric "${id}"` });
  } else {
    metric = {
      id: nextId(`${own.id}-m`, own.metrics),
      name: { ko: d.metric.name, en: d.metric.name },
      unit: d.unit,
      topic: d.metric.topic,
      keywords: d.metric.keywords,
      anchors: [],
    };
    if (!bundled.topics.some((t) => t.id === metric!.topic))
      problems.push({ field: 'metric', message: `unknown topic "${metric.topic}"` });
    metrics.push(metric);
  }
  if (metric && valueInMetricUnit(d.value, d.unit, metric) === null)
    problems.push({
      field: 'unit',
      message: `unit ${d.unit} cannot be compared with the metric's unit ${metric.unit}`,
    });
  if (problems.length > 0 || !metric) return { ok: false, problems };

  const sources = [...own.sources];
  let source = sources.find((s) => s.url === d.source.url);
  if (source) {
    if (!source.quotes.includes(d.quote))
      sources[sources.indexOf(source)] = source = { ...source, quotes: [...source.quotes, d.quote] };
  } else {
    source = { id: nextId(`${own.id}-s`, own.sources), ...d.source, quotes: [d.quote] };
    sources.push(source);
  }
  const stored = store.observations.filter((o) => o.metric === metric.id);
  const scope: Scope = { key: scopeKeyFor(d.scope, d.kind, stored), ...d.scope };
  const observation: Observation = {
    id: nextId(`${own.id}-o`, own.observations),
    metric: metric.id,
    figure: d.figure,
    occurrence: d.occurrence,
    value: d.value,
    unit: d.unit,
    qualifier: d.qualifier,
    kind: d.kind,
    scope,
    source: source.id,
    quote: d.quote,
    ...(d.note?.trim() ? { note: d.note.trim() } : {}),
  };
  const next = revise(
    own,
    { sources, metrics, observations: [...own.observations, observation], statements: own.statements },
    now,
  );
  return finish(next, observation, ctx, own);
}

/** Removes one of the reader's facts (and its source or metric when nothing else uses them). */
export function deleteFact(own: FactPack, observationId: string, now: Date): FactPack {
  const observations = own.observations.filter((o) => o.id !== observationId);
  const usedSources = new Set([...observations.map((o) => o.source), ...own.statements.map((s) => s.source)]);
  const usedMetrics = new Set(observations.map((o) => o.metric));
  const quotes = new Set([...observations.map((o) => o.quote), ...own.statements.map((s) => s.quote)]);
  const sources = own.sources
    .filter((s) => usedSources.has(s.id))
    .map((s) => ({ ...s, quotes: s.quotes.filter((q) => quotes.has(q)) }));
  const metrics = own.metrics.filter((m) => usedMetrics.has(m.id));
  return revise(own, { sources, metrics, observations, statements: own.statements }, now);
}

/** What the reader may change of a saved fact in the popup. */
export interface FactEdit {
  figure?: string;
  value?: number;
  kind?: Observation['kind'];
  scopeLabel?: string;
  note?: string;
}

/** Changes one of the reader's facts; the same checks as adding (figure in quote, value read). */
export function editFact(
  own: FactPack,
  id: string,
  edit: FactEdit,
  ctx: StoreContext,
  now: Date,
): FactChange {
  const old = own.observations.find((o) => o.id === id);
  if (!old) return { ok: false, problems: [{ field: 'source', message: `no fact "${id}" in your facts` }] };
  const observation: Observation = {
    ...old,
    ...(edit.figure !== undefined ? { figure: edit.figure.trim(), occurrence: 1 } : {}),
    ...(edit.value !== undefined ? { value: edit.value } : {}),
    ...(edit.kind ? { kind: edit.kind } : {}),
    ...(edit.scopeLabel?.trim() ? { scope: { ...old.scope, label: edit.scopeLabel.trim() } } : {}),
    ...(edit.note !== undefined ? { note: edit.note.trim() || undefined } : {}),
  };
  if (observation.note === undefined) delete observation.note;
  const figure = checkFigure(observation);
  if (figure)
    return {
      ok: false,
      problems: [{ field: figure.includes('reads as') ? 'value' : 'figure', message: figure }],
    };
  const next = revise(
    own,
    { ...own, observations: own.observations.map((o) => (o.id === id ? observation : o)) },
    now,
  );
  return finish(next, observation, ctx, own);
}

function finish(next: FactPack, observation: Observation, ctx: StoreContext, own: FactPack): FactChange {
  const { bundled, taken } = ctx;
  // The pack's own ids are not "taken" by itself: check it against the others only.
  const mine = idsOf(own);
  const others: TakenIds = {
    sources: without(taken.sources, mine.sources),
    metrics: without(taken.metrics, mine.metrics),
    observations: without(taken.observations, mine.observations),
    statements: without(taken.statements, mine.statements),
  };
  const checked = checkPack(next, bundled, others);
  if (!checked.ok) return { ok: false, problems: [{ field: 'source', message: checked.error }] };
  return { ok: true, pack: checked.pack, observation };
}

const without = (a: ReadonlySet<string>, b: ReadonlySet<string>) => new Set([...a].filter((x) => !b.has(x)));

function fieldOf(head: string): DraftProblem['field'] {
  if (head === 'occurrence' || head === 'qualifier') return 'figure';
  const field = DraftField.safeParse(head);
  return field.success ? field.data : 'source';
}
