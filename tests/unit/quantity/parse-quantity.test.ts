import { describe, expect, it } from 'vitest';
import {
  parseKoreanNumber,
  parseQuantity,
  scanQuantities,
} from '../../../lib/shared/quantity/parse-quantity';
import { type Qualifier, Quantity, type UnitCode } from '../../../lib/shared/quantity/types';

/** Expected reading: [text, value, unit, qualifier?, max?]. */
type Row = readonly [string, number, UnitCode, Qualifier?, number?];

const read = (sentence: string): Row[] =>
  scanQuantities(sentence).map((q) => {
    const row: [string, number, UnitCode, Qualifier?, number?] = [q.text, q.value, q.unit];
    if (q.qualifier !== 'exact' || q.max !== undefined) row.push(q.qualifier);
    if (q.max !== undefined) row.push(q.max);
    return row;
  });

// Real sentences from the seed articles and the quantities a Korean reader sees in them.
const SENTENCES: ReadonlyArray<readonly [string, Row[]]> = [
  [
    '오는 2027년까지 첨단 3지구 연구교육단지 내 66만1157㎡(20만평) 부지에 1조원 규모의 AI 단지를 조성한다',
    [
      ['2027년', 2027, 'year'],
      ['66만1157㎡', 661157, 'm2'],
      ['20만평', 200000, 'pyeong'],
      ['1조원 규모', 1e12, 'KRW', 'about'],
    ],
  ],
  [
    '일자리 창출 2만7500명, 창업 2000개, 인공지능 전문가 5150명 양성을',
    [
      ['2만7500명', 27500, 'person'],
      ['2000개', 2000, 'count'],
      ['5150명', 5150, 'person'],
    ],
  ],
  [
    '사업비만 국비 2798억원 등 4116억원이 투입된다',
    [
      ['2798억원', 279_800_000_000, 'KRW'],
      ['4116억원', 411_600_000_000, 'KRW'],
    ],
  ],
  [
    '광주 첨단 3지구에 3000억 원을 들여 2023년까지 조성된다',
    [
      ['3000억 원', 3e11, 'KRW'],
      ['2023년', 2023, 'year'],
    ],
  ],
  [
    '총 82개사를 유치했으며, 이미 43개사가 법인 및 사무실을 설립해 172명이 근무하고 있다',
    [
      ['82개사', 82, 'company'],
      ['43개사', 43, 'company'],
      ['172명', 172, 'person'],
    ],
  ],
  [
    '오는 2024년까지 총 310개사를 유치해 신규 일자리 1000개를 창출',
    [
      ['2024년', 2024, 'year'],
      ['310개사', 310, 'company'],
      ['1000개', 1000, 'count'],
    ],
  ],
  ['서비스업이 지역경제의 70% 이상을 차지', [['70% 이상', 70, 'percent', 'atLeast']]],
  [
    '62개 AI기업‧기관과 MOU를 체결했고 이 중 36개 기업이',
    [
      ['62개', 62, 'count'],
      ['36개', 36, 'count'],
    ],
  ],
  ['1기 수료생 155명을 배출했다', [['155명', 155, 'person']]],
  [
    '실측 성능이 88.5페타플롭스로(세계 10위)로 ... 누리온 5호기(세계 17위) 25.7페타플롭스보다 3배 이상 뛰어나다',
    [
      ['88.5페타플롭스', 88.5, 'PFLOPS'],
      ['10위', 10, 'rank'],
      ['17위', 17, 'rank'],
      ['25.7페타플롭스', 25.7, 'PFLOPS'],
      ['3배 이상', 3, 'times', 'atLeast'],
    ],
  ],
  ['온실가스를 45% 감축한다', [['45%', 45, 'percent']]],
  [
    '출산축하금 100만원과 육아수당 480만원(2년간 매달 20만원씩)',
    [
      ['100만원', 1e6, 'KRW'],
      ['480만원', 4.8e6, 'KRW'],
      ['2년간', 2, 'years'],
      ['20만원', 2e5, 'KRW'],
    ],
  ],
  ['700여 명이 참석한', [['700여 명', 700, 'person', 'over']]],
  [
    'AI 창업 1000개, 일자리 창출 7000명, 산업분야별 융복합 AI 인재 5150명',
    [
      ['1000개', 1000, 'count'],
      ['7000명', 7000, 'person'],
      ['5150명', 5150, 'person'],
    ],
  ],
  [
    '향후 10년간 이 20대 중점과제가',
    [
      ['10년간', 10, 'years'],
      ['20대', 20, 'count'],
    ],
  ],
  ['국비예산 2944억원을 책정했다', [['2944억원', 294_400_000_000, 'KRW']]],
  ['공정률 30%', [['30%', 30, 'percent']]],
  ['내년 9월 경형SUV 자동차 10만대 양산', [['10만대', 100000, 'vehicle']]],
  [
    '올해 확보된 국비예산 626억원을 포함, 앞으로 5년간 4116억원 10년간 1조원 가량 투입될',
    [
      ['626억원', 62_600_000_000, 'KRW'],
      ['5년간', 5, 'years'],
      ['4116억원', 411_600_000_000, 'KRW'],
      ['10년간', 10, 'years'],
      ['1조원 가량', 1e12, 'KRW', 'about'],
    ],
  ],
  [
    '1차 교육생 180명 모집에 수도권을 비롯한 전국 1045명이 지원',
    [
      ['180명', 180, 'person'],
      ['1045명', 1045, 'person'],
    ],
  ],
  ['총 132만4000평 규모로', [['132만4000평 규모', 1_324_000, 'pyeong', 'about']]],
  [
    '생산유발효과 약 10조3000억원, 부가가치유발효과 3조2440억원, 투자유치 1조6000억원, 지역내 일자리 5만7000개 창출',
    [
      ['약 10조3000억원', 10.3e12, 'KRW', 'about'],
      ['3조2440억원', 3.244e12, 'KRW'],
      ['1조6000억원', 1.6e12, 'KRW'],
      ['5만7000개', 57000, 'count'],
    ],
  ],
  [
    '예산안 총규모는 6조2817억원이다. 올해 본예산보다 10% 증가한',
    [
      ['6조2817억원', 6_281_700_000_000, 'KRW'],
      ['10%', 10, 'percent'],
    ],
  ],
  ['디지털 뉴딜에 239억원을', [['239억원', 23_900_000_000, 'KRW']]],
  ['그린뉴딜 사업에는 1324억원을', [['1324억원', 132_400_000_000, 'KRW']]],
  ['휴먼뉴딜은 91억원을', [['91억원', 9_100_000_000, 'KRW']]],
  [
    '11대 성장산업을 집중 육성하기 위해 1250억원을',
    [
      ['11대', 11, 'count'],
      ['1250억원', 125_000_000_000, 'KRW'],
    ],
  ],
  ['1조원대 AI 집적단지 사업', [['1조원대', 1e12, 'KRW', 'band']]],
  ['1000억원 규모의 투자 펀드', [['1000억원 규모', 1e11, 'KRW', 'about']]],
  ['AI융합 R&D 14개 과제', [['14개', 14, 'count']]],
  ['2019년 10월 미국 소재', [['2019년', 2019, 'year']]],
  ['4만6200㎡ 부지에', [['4만6200㎡', 46200, 'm2']]],
  [
    '3대 뉴딜, 4대 추진전략, 100대 주요성과, 30대 핵심성과, 15대 주요 정책',
    [
      ['3대', 3, 'count'],
      ['4대', 4, 'count'],
      ['100대', 100, 'count'],
      ['30대', 30, 'count'],
      ['15대', 15, 'count'],
    ],
  ],
];

// Single forms: the whole string is one quantity.
const FORMS: readonly Row[] = [
  ['155명', 155, 'person'],
  ['1,045명', 1045, 'person'],
  ['1045명', 1045, 'person'],
  ['4000억여원', 4e11, 'KRW', 'over'],
  ['4천억원', 4e11, 'KRW'],
  ['4천116억원', 4.116e11, 'KRW'],
  ['2만 7500명', 27500, 'person'],
  ['3000억 원', 3e11, 'KRW'],
  ['10조3000억원', 10.3e12, 'KRW'],
  ['1000억원', 1e11, 'KRW'],
  ['100만원', 1e6, 'KRW'],
  ['1조원', 1e12, 'KRW'],
  ['1조 6,000억 원', 1.6e12, 'KRW'],
  ['약 4116억원', 4.116e11, 'KRW', 'about'],
  ['대략 30%', 30, 'percent', 'about'],
  ['1000여개', 1000, 'count', 'over'],
  ['10여 년', 10, 'years', 'over'],
  ['1년여', 1, 'years', 'over'],
  ['6개월여', 6, 'months', 'over'],
  ['36곳', 36, 'place'],
  ['5개소', 5, 'place'],
  ['3건', 3, 'case'],
  ['2,000제곱미터', 2000, 'm2'],
  ['3㎢', 3, 'km2'],
  ['3km²', 3, 'km2'],
  ['25.7PF', 25.7, 'PFLOPS'],
  ['45％', 45, 'percent'],
  ['3.5%p', 3.5, 'percent'],
  ['10퍼센트', 10, 'percent'],
  ['24개월', 24, 'months'],
  ['6개월간', 6, 'months'],
  ['2045년', 2045, 'year'],
  ['2021년도', 2021, 'year'],
  ['10년', 10, 'years'],
  ['3가지', 3, 'count'],
  ['14과제', 14, 'count'],
  ['100명 미만', 100, 'person', 'under'],
  ['10명 이하', 10, 'person', 'atMost'],
  ['500명 초과', 500, 'person', 'over'],
  ['1만 명 넘는', 10000, 'person', 'over'],
  ['10%대', 10, 'percent', 'band'],
  ['10~20%', 10, 'percent', 'exact', 20],
  ['10-20%', 10, 'percent', 'exact', 20],
  ['10∼20%', 10, 'percent', 'exact', 20],
  ['10%~20%', 10, 'percent', 'exact', 20],
  ['3~5년', 3, 'years', 'exact', 5],
  ['1조~2조 원', 1e12, 'KRW', 'exact', 2e12],
  ['일곱 명', 7, 'person'],
  ['세 곳', 3, 'place'],
  ['두 배', 2, 'times'],
  ['한 곳', 1, 'place'],
  ['다섯 개', 5, 'count'],
  ['열두 명', 12, 'person'],
  ['삼천명', 3000, 'person'],
  ['오백억 원', 5e10, 'KRW'],
  ['이십여 명', 20, 'person', 'over'],
  ['5대', 5, 'count'],
  ['10만 대', 100000, 'vehicle'],
  ['1990년대', 1990, 'year', 'band'],
  // LABELING.md units and forms (offsets in labeling-forms.test.ts)
  ['1만5000장', 15000, 'sheet'],
  ['1120시간', 1120, 'hours'],
  ['77종', 77, 'kinds'],
  ['107PB', 1.07e17, 'byte'],
  ['120MW', 1.2e8, 'watt'],
  ['5.8대 1', 5.8, 'ratio'],
  ['88.5PF', 88.5, 'PFLOPS'],
  ['974억5천여만 원', 97_450_000_000, 'KRW', 'over'],
  ['500만∼700만 원', 5e6, 'KRW', 'exact', 7e6],
  ['500~700만 원', 5e6, 'KRW', 'exact', 7e6],
  ['４１１６억원', 411_600_000_000, 'KRW'],
  ['4，116억원', 411_600_000_000, 'KRW'],
  ['4116\u200B억원', 411_600_000_000, 'KRW'],
  ['2만\u20097500명', 27500, 'person'],
];

// Neither numbers in words nor identifiers, dates, times, ordinals or model numbers are figures.
const NOT_QUANTITIES: readonly string[] = [
  '제294회 임시회',
  '2020.12.28',
  '12월17일',
  '11:05',
  '062-613-1234',
  '5호기',
  '1기 수료생',
  '첨단3지구',
  '첨단 3지구',
  'RE100',
  'GGM2',
  '2030 기업 RE100',
  'jb5459@newspim.com',
  'aid=1614773400715773004',
  'COVID-19',
  '코로나19 확산',
  '이용섭 시장이 이어 사업 일자리 만들기 천연 구조 개혁',
  '입장을 천명했다',
  '1단계 2단계',
  '세계 최고',
  '한국 두고 네이버',
  '원전 3기',
  '2개발전소',
  '한명숙 전 총리',
  '3대2로 이겼다',
  '9월',
  '50번째',
  '3차',
  '5호',
  '2단계',
  '5기',
  '제2기',
  '제5장',
  '광주시장',
];

describe('scanQuantities on seed-article sentences', () => {
  it.each(SENTENCES)('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('parseQuantity on single forms', () => {
  for (const [text, value, unit, qualifier = 'exact', max] of FORMS) {
    it(text, () => {
      const q = parseQuantity(text);
      expect(q).not.toBeNull();
      expect(q?.value).toBe(value);
      expect(q?.unit).toBe(unit);
      expect(q?.qualifier).toBe(qualifier);
      expect(q?.max).toBe(max);
      expect(q?.approximate).toBe(qualifier !== 'exact' || max !== undefined);
    });
  }

  it('reads a bare "5대를" as a plain count; vehicles are counted in 만/천', () => {
    expect(read('차량 5대를 도입')).toEqual([['5대', 5, 'count']]);
  });

  it('keeps outer whitespace out of the quantity and offsets in the input', () => {
    const q = parseQuantity('  2만 7,500명 ');
    expect(q).toMatchObject({ text: '2만 7,500명', start: 2, end: 11, value: 27500, unit: 'person' });
  });

  it('returns null for anything but exactly one quantity', () => {
    for (const text of ['', '   ', '155', '155명 172명', '총 155명', '155명이', '4천116억']) {
      expect(parseQuantity(text)).toBeNull();
    }
  });

  it('produces objects that satisfy the Quantity schema', () => {
    for (const [sentence] of SENTENCES) {
      for (const q of scanQuantities(sentence)) expect(Quantity.safeParse(q).success).toBe(true);
    }
  });
});

describe('things that are not quantities', () => {
  it.each(NOT_QUANTITIES)('%s', (text) => {
    expect(scanQuantities(text)).toEqual([]);
  });

  it('does not take 계약 for the qualifier 약', () => {
    expect(read('계약 100억원')).toEqual([['100억원', 1e10, 'KRW']]);
  });

  it('reads 여 after the counter as over, not as a word start', () => {
    expect(read('임명됐지만, 1년여 만에 윤석열 정부')).toEqual([['1년여', 1, 'years', 'over']]);
    expect(read('100명 여성')).toEqual([['100명', 100, 'person']]);
  });

  it('reads 2년 6개월 as two quantities', () => {
    expect(read('2년 6개월')).toEqual([
      ['2년', 2, 'years'],
      ['6개월', 6, 'months'],
    ]);
  });
});

describe('parseKoreanNumber', () => {
  it.each([
    ['4천116억', 411_600_000_000],
    ['4천억', 400_000_000_000],
    ['2만 7500', 27500],
    ['2만7500', 27500],
    ['6조2817억', 6_281_700_000_000],
    ['10조 3,000억', 10_300_000_000_000],
    ['1,045', 1045],
    ['88.5', 88.5],
    ['삼천', 3000],
    ['천억', 1e11],
    ['만', 10000],
    ['억', 1e8],
    ['일곱', 7],
  ] as const)('%s -> %d', (text, value) => {
    expect(parseKoreanNumber(text)).toBe(value);
  });

  it.each(['', '4천116억원', '2020.12.28', 'abc', '1 2', '1'.repeat(30)])('%s -> null', (text) => {
    expect(parseKoreanNumber(text)).toBeNull();
  });
});
