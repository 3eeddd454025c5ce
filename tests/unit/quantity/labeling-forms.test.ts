// The units and forms of tests/fixtures/LABELING.md ("What is a figure"): every reading with its
// exact text and offsets into the original string.
import { describe, expect, it } from 'vitest';
import { convertValue } from '../../../lib/shared/quantity/compare';
import {
  parseKoreanNumber,
  parseQuantity,
  scanQuantities,
} from '../../../lib/shared/quantity/parse-quantity';
import { isScopeUnit, type Qualifier, Quantity, type UnitCode } from '../../../lib/shared/quantity/types';

/** [text, start, end, value, unit, qualifier, max?] */
type Reading = readonly [string, number, number, number, UnitCode, Qualifier, number?];

const read = (input: string): Reading[] =>
  scanQuantities(input).map((q) => {
    expect(input.slice(q.start, q.end)).toBe(q.text);
    expect(Quantity.safeParse(q).success).toBe(true);
    const row: [string, number, number, number, UnitCode, Qualifier, number?] = [
      q.text,
      q.start,
      q.end,
      q.value,
      q.unit,
      q.qualifier,
    ];
    if (q.max !== undefined) row.push(q.max);
    return row;
  });

const CASES: ReadonlyArray<readonly [string, string, Reading[]]> = [
  // sheet, hours, kinds
  ['장', 'GPU 1만5000장을 확보', [['1만5000장', 4, 11, 15000, 'sheet', 'exact']]],
  ['장, spaced', 'GPU 1만 5천 장', [['1만 5천 장', 4, 11, 15000, 'sheet', 'exact']]],
  ['장, native numeral', '종이 두 장', [['두 장', 3, 6, 2, 'sheet', 'exact']]],
  ['시간', '교육 1120시간을 이수', [['1120시간', 3, 9, 1120, 'hours', 'exact']]],
  [
    '시간, a contest',
    '전국 40개 팀 48시간 경쟁',
    [
      ['40개', 3, 6, 40, 'count', 'exact'],
      ['48시간', 9, 13, 48, 'hours', 'exact'],
    ],
  ],
  ['시간여', '3시간여 만에', [['3시간여', 0, 4, 3, 'hours', 'over']]],
  ['종', '데이터 77종을 개방', [['77종', 4, 7, 77, 'kinds', 'exact']]],
  // bytes
  ['PB', '저장용량 107PB', [['107PB', 5, 10, 1.07e17, 'byte', 'exact']]],
  ['페타바이트', '107페타바이트 규모', [['107페타바이트 규모', 0, 11, 1.07e17, 'byte', 'about']]],
  ['TB, decimal', '2.3TB', [['2.3TB', 0, 5, 2.3e12, 'byte', 'exact']]],
  ['테라바이트, spaced', '10 테라바이트', [['10 테라바이트', 0, 8, 1e13, 'byte', 'exact']]],
  [
    'GB',
    '500GB와 1기가바이트',
    [
      ['500GB', 0, 5, 5e11, 'byte', 'exact'],
      ['1기가바이트', 7, 13, 1e9, 'byte', 'exact'],
    ],
  ],
  // watts
  ['MW', '120MW급 데이터센터', [['120MW', 0, 5, 1.2e8, 'watt', 'exact']]],
  ['메가와트', '120메가와트', [['120메가와트', 0, 7, 1.2e8, 'watt', 'exact']]],
  [
    'kW, 킬로와트',
    '500kW, 20킬로와트',
    [
      ['500kW', 0, 5, 5e5, 'watt', 'exact'],
      ['20킬로와트', 7, 13, 2e4, 'watt', 'exact'],
    ],
  ],
  [
    'GW, 기가와트',
    '1.5GW 이상, 3기가와트',
    [
      ['1.5GW 이상', 0, 8, 1.5e9, 'watt', 'atLeast'],
      ['3기가와트', 10, 15, 3e9, 'watt', 'exact'],
    ],
  ],
  ['watt range with two prefixes', '500kW~2MW', [['500kW~2MW', 0, 9, 5e5, 'watt', 'exact', 2e6]]],
  ['watt range', '100~120MW', [['100~120MW', 0, 9, 1e8, 'watt', 'exact', 1.2e8]]],
  // ratio
  ['대 1', '경쟁률 5.8대 1', [['5.8대 1', 4, 10, 5.8, 'ratio', 'exact']]],
  ['대 1 with a particle', '평균 12.3대 1의 경쟁률', [['12.3대 1', 3, 10, 12.3, 'ratio', 'exact']]],
  ['대 1, spaced', '경쟁률은 5.8 대 1이었다', [['5.8 대 1', 5, 12, 5.8, 'ratio', 'exact']]],
  ['대 1 after 만', '1만대 1', [['1만대 1', 0, 5, 10000, 'ratio', 'exact']]],
  // PF stays PFLOPS
  ['PF', '88.5PF로', [['88.5PF', 0, 6, 88.5, 'PFLOPS', 'exact']]],
  // 여 inside a compound amount
  ['천여만', '974억5천여만 원', [['974억5천여만 원', 0, 10, 97_450_000_000, 'KRW', 'over']]],
  ['천여만, glued', '5천여만원', [['5천여만원', 0, 5, 5e7, 'KRW', 'over']]],
  ['여만', '10여만 명', [['10여만 명', 0, 6, 100_000, 'person', 'over']]],
  // ranges
  ['range ~', '500만~700만 원', [['500만~700만 원', 0, 11, 5e6, 'KRW', 'exact', 7e6]]],
  ['range ∼ (U+223C)', '500만∼700만 원', [['500만∼700만 원', 0, 11, 5e6, 'KRW', 'exact', 7e6]]],
  ['range 〜 (U+301C)', '500만〜700만 원', [['500만〜700만 원', 0, 11, 5e6, 'KRW', 'exact', 7e6]]],
  ['range ～ (U+FF5E)', '500만～700만 원', [['500만～700만 원', 0, 11, 5e6, 'KRW', 'exact', 7e6]]],
  ['range, spaced', '500만 ∼ 700만 원', [['500만 ∼ 700만 원', 0, 13, 5e6, 'KRW', 'exact', 7e6]]],
  ['range, bare low end', '500~700만 원', [['500~700만 원', 0, 10, 5e6, 'KRW', 'exact', 7e6]]],
  ['range, bare low end before 천억', '4~5천억원', [['4~5천억원', 0, 6, 4e11, 'KRW', 'exact', 5e11]]],
  ['range, 천 low end before 천억', '1천~2천억원', [['1천~2천억원', 0, 7, 1e11, 'KRW', 'exact', 2e11]]],
  ['range, bare low end before 조', '1~2조 원', [['1~2조 원', 0, 6, 1e12, 'KRW', 'exact', 2e12]]],
  ['range, low end that stays small', '500~1만원', [['500~1만원', 0, 7, 500, 'KRW', 'exact', 10000]]],
  ['range with a qualifier', '약 10~20만 명', [['약 10~20만 명', 0, 10, 1e5, 'person', 'about', 2e5]]],
  // fullwidth digits and commas
  ['fullwidth digits', '４１１６억원', [['４１１６억원', 0, 6, 411_600_000_000, 'KRW', 'exact']]],
  ['fullwidth comma', '4，116억원', [['4，116억원', 0, 7, 411_600_000_000, 'KRW', 'exact']]],
  ['fullwidth everything', '４，１１６억원', [['４，１１６억원', 0, 7, 411_600_000_000, 'KRW', 'exact']]],
  ['fullwidth percent range', '１０～２０％', [['１０～２０％', 0, 6, 10, 'percent', 'exact', 20]]],
  ['fullwidth decimal', '８８．５PF', [['８８．５PF', 0, 6, 88.5, 'PFLOPS', 'exact']]],
  // the space family and invisible characters
  ['zero-width space', '4116\u200B억원', [['4116\u200B억원', 0, 7, 411_600_000_000, 'KRW', 'exact']]],
  ['no-break space before 억', '4116\u00A0억원', [['4116\u00A0억원', 0, 7, 411_600_000_000, 'KRW', 'exact']]],
  ['thin space', '2만\u20097500명', [['2만\u20097500명', 0, 8, 27500, 'person', 'exact']]],
  ['narrow no-break space', '2만\u202F7500명', [['2만\u202F7500명', 0, 8, 27500, 'person', 'exact']]],
  ['hair space', '2만\u200A7500명', [['2만\u200A7500명', 0, 8, 27500, 'person', 'exact']]],
  ['ideographic space', '2만\u30007500명', [['2만\u30007500명', 0, 8, 27500, 'person', 'exact']]],
  ['no-break space', '2만\u00A07500명', [['2만\u00A07500명', 0, 8, 27500, 'person', 'exact']]],
  ['soft hyphen', '2만\u00AD7500명', [['2만\u00AD7500명', 0, 8, 27500, 'person', 'exact']]],
  ['word joiner', '1만\u20605000장', [['1만\u20605000장', 0, 8, 15000, 'sheet', 'exact']]],
  [
    'zero-width joiner in a digit run',
    '41\u200D16억원',
    [['41\u200D16억원', 0, 7, 411_600_000_000, 'KRW', 'exact']],
  ],
  [
    'zero-width space and a space',
    '2만\u200B 7500명',
    [['2만\u200B 7500명', 0, 9, 27500, 'person', 'exact']],
  ],
  [
    'invisible characters around a figure stay out of it',
    '\u200B\uFEFF4116억원\u200B이',
    [['4116억원', 2, 8, 411_600_000_000, 'KRW', 'exact']],
  ],
  [
    'offsets after earlier folded characters',
    '４，１１６억원\u200B 중 ２７９８억원',
    [
      ['４，１１６억원', 0, 7, 411_600_000_000, 'KRW', 'exact'],
      ['２７９８억원', 11, 17, 279_800_000_000, 'KRW', 'exact'],
    ],
  ],
];

describe('LABELING.md forms: value, unit, qualifier, max, exact text and offsets', () => {
  it.each(CASES)('%s: %s', (_name, input, expected) => {
    expect(read(input)).toEqual(expected);
  });
});

// Ordinals, names and words that only look like a counter after a number.
const NOT_FIGURES: readonly string[] = [
  '50번째',
  '3차',
  '1차 목표',
  '5호',
  '1기',
  '2단계',
  '5기',
  '제2기',
  '제３기',
  // 장 after 제 is a chapter (제5장), with or without a space; a bare 5장 is a count of sheets.
  '제5장',
  '제 5장',
  '광주시장',
  '이용섭 광주시장은',
  '3장관',
  '세종시',
  // one-on-one (1대1, 1대 1) is no ratio and no vehicle
  '1대1 멘토링',
  '1대 1 멘토링',
  // energy (MWh, kWh) is not power; a bare G, B or W is no unit
  '120MWh',
  '500kWh',
  '5G',
  '5B',
  '3W',
  '3대2로 이겼다',
  '3 대 2',
];

describe('not figures', () => {
  it.each(NOT_FIGURES)('%s', (text) => {
    expect(scanQuantities(text)).toEqual([]);
  });

  it('reads the figure next to an ordinal, not the ordinal', () => {
    expect(read('1차 목표로 GPU 1만5000장')).toEqual([['1만5000장', 11, 18, 15000, 'sheet', 'exact']]);
    expect(read('제2기 교육생 50명')).toEqual([['50명', 8, 11, 50, 'person', 'exact']]);
  });

  it('reads 5장 without 제 as sheets, and 경제5조원 as money (제 inside a word is no prefix)', () => {
    expect(read('5장')).toEqual([['5장', 0, 2, 5, 'sheet', 'exact']]);
    expect(read('경제5조원')).toEqual([['5조원', 2, 5, 5e12, 'KRW', 'exact']]);
  });

  it('does not take 20대 1인 가구 for a ratio', () => {
    const found = scanQuantities('20대 1인 가구');
    expect(found.map((q) => q.unit)).not.toContain('ratio');
    expect(found.at(-1)).toMatchObject({ text: '1인', start: 4, end: 6, value: 1, unit: 'person' });
  });

  it('does not take 대 1조원 for a ratio', () => {
    expect(read('3대 1조원')).toEqual([
      ['3대', 0, 2, 3, 'count', 'exact'],
      ['1조원', 3, 6, 1e12, 'KRW', 'exact'],
    ]);
  });
});

describe('parseQuantity and parseKoreanNumber with folded characters', () => {
  it('parses a single figure with fullwidth digits and inner invisible characters', () => {
    expect(parseQuantity(' ４，１１６억원 ')).toMatchObject({ text: '４，１１６억원', start: 1, end: 8 });
    expect(parseQuantity('2만\u20097500명')).toMatchObject({ value: 27500, unit: 'person' });
    expect(parseQuantity('5.8대 1')).toMatchObject({ value: 5.8, unit: 'ratio', text: '5.8대 1' });
  });

  it.each([
    ['４１１６억', 411_600_000_000],
    ['4，116억', 411_600_000_000],
    ['2만\u20097500', 27500],
    ['4116\u200B억', 411_600_000_000],
  ] as const)('parseKoreanNumber(%s) -> %d', (text, value) => {
    expect(parseKoreanNumber(text)).toBe(value);
  });

  it('parseKoreanNumber rejects 여 inside a number (a qualifier, not a value)', () => {
    expect(parseKoreanNumber('5천여만')).toBeNull();
  });
});

describe('units: scope and conversions', () => {
  it('hours is a figure, not a scope; years, 년 and 개월 set scope', () => {
    expect(isScopeUnit('hours')).toBe(false);
    for (const unit of ['sheet', 'kinds', 'byte', 'watt', 'ratio', 'PFLOPS'] as const)
      expect(isScopeUnit(unit)).toBe(false);
    for (const unit of ['year', 'years', 'months'] as const) expect(isScopeUnit(unit)).toBe(true);
  });

  it('new units compare with themselves only (bytes and watts are normalised when read)', () => {
    for (const unit of ['sheet', 'hours', 'kinds', 'byte', 'watt', 'ratio'] as const) {
      expect(convertValue(7, unit, unit)).toBe(7);
      expect(convertValue(7, unit, 'count')).toBeNull();
      expect(convertValue(7, 'count', unit)).toBeNull();
    }
    expect(convertValue(3, 'ratio', 'times')).toBeNull();
  });
});
