import { browser } from 'wxt/browser';
import type { Request } from '../../lib/messages';

// Talking to the background. Any answer may be missing (background asleep or not yet wired),
// an { ok: false, error } or a value of the wrong shape: all three come back as a failed Answer
// the UI can put in words, so the popup is never blank.

export type Failure = { ok: false; reason: 'no-answer' | 'unexpected' | 'failed'; error: string };
export type Answer<T> = { ok: true; value: T } | Failure;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Sends `request` and checks the answer with `accept`. Answers that are a Result
 * ({ ok: true, value } / { ok: false, error }) are unwrapped. Never throws.
 */
export async function ask<T>(request: Request, accept: (v: unknown) => v is T): Promise<Answer<T>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(request);
  } catch (e) {
    // "Could not establish connection. Receiving end does not exist." and the like
    return { ok: false, reason: 'no-answer', error: e instanceof Error ? e.message : String(e) };
  }
  if (raw === undefined) return { ok: false, reason: 'no-answer', error: '' };
  if (isRecord(raw) && typeof raw.ok === 'boolean') {
    if (!raw.ok) {
      return {
        ok: false,
        reason: 'failed',
        error: typeof raw.error === 'string' && raw.error ? raw.error : JSON.stringify(raw).slice(0, 300),
      };
    }
    if ('value' in raw) raw = raw.value;
  }
  return accept(raw) ? { ok: true, value: raw } : { ok: false, reason: 'unexpected', error: '' };
}

// Shape checks: light, enough to render without crashing; the background validates for real.
export const is = {
  record: isRecord,
  any: (_v: unknown): _v is unknown => true,
  nullOr:
    <T>(inner: (v: unknown) => v is T) =>
    (v: unknown): v is T | null =>
      v === null || inner(v),
  arrayOf:
    <T>(inner: (v: unknown) => v is T) =>
    (v: unknown): v is T[] =>
      Array.isArray(v) && v.every(inner),
};
