import { z } from 'zod';
import { Flag, FlagReason } from '../store/fact-db';

// The reader's flags as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), so they
// can be exported, kept, and read back or into other annotation tools. A flag questions a figure
// on a page: motivation "questioning", the reader's note as a commenting body, the figure as a
// describing body (with our own `gctx:` properties for value, unit and metric), and the page
// plus a TextQuoteSelector as the target, the same selector Hypothesis uses to re-anchor.

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const COLLECTION_LABEL = 'gwangju-ai-context flags';
/** More annotations than this in one file is refused rather than half-read. */
export const MAX_IMPORT = 10_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_PREFIX = 'urn:uuid:';
const FLAG_PREFIX = 'urn:gctx:flag:';

export interface FlagAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'questioning';
  created: string;
  body: [
    {
      type: 'TextualBody';
      purpose: 'commenting';
      value: string;
      format: 'text/plain';
      language: 'ko' | 'en';
    },
    {
      type: 'TextualBody';
      purpose: 'describing';
      value: string;
      format: 'text/plain';
      'gctx:figure': string;
      'gctx:value': number | null;
      'gctx:unit': string | null;
      'gctx:metric': string | null;
    },
    // the reader's reason (value, period, source, other), when the flag has one
    ...{ type: 'TextualBody'; purpose: 'tagging'; value: string }[],
  ];
  target: {
    source: string;
    'gctx:pageTitle': string;
    selector: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
  };
}

export interface FlagAnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  type: 'AnnotationCollection';
  label: typeof COLLECTION_LABEL;
  generated: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: FlagAnnotation[] };
}

/** "urn:uuid:<id>" for uuid ids, "urn:gctx:flag:<id>" for any other. */
export function flagAnnotationId(flagId: string): string {
  return UUID.test(flagId) ? `${UUID_PREFIX}${flagId}` : `${FLAG_PREFIX}${flagId}`;
}

/** The figure as the reader saw it and as it was read: "2000개 = 2000 count". */
function describeFigure(figure: Flag['figure']): string {
  if (figure.value === null) return figure.text;
  return `${figure.text} = ${figure.value}${figure.unit ? ` ${figure.unit}` : ''}`;
}

/** One flag as a Web Annotation. Never throws. */
export function flagToAnnotation(flag: Flag): FlagAnnotation {
  return {
    id: flagAnnotationId(flag.id),
    type: 'Annotation',
    motivation: 'questioning',
    created: flag.createdAt,
    body: [
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: flag.note,
        format: 'text/plain',
        language: flag.noteLanguage ?? 'ko',
      },
      {
        type: 'TextualBody',
        purpose: 'describing',
        value: describeFigure(flag.figure),
        format: 'text/plain',
        'gctx:figure': flag.figure.text,
        'gctx:value': flag.figure.value,
        'gctx:unit': flag.figure.unit,
        'gctx:metric': flag.figure.metric,
      },
      ...(flag.reason
        ? [{ type: 'TextualBody' as const, purpose: 'tagging' as const, value: flag.reason }]
        : []),
    ],
    target: {
      source: flag.url,
      'gctx:pageTitle': flag.pageTitle,
      selector: {
        type: 'TextQuoteSelector',
        exact: flag.quote.exact,
        prefix: flag.quote.prefix,
        suffix: flag.quote.suffix,
      },
    },
  };
}

/** Every flag in one AnnotationCollection with a single embedded page, in the given order. Never throws. */
export function flagsToAnnotationCollection(flags: Flag[], now: Date): FlagAnnotationCollection {
  const items = flags.map(flagToAnnotation);
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: COLLECTION_LABEL,
    generated: Number.isNaN(now.getTime()) ? new Date(0).toISOString() : now.toISOString(),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

// ---- import ----

/** W3C allows a single value or a list in most places; read either as a list. */
const asList = (v: unknown): unknown => (v === undefined || Array.isArray(v) ? v : [v]);
/** `type` may be a list of types; keep the one we look for when it is there. */
const typeIs = (wanted: string) => (v: unknown) => (Array.isArray(v) && v.includes(wanted) ? wanted : v);

const TextQuoteSelector = z.looseObject({
  type: z.preprocess(typeIs('TextQuoteSelector'), z.literal('TextQuoteSelector')),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

const Target = z.looseObject({
  source: z.string().min(1),
  'gctx:pageTitle': z.string().optional(),
  // a list of selectors: use the TextQuoteSelector among them
  selector: z.preprocess(
    (v) =>
      Array.isArray(v)
        ? (v.find(
            (s) => s && typeof s === 'object' && (s as { type?: unknown }).type === 'TextQuoteSelector',
          ) ?? v[0])
        : v,
    TextQuoteSelector,
  ),
});

const Body = z.looseObject({
  type: z.string().optional(),
  purpose: z.string().optional(),
  value: z.string().optional(),
  'gctx:figure': z.string().min(1).optional(),
  'gctx:value': z.number().nullable().optional(),
  'gctx:unit': z.string().nullable().optional(),
  'gctx:metric': z.string().nullable().optional(),
});

const NOTE_MAX = Flag.shape.note.maxLength ?? 2000;

const AnnotationIn = z.looseObject({
  id: z.string().min(1),
  type: z.preprocess(typeIs('Annotation'), z.literal('Annotation')),
  created: z.iso.datetime({ offset: true }),
  body: z.preprocess(asList, z.array(Body).optional()),
  bodyValue: z.string().optional(),
  target: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), Target),
});
type AnnotationIn = z.infer<typeof AnnotationIn>;

type ImportResult = { ok: true; flags: Flag[] } | { ok: false; error: string };

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v.length > 30 ? 'a text' : JSON.stringify(v);
  return typeof v === 'object' ? 'an object' : typeof v;
}

/** Readable messages for the validation failures a hand-edited or foreign file runs into. */
const errorMap: z.core.$ZodErrorMap = (iss) => {
  if (iss.code === 'invalid_type') {
    return iss.input === undefined
      ? 'required'
      : `expected ${iss.expected}, found ${describeValue(iss.input)}`;
  }
  if (iss.code === 'invalid_value') {
    return `expected ${iss.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${iss.input === undefined ? 'nothing' : describeValue(iss.input)}`;
  }
  if (iss.code === 'too_small' && iss.origin === 'string') return 'must not be empty';
  if (iss.code === 'invalid_format' && iss.format === 'datetime')
    return 'expected a date-time such as 2021-03-03T12:00:00Z';
  return undefined;
};

/** "first.items" + [3, "target", "selector", "exact"] -> "first.items[3].target.selector.exact" */
function pathText(base: string, path: ReadonlyArray<PropertyKey>): string {
  let out = base;
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || 'the file';
}

function flagId(annotationId: string): string {
  if (annotationId.startsWith(FLAG_PREFIX)) return annotationId.slice(FLAG_PREFIX.length);
  if (annotationId.startsWith(UUID_PREFIX) && UUID.test(annotationId.slice(UUID_PREFIX.length)))
    return annotationId.slice(UUID_PREFIX.length);
  return annotationId;
}

/** The flag an annotation describes, or the reason (relative to the annotation) it cannot be one. */
function toFlag(a: AnnotationIn): { flag: Flag } | { path: (string | number)[]; error: string } {
  const id = flagId(a.id);
  if (!id) return { path: ['id'], error: `no flag id after "${FLAG_PREFIX}"` };
  const bodies = a.body ?? [];
  const commentAt = bodies.findIndex((b) => b.purpose === 'commenting');
  // a foreign tool's plain TextualBody without a purpose is the comment too
  const plainAt = bodies.findIndex((b) => b.purpose === undefined && b.value !== undefined);
  const noteAt = commentAt >= 0 ? commentAt : plainAt;
  const note = (noteAt >= 0 ? bodies[noteAt]?.value : undefined) ?? a.bodyValue ?? '';
  const language = noteAt >= 0 ? bodies[noteAt]?.language : undefined;
  const tag = bodies.find((b) => b.purpose === 'tagging')?.value;
  const reason = FlagReason.safeParse(tag);
  if (note.length > NOTE_MAX)
    return {
      path: noteAt >= 0 ? ['body', noteAt, 'value'] : ['bodyValue'],
      error: `too long (at most ${NOTE_MAX} characters)`,
    };
  const described = bodies.find((b) => b.purpose === 'describing');
  const selector = a.target.selector;
  const text = described?.['gctx:figure'] || described?.value || selector.exact;
  // keep our own form verbatim (round trip); other offsets become UTC
  let created = a.created;
  if (!Flag.shape.createdAt.safeParse(created).success) {
    const t = Date.parse(created);
    if (Number.isNaN(t)) return { path: ['created'], error: 'not a real date' };
    created = new Date(t).toISOString();
  }
  return {
    flag: {
      id,
      url: a.target.source,
      pageTitle: a.target['gctx:pageTitle'] ?? '',
      figure: {
        text,
        value: described?.['gctx:value'] ?? null,
        unit: described?.['gctx:unit'] ?? null,
        metric: described?.['gctx:metric'] ?? null,
      },
      quote: { exact: selector.exact, prefix: selector.prefix ?? '', suffix: selector.suffix ?? '' },
      note,
      ...(language === 'en' ? { noteLanguage: 'en' as const } : {}),
      ...(reason.success ? { reason: reason.data } : {}),
      createdAt: created,
    },
  };
}

const fail = (error: string): ImportResult => ({ ok: false, error });
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const hasType = (v: Record<string, unknown>, t: string) =>
  v.type === t || (Array.isArray(v.type) && v.type.includes(t));

/** Where the annotations are in an accepted container, or why the file is not one. */
type Located = { items: unknown[]; base: string } | { error: string };

function locateItems(data: unknown): Located {
  if (Array.isArray(data)) return { items: data, base: '' };
  if (!isObject(data))
    return {
      error: `not a Web Annotation file: expected an AnnotationCollection, an AnnotationPage or a list of annotations, found ${describeValue(data)}`,
    };
  const pageItems = (page: Record<string, unknown>, base: string): Located => {
    if (page.next !== undefined)
      return {
        error: `${base}.next: annotations split over several pages are not supported; export them as one page`,
      };
    if (page.items === undefined) return { items: [], base: `${base}.items` };
    if (!Array.isArray(page.items)) return { error: `${base}.items: expected a list of annotations` };
    return { items: page.items, base: `${base}.items` };
  };
  if (hasType(data, 'AnnotationCollection')) {
    if (data.first === undefined) return { items: [], base: 'first.items' };
    if (typeof data.first === 'string')
      return { error: 'first: the annotations must be inside the file, not behind a link' };
    if (!isObject(data.first) || !hasType(data.first, 'AnnotationPage'))
      return { error: `first: expected an AnnotationPage, found ${describeValue(data.first)}` };
    return pageItems(data.first, 'first');
  }
  if (hasType(data, 'AnnotationPage')) {
    const r = pageItems(data, '');
    return 'error' in r ? { error: r.error.replace(/^\./, '') } : { items: r.items, base: 'items' };
  }
  if (hasType(data, 'Annotation')) return { items: [data], base: '' };
  return {
    error: `not a Web Annotation file: expected type "AnnotationCollection", "AnnotationPage" or "Annotation", found ${data.type === undefined ? 'no type' : describeValue(data.type)}`,
  };
}

/**
 * Reads flags from a Web Annotation export: an AnnotationCollection (one embedded page), a bare
 * AnnotationPage, a list of annotations, one annotation, or the JSON text of any of these.
 * All or nothing: the first problem rejects the whole file with what and where
 * ("first.items[3].target.selector.exact: required"). Never throws.
 */
export function parseAnnotationImport(data: unknown): ImportResult {
  try {
    let value = data;
    if (typeof value === 'string') {
      const text = value.replace(/^\uFEFF/, '').trim();
      if (!text) return fail('the file is empty');
      try {
        value = JSON.parse(text);
      } catch (e) {
        return fail(`not JSON: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    const located = locateItems(value);
    if ('error' in located) return fail(located.error);
    const { items, base } = located;
    if (items.length === 0) return fail('no annotations in the file');
    if (items.length > MAX_IMPORT)
      return fail(`too many annotations: ${items.length} (at most ${MAX_IMPORT})`);
    const single = base === '' && !Array.isArray(value);
    const flags: Flag[] = [];
    const seen = new Map<string, number>();
    for (let i = 0; i < items.length; i++) {
      const at = single ? [] : [i];
      const parsed = AnnotationIn.safeParse(items[i], { error: errorMap });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return fail(`${pathText(base, [...at, ...issue.path])}: ${issue.message}`);
      }
      const made = toFlag(parsed.data);
      if ('error' in made) return fail(`${pathText(base, [...at, ...made.path])}: ${made.error}`);
      const checked = Flag.safeParse(made.flag, { error: errorMap });
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        return fail(`${pathText(base, at)}: the flag's ${issue.path.join('.')}: ${issue.message}`);
      }
      const earlier = seen.get(checked.data.id);
      if (earlier !== undefined)
        return fail(`${pathText(base, [...at, 'id'])}: the same flag as ${pathText(base, [earlier])}`);
      seen.set(checked.data.id, i);
      flags.push(checked.data);
    }
    return { ok: true, flags };
  } catch (e) {
    // Defensive: a getter or a proxy in `data` could throw; report it instead of throwing.
    return fail(`could not read the file: ${e instanceof Error ? e.message : String(e)}`);
  }
}
