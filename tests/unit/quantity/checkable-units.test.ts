// isScopeUnit (lib/shared/quantity) and isCheckableFigure (lib/judge/read/read-figures) must agree on every unit:
// `hours` is a figure to check (교육 1120시간), only calendar years and 년/개월 durations are scope.
import { describe, expect, it } from 'vitest';
import { isCheckableFigure } from '../../../lib/judge/read/read-figures';
import { parseQuantity } from '../../../lib/shared/quantity/parse-quantity';
import { isScopeUnit, type Quantity, UnitCode } from '../../../lib/shared/quantity/types';

const figure = (unit: UnitCode): Quantity => ({
  text: '1',
  start: 0,
  end: 1,
  value: 1,
  unit,
  qualifier: 'exact',
  approximate: false,
});

describe('checkable units', () => {
  it.each(UnitCode.options)('%s', (unit) => {
    expect(isCheckableFigure(figure(unit))).toBe(!isScopeUnit(unit));
  });

  it('marks 48시간, 1만5000장, 77종, 107PB, 120MW and 5.8대 1 as figures', () => {
    for (const text of ['48시간', '1만5000장', '77종', '107PB', '120MW', '5.8대 1']) {
      const q = parseQuantity(text);
      expect(q, text).not.toBeNull();
      if (q) expect(isCheckableFigure(q), text).toBe(true);
    }
  });
});
