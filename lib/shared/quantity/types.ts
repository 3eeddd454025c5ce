import { z } from 'zod';

/**
 * Stable unit codes for figures. Money is always normalised to won (KRW).
 * Documented for users in README ("Unit codes").
 */
export const UnitCode = z.enum([
  'KRW', // 원, 만원, 억원, 조원 -> won
  'person', // 명, 인
  'company', // 개사, 개 기업, 社
  'count', // 개, 가지, 과제; also the "N대" of "20대 중점과제" (N major items)
  'place', // 곳, 개소
  'vehicle', // 대 after 만/천 (10만대 완성차)
  'case', // 건
  'm2', // ㎡, m², 제곱미터
  'pyeong', // 평
  'km2', // ㎢, 제곱킬로미터
  'PFLOPS', // 페타플롭스, PF (88.5PF)
  'percent', // %, 퍼센트, 프로
  'times', // 배 (ratio: 3배)
  'rank', // 위 (세계 10위)
  'year', // a calendar year: 2027년, 2045년까지
  'years', // a duration in years: 10년간, 5년
  'months', // a duration in months: 24개월
  'sheet', // 장 (GPU 1만5000장)
  'hours', // 시간 (교육 1120시간, 48시간): a figure, not a scope
  'kinds', // 종 (데이터 77종)
  'byte', // 바이트 with 엑사/페타/테라/기가/메가, EB/PB/TB/GB/MB -> bytes, decimal (107PB -> 1.07e17)
  'watt', // 와트 with 기가/메가/킬로, GW/MW/kW -> watts (120MW -> 1.2e8)
  'ratio', // "N대 1" (경쟁률 5.8대 1 -> 5.8)
]);
export type UnitCode = z.infer<typeof UnitCode>;

/**
 * Units that set a figure's scope instead of being a figure: calendar years and durations in
 * 년/개월. `hours` is not one of them (교육 1120시간 is a figure to check). The same set as
 * isCheckableFigure in lib/judge/read/read-figures.ts, which keeps every other unit.
 */
export const isScopeUnit = (unit: UnitCode): boolean =>
  unit === 'year' || unit === 'years' || unit === 'months';

/**
 * How a qualifier bends the value: 약/가량/규모/정도 -> about; 여/넘는/초과/이상 -> over/atLeast;
 * 이하/미만 -> atMost/under; 대 after money (1조원대) -> band (value <= x < next power step).
 */
export const Qualifier = z.enum(['exact', 'about', 'over', 'atLeast', 'atMost', 'under', 'band']);
export type Qualifier = z.infer<typeof Qualifier>;

/** One quantity read from text. Offsets are UTF-16 indices into the scanned string, end exclusive. */
export const Quantity = z.object({
  /** the exact source slice text.slice(start, end), qualifiers included (약 4116억원, 700여 명) */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** normalised value (won for money); for ranges, the lower bound */
  value: z.number(),
  /** upper bound for ranges (10~20%); absent otherwise */
  max: z.number().optional(),
  unit: UnitCode,
  qualifier: Qualifier,
  /** true unless qualifier is exact and there is no range */
  approximate: z.boolean(),
});
export type Quantity = z.infer<typeof Quantity>;
