import { disassemble, getChoseong } from 'es-hangul';
import { isSyllable } from '../shared/hangul';
import { formatQuantity, formatQuantityEnglish } from '../shared/quantity/format-quantity';
import { parseKoreanNumber, parseQuantity } from '../shared/quantity/parse-quantity';
import type { Entity, FactStore, Metric, Observation, Source, Statement } from '../shared/store-schema';
import type { SearchHit } from './search-hit';

// Search over the fact store for the popup: metrics, observations and statements, by Korean,
// English (case-insensitive), entity aliases (지스트 = GIST), 초성 (ㅊㅇ -> 창업) and a partly
// typed last syllable (창어 -> 창업). Every searchable text is prepared once in buildSearchIndex
// (normalised, disassembled into jamo, reduced to 초성), so a query costs one pass of indexOf
// over the distinct texts of the store, with no per-query allocation per text.

export type { SearchHit } from './search-hit';

/** A searchable text, prepared once. Index arrays hold 1 where a position begins a word. */
interface Prepared {
  raw: string;
  /** NFC, lower case, whitespace removed, thousands commas removed ("AI 창업" -> "ai창업") */
  norm: string;
  wordStart: Uint8Array;
  /** `norm` with every Hangul character disassembled into jamo ("창업" -> "ㅊㅏㅇㅇㅓㅂ") */
  jamo: string;
  /** 1 where a jamo is the first of its character (a partial match must start there) */
  jamoStart: Uint8Array;
  jamoWord: Uint8Array;
  /** the 초성 of the Hangul syllables of `norm`, other characters left out ("AI 창업" -> "ㅊㅇ") */
  cho: string;
  choWord: Uint8Array;
}

interface Ref {
  text: number;
  weight: number;
}

interface Doc {
  kind: 'metric' | 'observation' | 'statement';
  /** position in the store's list of that kind */
  index: number;
  refs: Ref[];
}

/** The store prepared for searching; build once per store version. */
export interface SearchIndex {
  store: FactStore;
  texts: Prepared[];
  metricDocs: Doc[];
  observationDocs: Doc[];
  statementDocs: Doc[];
  /** observation positions by metric id, oldest source first */
  observationsByMetric: Map<string, number[]>;
  sourceById: Map<string, Source>;
  entityById: Map<string, Entity>;
  /** the hits' fixed parts, made once */
  observationHits: SearchHit[];
  statementHits: SearchHit[];
  metricHits: SearchHit[];
}

// How much a match in each field counts: a metric's own name most, a long quote least.
const W = {
  metricName: 100,
  figure: 75,
  value: 70,
  formatted: 65,
  keyword: 60,
  speaker: 50,
  entity: 45,
  topic: 35,
  quote: 30,
  mentioned: 30,
  scope: 25,
  outlet: 20,
  date: 20,
  /** an observation inherits its metric's words at this share, for multi-word queries ("창업 2021") */
  inherited: 0.9,
} as const;

/** Where the query was found in a text, as a factor on the field weight. */
const Q = {
  exact: 1,
  prefix: 0.9,
  word: 0.8,
  inside: 0.6,
  choExact: 0.85,
  choPrefix: 0.75,
  choWord: 0.7,
  choInside: 0.45,
  partialPrefix: 0.55,
  partialWord: 0.5,
  partialInside: 0.35,
  /** "jobs" also finds "job-creation" */
  singular: 0.85,
  /** every word of a multi-word query found, but not the whole query in one text */
  allWords: 0.75,
} as const;

const MAX_QUERY = 200;
const MAX_TOKENS = 6;
const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const CHOSEONG_ONLY = /^[ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ]+$/;
const SPACE = /\s/u;

/** Hangul compatibility jamo (ㄱ..ㅣ), what a keyboard types before a syllable is complete */
const isCompatJamo = (c: number): boolean => c >= 0x3131 && c <= 0x318e;
const isDigitChar = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** 0 other, 1 Hangul, 2 Latin letter, 3 digit: a change of class starts a word ("AI창업"). */
function charClass(c: string): number {
  const code = c.codePointAt(0) ?? 0;
  if (isSyllable(code) || isCompatJamo(code)) return 1;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return 2;
  if (isDigitChar(c)) return 3;
  return 0;
}

// es-hangul does the Hangul work; a character's jamo and 초성 never change, so memoise them.
const jamoMemo = new Map<string, string>();
const choMemo = new Map<string, string>();
function jamoOf(ch: string): string {
  let j = jamoMemo.get(ch);
  if (j === undefined) {
    j = disassemble(ch);
    jamoMemo.set(ch, j);
  }
  return j;
}
function choOf(ch: string): string {
  let c = choMemo.get(ch);
  if (c === undefined) {
    c = getChoseong(ch);
    choMemo.set(ch, c);
  }
  return c;
}

/** Normalises and pre-digests one text. Never throws. */
function prepare(raw: string): Prepared {
  const chars: string[] = [];
  const starts: number[] = [];
  const points = Array.from(raw.normalize('NFC'));
  let prevClass = -1;
  let afterSpace = true;
  for (let i = 0; i < points.length; i++) {
    const c = points[i]!;
    if (SPACE.test(c)) {
      afterSpace = true;
      continue;
    }
    // "27,500" and "27500" are the same figure
    if (c === ',' && isDigitChar(chars[chars.length - 1]) && isDigitChar(points[i + 1])) continue;
    const cls = charClass(c);
    const start = afterSpace || cls !== prevClass;
    const lower = c.toLowerCase();
    for (let k = 0; k < lower.length; k++) {
      chars.push(lower[k]!);
      starts.push(start && k === 0 ? 1 : 0);
    }
    prevClass = cls;
    afterSpace = false;
  }
  const jamoParts: string[] = [];
  const jamoStart: number[] = [];
  const jamoWord: number[] = [];
  let cho = '';
  const choWord: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const code = ch.charCodeAt(0);
    const hangul = isSyllable(code) || isCompatJamo(code);
    const j = hangul ? jamoOf(ch) : ch;
    for (let k = 0; k < j.length; k++) {
      jamoStart.push(k === 0 ? 1 : 0);
      jamoWord.push(k === 0 ? starts[i]! : 0);
    }
    jamoParts.push(j);
    if (isSyllable(code) || CHOSEONG.includes(ch)) {
      const c = isSyllable(code) ? choOf(ch) : ch;
      if (c.length === 1) {
        cho += c;
        choWord.push(starts[i]!);
      }
    }
  }
  return {
    raw,
    norm: chars.join(''),
    wordStart: Uint8Array.from(starts),
    jamo: jamoParts.join(''),
    jamoStart: Uint8Array.from(jamoStart),
    jamoWord: Uint8Array.from(jamoWord),
    cho,
    choWord: Uint8Array.from(choWord),
  };
}

/**
 * Where `q` occurs in `s`: whole, at the start, at a word start (`word[i]`), anywhere; 0 if
 * not at all. `allowed`, when given, limits the positions a match may start at.
 */
function locate(
  s: string,
  q: string,
  word: Uint8Array,
  grades: readonly [number, number, number, number],
  allowed?: Uint8Array,
): number {
  if (!q || q.length > s.length) return 0;
  if (s === q) return grades[0];
  let best = 0;
  for (let i = s.indexOf(q); i >= 0; i = s.indexOf(q, i + 1)) {
    if (allowed && !allowed[i]) continue;
    if (i === 0) return grades[1];
    if (word[i]) best = grades[2];
    else if (best === 0) best = grades[3];
  }
  return best;
}

/** A query, prepared the same way as the texts. */
interface Query {
  norm: string;
  jamo: string;
  choOnly: boolean;
  hasHangul: boolean;
  singular: string | null;
}

function prepareQuery(raw: string): Query {
  const p = prepare(raw);
  const english = /^[a-z]{3,}s$/.test(p.norm);
  return {
    norm: p.norm,
    jamo: p.jamo,
    choOnly: CHOSEONG_ONLY.test(p.norm),
    hasHangul: p.jamo !== p.norm || /[\uac00-\ud7a3\u3131-\u318e]/.test(p.norm),
    singular: english ? p.norm.slice(0, -1) : null,
  };
}

/** How well `q` matches text `t`, 0..1. */
function quality(t: Prepared, q: Query): number {
  const direct = locate(t.norm, q.norm, t.wordStart, [Q.exact, Q.prefix, Q.word, Q.inside]);
  if (direct > 0) return direct;
  if (q.choOnly) return locate(t.cho, q.norm, t.choWord, [Q.choExact, Q.choPrefix, Q.choWord, Q.choInside]);
  if (q.hasHangul) {
    // "창어" while typing "창업": the jamo of the query start a character of the text.
    const partial = locate(
      t.jamo,
      q.jamo,
      t.jamoWord,
      [Q.partialPrefix, Q.partialPrefix, Q.partialWord, Q.partialInside],
      t.jamoStart,
    );
    if (partial > 0) return partial;
  }
  if (q.singular)
    return Q.singular * locate(t.norm, q.singular, t.wordStart, [Q.exact, Q.prefix, Q.word, Q.inside]);
  return 0;
}

/** A number the query consists of ("27500", "2만7500명", "1,000"), or null. */
function queryNumber(raw: string): number | null {
  const t = raw.trim();
  if (!isDigitChar(t[0])) return null;
  const n = parseQuantity(t)?.value ?? parseKoreanNumber(t);
  return n !== null && Number.isFinite(n) ? n : null;
}

const day = (iso: string | undefined): string | null => (iso ? iso.slice(0, 10) : null);

/** Prepares the store for searching. Never throws on a valid store. */
export function buildSearchIndex(store: FactStore): SearchIndex {
  const texts: Prepared[] = [];
  const textIds = new Map<string, number>();
  const ref = (raw: string | undefined, weight: number, refs: Ref[]) => {
    if (!raw) return;
    let id = textIds.get(raw);
    if (id === undefined) {
      id = texts.length;
      texts.push(prepare(raw));
      textIds.set(raw, id);
    }
    const existing = refs.find((r) => r.text === id);
    if (existing) existing.weight = Math.max(existing.weight, weight);
    else refs.push({ text: id, weight });
  };
  const entityById = new Map(store.entities.map((e) => [e.id, e]));
  const topicById = new Map(store.topics.map((t) => [t.id, t]));
  const sourceById = new Map(store.sources.map((s) => [s.id, s]));
  const metricById = new Map(store.metrics.map((m) => [m.id, m]));
  const entityNames = (e: Entity): string[] => [e.name.ko, e.name.en, ...e.aliases];

  const metricDocs = store.metrics.map((m, index): Doc => {
    const refs: Ref[] = [];
    ref(m.name.ko, W.metricName, refs);
    ref(m.name.en, W.metricName, refs);
    for (const k of m.keywords) ref(k, W.keyword, refs);
    const entity = m.entity ? entityById.get(m.entity) : undefined;
    if (entity) for (const n of entityNames(entity)) ref(n, W.entity, refs);
    const topic = topicById.get(m.topic);
    if (topic) {
      ref(topic.name.ko, W.topic, refs);
      ref(topic.name.en, W.topic, refs);
    }
    return { kind: 'metric', index, refs };
  });
  const metricDocById = new Map(metricDocs.map((d) => [store.metrics[d.index]!.id, d]));

  const formatted = store.observations.map((o) => ({ ko: formatQuantity(o), en: formatQuantityEnglish(o) }));
  const observationDocs = store.observations.map((o, index): Doc => {
    const refs: Ref[] = [];
    ref(o.figure, W.figure, refs);
    ref(String(o.value), W.value, refs);
    ref(formatted[index]!.ko, W.formatted, refs);
    ref(formatted[index]!.en, W.formatted, refs);
    ref(o.scope.label, W.scope, refs);
    const source = sourceById.get(o.source);
    if (source) {
      ref(source.outlet.ko, W.outlet, refs);
      ref(source.outlet.en, W.outlet, refs);
      ref(day(source.publishedAt) ?? undefined, W.date, refs);
    }
    const metricDoc = metricDocById.get(o.metric);
    if (metricDoc) for (const r of metricDoc.refs) ref(texts[r.text]!.raw, r.weight * W.inherited, refs);
    return { kind: 'observation', index, refs };
  });

  // Entities a quote mentions by any spelling, so "GIST" finds a quote that says "지스트".
  const aliasNorms = store.entities.map((e) => ({
    entity: e,
    norms: e.aliases
      .concat(e.name.ko)
      .map((a) => prepare(a).norm)
      .filter((n) => n.length >= 2),
  }));
  const statementDocs = store.statements.map((s, index): Doc => {
    const refs: Ref[] = [];
    ref(s.quote, W.quote, refs);
    const speaker = entityById.get(s.speaker);
    if (speaker) for (const n of entityNames(speaker)) ref(n, W.speaker, refs);
    for (const t of s.topics) {
      const topic = topicById.get(t);
      if (topic) {
        ref(topic.name.ko, W.topic, refs);
        ref(topic.name.en, W.topic, refs);
      }
    }
    const quoteNorm = prepare(s.quote).norm;
    for (const { entity, norms } of aliasNorms) {
      if (entity.id !== s.speaker && norms.some((n) => quoteNorm.includes(n)))
        for (const n of entityNames(entity)) ref(n, W.mentioned, refs);
    }
    const source = sourceById.get(s.source);
    if (source) {
      ref(source.outlet.ko, W.outlet, refs);
      ref(source.outlet.en, W.outlet, refs);
    }
    ref(s.date, W.date, refs);
    return { kind: 'statement', index, refs };
  });

  const observationsByMetric = new Map<string, number[]>();
  store.observations.forEach((o, i) => {
    const list = observationsByMetric.get(o.metric);
    if (list) list.push(i);
    else observationsByMetric.set(o.metric, [i]);
  });
  const published = (i: number) => sourceById.get(store.observations[i]!.source)?.publishedAt ?? '';
  for (const list of observationsByMetric.values())
    list.sort((a, b) => published(a).localeCompare(published(b)));

  const metricHits = store.metrics.map(
    (m: Metric): SearchHit => ({
      kind: 'metric',
      id: m.id,
      metric: m.id,
      title: { ko: m.name.ko, en: m.name.en },
      value: null,
      obsKind: null,
      scope: null,
      outlet: null,
      date: null,
      quote: null,
      speaker: null,
      score: 0,
    }),
  );
  const observationHits = store.observations.map((o: Observation, i): SearchHit => {
    const m = metricById.get(o.metric);
    const source = sourceById.get(o.source);
    return {
      kind: 'observation',
      id: o.id,
      metric: o.metric,
      title: m ? { ko: m.name.ko, en: m.name.en } : { ko: o.metric, en: o.metric },
      value: formatted[i]!,
      obsKind: o.kind,
      scope: o.scope.label,
      ...(source?.pack ? { origin: 'user' as const } : {}),
      outlet: source ? { ko: source.outlet.ko, en: source.outlet.en } : null,
      date: day(source?.publishedAt),
      quote: o.quote,
      speaker: null,
      score: 0,
    };
  });
  const statementHits = store.statements.map((s: Statement): SearchHit => {
    const speaker = entityById.get(s.speaker);
    const source = sourceById.get(s.source);
    return {
      kind: 'statement',
      id: s.id,
      metric: null,
      title: speaker ? { ko: speaker.name.ko, en: speaker.name.en } : { ko: s.speaker, en: s.speaker },
      value: null,
      obsKind: null,
      scope: null,
      outlet: source ? { ko: source.outlet.ko, en: source.outlet.en } : null,
      date: s.date,
      quote: s.quote,
      speaker: speaker?.name.ko ?? s.speaker,
      score: 0,
    };
  });

  return {
    store,
    texts,
    metricDocs,
    observationDocs,
    statementDocs,
    observationsByMetric,
    sourceById,
    entityById,
    metricHits,
    observationHits,
    statementHits,
  };
}

/** Scores every document for one query; 0 where it does not match. */
function scoreDocs(
  index: SearchIndex,
  raw: string,
): { metric: number[]; observation: number[]; statement: number[] } {
  const whole = prepareQuery(raw);
  const tokens = raw.trim().split(/\s+/).slice(0, MAX_TOKENS);
  const words = tokens.length > 1 ? tokens.map(prepareQuery).filter((t) => t.norm) : [];
  // Each distinct text is judged once per query word, however many documents share it.
  const memo = words.map(() => new Float64Array(index.texts.length).fill(-1));
  const wholeMemo = new Float64Array(index.texts.length).fill(-1);
  const qualityOf = (text: number, q: Query, cache: Float64Array): number => {
    let v = cache[text]!;
    if (v < 0) {
      v = quality(index.texts[text]!, q);
      cache[text] = v;
    }
    return v;
  };
  const docScore = (doc: Doc): number => {
    let best = 0;
    let rest = 0;
    for (const r of doc.refs) {
      const s = r.weight * qualityOf(r.text, whole, wholeMemo);
      if (s > best) {
        rest += best;
        best = s;
      } else rest += s;
    }
    // matches in more fields break ties, never outweigh a better field
    if (best > 0) return best + Math.min(rest * 0.05, 5);
    if (words.length < 2) return 0;
    let sum = 0;
    for (let w = 0; w < words.length; w++) {
      let wordBest = 0;
      for (const r of doc.refs)
        wordBest = Math.max(wordBest, r.weight * qualityOf(r.text, words[w]!, memo[w]!));
      if (wordBest === 0) return 0;
      sum += wordBest;
    }
    return (sum / words.length) * Q.allWords;
  };
  const number = queryNumber(raw);
  const observation = index.observationDocs.map((d) => {
    const s = docScore(d);
    return number !== null && index.store.observations[d.index]!.value === number ? Math.max(s, W.figure) : s;
  });
  return {
    metric: index.metricDocs.map(docScore),
    observation,
    statement: index.statementDocs.map(docScore),
  };
}

interface Group {
  score: number;
  rank: number;
  order: number;
  hits: SearchHit[];
}

/**
 * Hits for `query`, best first: metrics whose names match come first, each followed by its
 * observations (oldest source first); then observations matched by figure or value, then
 * statements. Returns [] for an empty query; never throws.
 */
export function searchFacts(index: SearchIndex, query: string, limit = 30): SearchHit[] {
  if (typeof query !== 'string') return [];
  const raw = query.slice(0, MAX_QUERY);
  if (!raw.trim()) return [];
  const max = Math.max(1, Math.min(100, Math.floor(Number.isFinite(limit) ? limit : 30)));
  const scores = scoreDocs(index, raw);
  const groups: Group[] = [];
  const grouped = new Set<number>();
  const round = (n: number) => Math.round(n * 100) / 100;

  index.metricDocs.forEach((d, mi) => {
    const metricScore = scores.metric[mi]!;
    if (metricScore <= 0) return;
    const metric = index.store.metrics[d.index]!;
    const obs = index.observationsByMetric.get(metric.id) ?? [];
    // observations matched on their own come first, then the rest in date order
    const ordered = obs
      .map((oi, pos) => ({ oi, pos, own: scores.observation[oi]! }))
      .sort((a, b) => b.own - a.own || a.pos - b.pos);
    const best = Math.max(metricScore, ...ordered.map((o) => o.own));
    const hits: SearchHit[] = [{ ...index.metricHits[d.index]!, score: round(metricScore) }];
    for (const o of ordered) {
      grouped.add(o.oi);
      hits.push({ ...index.observationHits[o.oi]!, score: round(Math.max(o.own, metricScore * 0.95)) });
    }
    groups.push({ score: best, rank: 0, order: mi, hits });
  });
  scores.observation.forEach((s, oi) => {
    if (s <= 0 || grouped.has(oi)) return;
    groups.push({ score: s, rank: 1, order: oi, hits: [{ ...index.observationHits[oi]!, score: round(s) }] });
  });
  scores.statement.forEach((s, si) => {
    if (s <= 0) return;
    const hit = index.statementHits[si]!;
    // newer statements first among equals
    const recency = -Date.parse(hit.date ?? '') / 1e13 || 0;
    groups.push({ score: s, rank: 2, order: recency, hits: [{ ...hit, score: round(s) }] });
  });
  groups.sort((a, b) => b.score - a.score || a.rank - b.rank || a.order - b.order);

  const out: SearchHit[] = [];
  for (const g of groups) {
    for (const h of g.hits) {
      if (out.length >= max) return out;
      out.push(h);
    }
  }
  return out;
}
