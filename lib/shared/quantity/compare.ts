import type { Qualifier, UnitCode } from './types';

/** A closed-open interval of plausible true values: [lo, hi]. Infinity where unbounded. */
export interface ValueInterval {
  lo: number;
  hi: number;
}

// How much room a qualifier leaves. 약/가량/규모 are taken as within 10%; 여 (700여 명,
// 4000억여원) as up to 30% over, which keeps 4000억여원 in agreement with 4116억원.
const ABOUT = 0.1;
const OVER = 0.3;

/** The interval of values a stated figure allows. Never throws. */
export function valueInterval(value: number, qualifier: Qualifier, max?: number): ValueInterval {
  if (max !== undefined && max >= value) return { lo: value, hi: max };
  switch (qualifier) {
    case 'exact':
      return { lo: value, hi: value };
    case 'about':
      return { lo: value * (1 - ABOUT), hi: value * (1 + ABOUT) };
    case 'over':
      return { lo: value, hi: value * (1 + OVER) };
    case 'atLeast':
      return { lo: value, hi: Number.POSITIVE_INFINITY };
    case 'atMost':
      return { lo: Number.NEGATIVE_INFINITY, hi: value };
    case 'under':
      return { lo: Number.NEGATIVE_INFINITY, hi: value };
    case 'band': {
      // 1조원대: from 1조 up to (not including) 2조; the step is the leading digit's place.
      const step = value > 0 ? 10 ** Math.floor(Math.log10(value)) : 1;
      return { lo: value, hi: value + step };
    }
  }
}

/** Relative slack for values that went through a unit conversion (평 <-> ㎡ round in the sources). */
export const CONVERSION_SLACK = 1e-3;

/**
 * True when two stated figures can both be right: their intervals overlap, within `slack`
 * (relative) for values converted between units; pass 0 for values stated in the same unit.
 */
export function intervalsAgree(a: ValueInterval, b: ValueInterval, slack = CONVERSION_SLACK): boolean {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return lo <= hi + (slack === 0 ? 0 : slack * Math.abs(hi)); // 0 × ∞ would be NaN
}

/** ㎡ per 평, by the legal definition (1평 = 400/121 ㎡). */
export const M2_PER_PYEONG = 400 / 121;

/**
 * The value expressed in `target` unit, or null when the units measure different things.
 * Only lossless, meaningful conversions: 평 <-> ㎡, and between counts of discrete things
 * (company, count, place).
 * Bytes and watts need none: the parser normalises every prefix (107PB, 120MW, 500kW) to the base
 * unit. 장 (sheet), 종 (kinds), 시간 (hours) and N대 1 (ratio) convert to nothing else: 1만5000장 of
 * GPUs is not a count of companies or items a metric in 개 stands for.
 */
export function convertValue(value: number, from: UnitCode, target: UnitCode): number | null {
  if (from === target) return value;
  if (from === 'pyeong' && target === 'm2') return value * M2_PER_PYEONG;
  if (from === 'm2' && target === 'pyeong') return value / M2_PER_PYEONG;
  // Counts of discrete things: "AI 기업 82곳" is 82개사, "기관 70곳과 협약" is 70 partners.
  const counts: UnitCode[] = ['company', 'count', 'place'];
  if (counts.includes(from) && counts.includes(target)) return value;
  return null;
}
