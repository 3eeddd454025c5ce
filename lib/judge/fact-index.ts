import AhoCorasick from 'modern-ahocorasick';
import { isSyllableAt } from '../shared/hangul';
import type {
  Discrepancy,
  Entity,
  FactStore,
  Metric,
  Observation,
  Source,
  Statement,
} from '../shared/store-schema';
import { inTimeOrder } from '../store/timeline';

/** What a dictionary word points at: metrics (by keyword or anchor) or an entity (by alias). */
interface Term {
  metrics: number[];
  anchors: number[];
  entity: string | null;
}

/**
 * The store, indexed for per-figure lookups whose cost does not grow with the store: one
 * Aho-Corasick automaton over every metric keyword and entity alias, and maps by id.
 */
export interface FactIndex {
  store: FactStore;
  metrics: Metric[];
  metricById: Map<string, Metric>;
  observationsByMetric: Map<string, Observation[]>;
  discrepanciesByMetric: Map<string, Discrepancy[]>;
  metricsByEntity: Map<string, number[]>;
  sourceById: Map<string, Source>;
  /** observations from fact packs (the reader's data), not the bundle */
  fromPack: ReadonlySet<string>;
  entityById: ReadonlyMap<string, Entity>;
  statementsByTopic: Map<string, Statement[]>;
  /** stored values only one metric holds, with three or more significant digits (88.5, 4116억), by unit */
  distinctiveValues: Map<string, { value: number; metric: number }[]>;
  matcher: AhoCorasick<Term>;
}

/** Significant digits of a stored value: 4116억 has 4, 1조 has 1, 88.5 has 3. */
export function significantDigits(value: number): number {
  const digits = String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length;
}

function buildDistinctiveValues(store: FactStore): Map<string, { value: number; metric: number }[]> {
  const metricIndex = new Map(store.metrics.map((m, i) => [m.id, i]));
  const holders = new Map<string, Set<number>>();
  for (const o of store.observations) {
    const key = `${o.unit}:${o.value}`;
    const set = holders.get(key) ?? new Set<number>();
    set.add(metricIndex.get(o.metric)!);
    holders.set(key, set);
  }
  const out = new Map<string, { value: number; metric: number }[]>();
  for (const [key, set] of holders) {
    const [unit, raw] = [key.slice(0, key.indexOf(':')), Number(key.slice(key.indexOf(':') + 1))];
    if (set.size !== 1 || significantDigits(raw) < 3) continue;
    push(out, unit, { value: raw, metric: [...set][0]! });
  }
  return out;
}

/** A dictionary hit in a piece of text. */
export interface TermHit {
  start: number;
  end: number;
  word: string;
  metrics: readonly number[];
  /** metrics whose anchor word this is */
  anchors: readonly number[];
  entity: string | null;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the index once per store (background start, CLI start). */
export function buildFactIndex(store: FactStore): FactIndex {
  const terms = new Map<string, Term>();
  const term = (word: string) => {
    let t = terms.get(word);
    if (!t) {
      t = { metrics: [], anchors: [], entity: null };
      terms.set(word, t);
    }
    return t;
  };
  const metricsByEntity = new Map<string, number[]>();
  store.metrics.forEach((m, i) => {
    for (const k of m.keywords) term(k).metrics.push(i);
    for (const a of m.anchors) term(a).anchors.push(i);
    if (m.entity) push(metricsByEntity, m.entity, i);
  });
  for (const e of store.entities) {
    for (const alias of [e.name.ko, ...e.aliases]) {
      const t = term(alias);
      t.entity ??= e.id;
    }
  }
  const observationsByMetric = new Map<string, Observation[]>();
  const sourceById = new Map(store.sources.map((s) => [s.id, s]));
  for (const o of inTimeOrder(store.observations, sourceById)) push(observationsByMetric, o.metric, o);
  const discrepanciesByMetric = new Map<string, Discrepancy[]>();
  for (const d of store.discrepancies) push(discrepanciesByMetric, d.metric, d);
  const statementsByTopic = new Map<string, Statement[]>();
  for (const s of store.statements) for (const t of s.topics) push(statementsByTopic, t, s);

  return {
    store,
    metrics: store.metrics,
    metricById: new Map(store.metrics.map((m) => [m.id, m])),
    observationsByMetric,
    discrepanciesByMetric,
    metricsByEntity,
    sourceById,
    entityById: new Map(store.entities.map((e) => [e.id, e])),
    fromPack: new Set(store.observations.filter((o) => sourceById.get(o.source)?.pack).map((o) => o.id)),
    statementsByTopic,
    distinctiveValues: buildDistinctiveValues(store),
    matcher: new AhoCorasick([...terms].map(([pattern, data]) => ({ pattern, data }))),
  };
}

const isAsciiLetter = (ch: string | undefined) => ch !== undefined && /[A-Za-z]/.test(ch);

// Figures of one sentence share its dictionary hits: remember the last few sentences' hits.
const recentHits = new WeakMap<FactIndex, Map<string, TermHit[]>>();

/** Every metric keyword and entity alias in `text`; latin words must stand alone ("AI" not in "MAIL"). */
export function findTerms(index: FactIndex, text: string): TermHit[] {
  const cache = recentHits.get(index) ?? new Map<string, TermHit[]>();
  recentHits.set(index, cache);
  const cached = cache.get(text);
  if (cached) return cached;
  const hits = scanTerms(index, text);
  if (cache.size >= 64) cache.delete(cache.keys().next().value!);
  cache.set(text, hits);
  return hits;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
// What may follow a one-syllable noun: a particle ("축으로", "배에", "배가"), not another syllable
// of a longer word ("배정", "축제").
const PARTICLE_START = /[이가을를은는의에로으와과도만까씩]/;
// A one-syllable keyword ("축", "배") is a word only on its own: not inside "구축", "감축", "배정했다".
const standsAlone = (text: string, at: number) =>
  !isSyllableAt(text, at - 1) && (!isSyllableAt(text, at + 1) || PARTICLE_START.test(text[at + 1]!));

function scanTerms(index: FactIndex, text: string): TermHit[] {
  const hits: TermHit[] = [];
  for (const m of index.matcher.iterate(text)) {
    const latinStart = isAsciiLetter(m.pattern[0]);
    const latinEnd = isAsciiLetter(m.pattern[m.pattern.length - 1]);
    if ((latinStart && isAsciiLetter(text[m.start - 1])) || (latinEnd && isAsciiLetter(text[m.end])))
      continue;
    // A term that is a number ("1조원") is not found inside a larger one ("81조원", "2.1조원").
    if (isDigit(m.pattern[0]) && /[\d.,]/.test(text[m.start - 1] ?? '')) continue;
    if (m.pattern.length === 1 && !standsAlone(text, m.start)) continue;
    // "끌어들여": "들여" (money spent) begins inside "끌어들" (brought in) and runs past it. A short
    // word straddling the end of a word found before it is a reading of the same syllables twice.
    const prev = hits[hits.length - 1];
    if (prev && m.pattern.length <= 2 && m.start > prev.start && m.start < prev.end && m.end > prev.end)
      continue;
    hits.push({
      start: m.start,
      end: m.end,
      word: m.pattern,
      metrics: m.data!.metrics,
      anchors: m.data!.anchors,
      entity: m.data!.entity,
    });
  }
  return hits;
}
