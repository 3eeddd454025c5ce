import { z } from 'zod';
import { Qualifier, UnitCode } from './quantity/types';
import { Id, ObservationKind } from './store-schema';

/** A field of the add-a-fact form: where a problem is shown. */
export const DraftField = z.enum(['metric', 'figure', 'value', 'unit', 'kind', 'scope', 'quote', 'source']);
export type DraftField = z.infer<typeof DraftField>;

/** The metric a new fact measures: one the store has, or a new one the reader names. */
export const DraftMetric = z.union([
  z.strictObject({ id: Id }),
  z.strictObject({
    name: z.string().trim().min(1).max(120),
    topic: Id,
    keywords: z.array(z.string().trim().min(1).max(40)).min(1).max(12),
  }),
]);
export type DraftMetric = z.infer<typeof DraftMetric>;

/** What the add-a-fact form sends (from the extension frame only): one figure as a sourced fact. */
export const FactDraft = z.strictObject({
  metric: DraftMetric,
  figure: z.string().trim().min(1).max(100),
  /** which occurrence of `figure` in `quote` is meant */
  occurrence: z.number().int().min(1).default(1),
  value: z.number().finite(),
  unit: UnitCode,
  qualifier: Qualifier,
  kind: ObservationKind,
  scope: z.strictObject({
    label: z.string().trim().min(1).max(100),
    from: z.number().int().min(1990).max(2100).optional(),
    until: z.number().int().min(1990).max(2100).optional(),
    asOf: z.iso.date().optional(),
  }),
  quote: z.string().trim().min(1).max(2000),
  source: z.strictObject({
    url: z.url(),
    outlet: z.string().trim().min(1).max(200),
    headline: z.string().trim().min(1).max(500),
    publishedAt: z.iso.datetime({ offset: true }),
  }),
  note: z.string().max(500).optional(),
});
export type FactDraft = z.infer<typeof FactDraft>;

/** One problem of a draft, next to its field in the form. */
export interface DraftProblem {
  field: DraftField;
  message: string;
}
