// biome-ignore-all lint/suspicious/noExplicitAny: the bad-file table edits exported JSON freely
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  flagAnnotationId,
  flagsToAnnotationCollection,
  parseAnnotationImport,
} from '../../../lib/flags/web-annotation';
import { Flag, FlagReason } from '../../../lib/store/fact-db';

const NOW = new Date('2024-05-01T09:00:00.000Z');

const sample: Flag = {
  id: '3f2b8c1e-9d4a-4e7b-8f21-5a6c7d8e9f01',
  url: 'https://n.news.naver.com/article/001/0012345678',
  pageTitle: '광주 AI 기사 "창업 2000개"',
  figure: { text: '2000개', value: 2000, unit: 'count', metric: 'ai-startup-target' },
  quote: { exact: '2000개', prefix: '창업 ', suffix: ', 인공지능' },
  note: '2020년에는 1000개였음 <script>alert(1)</script>',
  createdAt: '2024-04-30T12:34:56.789Z',
};

describe('flagsToAnnotationCollection', () => {
  it('writes a W3C AnnotationCollection with one embedded page', () => {
    const c = flagsToAnnotationCollection([sample], NOW);
    expect(c).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      label: 'gwangju-ai-context flags',
      total: 1,
      first: { type: 'AnnotationPage' },
    });
    expect(c.first.items[0]).toEqual({
      id: 'urn:uuid:3f2b8c1e-9d4a-4e7b-8f21-5a6c7d8e9f01',
      type: 'Annotation',
      motivation: 'questioning',
      created: '2024-04-30T12:34:56.789Z',
      body: [
        {
          type: 'TextualBody',
          purpose: 'commenting',
          value: sample.note,
          format: 'text/plain',
          language: 'ko',
        },
        {
          type: 'TextualBody',
          purpose: 'describing',
          value: '2000개 = 2000 count',
          format: 'text/plain',
          'gctx:figure': '2000개',
          'gctx:value': 2000,
          'gctx:unit': 'count',
          'gctx:metric': 'ai-startup-target',
        },
      ],
      target: {
        source: sample.url,
        'gctx:pageTitle': sample.pageTitle,
        selector: { type: 'TextQuoteSelector', exact: '2000개', prefix: '창업 ', suffix: ', 인공지능' },
      },
    });
  });

  it('uses urn:uuid: for uuid ids and urn:gctx:flag: for any other', () => {
    expect(flagAnnotationId('3F2B8C1E-9D4A-4E7B-8F21-5A6C7D8E9F01')).toBe(
      'urn:uuid:3F2B8C1E-9D4A-4E7B-8F21-5A6C7D8E9F01',
    );
    expect(flagAnnotationId('flag-1')).toBe('urn:gctx:flag:flag-1');
  });

  it('writes an empty collection for no flags', () => {
    expect(flagsToAnnotationCollection([], NOW)).toMatchObject({ total: 0, first: { items: [] } });
  });
});

// Text that tends to break things: Korean, quotes, markup, newlines, emoji.
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(
    '창업 목표 "2000개"',
    "'인용'",
    '<script>alert("x")</script>',
    '줄\n바꿈\t',
    '🙂 광주',
    '\\u0000',
  ),
);
const nonEmpty = nasty.filter((s) => s.length > 0);

const flagArb: fc.Arbitrary<Flag> = fc
  .record({
    id: fc.oneof(fc.uuid(), nonEmpty, fc.constantFrom('urn:uuid:not-a-uuid', 'urn:gctx:flag:x')),
    url: fc.oneof(fc.webUrl(), nonEmpty),
    pageTitle: nasty,
    figure: fc.record({
      text: nonEmpty,
      value: fc.option(
        fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v)),
        {
          nil: null,
        },
      ),
      unit: fc.option(fc.constantFrom('count', 'person', 'KRW', '개'), { nil: null }),
      metric: fc.option(fc.constantFrom('ai-startup-target', 'ai-jobs-target'), { nil: null }),
    }),
    quote: fc.record({ exact: nonEmpty, prefix: nasty, suffix: nasty }),
    note: nasty,
    createdAt: fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2099-12-31T23:59:59Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString()),
  })
  .chain((f) =>
    // a reason and an English note, sometimes: both must survive the round trip
    fc
      .record({
        reason: fc.option(fc.constantFrom(...FlagReason.options), { nil: undefined }),
        en: fc.boolean(),
      })
      .map(({ reason, en }) => ({
        ...f,
        ...(reason ? { reason } : {}),
        ...(en ? { noteLanguage: 'en' as const } : {}),
      })),
  );
const flagsArb = fc.uniqueArray(flagArb, { selector: (f) => f.id, maxLength: 8 });

describe('parseAnnotationImport: round trip', () => {
  it('parse(export(flags)) deep-equals flags (property, incl. Korean, quotes, <script>)', () => {
    fc.assert(
      fc.property(flagsArb, (flags) => {
        fc.pre(flags.every((f) => Flag.safeParse(f).success));
        const exported = flagsToAnnotationCollection(flags, NOW);
        if (flags.length === 0) {
          expect(parseAnnotationImport(exported)).toEqual({ ok: false, error: 'no annotations in the file' });
          return;
        }
        expect(parseAnnotationImport(exported)).toEqual({ ok: true, flags });
        // and through the JSON text a file holds
        expect(parseAnnotationImport(JSON.stringify(exported, null, 2))).toEqual({ ok: true, flags });
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a bare AnnotationPage, a list of annotations, and a single annotation', () => {
    const c = flagsToAnnotationCollection([sample], NOW);
    expect(parseAnnotationImport(c.first)).toEqual({ ok: true, flags: [sample] });
    expect(parseAnnotationImport(c.first.items)).toEqual({ ok: true, flags: [sample] });
    expect(parseAnnotationImport(JSON.stringify(c.first.items))).toEqual({ ok: true, flags: [sample] });
    expect(parseAnnotationImport(c.first.items[0])).toEqual({ ok: true, flags: [sample] });
    expect(parseAnnotationImport(`\uFEFF${JSON.stringify(c)}`)).toEqual({ ok: true, flags: [sample] });
  });

  it('reads a foreign annotation (Hypothesis-like: bodyValue, selector list, offset time)', () => {
    const r = parseAnnotationImport([
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'https://example.org/anno/1',
        type: 'Annotation',
        created: '2021-03-03T21:10:00+09:00',
        bodyValue: '숫자가 이상함',
        target: {
          source: 'https://www.kwangju.co.kr/article.php?aid=1',
          selector: [
            { type: 'TextPositionSelector', start: 10, end: 15 },
            { type: 'TextQuoteSelector', exact: '2000개' },
          ],
        },
      },
    ]);
    expect(r).toEqual({
      ok: true,
      flags: [
        {
          id: 'https://example.org/anno/1',
          url: 'https://www.kwangju.co.kr/article.php?aid=1',
          pageTitle: '',
          figure: { text: '2000개', value: null, unit: null, metric: null },
          quote: { exact: '2000개', prefix: '', suffix: '' },
          note: '숫자가 이상함',
          createdAt: '2021-03-03T12:10:00.000Z',
        },
      ],
    });
  });
});

describe('parseAnnotationImport: bad files are rejected whole, with what and where', () => {
  const good = () => structuredClone(flagsToAnnotationCollection([sample, { ...sample, id: 'second' }], NOW));
  const goodItems = () => good().first.items as unknown as Record<string, any>[];
  const cases: Array<[string, () => unknown, string | RegExp]> = [
    ['not JSON', () => '{"type": "AnnotationCollection",', /^not JSON: /],
    ['empty text', () => '   ', 'the file is empty'],
    ['a number', () => 42, /^not a Web Annotation file: .*found number$/],
    ['null', () => null, /^not a Web Annotation file: .*found null$/],
    [
      'an object of another kind',
      () => ({ type: 'Person' }),
      /^not a Web Annotation file: .*found "Person"$/,
    ],
    ['an empty list', () => [], 'no annotations in the file'],
    ['an empty collection', () => flagsToAnnotationCollection([], NOW), 'no annotations in the file'],
    [
      'a collection without pages',
      () => ({ type: 'AnnotationCollection', total: 0 }),
      'no annotations in the file',
    ],
    [
      'a linked first page',
      () => ({ type: 'AnnotationCollection', first: 'https://x/page1' }),
      /^first: .*link/,
    ],
    [
      'a multi-page collection',
      () => {
        const c = good() as any;
        c.first.next = 'https://x/page2';
        return c;
      },
      /^first\.next: .*several pages/,
    ],
    [
      'items not a list',
      () => ({ type: 'AnnotationPage', items: { a: 1 } }),
      'items: expected a list of annotations',
    ],
    [
      'a missing exact',
      () => {
        const c = good() as any;
        delete c.first.items[1].target.selector.exact;
        return c;
      },
      'first.items[1].target.selector.exact: required',
    ],
    [
      'a missing exact in a bare page',
      () => {
        const page = good().first as any;
        delete page.items[1].target.selector.exact;
        return page;
      },
      'items[1].target.selector.exact: required',
    ],
    [
      'an empty exact in a list',
      () => {
        const items = goodItems();
        items[0]!.target.selector.exact = '';
        return items;
      },
      '[0].target.selector.exact: must not be empty',
    ],
    [
      'a missing target',
      () => {
        const items = goodItems();
        delete items[1]!.target;
        return items;
      },
      '[1].target: required',
    ],
    [
      'a wrong type',
      () => {
        const items = goodItems();
        items[0]!.type = 'Note';
        return items;
      },
      '[0].type: expected "Annotation", found "Note"',
    ],
    [
      'a bad date',
      () => {
        const items = goodItems();
        items[1]!.created = 'yesterday';
        return items;
      },
      '[1].created: expected a date-time such as 2021-03-03T12:00:00Z',
    ],
    [
      'a value that is text',
      () => {
        const items = goodItems();
        items[1]!.body[1]['gctx:value'] = '2000';
        return items;
      },
      '[1].body[1].gctx:value: expected number, found "2000"',
    ],
    [
      'a note that is too long',
      () => {
        const items = goodItems();
        items[0]!.body[0].value = '가'.repeat(2001);
        return items;
      },
      '[0].body[0].value: too long (at most 2000 characters)',
    ],
    [
      'a duplicate id',
      () => {
        const items = goodItems();
        items[1]!.id = items[0]!.id;
        return items;
      },
      '[1].id: the same flag as [0]',
    ],
    [
      'an empty flag id',
      () => {
        const items = goodItems();
        items[1]!.id = 'urn:gctx:flag:';
        return items;
      },
      '[1].id: no flag id after "urn:gctx:flag:"',
    ],
    ['a non-object annotation', () => [goodItems()[0], 'hello'], '[1]: expected object, found "hello"'],
  ];

  for (const [name, make, expected] of cases) {
    it(`${name} -> ${String(expected)}`, () => {
      const r = parseAnnotationImport(make());
      expect(r.ok).toBe(false);
      if (r.ok) return;
      if (typeof expected === 'string') expect(r.error).toBe(expected);
      else expect(r.error).toMatch(expected);
      expect(r).not.toHaveProperty('flags');
    });
  }

  it('never throws and never returns a partial list for arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.anything()), (v) => {
        const r = parseAnnotationImport(v);
        if (r.ok) expect(r.flags.length).toBeGreaterThan(0);
        else expect(typeof r.error).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
