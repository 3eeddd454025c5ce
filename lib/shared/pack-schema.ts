import { z } from 'zod';
import { Id, Metric, Observation, Statement } from './store-schema';

// A fact pack: facts a reader (or a team) curated from the pages they read, in the seeds' shape,
// shareable as one JSON file. Its JSON Schema (seeds/schema/fact-pack.schema.json) is generated
// from these schemas, like the seeds' own.

/** The value of every pack's `format` field: what the file is, so a wrong file is named as such. */
export const PACK_FORMAT = 'gwangju-ai-context/fact-pack';

/** The article a pack's facts cite: its address, outlet, time and the sentences quoted from it. */
export const PackSource = z.strictObject({
  id: Id,
  url: z.url().describe('the address the article was read at'),
  outlet: z.string().min(1).max(200).describe('the press, as the site names it'),
  headline: z.string().min(1).max(500),
  publishedAt: z.iso.datetime({ offset: true }).describe('publication time from the page metadata'),
  quotes: z
    .array(z.string().min(1).max(2000))
    .min(1)
    .describe('the sentences quoted from the article, verbatim: every observation and statement quotes one'),
});
export type PackSource = z.infer<typeof PackSource>;

/** The entries a pack adds; its content hash is taken over exactly these. */
export const PackContent = z.strictObject({
  sources: z.array(PackSource),
  metrics: z.array(Metric),
  observations: z.array(Observation),
  statements: z.array(Statement),
});
export type PackContent = z.infer<typeof PackContent>;

/** A fact pack file. `id` + `version` identify it: a higher version of an installed pack replaces it. */
export const FactPack = z.strictObject({
  format: z.literal(PACK_FORMAT),
  id: Id.describe("the pack's stable id; the same in every version"),
  version: z.number().int().min(1).describe('goes up with every change'),
  name: z.string().min(1).max(200),
  author: z.string().max(200).nullable().describe('who curated it, or null'),
  createdAt: z.iso.datetime({ offset: true }).describe('when this version was written'),
  hash: z
    .string()
    .regex(/^[0-9a-f]{14}$/)
    .describe('content hash (cyrb53) of the sources, metrics, observations and statements'),
  ...PackContent.shape,
});
export type FactPack = z.infer<typeof FactPack>;
