import { describe, expect, it } from 'vitest';
import { MAX_STATEMENTS, metricDetail } from '../../../lib/search/metric-detail';
import { buildStore } from '../../../tools/store/build-store';
import { readSeedInputs } from '../../../tools/store/read-seeds';

const store = buildStore(readSeedInputs());

describe('metricDetail', () => {
  it('returns null for an unknown id', () => {
    expect(metricDetail(store, 'no-such-metric')).toBeNull();
  });

  it('gives the startup target with its history (oldest first), its discrepancy and topic', () => {
    const d = metricDetail(store, 'ai-startup-target');
    expect(d?.metric.name.ko).toBe('AI 창업 목표');
    expect(d?.topic).toEqual({ ko: 'AI 창업', en: 'AI startups' });
    expect(d?.history.map((h) => [h.observation.value, h.outlet.ko, h.date])).toEqual([
      [1000, '뉴스핌', '2020-01-29'],
      [2000, '광주일보', '2021-03-03'],
    ]);
    expect(d?.history[1]?.url).toMatch(/^http/);
    expect(d?.history[1]?.headline).toBeTruthy();
    expect(d?.discrepancies.map((x) => x.observations)).toEqual([['s002-startups', 's001-startups']]);
  });

  it('lists statements on the topic, newest first, with speaker name and role, at most 8', () => {
    const d = metricDetail(store, 'ai-vision-tasks');
    expect(d?.statements.length).toBe(MAX_STATEMENTS);
    const dates = d?.statements.map((s) => s.date) ?? [];
    expect(dates).toEqual([...dates].sort().reverse());
    expect(d?.statements[0]?.speaker.name.ko).toBeTruthy();
    expect(d?.statements.every((s) => s.topics.includes('ai-vision'))).toBe(true);
    const lee = d?.statements.find((s) => s.speaker.id === 'lee-yong-seop');
    expect(lee?.speaker.role).toContain('광주광역시장');
    expect(lee?.outlet.ko).toBeTruthy();
  });

  it('sorts every metric history by source date', () => {
    for (const m of store.metrics) {
      const dates = metricDetail(store, m.id)?.history.map((h) => h.date) ?? [];
      expect(dates).toEqual([...dates].sort());
    }
  });
});
