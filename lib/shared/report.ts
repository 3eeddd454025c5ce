import { z } from 'zod';
import { Bilingual } from './bilingual';
import { Qualifier, UnitCode } from './quantity/types';
import { ObservationKind } from './store-schema';

/** The period a sentence ties a figure to, resolved against the article's date (lib/judge/read/resolve-scope.ts). */
export const FigureScope = z.strictObject({
  /** the words that set it ("2027년까지", "향후 10년간", "올해"), or null when the sentence has none */
  label: z.string().nullable(),
  from: z.number().int().optional(),
  until: z.number().int().optional(),
  /** a stated duration with no anchor in time ("10년간 1조원 가량이 투입되는"), in years */
  years: z.number().int().optional(),
  /** the date the article reports counts as of (YYYY-MM-DD): the article's, or a month it names */
  asOf: z.string().optional(),
  /** the period came from the sentence before, not the figure's own */
  inherited: z.boolean().optional(),
  /** a bare year the figure's clause names before it ("2020년 집적단지 몫으로 배정된 국비는"): the
   * date of its event, which dates the figure for a one-year observation only, never a term */
  year: z.number().int().optional(),
});
export type FigureScope = z.infer<typeof FigureScope>;

export const FigureStatus = z.enum(['consistent', 'discrepancy', 'related', 'unknown']);
export type FigureStatus = z.infer<typeof FigureStatus>;

/** A figure read from a page, before judgment: what the content script sends the background. */
export const FigureReading = z.strictObject({
  text: z.string(),
  value: z.number(),
  max: z.number().optional(),
  unit: UnitCode,
  qualifier: Qualifier,
  approximate: z.boolean(),
  /** offsets into the article body text, end exclusive */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentence: z.string(),
  /** where the figure starts inside `sentence` */
  sentenceOffset: z.number().int().nonnegative(),
  /** the sentence before, which often names the subject or period a figure continues */
  previousSentence: z.string(),
  scope: FigureScope,
});
export type FigureReading = z.infer<typeof FigureReading>;

/** An article as the page gives it: address, metadata and body text (what the content script sends). */
export const ArticleText = z.strictObject({
  url: z.string(),
  article: z.strictObject({
    title: z.string(),
    outlet: z.string().nullable(),
    publishedAt: z.string().nullable(),
    textLength: z.number().int(),
    method: z.string(),
  }),
  /** the body text, from which the figures are read (offsets into it mark them in the page) */
  text: z.string(),
});
export type ArticleText = z.infer<typeof ArticleText>;

/** A page as read: its article text and the figures read from it. No store data, no verdict.
 * (The judge also leaves out of the text's statements those the page itself quotes.) */
export const PageReading = ArticleText.extend({ figures: z.array(FigureReading) });
export type PageReading = z.infer<typeof PageReading>;

/** What a figure's own words say it is (claim-frame.ts): the slots a discrepancy must match. */
export const ClaimFrame = z.strictObject({
  /** dictionary words in the figure's own stretch of the sentence (metric keywords, anchors, aliases) */
  subject: z.array(z.string()),
  /** target / budget / actual / forecast, from the cue nearest the figure; null when none */
  kind: z.enum(['target', 'budget', 'actual', 'forecast']).nullable(),
  /** the cue word that set `kind`; with `kind` null, the cues of two kinds that put it in doubt ("투자했/투자") */
  kindCue: z.string().nullable(),
  /** 1단계 / 2단계 (AX 실증밸리) named in the figure's predicate, or in the sentence before */
  phase: z.number().int().nullable(),
  /** the phase came from the sentence before */
  phaseInherited: z.boolean(),
  /** the cohort (N기) the sentence names */
  cohort: z.number().int().nullable(),
  /** the figure's own period words (not inherited) */
  period: z.string().nullable(),
  /** one year's amount (올해, 2024년도, 연간) */
  annual: z.boolean(),
  /** whole; part of a total; a share of something else ("결성액의 20%인"); the value before a change ("10PF에서"); a change; an effect estimate */
  role: z.enum(['whole', 'part', 'share', 'from', 'change', 'effect']),
  roleCue: z.string().nullable(),
});
export type ClaimFrame = z.infer<typeof ClaimFrame>;

/** The slot that decided a figure's status (see judge.ts, and the card's wording in strings.ts). */
export const DecidingSlot = z.enum([
  'value', // every slot matched and the value agrees (consistent) or does not (discrepancy)
  'period', // same value over a stated term that contradicts the stored terms
  'link', // the metric is not named in the figure's own clause
  'kind', // no kind cue, or another kind (actual vs target, forecast vs budget)
  'role', // a part, a value before a change, a change, an effect estimate
  'phase', // another phase
  'cohort', // another cohort
  'annual', // one year's amount against a multi-year total
  'year', // another fiscal year
  'asOf', // a count as of another date
  'scope', // periods that do not overlap
  'sibling', // the sentence states this metric's stored value too: this figure is another quantity of it
  'name', // the number is part of a list's name ("3대 강국"): another number names another list
  'magnitude', // more than twice or less than half of every comparable stored value: likely another quantity
  'level', // the level a quantity moved to ("…로 줄었다"), against a spec or plan the store holds
  'sum', // the total of the things listed before it ("국비와 NHN 투자금 등 3천억원"), not the one that tied it
]);
export type DecidingSlot = z.infer<typeof DecidingSlot>;

/** Why a figure got its status: the words that tied it to its metric and the slot that decided. */
export const Evidence = z.strictObject({
  words: z.array(z.string()),
  /** where the tie came from: the figure's own clause, its sentence, the sentence before, or its distinctive value */
  via: z.enum(['clause', 'sentence', 'previous', 'value']),
  slot: DecidingSlot,
});
export type Evidence = z.infer<typeof Evidence>;

/** A figure with its judgment against the store. */
export const JudgedFigure = FigureReading.extend({
  metric: z.string().nullable(),
  metricName: Bilingual.nullable(),
  status: FigureStatus,
  /** observation ids the judgment rests on */
  facts: z.array(z.string()),
  /** ids of store discrepancies about this figure's metric */
  discrepancies: z.array(z.string()),
  frame: ClaimFrame.nullable(),
  evidence: Evidence.nullable(),
  /** the status in words (lib/shared/wording, attached by judgePage so the page carries no wording code) */
  explanation: Bilingual,
  /** "user" when an observation the judgment rests on came from a fact pack (내 자료), else "bundled" */
  origin: z.enum(['bundled', 'user']),
});
export type JudgedFigure = z.infer<typeof JudgedFigure>;

export const ReportStatement = z.strictObject({
  id: z.string(),
  speaker: Bilingual,
  role: z.string().nullable(),
  date: z.string(),
  quote: z.string(),
  topics: z.array(z.string()),
  source: z.string(),
  outlet: Bilingual,
});
export type ReportStatement = z.infer<typeof ReportStatement>;

export const ReportDiscrepancy = z.strictObject({
  id: z.string(),
  /** "store": two stored observations disagree; "page": a figure on this page disagrees with the store */
  origin: z.enum(['store', 'page']),
  kind: z.enum(['value', 'period']),
  metric: z.string(),
  /** the store's own summary, or the words of the page figure (lib/shared/wording) */
  summary: Bilingual,
  note: z.string().nullable(),
  observations: z.array(z.string()),
  /** the page figure, for origin "page" */
  figure: z.string().nullable(),
  /** its index in the report's figures, for origin "page" */
  figureIndex: z.number().int().nullable(),
});
export type ReportDiscrepancy = z.infer<typeof ReportDiscrepancy>;

/** One stored observation as the card shows it: formatted, with its source. */
export const HistoryEntry = z.strictObject({
  id: z.string(),
  figure: Bilingual,
  value: z.number(),
  unit: z.string(),
  kind: ObservationKind,
  scope: z.string(),
  outlet: Bilingual,
  date: z.string(),
  url: z.string().nullable(),
  headline: z.string(),
  quote: z.string(),
  /** "user": from a fact pack (the reader's own or an installed one), shown as 내 자료; "bundled": the extension's store */
  origin: z.enum(['bundled', 'user']),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** A metric on the page with every stored observation, oldest source first. */
export const MetricHistory = z.strictObject({
  id: z.string(),
  name: Bilingual,
  unit: z.string(),
  /** the metric's topic: the card shows statements on it first */
  topic: z.string(),
  history: z.array(HistoryEntry),
  /** the pledge tracker's line for the metric's target (the metric, or the target it tracks) */
  progress: z.strictObject({ target: z.string(), line: Bilingual }).optional(),
});
export type MetricHistory = z.infer<typeof MetricHistory>;

/** The analysis of one page: the `analyze --json` output and what the overlay renders. */
export const AnalysisReport = z.strictObject({
  url: z.string(),
  detected: z.boolean(),
  score: z.number(),
  reasons: z.array(z.string()),
  article: PageReading.shape.article,
  figures: z.array(JudgedFigure),
  statements: z.array(ReportStatement),
  discrepancies: z.array(ReportDiscrepancy),
  /** the history of every metric a figure on the page is tied to, by metric id */
  metrics: z.record(z.string(), MetricHistory),
  storeVersion: z.string(),
});
export type AnalysisReport = z.infer<typeof AnalysisReport>;

/** A judged figure as the page gets it: the sentences it was read in and its claim frame stay in
 * the background, which the card's forms ask for them (thousands of figures: megabytes less). */
export type PageFigure = Omit<JudgedFigure, 'sentence' | 'previousSentence' | 'frame'>;
/** A report as the page gets it (see PageFigure). */
export type PageReport = Omit<AnalysisReport, 'figures'> & { figures: PageFigure[] };

/** The report without its figures' sentences and frames: what the background answers a page with. */
export function forPage(report: AnalysisReport): PageReport {
  return {
    ...report,
    figures: report.figures.map(({ sentence: _s, previousSentence: _p, frame: _f, ...figure }) => figure),
  };
}
