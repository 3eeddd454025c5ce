/**
 * Reads figures (money, head counts, areas, years, ...) out of Korean news text.
 *
 * One hand-rolled, index-based pass: every attempt to read a quantity looks ahead over a bounded
 * number of number groups, units and qualifier words, and the scanner never starts inside a digit
 * run, so the work is linear in the input length (see ScanStats). No regular expressions.
 *
 * Before scanning, the text is folded (fullwidth ASCII -> ASCII, the Unicode space family -> one
 * space, zero-width characters dropped); an offset map takes every quantity back to the exact
 * slice of the original text.
 */

import { isSyllable } from '../hangul';
import type { Qualifier, Quantity, UnitCode } from './types';

/** Work counter for tests: `steps` grows by one per loop iteration anywhere in the scanner. */
export interface ScanStats {
  steps: number;
}

/** How a numeral was written; hangul numerals are only trusted before a few counters. */
type NumeralKind = 'digit' | 'sino' | 'native';

interface Numeral {
  value: number;
  end: number;
  kind: NumeralKind;
  /** written with a 천/백/만/억/조 multiplier */
  mult: boolean;
  /** exactly four bare digits: the only way a calendar year is written */
  fourDigits: boolean;
  /** 여 inside the numeral (974억5천여만): "more than" */
  yeo?: boolean;
  /** the place value of the leading group (700만 -> 1e4, 5천억 -> 1e11), for "500~700만" */
  head?: number;
  /** the first 만/억/조 (700만 -> 1e4, 5천억 -> 1e8) */
  big?: number;
}

interface UnitMatch {
  unit: UnitCode;
  end: number;
  word: string;
  /** power of ten the unit word scales by (MW -> 6, PB -> 15) */
  exp: number;
}

/** A numeral with more digits than this is an identifier or noise, not a figure. */
const MAX_DIGITS = 20;

const code = (s: string, i: number): number => s.charCodeAt(i); // NaN past either end
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLatin = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c: number): boolean => isDigit(c) || isLatin(c);
const isBlank = (c: number): boolean => c === 32 || c === 0xa0;
/** v * 10^exp, exact in decimal (2.3 TB -> 2300000000000, not 2299999999999.9995). */
const scaled = (v: number, exp: number): number => (exp ? Number(`${v}e${exp}`) || v * 10 ** exp : v);
/** One optional space: "3000억 원", "2만 7500명", "70% 이상". */
const skipBlank = (s: string, i: number): number => (isBlank(code(s, i)) ? i + 1 : i);

/** Syllables that may directly follow a counter: particles and endings (명이, 원을, 개씩, 배다). */
const PARTICLES = '을를이가은는의에와과로으도만씩당까부보께째분치짜꼴였입인임라란밖마처요다엔뿐쯤';

/** Qualifier words after the unit; the qualifier word is part of the quantity's text. */
const SUFFIXES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['이상', 'atLeast'],
  ['이하', 'atMost'],
  ['미만', 'under'],
  ['초과', 'over'],
  ['넘는', 'over'],
  ['넘게', 'over'],
  ['남짓', 'over'],
  ['가량', 'about'],
  ['정도', 'about'],
  ['규모', 'about'],
  ['내외', 'about'],
  ['안팎', 'about'],
  ['가까이', 'about'],
];
const SUFFIX_FIRST = SUFFIXES.map(([word]) => word[0]).join('');

type Script = 'hangul' | 'latin' | 'symbol';
interface UnitWord {
  word: string;
  /** 'nyeon' (년) and 'dae' (대) are resolved from context */
  unit: UnitCode | 'nyeon' | 'dae';
  script: Script;
  /** allowed after a native numeral (일곱 명, 세 곳) */
  native?: boolean;
  /** extra syllables allowed right after this unit (10년간, 10위권) */
  extra?: string;
  /** power of ten the value is scaled by (MW -> 6) */
  exp?: number;
}

// Longer words first: 개월/개사/개소 before 개, 평방미터 before 평.
const UNIT_WORDS: UnitWord[] = [
  { word: '페타플롭스', unit: 'PFLOPS', script: 'hangul' },
  { word: '페타플롭', unit: 'PFLOPS', script: 'hangul' },
  { word: 'PFLOPS', unit: 'PFLOPS', script: 'latin' },
  { word: 'PF', unit: 'PFLOPS', script: 'latin' },
  { word: '제곱킬로미터', unit: 'km2', script: 'hangul' },
  { word: '평방킬로미터', unit: 'km2', script: 'hangul' },
  { word: '㎢', unit: 'km2', script: 'symbol' },
  { word: 'km²', unit: 'km2', script: 'symbol' },
  { word: 'km2', unit: 'km2', script: 'latin' },
  { word: '제곱미터', unit: 'm2', script: 'hangul' },
  { word: '평방미터', unit: 'm2', script: 'hangul' },
  { word: '㎡', unit: 'm2', script: 'symbol' },
  { word: 'm²', unit: 'm2', script: 'symbol' },
  { word: 'm2', unit: 'm2', script: 'latin' },
  { word: '%', unit: 'percent', script: 'symbol' },
  { word: '퍼센트', unit: 'percent', script: 'hangul' },
  { word: '프로', unit: 'percent', script: 'hangul' },
  { word: '개사', unit: 'company', script: 'hangul', native: true },
  { word: '社', unit: 'company', script: 'symbol' },
  { word: '개월', unit: 'months', script: 'hangul', native: true, extra: '간' },
  { word: '개소', unit: 'place', script: 'hangul' },
  { word: '과제', unit: 'count', script: 'hangul' },
  { word: '가지', unit: 'count', script: 'hangul', native: true },
  { word: '개', unit: 'count', script: 'hangul', native: true },
  { word: '곳', unit: 'place', script: 'hangul', native: true },
  { word: '명', unit: 'person', script: 'hangul', native: true },
  { word: '인', unit: 'person', script: 'hangul' },
  { word: '건', unit: 'case', script: 'hangul', native: true },
  { word: '평', unit: 'pyeong', script: 'hangul' },
  { word: '배', unit: 'times', script: 'hangul', native: true },
  { word: '위', unit: 'rank', script: 'hangul', extra: '권' },
  { word: '원', unit: 'KRW', script: 'hangul' },
  { word: '년', unit: 'nyeon', script: 'hangul', extra: '간동도전후말초상하생차' },
  { word: '대', unit: 'dae', script: 'hangul' },
  { word: '장', unit: 'sheet', script: 'hangul', native: true },
  { word: '시간', unit: 'hours', script: 'hangul', native: true },
  { word: '종', unit: 'kinds', script: 'hangul' },
];
// Scaled units, [unit, words, exp]: 바이트 and 와트 with their SI prefixes (decimal: 1 PB = 1e15 B).
// The bare B and W are not read (5B, 3W are rarely bytes or watts in Korean news).
for (const [unit, words, exp] of [
  ['byte', '엑사바이트 EB', 18],
  ['byte', '페타바이트 PB', 15],
  ['byte', '테라바이트 TB', 12],
  ['byte', '기가바이트 GB', 9],
  ['byte', '메가바이트 MB', 6],
  ['byte', '바이트', 0],
  ['watt', '기가와트 GW', 9],
  ['watt', '메가와트 MW', 6],
  ['watt', '킬로와트 kW KW', 3],
  ['watt', '와트', 0],
] as const) {
  for (const word of words.split(' ')) {
    UNIT_WORDS.push({ word, unit, exp, script: isLatin(code(word, 0)) ? 'latin' : 'hangul' });
  }
}
/** Unit words by first character (table order kept), so a position is tried against a handful at most. */
const UNITS_BY_FIRST = new Map<string, UnitWord[]>();
for (const u of UNIT_WORDS) {
  const first = u.word[0] ?? '';
  UNITS_BY_FIRST.set(first, [...(UNITS_BY_FIRST.get(first) ?? []), u]);
}

const SINO_DIGITS = '일이삼사오육칠팔구';
const NATIVE_TENS: ReadonlyArray<readonly [string, number]> = [
  ['스물', 20],
  ['스무', 20],
  ['서른', 30],
  ['마흔', 40],
  ['쉰', 50],
  ['예순', 60],
  ['일흔', 70],
  ['여든', 80],
  ['아흔', 90],
  ['열', 10],
];
const NATIVE_ONES: ReadonlyArray<readonly [string, number]> = [
  ['다섯', 5],
  ['여섯', 6],
  ['일곱', 7],
  ['여덟', 8],
  ['아홉', 9],
  ['한', 1],
  ['두', 2],
  ['세', 3],
  ['네', 4],
];
/** Hangul characters at which a quantity may start: 약/대략 and numeral heads. */
const HANGUL_STARTS = `약대${SINO_DIGITS}십백천만한두세네다여열스서마쉰예아`;

const smallMultiplier = (ch: string | undefined): number =>
  ch === '천' ? 1000 : ch === '백' ? 100 : ch === '십' ? 10 : 0;
const bigMultiplier = (ch: string | undefined): number =>
  ch === '만' ? 1e4 : ch === '억' ? 1e8 : ch === '조' ? 1e12 : 0;

/** A qualifier word at i that ends a word (이상을, 규모의) - or null. */
function suffixAt(s: string, i: number, stats: ScanStats): readonly [string, Qualifier] | null {
  stats.steps++;
  if (!SUFFIX_FIRST.includes(s[i] ?? '\u0000')) return null;
  for (const entry of SUFFIXES) {
    stats.steps++;
    if (!s.startsWith(entry[0], i)) continue;
    const after = i + entry[0].length;
    if (!isSyllable(code(s, after)) || PARTICLES.includes(s[after] ?? '')) return entry;
  }
  return null;
}

/** True when a hangul unit ending at i is a whole word: 원을 yes, 원전 (nuclear plant) no. */
function wordEnds(s: string, i: number, extra: string, stats: ScanStats): boolean {
  if (!isSyllable(code(s, i))) return true;
  const ch = s[i] ?? '';
  // 대 and 여 may follow as band / "more than" (1조원대, 1년여); readTail decides.
  return (
    PARTICLES.includes(ch) ||
    extra.includes(ch) ||
    ch === '대' ||
    ch === '여' ||
    suffixAt(s, i, stats) !== null
  );
}

/** Digits with optional thousands commas and decimals; null for dates (2020.12.28) and over-long runs. */
function readLiteral(
  s: string,
  i: number,
  stats: ScanStats,
): { value: number; end: number; bare4: boolean } | null {
  let j = i;
  while (isDigit(code(s, j))) {
    stats.steps++;
    j++;
  }
  const intDigits = j - i;
  let digits = intDigits;
  let bare = true;
  // Commas only group a short head into exact threes: 1,045 and 4,116억, never 1,2 or 2024,3.
  if (intDigits <= 3) {
    while (
      code(s, j) === 44 &&
      isDigit(code(s, j + 1)) &&
      isDigit(code(s, j + 2)) &&
      isDigit(code(s, j + 3)) &&
      !isDigit(code(s, j + 4))
    ) {
      stats.steps++;
      j += 4;
      digits += 3;
      bare = false;
    }
  }
  if (code(s, j) === 46 && isDigit(code(s, j + 1))) {
    j++;
    bare = false;
    while (isDigit(code(s, j))) {
      stats.steps++;
      j++;
      digits++;
    }
    // A second dot makes it a date or version number, not a decimal.
    if (code(s, j) === 46 && isDigit(code(s, j + 1))) return null;
  }
  if (digits > MAX_DIGITS) return null;
  return { value: Number(s.slice(i, j).split(',').join('')), end: j, bare4: bare && intDigits === 4 };
}

/** Digits mixed with 천/백 and 만/억/조 groups: 4천116억, 2만 7500, 10조3000억, 1,045, 88.5, 974억5천여만. */
function readDigitNumeral(s: string, p: number, stats: ScanStats): Numeral | null {
  let lit = readLiteral(s, p, stats);
  if (!lit) return null;
  const bare4 = lit.bare4;
  let coef: number | null = lit.value;
  let j = lit.end;
  let total = 0;
  let section = 0;
  let smallLimit = Number.POSITIVE_INFINITY;
  let bigLimit = Number.POSITIVE_INFINITY;
  let headSmall = 1;
  let firstBig = 0;
  let yeo = false;
  let mult = false;
  for (;;) {
    stats.steps++;
    const small = smallMultiplier(s[j]);
    // 십 is only a multiplier in hangul numerals; with digits ("3십") it is not used in news.
    if (small >= 100 && coef !== null && small < smallLimit) {
      section += coef * small;
      if (!firstBig && !mult) headSmall = small;
      smallLimit = small;
      coef = null;
      mult = true;
      j++;
    } else {
      // One space may stand between digits and 만/억/조 ("4116 억원"); 여 before the group means
      // "more than" (5천여만, 10여만).
      let y = coef !== null && isBlank(code(s, j)) ? 1 : 0;
      const more = s[j + y] === '여' && bigMultiplier(s[j + y + 1]) > 0;
      if (more) y++;
      const big = bigMultiplier(s[j + y]);
      if (!big || big >= bigLimit || (coef === null && section === 0)) break;
      total += (section + (coef ?? 0)) * big;
      section = 0;
      coef = null;
      smallLimit = Number.POSITIVE_INFINITY;
      bigLimit = big;
      firstBig ||= big;
      yeo ||= more;
      mult = true;
      j += 1 + y;
      // The next, smaller group may follow after one space: "2만 7500", "10조 3000억".
      const k = skipBlank(s, j);
      if (!isDigit(code(s, k))) continue;
      j = k;
    }
    if (isDigit(code(s, j))) {
      lit = readLiteral(s, j, stats);
      if (!lit) return null;
      coef = lit.value;
      j = lit.end;
    }
  }
  return {
    value: total + section + (coef ?? 0),
    end: j,
    kind: 'digit',
    mult,
    fourDigits: !mult && bare4,
    yeo,
    head: headSmall * (firstBig || 1),
    big: firstBig,
  };
}

/**
 * Sino-Korean numerals (삼천, 오백, 이십, 천억). Unless `loose`, a numeral must be two or more
 * syllables with a multiplier, and 억/조 need a 십/백/천 before them, so that 천명 (declare),
 * 구조 (structure) and 이조 stay words.
 */
function readSino(s: string, p: number, stats: ScanStats, loose: boolean): Numeral | null {
  let total = 0;
  let section = 0;
  let pending: number | null = null;
  let smallLimit = Number.POSITIVE_INFINITY;
  let bigLimit = Number.POSITIVE_INFINITY;
  let mult = false;
  let j = p;
  while (j - p < 24) {
    stats.steps++;
    const ch = s[j] ?? '';
    const digit = ch === '' ? 0 : SINO_DIGITS.indexOf(ch) + 1;
    const small = smallMultiplier(ch);
    const big = bigMultiplier(ch);
    if (digit > 0 && pending === null) {
      pending = digit;
    } else if (small && small < smallLimit) {
      section += (pending ?? 1) * small;
      pending = null;
      smallLimit = small;
      mult = true;
    } else if (
      big &&
      big < bigLimit &&
      (section > 0 || pending !== null || loose) &&
      (loose || big === 1e4 || smallLimit < Number.POSITIVE_INFINITY)
    ) {
      // Only `loose` reaches here with an empty coefficient: a bare 만 or 억 means one of it.
      total += (section + (pending ?? 0) || 1) * big;
      section = 0;
      pending = null;
      smallLimit = Number.POSITIVE_INFINITY;
      bigLimit = big;
      mult = true;
    } else {
      break;
    }
    j++;
  }
  if (j === p || (!loose && (j - p < 2 || !mult))) return null;
  return { value: total + section + (pending ?? 0), end: j, kind: 'sino', mult, fourDigits: false };
}

/** Native Korean counting words before a counter: 한, 두, 세, 다섯, 일곱, 열두, 스무. */
function readNative(s: string, p: number, stats: ScanStats): Numeral | null {
  let j = p;
  let value = 0;
  for (const [word, v] of NATIVE_TENS) {
    stats.steps++;
    if (s.startsWith(word, j)) {
      value += v;
      j += word.length;
      break;
    }
  }
  for (const [word, v] of NATIVE_ONES) {
    stats.steps++;
    if (s.startsWith(word, j)) {
      value += v;
      j += word.length;
      break;
    }
  }
  return value ? { value, end: j, kind: 'native', mult: false, fourDigits: false } : null;
}

function readNumeral(s: string, p: number, stats: ScanStats): Numeral | null {
  const c = code(s, p);
  if (isDigit(c)) return readDigitNumeral(s, p, stats);
  if (!isSyllable(c)) return null;
  return readNative(s, p, stats) ?? readSino(s, p, stats, false);
}

/**
 * 대 after a number: vehicles after 만/천 or 여 (10만대, 1만2천여대), a plain count otherwise (CCTV
 * 268대, "N major items" of 3대 뉴딜), or a ratio (경쟁률 5.8대 1) before a lone 1 (but 1대 1 is
 * one-on-one, no figure).
 */
function readDae(
  s: string,
  end: number,
  num: Numeral,
  spaced: boolean,
  yeo: boolean,
): { unit: UnitCode; end: number } | null {
  if (num.kind !== 'digit') return null;
  const one = skipBlank(s, end);
  const after = code(s, one + 1);
  if (
    s[one] === '1' &&
    !isAlnum(after) &&
    !((after === 46 || after === 44) && isDigit(code(s, one + 2))) &&
    // particles only: not 1만, 1인 (20대 1인 가구), 1분
    (!isSyllable(after) || (PARTICLES.includes(s[one + 1] ?? '') && !'만인분'.includes(s[one + 1] ?? '')))
  )
    return num.value === 1 ? null : { unit: 'ratio', end: one + 1 };
  const c = code(s, end);
  const unit = (u: UnitCode) => ({ unit: u, end });
  if (isDigit(c)) return null; // 3대2 is a score
  // Vehicles are counted in 만/천 (10만대, 1만2천여대); a bare "268대" (CCTV 268대, 차량 5대를) is a
  // plain count, like the "N major items" of 3대 뉴딜 (README, Unit codes).
  if (num.mult || yeo) return unit('vehicle');
  if (spaced) return null; // "3 대 2"
  return unit('count');
}

/** The counter right at j, if any, resolved against the numeral before it. */
function matchUnit(
  s: string,
  j: number,
  num: Numeral,
  spaced: boolean,
  yeo: boolean,
  stats: ScanStats,
): UnitMatch | null {
  stats.steps++;
  for (const u of UNITS_BY_FIRST.get(s[j] ?? '') ?? []) {
    stats.steps++;
    if (!s.startsWith(u.word, j)) continue;
    if (num.kind === 'native' && !(u.native && spaced)) continue;
    let end = j + u.word.length;
    const exp = u.exp ?? 0;
    if (u.unit === 'dae') {
      const dae = readDae(s, end, num, spaced, yeo);
      return dae ? { ...dae, word: u.word, exp } : null;
    }
    const after = code(s, end);
    if (u.script === 'latin' && isAlnum(after)) continue;
    if (u.script === 'hangul' && !wordEnds(s, end, u.extra ?? '', stats)) continue;
    let unit: UnitCode;
    if (u.unit === 'nyeon') {
      unit = 'years';
      if (s[end] === '간') {
        end++;
      } else if (
        num.fourDigits &&
        !yeo &&
        num.value >= 1900 &&
        num.value <= 2100 &&
        !s.startsWith('동안', skipBlank(s, end))
      ) {
        unit = 'year';
        if (s[end] === '도') end++; // 2021년도 (fiscal year)
      }
    } else {
      unit = u.unit;
      if (unit === 'months' && s[end] === '간') end++;
    }
    if (unit === 'percent' && u.script === 'symbol') {
      // Percentage points (%p, %포인트) read as percent.
      if (s[end] === 'p' && !isAlnum(code(s, end + 1))) end++;
      else if (s.startsWith('포인트', end)) end += 3;
    }
    return { unit, end, word: u.word, exp };
  }
  return null;
}

/** Counter and qualifiers after a numeral: [여] unit [대] [이상|가량|규모...]. */
function readTail(
  s: string,
  num: Numeral,
  stats: ScanStats,
): { unit: UnitCode; end: number; qualifier: Qualifier; exp: number } | null {
  const k = skipBlank(s, num.end);
  let qualifier: Qualifier = num.yeo ? 'over' : 'exact';
  let m = matchUnit(s, k, num, k > num.end, false, stats);
  if (!m && num.kind !== 'native' && s[k] === '여') {
    // 700여 명, 4000억여원: 여 between number and counter means "more than".
    const k2 = skipBlank(s, k + 1);
    m = matchUnit(s, k2, num, k2 > k + 1, true, stats);
    if (m) qualifier = 'over';
  }
  if (!m) return null;
  let end = m.end;
  if (m.word !== '대' && s[end] === '대' && wordEnds(s, end + 1, '', stats)) {
    // 1조원대, 10%대, 1990년대: a band starting at the figure.
    qualifier = 'band';
    end++;
  } else if (
    m.unit !== 'year' &&
    qualifier === 'exact' &&
    s[end] === '여' &&
    wordEnds(s, end + 1, '', stats)
  ) {
    // 1년여 만에, 6개월여: 여 after the counter also means "a little more than".
    qualifier = 'over';
    end++;
  }
  const q = skipBlank(s, end);
  const suffix = suffixAt(s, q, stats);
  if (suffix) {
    qualifier = suffix[1];
    end = q + suffix[0].length;
  }
  return { unit: m.unit, end, qualifier, exp: m.exp };
}

/** Length of a range separator at i (10~20, 10 ~ 20, 10-20), or 0. */
function rangeSeparator(s: string, i: number): number {
  const c = code(s, i);
  // A hyphen only counts when glued on both sides, so "2 - 3" and dashes in prose stay out.
  if (c === 45 || c === 0x2013) return isDigit(code(s, i + 1)) ? 1 : 0;
  const k = skipBlank(s, i);
  const d = code(s, k);
  if (d !== 0x7e && d !== 0x223c && d !== 0xff5e && d !== 0x301c) return 0;
  const e = skipBlank(s, k + 1);
  return isDigit(code(s, e)) ? e - i : 0;
}

function makeQuantity(
  s: string,
  start: number,
  end: number,
  value: number,
  max: number | undefined,
  unit: UnitCode,
  qualifier: Qualifier,
): Quantity {
  const q: Quantity = {
    text: s.slice(start, end),
    start,
    end,
    value,
    unit,
    qualifier,
    approximate: qualifier !== 'exact' || max !== undefined,
  };
  if (max !== undefined) q.max = max;
  return q;
}

/**
 * A range "A~B unit" or "A unit~B unit" starting with numeral a, or null. A bare lower bound takes
 * the upper bound's place value while it stays below it: 500~700만 원 is 500만~700만, 4~5천억 is
 * 4천억~5천억, 1천~2천억 is 1천억~2천억; 500~1만원 stays 500 to 10000.
 */
function readRange(
  s: string,
  start: number,
  a: Numeral,
  prefix: Qualifier,
  stats: ScanStats,
): Quantity | null {
  let j = a.end;
  let sep = rangeSeparator(s, j);
  let first: UnitMatch | null = null;
  if (!sep) {
    const k = skipBlank(s, j);
    first = matchUnit(s, k, a, k > j, false, stats);
    if (!first) return null;
    j = first.end;
    sep = rangeSeparator(s, j);
    if (!sep) return null;
  }
  const b = readDigitNumeral(s, j + sep, stats);
  if (!b) return null;
  const tail = readTail(s, b, stats);
  if (!tail || (first && tail.unit !== first.unit)) return null;
  let low = a.value;
  const place = first || a.big ? 1 : a.mult ? b.big || 1 : (b.head ?? 1);
  if (low * place < b.value) low *= place; // but 500~1만원 is 500 to 10000
  low = scaled(low, first ? first.exp : tail.exp);
  const high = scaled(b.value, tail.exp);
  if (!(high > low)) return null;
  const qualifier = tail.qualifier === 'exact' ? prefix : tail.qualifier;
  return makeQuantity(s, start, tail.end, low, high, tail.unit, qualifier);
}

/** A quantity starting exactly at i (including a leading 약/대략), or null. */
function readQuantityAt(s: string, i: number, stats: ScanStats): Quantity | null {
  let p = i;
  let prefix: Qualifier = 'exact';
  if (s[i] === '약' || s.startsWith('대략', i)) {
    prefix = 'about';
    p = skipBlank(s, s[i] === '약' ? i + 1 : i + 2);
  }
  const a = readNumeral(s, p, stats);
  if (!a) return null;
  if (a.kind === 'digit') {
    const range = readRange(s, i, a, prefix, stats);
    if (range) return range;
  }
  const tail = readTail(s, a, stats);
  if (!tail) return null;
  const qualifier = tail.qualifier === 'exact' ? prefix : tail.qualifier;
  return makeQuantity(s, i, tail.end, scaled(a.value, tail.exp), undefined, tail.unit, qualifier);
}

/** Whether a quantity may begin at i: not inside a word, number, e-mail, URL, date or time. */
function mayStartAt(s: string, i: number): boolean {
  const c = code(s, i);
  const prev = code(s, i - 1);
  if (isDigit(c)) {
    if (isAlnum(prev)) return false; // RE100, GGM2, jb5459
    const p = s[i - 1] ?? '';
    if ('@=_/:#&\\$'.includes(p) && p !== '') return false; // aid=161..., 11:05
    // 2020.12.28, 1,2차, COVID-19, 062-613-1234: continuation of a token, not a new figure.
    if ((p === '.' || p === ',' || p === '-' || p === '\u2013') && isAlnum(code(s, i - 2))) return false;
    // 제2기, 제 5장, 제294회: an ordinal (but in 경제5조 제 is no prefix).
    const je = isBlank(prev) ? i - 2 : i - 1;
    return !(s[je] === '제' && !isSyllable(code(s, je - 1)));
  }
  if (!isSyllable(c) || isSyllable(prev) || isAlnum(prev)) return false;
  return HANGUL_STARTS.includes(s[i] ?? '\u0000');
}

/**
 * The folded code unit for c: fullwidth ASCII (４, ，, ％, ～) -> ASCII; no-break, en/em, thin,
 * hair, narrow no-break, medium mathematical and ideographic spaces -> a space; -1 (dropped) for
 * zero-width space/non-joiner/joiner, word joiner, zero-width no-break space and soft hyphen.
 */
function fold(c: number): number {
  if (c < 0xa0 || (c > 0x3000 && c < 0xfeff)) return c;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) return 32;
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff ? -1 : c;
}

/** The text folded for scanning, and the original index of each folded code unit (then the length). */
function normalize(text: string, stats: ScanStats): { s: string; at: number[] } {
  let s = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    stats.steps++;
    const f = fold(text.charCodeAt(i));
    if (f < 0) continue;
    s += String.fromCharCode(f);
    at.push(i);
  }
  at.push(text.length);
  return { s, at };
}

/**
 * Every quantity in `text`, in order and non-overlapping, with UTF-16 offsets (end exclusive) such
 * that text.slice(q.start, q.end) === q.text, also when the figure has fullwidth digits or
 * invisible characters inside ("4116\u200B억원"). Never throws; linear time (see `stats`).
 */
export function scanQuantities(text: string, stats: ScanStats = { steps: 0 }): Quantity[] {
  const out: Quantity[] = [];
  if (typeof text !== 'string') return out;
  const { s, at } = normalize(text, stats);
  let i = 0;
  while (i < s.length) {
    stats.steps++;
    const q = mayStartAt(s, i) ? readQuantityAt(s, i, stats) : null;
    if (q) {
      i = q.end;
      // Back to the original: from the first code unit's origin to just after the last one's.
      q.start = at[q.start] ?? 0;
      q.end = (at[i - 1] ?? 0) + 1;
      q.text = text.slice(q.start, q.end);
      out.push(q);
    } else {
      i++;
    }
  }
  return out;
}

/**
 * The single quantity that `text` consists of (surrounding whitespace ignored; offsets refer to
 * `text` itself); returns null if the text is anything more or less than one quantity. Never throws.
 */
export function parseQuantity(text: string): Quantity | null {
  if (typeof text !== 'string') return null;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (end <= start) return null;
  const found = scanQuantities(text);
  const q = found[0];
  return found.length === 1 && q && q.start === start && q.end === end ? q : null;
}

/**
 * Value of a number word without unit: "4천116억", "2만 7500", "6조2817억", "1,045", "삼천".
 * Returns null if the trimmed string is not exactly one number. Never throws.
 */
export function parseKoreanNumber(s: string): number | null {
  if (typeof s !== 'string') return null;
  const stats: ScanStats = { steps: 0 };
  const t = normalize(s, stats).s.trim();
  if (!t) return null;
  const n = isDigit(code(t, 0))
    ? readDigitNumeral(t, 0, stats)
    : (readNative(t, 0, stats) ?? readSino(t, 0, stats, true));
  return n && !n.yeo && n.end === t.length ? n.value : null;
}
