/**
 * Writes quantities back as Korean news would print them ("4,116억 원", "2만 7,500명"), in a form
 * that parseQuantity reads back to the same value, unit and qualifier.
 */

import { isSyllableAt } from '../hangul';
import type { Quantity, UnitCode } from './types';

type Figure = Pick<Quantity, 'value' | 'unit' | 'qualifier' | 'max'>;

const GROUPS: ReadonlyArray<readonly [number, string]> = [
  [1e12, '조'],
  [1e8, '억'],
  [1e4, '만'],
];

const UNIT_WORD: Record<UnitCode, string> = {
  KRW: '원',
  person: '명',
  company: '개사',
  count: '개',
  place: '곳',
  vehicle: '대',
  case: '건',
  m2: '㎡',
  pyeong: '평',
  km2: '㎢',
  PFLOPS: '페타플롭스',
  percent: '%',
  times: '배',
  rank: '위',
  year: '년',
  years: '년',
  months: '개월',
  sheet: '장',
  hours: '시간',
  kinds: '종',
  byte: '바이트',
  watt: '와트',
  ratio: '대 1',
};

/** SI-prefixed symbols of the units normalised to bytes and watts: the largest exponent, then down by 3. */
const PREFIXED: Partial<Record<UnitCode, readonly [number, string]>> = {
  byte: [18, 'EB PB TB GB MB'],
  watt: [9, 'GW MW kW'],
};

/**
 * [value, max, symbol] in the largest prefix that keeps them exact and >= 1 (1.07e17 bytes ->
 * 107 PB); the plain value and no symbol when none does (500 W, 0 bytes).
 */
function prefixed(q: Figure): [number, number | undefined, string | null] {
  const [top, symbols] = PREFIXED[q.unit] ?? [0, ''];
  let exp = top;
  for (const symbol of symbols.split(' ')) {
    const scale = 10 ** exp;
    // Read back exactly (v = x * 10^exp in decimal), and no fraction after a 만 group.
    const fits = (v: number): boolean =>
      Number(`${v / scale}e${exp}`) === v && (v / scale < 1e4 || Number.isInteger(v / scale));
    if (symbol && q.value >= scale && fits(q.value) && (q.max === undefined || fits(q.max)))
      return [q.value / scale, q.max === undefined ? undefined : q.max / scale, symbol];
    exp -= 3;
  }
  return [q.value, q.max, null];
}

/** Thousands commas in a string of digits: "1045" -> "1,045". */
function withCommas(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/** Splits a finite non-negative number into its integer part and its decimal tail (".5"), or null for exponent forms. */
function splitNumber(n: number): { whole: number; fraction: string } | null {
  const plain = String(n);
  if (plain.includes('e')) return null;
  const dot = plain.indexOf('.');
  return { whole: Math.trunc(n), fraction: dot < 0 ? '' : plain.slice(dot) };
}

/**
 * Korean grouping with 조/억/만 and commas inside each group: 27500 -> "2만 7,500",
 * 6281700000000 -> "6조 2,817억", 88.5 -> "88.5", -5 -> "-5". Never throws; NaN, Infinity and
 * numbers JavaScript prints in exponent form are returned as String(n).
 */
export function formatKoreanNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n < 0) return `-${formatKoreanNumber(-n)}`;
  const parts = splitNumber(n);
  if (!parts) return String(n);
  let rest = parts.whole;
  const out: string[] = [];
  for (const [size, label] of GROUPS) {
    // Subtract the remainder before dividing so the quotient stays exact beyond 2^53.
    const low = rest % size;
    const high = (rest - low) / size;
    if (high > 0) out.push(`${withCommas(String(high))}${label}`);
    rest = low;
  }
  if (rest > 0 || parts.fraction || out.length === 0)
    out.push(`${withCommas(String(rest))}${parts.fraction}`);
  return out.join(' ');
}

/**
 * Display form of a quantity, e.g. "약 4,116억 원", "700여 명", "70% 이상", "1조 원대", "10~20%",
 * "107PB", "5.8대 1", "2027년" (years are never grouped). Never throws.
 */
export function formatQuantity(q: Figure): string {
  const num = (v: number): string => (q.unit === 'year' ? String(v) : formatKoreanNumber(v));
  const [value, max, symbol] = prefixed(q);
  const word = symbol ?? UNIT_WORD[q.unit] ?? '';
  // Korean spacing: a counter word stands apart after 만/억/조/여 ("1조 원", "700여 명"), not after digits.
  const unit = (figure: string): string =>
    `${figure}${isSyllableAt(figure, figure.length - 1) && isSyllableAt(word, 0) ? ' ' : ''}${word}`;
  let body: string;
  if (max === undefined) body = unit(q.qualifier === 'over' ? `${num(value)}여` : num(value));
  // "500~700만 원" reads as 500만~700만: a low end without 만/억/조 before a high end with one
  // carries its own unit ("500원~700만 원").
  else if (value < 1e4 && max >= 1e4) body = `${unit(num(value))}~${unit(num(max))}`;
  else body = unit(`${num(value)}~${num(max)}`);
  switch (q.qualifier) {
    case 'about':
      return `약 ${body}`;
    case 'atLeast':
      return `${body} 이상`;
    case 'atMost':
      return `${body} 이하`;
    case 'under':
      return `${body} 미만`;
    case 'band':
      return `${body}대`;
    default:
      return body;
  }
}

const ENGLISH_UNIT: Record<UnitCode, readonly [string, string]> = {
  KRW: ['won', 'won'],
  person: ['person', 'people'],
  company: ['company', 'companies'],
  count: ['item', 'items'],
  place: ['place', 'places'],
  vehicle: ['vehicle', 'vehicles'],
  case: ['case', 'cases'],
  m2: ['m²', 'm²'],
  pyeong: ['pyeong', 'pyeong'],
  km2: ['km²', 'km²'],
  PFLOPS: ['petaflops', 'petaflops'],
  percent: ['%', '%'],
  times: ['time', 'times'],
  rank: ['', ''],
  year: ['', ''],
  years: ['year', 'years'],
  months: ['month', 'months'],
  sheet: ['piece', 'pieces'],
  hours: ['hour', 'hours'],
  kinds: ['kind', 'kinds'],
  byte: ['byte', 'bytes'],
  watt: ['watt', 'watts'],
  ratio: ['', ''],
};

const SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e12, ' trillion'],
  [1e9, ' billion'],
  [1e6, ' million'],
];

/** English digits with commas: 27500 -> "27,500"; scaled when `scale` (411600000000 -> "411.6 billion"). */
function englishNumber(v: number, scale: boolean): string {
  if (!Number.isFinite(v)) return String(v);
  if (v < 0) return `-${englishNumber(-v, scale)}`;
  if (scale) {
    for (const [size, word] of SCALES) {
      if (v >= size) return `${englishNumber(Math.round((v / size) * 100) / 100, false)}${word}`;
    }
  }
  const parts = splitNumber(v);
  return parts ? `${withCommas(String(parts.whole))}${parts.fraction}` : String(v);
}

/** Short English rendering: "27,500 people", "about 411.6 billion won", "No. 10", "10–20%", "107 PB", "5.8:1". Never throws. */
export function formatQuantityEnglish(q: Figure): string {
  const scale = q.unit === 'KRW';
  const num = (v: number): string => (q.unit === 'year' ? String(v) : englishNumber(v, scale));
  const [value, max, symbol] = prefixed(q);
  const figure = max === undefined ? num(value) : `${num(value)}–${num(max)}`;
  const [one, many] = ENGLISH_UNIT[q.unit] ?? ['', ''];
  const word = symbol ?? (q.value === 1 && q.max === undefined ? one : many);
  let body: string;
  if (q.unit === 'rank') body = `No. ${figure}`;
  else if (q.unit === 'percent') body = `${figure}%`;
  else if (q.unit === 'ratio') body = `${figure}:1`;
  else body = word ? `${figure} ${word}` : figure;
  switch (q.qualifier) {
    case 'about':
      return `about ${body}`;
    case 'over':
      return `over ${body}`;
    case 'atLeast':
      return `at least ${body}`;
    case 'atMost':
      return `at most ${body}`;
    case 'under':
      return `under ${body}`;
    case 'band':
      return `${body} range`;
    default:
      return body;
  }
}
