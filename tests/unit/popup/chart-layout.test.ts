import { describe, expect, it } from 'vitest';
import { layoutChart, niceTicks } from '../../../entrypoints/popup/chart-layout';
import { metricDetail } from '../../../lib/search/metric-detail';
import { buildStore } from '../../../tools/store/build-store';
import { readSeedInputs } from '../../../tools/store/read-seeds';

const store = buildStore(readSeedInputs());

describe('niceTicks', () => {
  it('gives round steps covering the range', () => {
    expect(niceTicks(0, 2300)).toEqual([0, 1000, 2000]);
    expect(niceTicks(0, 1)).toEqual([0, 0.5, 1]);
    expect(niceTicks(5, 5)).toEqual([5]);
  });
});

describe('layoutChart', () => {
  it('places the startup target: later date to the right, larger value higher, one discrepancy link', () => {
    const layout = layoutChart(metricDetail(store, 'ai-startup-target')!);
    const [a, b] = layout.points;
    expect(layout.points.map((p) => p.value)).toEqual([1000, 2000]);
    expect(b!.x).toBeGreaterThan(a!.x);
    expect(b!.y).toBeLessThan(a!.y);
    expect(layout.links).toHaveLength(1);
    expect(layout.links[0]).toMatchObject({
      kind: 'value',
      from: { id: 's002-startups' },
      to: { id: 's001-startups' },
    });
  });

  it('converts 평 to ㎡ and keeps every mark inside the box, for every metric', () => {
    for (const m of store.metrics) {
      const layout = layoutChart(metricDetail(store, m.id)!);
      expect(layout.skipped).toBe(0);
      for (const p of layout.points) {
        expect(p.x).toBeGreaterThanOrEqual(layout.plot.left);
        expect(p.x).toBeLessThanOrEqual(layout.plot.right);
        expect(p.y).toBeGreaterThanOrEqual(layout.plot.top - 0.001);
        expect(p.y).toBeLessThanOrEqual(layout.plot.bottom + 0.001);
      }
    }
    const area = layoutChart(metricDetail(store, 'ai-cluster-site-area')!);
    const values = area.points.map((p) => Math.round(p.value));
    expect(values).toContain(661157);
  });

  it('sets marks of one day side by side', () => {
    const layout = layoutChart(metricDetail(store, 'ai-cluster-total-budget')!);
    const sameDay = layout.points.filter((p) => p.date === '2021-03-03');
    expect(sameDay.length).toBe(2);
    expect(sameDay[0]!.x).not.toBe(sameDay[1]!.x);
  });
});
