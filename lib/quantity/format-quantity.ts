/**
 * Writes quantities back as Korean news would print them ("4,116억 원", "2만 7,500명"), in a form
 * that parseQuantity reads back to the same value, unit and qualifier.
 */
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
};

const isSyllable = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 0xac00 && c <= 0xd7a3;
};

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
 * "2027년" (years are never grouped). Never throws.
 */
export function formatQuantity(q: Figure): string {
  const num = (v: number): string => (q.unit === 'year' ? String(v) : formatKoreanNumber(v));
  let figure = q.max === undefined ? num(q.value) : `${num(q.value)}~${num(q.max)}`;
  if (q.qualifier === 'over' && q.max === undefined) figure += '여';
  const word = UNIT_WORD[q.unit] ?? '';
  // Korean spacing: a counter word stands apart after 만/억/조/여 ("1조 원", "700여 명"), not after digits.
  const gap = isSyllable(figure, figure.length - 1) && isSyllable(word, 0) ? ' ' : '';
  const body = `${figure}${gap}${word}`;
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

/** Short English rendering: "27,500 people", "about 411.6 billion won", "No. 10", "10–20%". Never throws. */
export function formatQuantityEnglish(q: Figure): string {
  const scale = q.unit === 'KRW';
  const num = (v: number): string => (q.unit === 'year' ? String(v) : englishNumber(v, scale));
  const figure = q.max === undefined ? num(q.value) : `${num(q.value)}–${num(q.max)}`;
  const [one, many] = ENGLISH_UNIT[q.unit] ?? ['', ''];
  const word = q.value === 1 && q.max === undefined ? one : many;
  let body: string;
  if (q.unit === 'rank') body = `No. ${figure}`;
  else if (q.unit === 'percent') body = `${figure}%`;
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
