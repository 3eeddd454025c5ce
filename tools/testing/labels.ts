import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import type { FactStore } from '../../lib/shared/store-schema';

/** The labelled sets: the tuning pages rules may be tuned on, and the holdout no rule is tuned on. */
const ROOT = process.env.GCTX_FIXTURES_ROOT ?? resolve(import.meta.dirname, '../../tests/fixtures');
export const LABEL_SETS = {
  tuning: resolve(ROOT, 'pages'),
  holdout: resolve(ROOT, 'holdout'),
} as const;
export type LabelSet = keyof typeof LABEL_SETS;

export const TRAP_KINDS = [
  'line-item',
  'annual',
  'phase',
  'effect',
  'other-quantity',
  'other-year',
  'other-programme',
  'synonym',
  'unit-form',
  'true-discrepancy',
] as const;
export const PAGE_TRAPS = ['other-place', 'gyeonggi-gwangju', 'non-ai', 'sidebar'] as const;

/** One labelled figure (tests/fixtures/LABELING.md). */
export const ExpectedFigure = z.strictObject({
  text: z.string().min(1),
  value: z.number(),
  max: z.number().optional(),
  unit: z.string(),
  status: z.enum(['consistent', 'discrepancy', 'related', 'unknown']),
  metric: z.string().nullable(),
  against: z.array(z.string()).optional(),
  trap: z.enum(TRAP_KINDS).optional(),
});
export type ExpectedFigure = z.infer<typeof ExpectedFigure>;

/** A page's labels: the `<slug>.expected.json` beside `<slug>.html`. */
export const Expected = z.strictObject({
  url: z.url(),
  outlet: z.string(),
  publishedAt: z.string(),
  title: z.string(),
  detected: z.boolean(),
  container: z.string().optional(),
  note: z.string().optional(),
  trap: z.enum(PAGE_TRAPS).optional(),
  figures: z.array(ExpectedFigure),
  discrepancyMetrics: z.array(z.string()),
});
export type Expected = z.infer<typeof Expected>;

export interface Fixture {
  name: string;
  set: LabelSet;
  html: string;
  expected: Expected;
}

/** Every labelled page of a set (an .html beside its .expected.json), by name. Throws on a bad label file. */
export function loadLabelled(set: LabelSet): Fixture[] {
  const dir = LABEL_SETS[set];
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return [];
  }
  return files
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.replace('.expected.json', '');
      const parsed = Expected.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`${set}/${f}: ${z.prettifyError(parsed.error)}`);
      return { name, set, html: readFileSync(join(dir, `${name}.html`), 'utf8'), expected: parsed.data };
    });
}

/**
 * What is wrong with one page's labels, without running any analysis: the container matches
 * once, the figures occur in its text in order, ids exist, consistent and discrepancy figures
 * name observations of their metric, negatives carry only unknown figures.
 */
export function labelProblems(fx: Fixture, store: FactStore): string[] {
  const problems: string[] = [];
  const e = fx.expected;
  const metrics = new Set(store.metrics.map((m) => m.id));
  const obsMetric = new Map(store.observations.map((o) => [o.id, o.metric]));
  if (e.container) {
    const { document } = parseHTML(fx.html);
    const found = document.querySelectorAll(e.container);
    if (found.length !== 1) problems.push(`container ${e.container} matches ${found.length} elements`);
    else {
      const text = found[0]!.textContent ?? '';
      let at = 0;
      for (const f of e.figures) {
        const i = text.indexOf(f.text, at);
        if (i < 0) {
          problems.push(`figure "${f.text}" not found in the container text after offset ${at}`);
          continue;
        }
        at = i + f.text.length;
      }
    }
    const title = document.querySelector('meta[property="og:title"]')?.getAttribute('content');
    if (title !== undefined && title !== null && title.trim() !== e.title.trim())
      problems.push(`og:title "${title}" differs from title`);
  }
  for (const f of e.figures) {
    const where = `figure "${f.text}"`;
    if (f.metric !== null && !metrics.has(f.metric)) problems.push(`${where}: no metric ${f.metric}`);
    if ((f.status === 'unknown') !== (f.metric === null))
      problems.push(`${where}: unknown figures, and only they, have metric null`);
    if (!e.detected && f.status !== 'unknown')
      problems.push(`${where}: a page that is not a target has only unknown figures`);
    if (f.status === 'consistent' || f.status === 'discrepancy') {
      if (!f.against?.length) problems.push(`${where}: ${f.status} needs "against" observation ids`);
      for (const id of f.against ?? []) {
        const m = obsMetric.get(id);
        if (m === undefined) problems.push(`${where}: no observation ${id}`);
        else if (m !== f.metric) problems.push(`${where}: observation ${id} is of ${m}, not ${f.metric}`);
      }
    }
    if (f.max !== undefined && f.max < f.value) problems.push(`${where}: max below value`);
  }
  const sorted = [...e.discrepancyMetrics].sort();
  if (sorted.join() !== e.discrepancyMetrics.join()) problems.push('discrepancyMetrics not sorted');
  return problems;
}
