import { describe, expect, it } from 'vitest';
import {
  formatKoreanNumber,
  formatQuantity,
  formatQuantityEnglish,
} from '../../../lib/shared/quantity/format-quantity';
import type { Quantity } from '../../../lib/shared/quantity/types';

type Figure = Pick<Quantity, 'value' | 'unit' | 'qualifier' | 'max'>;
const fig = (
  value: number,
  unit: Figure['unit'],
  qualifier: Figure['qualifier'] = 'exact',
  max?: number,
): Figure => (max === undefined ? { value, unit, qualifier } : { value, unit, qualifier, max });

describe('formatKoreanNumber', () => {
  it.each([
    [27500, '2만 7,500'],
    [411_600_000_000, '4,116억'],
    [6_281_700_000_000, '6조 2,817억'],
    [1_000_000_000_000, '1조'],
    [123_456_789_012, '1,234억 5,678만 9,012'],
    [1e16, '10,000조'],
    [155, '155'],
    [1045, '1,045'],
    [88.5, '88.5'],
    [10000.5, '1만 0.5'],
    [0, '0'],
    [-27500, '-2만 7,500'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
  ])('%d -> %s', (n, text) => {
    expect(formatKoreanNumber(n)).toBe(text);
  });
});

describe('formatQuantity', () => {
  it.each([
    [fig(411_600_000_000, 'KRW'), '4,116억 원'],
    [fig(1e12, 'KRW'), '1조 원'],
    [fig(4.8e6, 'KRW'), '480만 원'],
    [fig(1e6, 'KRW'), '100만 원'],
    [fig(5000, 'KRW'), '5,000원'],
    [fig(27500, 'person'), '2만 7,500명'],
    [fig(82, 'company'), '82개사'],
    [fig(14, 'count'), '14개'],
    [fig(36, 'place'), '36곳'],
    [fig(100000, 'vehicle'), '10만 대'],
    [fig(3, 'case'), '3건'],
    [fig(661157, 'm2'), '66만 1,157㎡'],
    [fig(1_324_000, 'pyeong'), '132만 4,000평'],
    [fig(3, 'km2'), '3㎢'],
    [fig(88.5, 'PFLOPS'), '88.5페타플롭스'],
    [fig(45, 'percent'), '45%'],
    [fig(3, 'times'), '3배'],
    [fig(10, 'rank'), '10위'],
    [fig(2027, 'year'), '2027년'],
    [fig(2045, 'year'), '2045년'],
    [fig(10, 'years'), '10년'],
    [fig(24, 'months'), '24개월'],
    [fig(10.3e12, 'KRW', 'about'), '약 10조 3,000억 원'],
    [fig(4e11, 'KRW', 'over'), '4,000억여 원'],
    [fig(700, 'person', 'over'), '700여 명'],
    [fig(70, 'percent', 'atLeast'), '70% 이상'],
    [fig(3, 'times', 'atLeast'), '3배 이상'],
    [fig(10, 'person', 'atMost'), '10명 이하'],
    [fig(100, 'person', 'under'), '100명 미만'],
    [fig(1e12, 'KRW', 'band'), '1조 원대'],
    [fig(10, 'percent', 'exact', 20), '10~20%'],
    [fig(3, 'years', 'exact', 5), '3~5년'],
    [fig(15000, 'sheet'), '1만 5,000장'],
    [fig(1120, 'hours'), '1,120시간'],
    [fig(48, 'hours', 'over'), '48여 시간'],
    [fig(77, 'kinds'), '77종'],
    [fig(1.07e17, 'byte'), '107PB'],
    [fig(2.3e12, 'byte', 'about'), '약 2.3TB'],
    [fig(5e11, 'byte'), '500GB'],
    [fig(1e22, 'byte'), '1만EB'],
    [fig(123_456_789, 'byte'), '123.456789MB'],
    [fig(512, 'byte'), '512바이트'],
    [fig(1.2e8, 'watt'), '120MW'],
    [fig(1.5e9, 'watt', 'atLeast'), '1.5GW 이상'],
    [fig(5e5, 'watt'), '500kW'],
    [fig(500, 'watt'), '500와트'],
    [fig(1e8, 'watt', 'exact', 1.2e8), '100~120MW'],
    [fig(5.8, 'ratio'), '5.8대 1'],
    [fig(5, 'ratio', 'exact', 6), '5~6대 1'],
    [fig(5e6, 'KRW', 'exact', 7e6), '500만~700만 원'],
    // a low end without 만/억/조 carries its unit: "500~700만 원" would read as 500만~700만
    [fig(500, 'KRW', 'exact', 7e6), '500원~700만 원'],
    [fig(97_450_000_000, 'KRW', 'over'), '974억 5,000만여 원'],
  ])('%o -> %s', (q, text) => {
    expect(formatQuantity(q)).toBe(text);
  });
});

describe('formatQuantityEnglish', () => {
  it.each([
    [fig(27500, 'person'), '27,500 people'],
    [fig(1, 'person'), '1 person'],
    [fig(411_600_000_000, 'KRW'), '411.6 billion won'],
    [fig(1e12, 'KRW', 'about'), 'about 1 trillion won'],
    [fig(4.8e6, 'KRW'), '4.8 million won'],
    [fig(5000, 'KRW'), '5,000 won'],
    [fig(45, 'percent'), '45%'],
    [fig(10, 'percent', 'exact', 20), '10–20%'],
    [fig(10, 'rank'), 'No. 10'],
    [fig(2027, 'year'), '2027'],
    [fig(10, 'years'), '10 years'],
    [fig(700, 'person', 'over'), 'over 700 people'],
    [fig(3, 'times', 'atLeast'), 'at least 3 times'],
    [fig(88.5, 'PFLOPS'), '88.5 petaflops'],
    [fig(15000, 'sheet'), '15,000 pieces'],
    [fig(1120, 'hours'), '1,120 hours'],
    [fig(1, 'hours'), '1 hour'],
    [fig(77, 'kinds'), '77 kinds'],
    [fig(1.07e17, 'byte'), '107 PB'],
    [fig(1, 'byte'), '1 byte'],
    [fig(1.2e8, 'watt', 'about'), 'about 120 MW'],
    [fig(500, 'watt'), '500 watts'],
    [fig(1e8, 'watt', 'exact', 1.2e8), '100–120 MW'],
    [fig(5.8, 'ratio'), '5.8:1'],
    [fig(5, 'ratio', 'exact', 6), '5–6:1'],
  ])('%o -> %s', (q, text) => {
    expect(formatQuantityEnglish(q)).toBe(text);
  });
});
