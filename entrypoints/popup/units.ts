import type { UnitCode } from '../../lib/shared/quantity/types';
import type { Lang } from './i18n';

// Unit names for the metric page heading ("단위: 명"); figures themselves are written by
// lib/shared/quantity/format-quantity.

const UNIT_NAMES: Record<UnitCode, readonly [string, string]> = {
  KRW: ['원', 'won'],
  person: ['명', 'people'],
  company: ['개사 (기업 수)', 'companies'],
  count: ['개', 'items'],
  place: ['곳', 'places'],
  vehicle: ['대', 'vehicles'],
  case: ['건', 'cases'],
  m2: ['㎡', 'm²'],
  pyeong: ['평', 'pyeong'],
  km2: ['㎢', 'km²'],
  PFLOPS: ['페타플롭스', 'petaflops'],
  percent: ['%', 'percent'],
  times: ['배', 'times'],
  rank: ['위 (순위)', 'rank'],
  year: ['연도', 'year'],
  years: ['년 (기간)', 'years'],
  months: ['개월', 'months'],
  sheet: ['장', 'units (cards)'],
  hours: ['시간', 'hours'],
  kinds: ['종', 'kinds'],
  byte: ['바이트', 'bytes'],
  watt: ['와트', 'watts'],
  ratio: ['대 1 (경쟁률)', 'to 1 (ratio)'],
};

/** The unit's name in `lang`; the code itself for a unit this popup does not know. */
export function unitName(unit: string, lang: Lang): string {
  const names = UNIT_NAMES[unit as UnitCode];
  return names ? names[lang === 'en' ? 1 : 0] : unit;
}
