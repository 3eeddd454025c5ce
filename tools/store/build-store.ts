import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { convertValue } from '../../lib/shared/quantity/compare';
import { type FactFileName, FactFiles, type FactStore } from '../../lib/shared/store-schema';
import { checkFigure } from '../../lib/store/check-figure';
import { deriveDiscrepancies, runChecks } from '../../lib/store/derive';
import { storeHash } from '../../lib/store/store-hash';

/** Where each curated file lives, relative to seeds/. */
export const FACT_FILE_PATHS: Record<FactFileName, string> = {
  'sources.yaml': 'articles/sources.yaml',
  'entities.yaml': 'facts/entities.yaml',
  'topics.yaml': 'facts/topics.yaml',
  'metrics.yaml': 'facts/metrics.yaml',
  'observations.yaml': 'facts/observations.yaml',
  'statements.yaml': 'facts/statements.yaml',
  'checks.yaml': 'facts/checks.yaml',
  'notes.yaml': 'facts/notes.yaml',
};

/** One thing wrong with the curated data, located as precisely as the data allows. */
export interface StoreProblem {
  file: string;
  line?: number;
  entry?: string;
  reason: string;
}

/** Thrown by buildStore when the curated data is wrong; `problems` lists every issue found. */
export class StoreBuildError extends Error {
  constructor(readonly problems: StoreProblem[]) {
    super(
      `fact store build failed with ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`,
    );
    this.name = 'StoreBuildError';
  }
}

/** "seeds/facts/observations.yaml:120 [s001-jobs] quote not found in ..." */
export function formatProblem(p: StoreProblem): string {
  const where = `seeds/${p.file}${p.line ? `:${p.line}` : ''}`;
  return `  ${where}${p.entry ? ` [${p.entry}]` : ''}: ${p.reason}`;
}

/** The raw inputs: each curated file's text, and each article's text by file name. */
export interface StoreInputs {
  files: Record<FactFileName, string>;
  articles: Record<string, string>;
}

type Parsed = { [K in FactFileName]: z.infer<(typeof FactFiles)[K]> };

interface Located {
  data: unknown;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

function readYaml(name: FactFileName, text: string, problems: StoreProblem[]): Located | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const file = FACT_FILE_PATHS[name];
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      problems.push({
        file,
        line: lineCounter.linePos(e.pos[0]).line,
        reason: `YAML: ${e.message.split('\n')[0]}`,
      });
    }
    return null;
  }
  return {
    data: doc.toJS() ?? [],
    lineOf(path) {
      // Walk as deep as the document goes; an issue on a missing key points at its parent.
      let node: unknown = doc.contents;
      let offset: number | undefined;
      for (const key of path) {
        if (!(isMap(node) || isSeq(node))) break;
        const next: unknown = node.get(key as never, true);
        if (!next) break;
        node = next;
        const range = (next as { range?: [number, number, number] }).range;
        if (range) offset = range[0];
      }
      if (offset === undefined) {
        const range = (doc.contents as { range?: [number, number, number] } | null)?.range;
        offset = range?.[0];
      }
      return offset === undefined ? undefined : lineCounter.linePos(offset).line;
    },
  };
}

function entryName(data: unknown, index: unknown): string | undefined {
  if (!Array.isArray(data) || typeof index !== 'number') return undefined;
  const item = data[index] as { id?: unknown } | undefined;
  return typeof item?.id === 'string' ? item.id : `#${index + 1}`;
}

/** Validates each file against its zod schema; returns the parsed data, or null with problems. */
function parseFiles(
  inputs: StoreInputs,
  problems: StoreProblem[],
): { parsed: Parsed; located: Record<FactFileName, Located> } | null {
  const parsed: Partial<Record<FactFileName, unknown>> = {};
  const located: Partial<Record<FactFileName, Located>> = {};
  for (const name of Object.keys(FactFiles) as FactFileName[]) {
    const file = FACT_FILE_PATHS[name];
    const text = inputs.files[name];
    if (text === undefined) {
      problems.push({ file, reason: 'file is missing' });
      continue;
    }
    const doc = readYaml(name, text, problems);
    if (!doc) continue;
    located[name] = doc;
    const result = FactFiles[name].safeParse(doc.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.slice(1).join('.');
        problems.push({
          file,
          line: doc.lineOf(issue.path),
          entry: entryName(doc.data, issue.path[0]),
          reason: `${field ? `${field}: ` : ''}${issue.message}`,
        });
      }
      continue;
    }
    parsed[name] = result.data;
  }
  if (problems.length > 0) return null;
  return { parsed: parsed as Parsed, located: located as Record<FactFileName, Located> };
}

function checkUniqueIds(
  name: FactFileName,
  items: readonly { id: string }[],
  doc: Located,
  problems: StoreProblem[],
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      problems.push({
        file: FACT_FILE_PATHS[name],
        line: doc.lineOf([i, 'id']),
        entry: item.id,
        reason: 'duplicate id',
      });
    }
    seen.add(item.id);
  });
}

/**
 * Builds the fact store from the curated files and the seed articles. Validates shapes (zod),
 * references, and provenance (quotes verbatim in their source; figures read back to their
 * values), derives discrepancies and recomputes arithmetic checks.
 * Throws StoreBuildError listing every problem, with file, line and entry.
 */
export function buildStore(inputs: StoreInputs): FactStore {
  const problems: StoreProblem[] = [];
  const files = parseFiles(inputs, problems);
  if (!files) throw new StoreBuildError(problems);
  const { parsed, located } = files;
  const sources = parsed['sources.yaml'];
  const entities = parsed['entities.yaml'];
  const topics = parsed['topics.yaml'];
  const metrics = parsed['metrics.yaml'];
  const observations = parsed['observations.yaml'];
  const statements = parsed['statements.yaml'];
  const checks = parsed['checks.yaml'];
  const notes = parsed['notes.yaml'];

  const collections = [
    ['sources.yaml', sources],
    ['entities.yaml', entities],
    ['topics.yaml', topics],
    ['metrics.yaml', metrics],
    ['observations.yaml', observations],
    ['statements.yaml', statements],
    ['checks.yaml', checks],
  ] as const;
  for (const [name, items] of collections) checkUniqueIds(name, items, located[name], problems);

  const sourceText = new Map<string, string>();
  sources.forEach((s, i) => {
    if (s.pack !== undefined)
      problems.push({
        file: FACT_FILE_PATHS['sources.yaml'],
        line: located['sources.yaml'].lineOf([i, 'pack']),
        entry: s.id,
        reason: '`pack` is set by the extension on installed packs, never in seeds/',
      });
    const text = inputs.articles[s.file];
    if (text === undefined) {
      problems.push({
        file: FACT_FILE_PATHS['sources.yaml'],
        line: located['sources.yaml'].lineOf([i, 'file']),
        entry: s.id,
        reason: `article file ${s.file} not found in seeds/articles/`,
      });
    } else {
      sourceText.set(s.id, text);
    }
  });

  const has = (items: readonly { id: string }[]) => {
    const ids = new Set(items.map((x) => x.id));
    return (id: string) => ids.has(id);
  };
  const isTopic = has(topics);
  const isEntity = has(entities);
  const isSource = has(sources);
  const isObservation = has(observations);
  const metricById = new Map(metrics.map((m) => [m.id, m]));

  const ref = (name: FactFileName, i: number, field: string, entry: string, ok: boolean, reason: string) => {
    if (!ok)
      problems.push({ file: FACT_FILE_PATHS[name], line: located[name].lineOf([i, field]), entry, reason });
  };

  metrics.forEach((m, i) => {
    ref('metrics.yaml', i, 'topic', m.id, isTopic(m.topic), `unknown topic "${m.topic}"`);
    if (m.entity) ref('metrics.yaml', i, 'entity', m.id, isEntity(m.entity), `unknown entity "${m.entity}"`);
    if (m.tracks) {
      // The pledge tracker's relation: an actual metric measuring progress on a target with a deadline.
      const target = metricById.get(m.tracks.target);
      const targets = observations.filter((o) => o.metric === m.tracks!.target && o.kind === 'target');
      const reason = !target
        ? `tracks unknown metric "${m.tracks.target}"`
        : convertValue(1, m.unit, target.unit) === null
          ? `tracks ${target.id}, whose unit ${target.unit} cannot be compared with ${m.unit}`
          : targets.length === 0
            ? `tracks ${target.id}, which has no target observation`
            : !targets.some((o) => o.scope.until !== undefined)
              ? `tracks ${target.id}, whose targets state no deadline or period (scope.until)`
              : observations.some((o) => o.metric === m.id && o.kind !== 'actual')
                ? 'a metric that tracks a target holds actual observations only'
                : null;
      if (reason) ref('metrics.yaml', i, 'tracks', m.id, false, reason);
    }
  });
  entities.forEach((e, i) => {
    for (const other of e.distinctFrom)
      ref('entities.yaml', i, 'distinctFrom', e.id, isEntity(other), `unknown entity "${other}"`);
    for (const programme of e.programmes)
      ref('entities.yaml', i, 'programmes', e.id, isEntity(programme), `unknown entity "${programme}"`);
  });

  observations.forEach((o, i) => {
    const at = (field: string) => located['observations.yaml'].lineOf([i, field]);
    const file = FACT_FILE_PATHS['observations.yaml'];
    const metric = metricById.get(o.metric);
    if (!metric)
      problems.push({ file, line: at('metric'), entry: o.id, reason: `unknown metric "${o.metric}"` });
    else if (convertValue(o.value, o.unit, metric.unit) === null) {
      problems.push({
        file,
        line: at('unit'),
        entry: o.id,
        reason: `unit ${o.unit} cannot be compared with metric ${metric.id}'s unit ${metric.unit}`,
      });
    }
    const text = sourceText.get(o.source);
    if (!isSource(o.source))
      problems.push({ file, line: at('source'), entry: o.id, reason: `unknown source "${o.source}"` });
    else if (text !== undefined && !text.includes(o.quote)) {
      problems.push({
        file,
        line: at('quote'),
        entry: o.id,
        reason: `quote is not verbatim in source ${o.source}: "${o.quote.slice(0, 60)}…"`,
      });
    }
    const figureProblem = checkFigure(o);
    if (figureProblem) problems.push({ file, line: at('figure'), entry: o.id, reason: figureProblem });
  });

  const personIds = new Set(entities.filter((e) => e.kind === 'person').map((e) => e.id));
  statements.forEach((s, i) => {
    const at = (field: string) => located['statements.yaml'].lineOf([i, field]);
    const file = FACT_FILE_PATHS['statements.yaml'];
    if (!personIds.has(s.speaker))
      problems.push({
        file,
        line: at('speaker'),
        entry: s.id,
        reason: `speaker "${s.speaker}" is not a person entity`,
      });
    for (const t of s.topics)
      if (!isTopic(t))
        problems.push({ file, line: at('topics'), entry: s.id, reason: `unknown topic "${t}"` });
    const text = sourceText.get(s.source);
    if (!isSource(s.source))
      problems.push({ file, line: at('source'), entry: s.id, reason: `unknown source "${s.source}"` });
    else if (text !== undefined && !text.includes(s.quote)) {
      problems.push({
        file,
        line: at('quote'),
        entry: s.id,
        reason: `quote is not verbatim in source ${s.source}: "${s.quote.slice(0, 60)}…"`,
      });
    }
  });

  checks.forEach((c, i) => {
    const refs =
      c.kind === 'sum'
        ? [c.total, ...c.parts]
        : c.kind === 'ratio-at-least'
          ? [c.numerator, c.denominator, c.ratio]
          : c.kind === 'product'
            ? [c.total, ...c.factors]
            : [c.part, c.total];
    for (const id of refs)
      ref('checks.yaml', i, 'id', c.id, isObservation(id), `unknown observation "${id}"`);
  });

  if (problems.length > 0) throw new StoreBuildError(problems);

  const discrepancies = deriveDiscrepancies(metrics, observations, sources);
  notes.forEach((n, i) => {
    const d = discrepancies.find(
      (x) => x.observations[0] === n.observations[0] && x.observations[1] === n.observations[1],
    );
    if (!d) {
      problems.push({
        file: FACT_FILE_PATHS['notes.yaml'],
        line: located['notes.yaml'].lineOf([i, 'observations']),
        entry: n.observations.join(' ~ '),
        reason: 'no derived discrepancy has these two observations (earlier source first)',
      });
    } else {
      d.note = n.note;
    }
  });
  if (problems.length > 0) throw new StoreBuildError(problems);

  const content = {
    sources,
    entities,
    topics,
    metrics,
    observations,
    statements,
    discrepancies,
    checks: runChecks(checks, observations),
  };
  return { version: storeHash(JSON.stringify(content)), ...content };
}
