import { z } from 'zod';
import { Bilingual } from '../shared/bilingual';

// The shape of one search result, shared by the background (which searches) and the popup
// (which renders). The popup imports the type only, so it carries no validator.

export const SearchHitKind = z.enum(['metric', 'observation', 'statement']);
export type SearchHitKind = z.infer<typeof SearchHitKind>;

/** One search result: a metric, one stored value of a metric, or an official's statement. */
export const SearchHit = z.strictObject({
  kind: SearchHitKind,
  /** metric, observation or statement id */
  id: z.string(),
  /** the metric a metric or observation hit belongs to; null for statements */
  metric: z.string().nullable(),
  /** metric name, or the speaker's name for a statement */
  title: Bilingual,
  /** the observation's value as news prints it ("2,000개" / "2,000 items"); null otherwise */
  value: Bilingual.nullable(),
  obsKind: z.enum(['target', 'actual', 'budget', 'plan', 'forecast']).nullable(),
  /** the period words of an observation ("향후 10년간") */
  scope: z.string().nullable(),
  outlet: Bilingual.nullable(),
  /** source publication date (observations) or the day a statement was made, YYYY-MM-DD */
  date: z.string().nullable(),
  /** the source sentence of an observation, or the words of a statement */
  quote: z.string().nullable(),
  /** the speaker's Korean name, statements only */
  speaker: z.string().nullable(),
  /** relevance, higher first; only meaningful within one result list */
  score: z.number(),
  /** "user" for a value or statement from a fact pack (내 자료), else absent */
  origin: z.literal('user').optional(),
});
export type SearchHit = z.infer<typeof SearchHit>;
