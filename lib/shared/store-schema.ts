import { z } from 'zod';
import type { Bilingual as BilingualText } from './bilingual';
import { Qualifier, UnitCode } from './quantity/types';

// The curated fact data (seeds/) and the built store share these schemas: they are the single
// source of the TypeScript types, of build-time validation and of the JSON Schema editors use.

/** A stable id: lower-case kebab-case. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case (a-z, 0-9, -)')
  .describe('stable id, kebab-case');

const IsoDate = z.iso.date().describe('YYYY-MM-DD (KST calendar date)');

// Store names and notes are never empty in either language.
const Bilingual = z.strictObject({
  ko: z.string().min(1),
  en: z.string().min(1),
}) satisfies z.ZodType<BilingualText>;

/** A seed article: the only thing facts may cite. */
export const Source = z.strictObject({
  id: Id,
  file: z.string().regex(/^[\w.-]+\.txt$/, 'a file name in seeds/articles/'),
  outlet: Bilingual.describe('outlet name; "unidentified" when the capture does not say'),
  domain: z.string().nullable().describe('the outlet domain, null when unknown'),
  url: z.url().nullable().describe('public address of the article, null when unknown'),
  byline: z.string().min(1),
  headline: z.string().min(1),
  publishedAt: z.iso.datetime({ offset: true }).describe('publication time with +09:00 offset'),
  note: z.string().optional(),
  pack: Id.optional().describe(
    "set only in a running store: the fact pack (a reader's own or an installed one) the source came from; never in seeds/",
  ),
});
export type Source = z.infer<typeof Source>;

export const EntityKind = z.enum([
  'city',
  'province',
  'organisation',
  'company',
  'place',
  'program',
  'person',
]);

/** A named thing with the spellings readers meet (광주시 = 광주광역시 = Gwangju). */
export const Entity = z.strictObject({
  id: Id,
  kind: EntityKind,
  name: Bilingual,
  aliases: z.array(z.string().min(1)).default([]),
  role: z.string().optional().describe('for people: office held in the seed period'),
  distinctFrom: z
    .array(Id)
    .default([])
    .describe('entities easily confused with this one (경기도 광주시 vs 광주광역시)'),
  programmes: z
    .array(Id)
    .default([])
    .describe(
      'for bodies: the programmes they run or fund; a sentence about them speaks of those programmes',
    ),
  note: z.string().optional(),
});
export type Entity = z.infer<typeof Entity>;

/** A policy area; figures and statements are grouped by topic. */
export const Topic = z.strictObject({
  id: Id,
  name: Bilingual,
  keywords: z.array(z.string().min(1)).min(1).describe('words that signal the topic in article text'),
});
export type Topic = z.infer<typeof Topic>;

/** What a number measures, e.g. the AI cluster's 10-year startup target. */
export const Metric = z.strictObject({
  id: Id,
  name: Bilingual,
  unit: UnitCode.describe('canonical unit; observations in a convertible unit (평 -> ㎡) are converted'),
  alsoWrittenIn: z
    .array(UnitCode)
    .optional()
    .describe('units a figure of this metric is also written in, one for one ("일자리 1천명" for 1천개)'),
  topic: Id,
  entity: Id.optional().describe('the programme or body the metric belongs to'),
  keywords: z
    .array(z.string().min(1))
    .min(1)
    .describe('words near a figure that tie it to this metric (창업, 스타트업 ...)'),
  anchors: z
    .array(z.string().min(1))
    .default([])
    .describe(
      "when given, one of these must occur in the figure's own sentence: what the metric is about (집적단지), as opposed to generic cue words (투입, 사업비)",
    ),
  description: z.string().optional(),
  tracks: z
    .strictObject({
      target: Id.describe('the target metric whose progress this actual metric measures'),
      cumulative: z
        .boolean()
        .describe(
          'true: each actual is the running total so far (the latest counts); false: each counts one period (they add up)',
        ),
    })
    .optional()
    .describe(
      'for an actual metric: the target it measures progress on (the pledge tracker); units must be comparable',
    ),
});
export type Metric = z.infer<typeof Metric>;

export const ObservationKind = z.enum(['target', 'actual', 'budget', 'plan', 'forecast']);
export type ObservationKind = z.infer<typeof ObservationKind>;

/**
 * The scope an observation is stated for. `key` is the curated comparability class: two
 * observations of one metric are compared only when their keys are equal. The other fields
 * record the period exactly as the source states it, so a changed period is visible too.
 */
export const Scope = z.strictObject({
  key: Id.describe('comparability class, e.g. "cluster-term" or "as-of-2021-03"'),
  label: z.string().min(1).describe('the period words as the source has them ("향후 10년간", "2027년까지")'),
  from: z.number().int().min(1990).max(2100).optional().describe('first year covered'),
  until: z.number().int().min(1990).max(2100).optional().describe('last year covered (target year)'),
  asOf: IsoDate.optional().describe('for actuals: the date the count refers to'),
});
export type Scope = z.infer<typeof Scope>;

/** One stored value of a metric, traced to one sentence of one source. */
export const Observation = z.strictObject({
  id: Id,
  metric: Id,
  figure: z.string().min(1).describe('the figure exactly as written inside the quote ("2만7500명")'),
  occurrence: z
    .number()
    .int()
    .min(1)
    .default(1)
    .describe('which occurrence of `figure` in `quote` is meant, when it occurs more than once'),
  value: z.number().describe('the value the figure parser reads from `figure` (won for money)'),
  unit: UnitCode,
  qualifier: Qualifier.default('exact'),
  kind: ObservationKind,
  scope: Scope,
  source: Id,
  quote: z.string().min(1).describe('the sentence, verbatim from the source'),
  note: z.string().optional(),
});
export type Observation = z.infer<typeof Observation>;

/** A direct quote of an official. */
export const Statement = z.strictObject({
  id: Id,
  speaker: Id.describe('a person entity'),
  date: IsoDate.describe('the day it was said (not always the publication day)'),
  quote: z.string().min(1).describe('the words inside the quotation marks, verbatim'),
  topics: z.array(Id).min(1),
  source: Id,
});
export type Statement = z.infer<typeof Statement>;

/**
 * An arithmetic claim inside the sources, checked at build time:
 * sum (total = parts), ratio-at-least (a / b >= ratio), product (total = factors multiplied),
 * part-of (part <= total).
 */
export const Check = z.discriminatedUnion('kind', [
  z.strictObject({
    id: Id,
    kind: z.literal('sum'),
    total: Id,
    parts: z.array(Id).min(2),
    claim: z.string(),
  }),
  z.strictObject({
    id: Id,
    kind: z.literal('ratio-at-least'),
    numerator: Id,
    denominator: Id,
    ratio: Id,
    claim: z.string(),
  }),
  z.strictObject({
    id: Id,
    kind: z.literal('product'),
    total: Id,
    factors: z.array(Id).min(2),
    scale: z
      .number()
      .positive()
      .default(1)
      .describe('a constant factor the claim implies (12 months a year)'),
    claim: z.string(),
  }),
  z.strictObject({ id: Id, kind: z.literal('part-of'), part: Id, total: Id, claim: z.string() }),
]);
export type Check = z.infer<typeof Check>;

/** A human explanation attached to a derived discrepancy (or to a pair that only looks like one). */
export const CuratedNote = z.strictObject({
  observations: z.tuple([Id, Id]),
  note: Bilingual,
});
export type CuratedNote = z.infer<typeof CuratedNote>;

/** The curated fact data as edited by people: one file a collection under seeds/facts/. */
export const FactFiles = {
  'sources.yaml': z.array(Source),
  'entities.yaml': z.array(Entity),
  'topics.yaml': z.array(Topic),
  'metrics.yaml': z.array(Metric),
  'observations.yaml': z.array(Observation),
  'statements.yaml': z.array(Statement),
  'checks.yaml': z.array(Check),
  'notes.yaml': z.array(CuratedNote),
} as const;
export type FactFileName = keyof typeof FactFiles;

export const DiscrepancyKind = z.enum(['value', 'period']);

/** Two observations of one metric and scope that disagree: on the value, or on the stated period. */
export const Discrepancy = z.strictObject({
  id: z.string(),
  kind: DiscrepancyKind,
  metric: Id,
  scopeKey: Id,
  observations: z.tuple([Id, Id]).describe('earlier source first'),
  summary: Bilingual,
  note: Bilingual.optional(),
});
export type Discrepancy = z.infer<typeof Discrepancy>;

export const CheckResult = z.strictObject({
  id: Id,
  kind: z.enum(['sum', 'ratio-at-least', 'product', 'part-of']),
  claim: z.string(),
  holds: z.boolean(),
  detail: z.string(),
});
export type CheckResult = z.infer<typeof CheckResult>;

/** The built store: validated curated data plus everything derived from it. */
export const FactStore = z.strictObject({
  version: z.string().describe('content hash of the store; changes whenever the data does'),
  sources: z.array(Source),
  entities: z.array(Entity),
  topics: z.array(Topic),
  metrics: z.array(Metric),
  observations: z.array(Observation),
  statements: z.array(Statement),
  discrepancies: z.array(Discrepancy),
  checks: z.array(CheckResult),
});
export type FactStore = z.infer<typeof FactStore>;
