import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatKoreanNumber, formatQuantity } from '../../../lib/shared/quantity/format-quantity';
import {
  parseKoreanNumber,
  parseQuantity,
  type ScanStats,
  scanQuantities,
} from '../../../lib/shared/quantity/parse-quantity';
import { type Qualifier, Quantity, UnitCode } from '../../../lib/shared/quantity/types';

const UNITS = UnitCode.options;

/** Qualifiers that formatQuantity can write for a unit (여 and 대 make no sense after a calendar year). */
function qualifiersFor(unit: UnitCode): Qualifier[] {
  const all: Qualifier[] = ['exact', 'about', 'atLeast', 'atMost', 'under'];
  if (unit !== 'year') all.push('over');
  if (unit === 'KRW' || unit === 'percent') all.push('band');
  return all;
}

// "1대 1" is one-on-one, not a ratio: the parser reads no figure there.
const readable = (unit: UnitCode) => (v: number) => unit !== 'ratio' || v !== 1;

// Vehicles are written in 만 (10만 대): a bare "500대" is a plain count (README, Unit codes).
const valueFor = (unit: UnitCode): fc.Arbitrary<number> =>
  unit === 'year'
    ? fc.integer({ min: 1900, max: 2100 })
    : unit === 'vehicle'
      ? fc.integer({ min: 1, max: 10 ** 9 }).map((n) => n * 10_000)
      : fc
          .bigInt({ min: 0n, max: 10n ** 16n })
          .map(Number)
          .filter(readable(unit));

/** The unit codes added for LABELING.md: each gets its own round trip below. */
const NEW_UNITS: readonly UnitCode[] = ['sheet', 'hours', 'kinds', 'byte', 'watt', 'ratio'];

const figure = fc.constantFrom(...UNITS).chain((unit) =>
  fc.record({
    unit: fc.constant(unit),
    value: valueFor(unit),
    qualifier: fc.constantFrom(...qualifiersFor(unit)),
  }),
);

/** Characters the scanner drops before reading (zero-width, word joiner, BOM, soft hyphen). */
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];
/** Characters the scanner reads as one space. */
const SPACES = [' ', '\u00A0', '\u2009', '\u202F', '\u200A', '\u2002', '\u3000'];
/** Fullwidth forms of ASCII (４ -> 4, ， -> ,). */
const fullwidth = (ch: string): string => String.fromCharCode(ch.charCodeAt(0) + 0xfee0);

/** Checks the offset contract of scanQuantities on one input. */
function checkScan(text: string): void {
  const found = scanQuantities(text);
  let last = 0;
  for (const q of found) {
    expect(q.start).toBeGreaterThanOrEqual(last);
    expect(q.end).toBeGreaterThan(q.start);
    expect(text.slice(q.start, q.end)).toBe(q.text);
    // A figure neither starts nor ends with a dropped character.
    expect(INVISIBLE).not.toContain(q.text[0]);
    expect(INVISIBLE).not.toContain(q.text[q.text.length - 1]);
    expect(Number.isFinite(q.value)).toBe(true);
    expect(q.approximate).toBe(q.qualifier !== 'exact' || q.max !== undefined);
    expect(Quantity.safeParse(q).success).toBe(true);
    last = q.end;
  }
}

// Pieces Korean figures are made of, plus things that must not confuse the scanner.
const TOKENS = [
  ...'0123456789',
  '만',
  '억',
  '조',
  '천',
  '백',
  '십',
  '일',
  '이',
  '삼',
  '오',
  '구',
  '한',
  '세',
  '일곱',
  '열',
  '명',
  '원',
  '개',
  '개사',
  '개월',
  '곳',
  '대',
  '년',
  '간',
  '위',
  '배',
  '평',
  '㎡',
  '%',
  'p',
  '여',
  '약',
  '이상',
  '규모',
  '의',
  '을',
  ',',
  '.',
  '~',
  '-',
  ':',
  '@',
  ' ',
  '  ',
  'RE',
  'm2',
  'PF',
  '\uD800',
  '\uDC00',
  '사업',
  '구조',
  // LABELING.md units and forms
  '장',
  '시간',
  '종',
  'PB',
  'TB',
  '페타바이트',
  'MW',
  'kW',
  'h',
  '메가와트',
  '대 1',
  '제',
  '차',
  '번째',
  '여만',
  '∼',
  '〜',
  '～',
  '４',
  '１',
  '，',
  '．',
  ...INVISIBLE,
  ...SPACES.slice(1),
];
const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join(''));

describe('round trip: parseQuantity(formatQuantity(q))', () => {
  it('returns the same value, unit and qualifier for integers up to 10^16', () => {
    fc.assert(
      fc.property(figure, (q) => {
        const text = formatQuantity(q);
        const back = parseQuantity(text);
        expect(back, text).not.toBeNull();
        expect(back?.value, text).toBe(q.value);
        expect(back?.unit, text).toBe(q.unit);
        expect(back?.qualifier, text).toBe(q.qualifier);
      }),
      { numRuns: 2000 },
    );
  });

  it.each(NEW_UNITS)('round-trips every qualifier of the new unit %s', (unit) => {
    const q = fc.record({
      unit: fc.constant(unit),
      value: fc.oneof(
        valueFor(unit),
        fc
          .integer({ min: 0, max: 99_999 })
          .map((k) => k / 10)
          .filter(readable(unit)),
      ),
      qualifier: fc.constantFrom(...qualifiersFor(unit)),
    });
    fc.assert(
      fc.property(q, (f) => {
        const text = formatQuantity(f);
        const back = parseQuantity(text);
        expect(back, text).toMatchObject({ value: f.value, unit: f.unit, qualifier: f.qualifier });
      }),
      { numRuns: 500 },
    );
  });

  it('keeps one-decimal values below 10^4', () => {
    const decimal = fc.constantFrom(...UNITS.filter((u) => u !== 'year' && u !== 'vehicle')).chain((unit) =>
      fc.record({
        unit: fc.constant(unit),
        value: fc
          .integer({ min: 0, max: 99_999 })
          .map((k) => k / 10)
          .filter(readable(unit)),
        qualifier: fc.constant<Qualifier>('exact'),
      }),
    );
    fc.assert(
      fc.property(decimal, (q) => {
        const back = parseQuantity(formatQuantity(q));
        expect(back?.value).toBe(q.value);
        expect(back?.unit).toBe(q.unit);
      }),
    );
  });

  it('keeps ranges', () => {
    const range = fc
      .record({
        unit: fc.constantFrom(...UNITS.filter((u) => u !== 'year' && u !== 'vehicle')),
        low: fc.integer({ min: 0, max: 1e9 }),
        span: fc.integer({ min: 1, max: 1e9 }),
      })
      .map(({ unit, low, span }) => ({ unit, value: low, max: low + span, qualifier: 'exact' as const }));
    fc.assert(
      fc.property(range, (q) => {
        const text = formatQuantity(q);
        const back = parseQuantity(text);
        expect(back, text).toMatchObject({ value: q.value, max: q.max, unit: q.unit, approximate: true });
      }),
    );
  });

  it('parseKoreanNumber reads formatKoreanNumber', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 16n }).map(Number), (n) => {
        expect(parseKoreanNumber(formatKoreanNumber(n))).toBe(n);
      }),
    );
  });
});

/**
 * A formatted figure disguised as pages write it: digits and commas made fullwidth at random,
 * its spaces replaced by no-break/thin/hair/ideographic ones, zero-width characters inserted
 * anywhere (also before and after it).
 */
const disguised = figure.chain((q) => {
  const text = formatQuantity(q);
  return fc
    .record({
      wide: fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }),
      space: fc.array(fc.constantFrom(...SPACES), { minLength: text.length, maxLength: text.length }),
      insert: fc.array(fc.constantFrom('', '', '', ...INVISIBLE), {
        minLength: text.length + 1,
        maxLength: text.length + 1,
      }),
    })
    .map(({ wide, space, insert }) => {
      let out = insert[0] ?? '';
      for (let i = 0; i < text.length; i++) {
        const ch = text[i] ?? '';
        const folded = ch === ' ' ? (space[i] ?? ' ') : wide[i] && /[0-9,.]/.test(ch) ? fullwidth(ch) : ch;
        out += folded + (insert[i + 1] ?? '');
      }
      return { q, text, disguised: out };
    });
});

describe('fullwidth digits, Unicode spaces and zero-width characters', () => {
  it('read the same figure, with text an exact slice of the original input', () => {
    fc.assert(
      fc.property(disguised, ({ q, text, disguised: input }) => {
        const found = scanQuantities(input);
        expect(found, `${text} / ${JSON.stringify(input)}`).toHaveLength(1);
        const back = found[0]!;
        expect(back).toMatchObject({ value: q.value, unit: q.unit, qualifier: q.qualifier });
        expect(input.slice(back.start, back.end)).toBe(back.text);
        // The slice spans the figure from its first to its last visible character.
        const visible = (s: string) => [...s].filter((c) => !INVISIBLE.includes(c)).join('');
        expect(visible(input.slice(0, back.start))).toBe('');
        expect(visible(input.slice(back.end))).toBe('');
      }),
      { numRuns: 2000 },
    );
  });

  it('keep offsets exact when the figure sits inside a sentence', () => {
    fc.assert(
      fc.property(
        disguised,
        fc.constantFrom('총 ', '올해 ', '\u200B', '(', '국비 '),
        ({ q, disguised: input }, lead) => {
          const sentence = `${lead}${input}이 투입된다. 제2기 50번째`;
          checkScan(sentence);
          const found = scanQuantities(sentence);
          expect(found[0]).toMatchObject({ value: q.value, unit: q.unit });
          expect(found).toHaveLength(1);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('scanQuantities on arbitrary input', () => {
  it('never throws and keeps offsets consistent on random strings', () => {
    fc.assert(fc.property(fc.string(), checkScan), { numRuns: 500 });
  });

  it('... on full-Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), checkScan), { numRuns: 500 });
  });

  it('... on strings with lone surrogates', () => {
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(fc.property(fc.string({ unit: codeUnit }), checkScan), { numRuns: 500 });
  });

  it('... on hangul, digit and separator soup', () => {
    fc.assert(fc.property(soup, checkScan), { numRuns: 3000 });
  });

  it('parseQuantity and parseKoreanNumber never throw', () => {
    fc.assert(
      fc.property(soup, (s) => {
        parseQuantity(s);
        parseKoreanNumber(s);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('linear time (counted steps, no clocks)', () => {
  const MB = 1 << 20;
  /** Repeats `unit` up to about 1 MB. */
  const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length));
  /** Deterministic 1 MB of soup tokens (xorshift), so failures reproduce. */
  const randomSoup = (): string => {
    let x = 2463534242;
    const parts: string[] = [];
    let length = 0;
    while (length < MB) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      const token = TOKENS[(x >>> 0) % TOKENS.length] ?? '';
      parts.push(token);
      length += token.length;
    }
    return parts.join('');
  };
  // Each position costs a bounded number of steps (measured: at most 7 on these inputs, one of
  // them for folding fullwidth and invisible characters).
  const STEPS_PER_CHAR = 12;

  it.each([
    ['one run of digits', () => '7'.repeat(MB)],
    ['digit runs over 20 digits', () => fill(`${'1'.repeat(25)} `)],
    ['comma groups', () => `1${fill(',000')}`],
    ['dotted numbers', () => fill('1.')],
    ['nested groups', () => fill('1조 1억 1만 1천 ')],
    ['glued groups', () => fill('4천116억2만')],
    ['ranges', () => fill('1~')],
    ['ranges with units', () => fill('1%~')],
    ['a quantity at every other position', () => fill('1명')],
    ['여 without counter', () => fill('1여 여 ')],
    ['hyphens', () => fill('1-')],
    ['hangul numerals', () => fill('삼천이백십 ')],
    ['native numerals', () => fill('열일곱 ')],
    ['qualifiers', () => fill('약 1000여 ')],
    ['real figures', () => fill('약 10조3000억원 규모, 2만 7,500명 이상, 10~20% ')],
    ['new units', () => fill('GPU 1만5000장, 1120시간, 77종, 107PB, 2.3TB, 120MW, 500kW~2MW ')],
    ['ratios and one-on-one', () => fill('5.8대 1 1대 1 3대2 ')],
    ['여 inside numbers', () => fill('974억5천여만 원 10여만 1 여만 ')],
    ['ranges with a bare low end', () => fill('500~700만 원 4~5천억 1천~2천억원 500~1만원 ')],
    ['ordinals', () => fill('제5장 제 2기 50번째 3차 ')],
    ['spaces before 만/억/조', () => fill('1 억 1 만 1 조 ')],
    ['fullwidth digits', () => fill('４，１１６억원 ')],
    ['one run of fullwidth digits', () => '７'.repeat(MB)],
    ['invisible characters in figures', () => fill('4116\u200B억원 2만\u20097500명 ')],
    ['only invisible characters', () => '\u200B'.repeat(MB)],
    ['digits between invisible characters', () => fill('1\u200B')],
    ['random soup', randomSoup],
  ])('%s', (_name, make) => {
    const text = make();
    const stats: ScanStats = { steps: 0 };
    scanQuantities(text, stats);
    expect(text.length).toBeGreaterThanOrEqual(MB);
    expect(stats.steps).toBeLessThanOrEqual(STEPS_PER_CHAR * text.length);
  });
});
