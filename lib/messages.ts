import { z } from 'zod';

/** Messages the background answers. Validated at the boundary; anything else is refused. */
export const Request = z.discriminatedUnion('type', [z.strictObject({ type: z.literal('store-status') })]);
export type Request = z.infer<typeof Request>;

export const StoreStatus = z.strictObject({
  version: z.string().nullable(),
  counts: z.record(z.string(), z.number()),
  error: z.string().nullable(),
});
export type StoreStatus = z.infer<typeof StoreStatus>;
