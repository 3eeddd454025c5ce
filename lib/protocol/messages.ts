import { z } from 'zod';
import type { AnchoredFlags } from '../flags/anchor-flags';
import type { FlagAnnotationCollection } from '../flags/web-annotation';
import type { MetricDetail } from '../search/metric-detail';
import type { SearchHit } from '../search/search-hit';
import type { FactPack } from '../shared/pack-schema';
import { type AnalysisReport, ArticleText, type JudgedFigure, type PageReport } from '../shared/report';
import { type Metric, ObservationKind, type Topic } from '../shared/store-schema';
import type { Flag } from '../store/fact-db';
import type { FactSaved, MyFact, PackSummary } from '../store/pack-library';
import type { TargetProgress } from '../store/progress';

// The one protocol between the extension's parts: each request type, its schema (the
// background validates every request with it and refuses anything else) and its response type.
// Senders import only types and `send` (lib/protocol/send.ts), so the content script carries no validator.

export const Request = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('store-status') }),
  /**
   * content script stage one: this frame passed the gate; inject the overlay into it when the
   * background's topic detection says the gate's text (and title) is a target
   */
  z.strictObject({
    type: z.literal('load-overlay'),
    text: z.string().max(4_000_000).optional(),
    title: z.string().max(2000).optional(),
  }),
  /** content script: read and judge this article (the figures are read here, off the page's main
   * thread); the background keeps the report for the popup */
  z.strictObject({ type: z.literal('judge-page'), page: ArticleText }),
  /** popup: the report of a tab's page, if it was a detected article */
  z.strictObject({ type: z.literal('page-report'), tabId: z.number().int() }),
  /** popup: search metrics, observations and statements (Korean, English, 초성) */
  z.strictObject({
    type: z.literal('search'),
    query: z.string().max(200),
    limit: z.number().int().min(1).max(100).optional(),
  }),
  /** popup and card: one metric with its history */
  z.strictObject({ type: z.literal('metric'), id: z.string().max(200) }),
  z.strictObject({ type: z.literal('flag-add'), flag: z.unknown() }),
  z.strictObject({ type: z.literal('flag-list') }),
  /** content script: find the reader's flags on this page again among its marks (answers carry no notes) */
  z.strictObject({
    type: z.literal('page-flags'),
    url: z.string().max(4000),
    marks: z
      .array(
        z.strictObject({
          index: z.number().int().nonnegative(),
          quote: z.strictObject({
            exact: z.string().max(400),
            prefix: z.string().max(400),
            suffix: z.string().max(400),
          }),
        }),
      )
      .max(20_000),
  }),
  z.strictObject({ type: z.literal('flag-delete'), id: z.string().max(200) }),
  z.strictObject({ type: z.literal('flags-export') }),
  z.strictObject({ type: z.literal('flags-import'), data: z.unknown() }),
  /** popup: may the extension run on this page's site, and does it? */
  z.strictObject({ type: z.literal('site-access'), url: z.string().max(4000) }),
  /** popup, after the reader granted the optional host permission: run on this origin from now on */
  z.strictObject({ type: z.literal('enable-site'), origin: z.string().max(400) }),
  /** fact frame: figure `figure` of the frame's tab as judged, the page, and the metrics and topics the form offers */
  z.strictObject({ type: z.literal('fact-form'), figure: z.number().int().nonnegative() }),
  /** fact frame: add a figure of the frame's tab as one of the reader's facts (lib/shared/fact-draft.ts) */
  z.strictObject({ type: z.literal('fact-add'), draft: z.unknown() }),
  /** popup: the reader's own facts, with their sources */
  z.strictObject({ type: z.literal('my-facts') }),
  z.strictObject({
    type: z.literal('fact-edit'),
    id: z.string().max(200),
    edit: z.strictObject({
      figure: z.string().max(100).optional(),
      value: z.number().finite().optional(),
      kind: ObservationKind.optional(),
      scopeLabel: z.string().max(100).optional(),
      note: z.string().max(500).optional(),
    }),
  }),
  z.strictObject({ type: z.literal('fact-delete'), id: z.string().max(200) }),
  /** popup: delete every one of the reader's own facts */
  z.strictObject({ type: z.literal('facts-clear') }),
  /** popup: the installed packs */
  z.strictObject({ type: z.literal('packs') }),
  /** popup: install a pack file (validated whole; refused whole) */
  z.strictObject({ type: z.literal('pack-import'), data: z.unknown() }),
  /** popup: the reader's own facts as a pack file, named and signed as the reader says */
  z.strictObject({
    type: z.literal('pack-export'),
    name: z.string().trim().min(1).max(200),
    author: z.string().trim().max(200).nullable(),
  }),
  /** popup: the pledge tracker, as of today */
  z.strictObject({ type: z.literal('targets') }),
  /** card: open the pledge tracker at a target, in a tab of its own */
  z.strictObject({ type: z.literal('open-tracker'), target: z.string().max(200) }),
  /** popup: turn an installed pack on or off, or remove it */
  z.strictObject({
    type: z.literal('pack-set'),
    id: z.string().max(200),
    action: z.enum(['enable', 'disable', 'remove']),
  }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];

export const StoreStatus = z.strictObject({
  version: z.string().nullable(),
  counts: z.record(z.string(), z.number()),
  error: z.string().nullable(),
});
export type StoreStatus = z.infer<typeof StoreStatus>;

/** What the background answers to each request type, inside a Reply. A new message is one entry here. */
export interface Responses {
  'store-status': StoreStatus;
  'load-overlay': { loaded: boolean };
  'judge-page': PageReport;
  'page-report': AnalysisReport | null;
  search: SearchHit[];
  metric: MetricDetail | null;
  'flag-add': { saved: number };
  'flag-list': Flag[];
  'page-flags': AnchoredFlags;
  'flag-delete': null;
  'flags-export': FlagAnnotationCollection;
  'flags-import': { imported: number };
  'site-access': SiteAccess;
  'enable-site': null;
  'fact-form': {
    figure: JudgedFigure;
    page: { url: string; article: AnalysisReport['article'] };
    metrics: Pick<Metric, 'id' | 'name' | 'unit' | 'topic'>[];
    topics: Pick<Topic, 'id' | 'name'>[];
  };
  'fact-add': FactSaved;
  'my-facts': MyFact[];
  'fact-edit': FactSaved;
  'fact-delete': null;
  'facts-clear': { deleted: number };
  packs: PackSummary[];
  'pack-import': { action: 'install' | 'replace' | 'same'; pack: PackSummary };
  'pack-export': FactPack;
  'pack-set': null;
  targets: TargetProgress[];
  'open-tracker': null;
}

/** The one error shape: what failed, in words a reader can act on. */
export interface Failure {
  ok: false;
  /** no-answer: nothing listened (background asleep, extension reloaded); failed: the background refused or broke */
  reason: 'no-answer' | 'failed';
  error: string;
}

/** Every answer: the response of its request type, or a Failure. */
export type Reply<K extends RequestType> = { ok: true; value: Responses[K] } | Failure;

/** The request of one type. */
export type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;

/** What the popup needs to offer "enable on this site". */
export interface SiteAccess {
  /** a built-in supported news site */
  supported: boolean;
  /** the reader granted the optional host permission for this origin */
  granted: boolean;
  /** http(s) page on which the extension could run at all */
  eligible: boolean;
  origin: string | null;
}
