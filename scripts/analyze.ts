// npm run analyze -- <file.html|file.txt|-> [--url <address>] [--json] [--all] [--date <ISO>]
// Reads one page and reports whether it is a Gwangju AI-policy article, each figure with its
// status against the bundled fact store, the prior statements and the discrepancies.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildFactIndex } from '../lib/judge/fact-index';
import { evidenceLine, stringsFor } from '../lib/page/overlay/strings';
import { formatQuantity } from '../lib/shared/quantity/format-quantity';
import type { AnalysisReport, FigureStatus } from '../lib/shared/report';
import { STATUS_SIGN } from '../lib/shared/status-sign';
import { bundledStore } from '../lib/store/bundled-store';
import { analyzeDocument } from '../tools/analyze-document';
import { InputError } from '../tools/cli/load-input';
import { type OpenedPage, openPage } from '../tools/cli/open-page';

const USAGE =
  'usage: npm run analyze -- <file.html|file.txt|-> [--url <address>] [--json] [--all] [--date <ISO date>]';

/** The report as the JSON object documented in the README (stable field names). */
export function reportJson(report: AnalysisReport) {
  return {
    detected: report.detected,
    score: report.score,
    reasons: report.reasons,
    article: {
      title: report.article.title,
      outlet: report.article.outlet,
      publishedAt: report.article.publishedAt,
      textLength: report.article.textLength,
    },
    figures: report.figures.map((f) => ({
      text: f.text,
      value: f.value,
      ...(f.max !== undefined ? { max: f.max } : {}),
      unit: f.unit,
      qualifier: f.qualifier,
      approximate: f.approximate,
      start: f.start,
      end: f.end,
      sentence: f.sentence,
      scope: f.scope,
      metric: f.metric,
      status: f.status,
      explanation: f.explanation,
      facts: f.facts,
      frame: f.frame,
      evidence: f.evidence,
    })),
    statements: report.statements.map((s) => ({
      speaker: s.speaker,
      role: s.role,
      date: s.date,
      quote: s.quote,
      source: s.source,
      outlet: s.outlet,
    })),
    discrepancies: report.discrepancies,
    url: report.url,
    storeVersion: report.storeVersion,
  };
}

/** The report as readable text, Korean labels first. */
export function reportText(report: AnalysisReport): string {
  const out: string[] = [];
  const a = report.article;
  out.push(`기사 Article: ${a.title}`);
  out.push(
    `  ${a.outlet ?? '언론사 미상'} · ${a.publishedAt ?? '날짜 미상'} · ${a.textLength.toLocaleString('en')} chars · body via ${a.method}`,
  );
  out.push(`감지 Detected: ${report.detected ? 'yes' : 'no'} (score ${report.score})`);
  for (const r of report.reasons) out.push(`  - ${r}`);
  const count = (s: FigureStatus) => report.figures.filter((f) => f.status === s).length;
  out.push('');
  out.push(
    `수치 Figures (${report.figures.length}): ${count('consistent')} consistent, ${count('discrepancy')} discrepancy, ${count('related')} related, ${count('unknown')} unknown`,
  );
  for (const f of report.figures) {
    const metric = f.metricName ? ` · ${f.metricName.ko}` : '';
    out.push(
      `  ${STATUS_SIGN[f.status]} ${f.text}  = ${formatQuantity(f)} [${f.unit}]${metric} · ${f.status}${f.scope.label ? ` · ${f.scope.label}` : ''}`,
    );
    if (f.status !== 'unknown') out.push(`      ${f.explanation.ko}`);
    if (f.evidence) {
      const e = evidenceLine(stringsFor('ko'), f.evidence);
      out.push(`      ${e.tied} · ${e.decided}`);
    }
  }
  out.push('');
  out.push(`불일치 Discrepancies (${report.discrepancies.length}):`);
  for (const d of report.discrepancies) {
    out.push(`  - [${d.origin}/${d.kind}] ${d.summary.ko}`);
    if (d.note) out.push(`      ${d.note}`);
  }
  out.push('');
  out.push(`이전 발언 Prior statements (${report.statements.length}):`);
  for (const s of report.statements) {
    out.push(`  - ${s.date} ${s.speaker}${s.role ? ` (${s.role})` : ''}: "${s.quote}" — ${s.outlet}`);
  }
  return out.join('\n');
}

/** A page with no article body (a front page, a stub): not detected, nothing to judge. */
function noArticleReport(url: string, title: string): AnalysisReport {
  return {
    url,
    detected: false,
    score: 0,
    reasons: ['no article body found on the page'],
    article: { title, outlet: null, publishedAt: null, textLength: 0, method: 'none' },
    figures: [],
    statements: [],
    discrepancies: [],
    metrics: {},
    storeVersion: bundledStore.version,
  };
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function main() {
  let args: ReturnType<typeof parseArgs<{ options: typeof flags; allowPositionals: true }>>;
  const flags = {
    url: { type: 'string' },
    json: { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
    date: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  } as const;
  try {
    args = parseArgs({ options: flags, allowPositionals: true });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  if (args.values.help) {
    console.log(USAGE);
    return;
  }
  const file = args.positionals[0];
  if (!file || args.positionals.length > 1) fail(USAGE);

  let page: OpenedPage;
  try {
    page = openPage(file, { url: args.values.url, date: args.values.date, sources: bundledStore.sources });
  } catch (e) {
    if (e instanceof InputError) fail(e.message);
    throw e;
  }
  const { seed, url, publishedAt } = page;
  const options = { all: args.values.all, publishedAt };
  const report =
    analyzeDocument(buildFactIndex(bundledStore), page.document, url, options) ??
    noArticleReport(url, page.document.title);
  if (seed && page.kind === 'text') {
    report.article.outlet ??= seed.outlet.ko;
    report.article.title = seed.headline;
  }
  console.log(args.values.json ? JSON.stringify(reportJson(report), null, 2) : reportText(report));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
