import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchHit, searchFacts } from '../../../lib/search/search-facts';
import { SearchHit as SearchHitSchema } from '../../../lib/search/search-hit';
import type { FactStore } from '../../../lib/shared/store-schema';
import { buildStore } from '../../../tools/store/build-store';
import { readSeedInputs } from '../../../tools/store/read-seeds';

const store = buildStore(readSeedInputs());
const index = buildSearchIndex(store);

const ids = (hits: SearchHit[]) => hits.map((h) => h.id);
const startupValues = (hits: SearchHit[]) =>
  hits.filter((h) => h.kind === 'observation' && h.metric === 'ai-startup-target');

describe('searchFacts: the startup target (창업)', () => {
  for (const query of ['창업', 'ㅊㅇ', '창어', 'AI창업', 'ai 창업', '  창업  ']) {
    it(`"${query}" lists both startup-target values (1,000 and 2,000) within the first 5 hits`, () => {
      const top = searchFacts(index, query).slice(0, 5);
      const found = startupValues(top);
      expect(found.map((h) => h.value?.ko)).toEqual(['1,000개', '2,000개']);
      expect(found.map((h) => [h.outlet?.ko, h.date, h.obsKind])).toEqual([
        ['뉴스핌', '2020-01-29', 'target'],
        ['광주일보', '2021-03-03', 'target'],
      ]);
      expect(found.map((h) => h.value?.en)).toEqual(['1,000 items', '2,000 items']);
    });
  }

  it('puts the metric first and its observations right after it', () => {
    const hits = searchFacts(index, '창업');
    expect(hits[0]).toMatchObject({ kind: 'metric', id: 'ai-startup-target', metric: 'ai-startup-target' });
    expect(ids(hits.slice(1, 3))).toEqual(['s002-startups', 's001-startups']);
    expect(hits[1]).toMatchObject({
      scope: '향후 10년간',
      title: { ko: 'AI 창업 목표', en: 'AI startup target' },
    });
  });

  it('a partial syllable must start a character: "ㅏㅇㅇㅓ" (the middle of 창업\'s jamo) finds nothing', () => {
    expect(searchFacts(index, 'ㅏㅇㅇㅓ')).toEqual([]);
    expect(ids(searchFacts(index, '창ㅇ'))).toContain('ai-startup-target');
  });
});

describe('searchFacts: English, aliases, figures', () => {
  it('"jobs" (English, any case) finds the AI job-creation target and both its values', () => {
    for (const q of ['jobs', 'JOBS', 'Jobs']) {
      const hits = searchFacts(index, q);
      expect(ids(hits)).toContain('ai-jobs-target');
      expect(ids(hits)).toEqual(expect.arrayContaining(['s002-jobs', 's001-jobs']));
    }
  });

  it('"startup" finds the startup target by its English name', () => {
    expect(searchFacts(index, 'startup target')[0]?.id).toBe('ai-startup-target');
  });

  it('"데이터센터" finds the data-center metrics first, with their values', () => {
    const hits = searchFacts(index, '데이터센터');
    expect(hits[0]?.kind).toBe('metric');
    expect(hits[0]?.metric).toMatch(/^ai-dc-/);
    expect(ids(hits)).toEqual(
      expect.arrayContaining(['ai-dc-budget', 's001-dc-budget', 'ai-dc-performance']),
    );
    const budget = hits.find((h) => h.id === 's001-dc-budget');
    expect(budget?.value).toEqual({ ko: '3,000억 원', en: '300 billion won' });
  });

  it('"ㄷㅇㅌㅅㅌ" (초성 of 데이터센터) finds the same metrics', () => {
    expect(searchFacts(index, 'ㄷㅇㅌㅅㅌ')[0]?.metric).toMatch(/^ai-dc-/);
  });

  it('an entity alias finds the metrics of that entity ("AI 클러스터" = 인공지능 중심 산업융합 집적단지)', () => {
    expect(ids(searchFacts(index, 'AI 클러스터', 100))).toEqual(
      expect.arrayContaining(['ai-cluster-total-budget', 'ai-cluster-phase1-budget']),
    );
  });

  it('a speaker alias finds the statements ("이용섭 시장"), newest first', () => {
    const hits = searchFacts(index, '이용섭 시장', 100).filter((h) => h.kind === 'statement');
    expect(hits.length).toBeGreaterThan(5);
    expect(hits[0]).toMatchObject({ speaker: '이용섭', title: { ko: '이용섭', en: 'Lee Yong-seop' } });
    const dates = hits.map((h) => h.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('a figure as written and a plain number find the observation', () => {
    expect(searchFacts(index, '2만7500명')[0]?.id).toBe('s001-jobs');
    expect(searchFacts(index, '27500')[0]?.id).toBe('s001-jobs');
    expect(searchFacts(index, '27,500')[0]?.id).toBe('s001-jobs');
  });

  it('words of a multi-word query may sit in different fields ("창업 2021")', () => {
    expect(searchFacts(index, '창업 2021')[0]?.id).toBe('s001-startups');
  });

  it('statements show speaker, date, outlet and quote', () => {
    const hit = searchFacts(index, '배낭').find((h) => h.kind === 'statement');
    expect(hit).toMatchObject({ id: 's000-lee-backpack-startups', speaker: '이용섭', date: '2021-01-01' });
    expect(hit?.quote).toContain('배낭 하나 메고');
    expect(hit?.outlet?.ko).toBeTruthy();
  });
});

describe('searchFacts: aliases of an entity with its own metric (GIST = 지스트 = 광주과학기술원)', () => {
  // The seed store has GIST only as an entity; give it a metric and a statement that names it.
  const withGist: FactStore = {
    ...store,
    metrics: [
      ...store.metrics,
      {
        id: 'gist-ai-graduate-seats',
        name: { ko: 'AI대학원 정원', en: 'AI graduate school places' },
        unit: 'person',
        topic: 'ai-talent',
        entity: 'gist',
        keywords: ['AI대학원', '정원'],
        anchors: [],
      },
    ],
    statements: [
      ...store.statements,
      {
        id: 'test-gist-remark',
        speaker: 'lee-yong-seop',
        date: '2021-02-01',
        quote: '광주과학기술원과 함께 AI 인재를 키우겠다',
        topics: ['ai-talent'],
        source: 's000',
      },
    ],
  };
  const gistIndex = buildSearchIndex(withGist);

  for (const q of ['GIST', 'gist', '지스트', '광주과학기술원', 'ㅈㅅㅌ']) {
    it(`"${q}" finds the metric and the statement`, () => {
      const found = ids(searchFacts(gistIndex, q));
      expect(found).toContain('gist-ai-graduate-seats');
      if (q !== 'ㅈㅅㅌ') expect(found).toContain('test-gist-remark');
    });
  }
});

describe('searchFacts: robustness', () => {
  it('returns [] for an empty or blank query', () => {
    expect(searchFacts(index, '')).toEqual([]);
    expect(searchFacts(index, '   \n\t')).toEqual([]);
  });

  it('does not throw on a 200-character junk query, and honours the limit', () => {
    const junk = '%$#@!~`<script>ㅏㅑ\u0000\ud800🙂'.repeat(20).slice(0, 200);
    expect(() => searchFacts(index, junk)).not.toThrow();
    expect(searchFacts(index, 'ㅇ', 7)).toHaveLength(7);
    expect(searchFacts(index, 'ㅇ', 0).length).toBeLessThanOrEqual(1);
  });

  it('every hit fits the SearchHit schema', () => {
    for (const q of ['창업', 'jobs', '이용섭', '1000', '2021']) {
      for (const h of searchFacts(index, q, 100)) expect(SearchHitSchema.safeParse(h).success).toBe(true);
    }
  });

  it('never throws and returns at most `limit` well-formed hits for any string (property)', () => {
    const korean = fc.string({
      unit: fc.constantFrom(...'창업ㅊㅇ가각ㅏ데이터센터 AIjobsGIST지스트1,000만억원 ()·"\'<>'.split('')),
      maxLength: 40,
    });
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 250 }), korean),
        fc.integer({ min: 1, max: 100 }),
        (q, limit) => {
          const hits = searchFacts(index, q, limit);
          expect(hits.length).toBeLessThanOrEqual(limit);
          for (const h of hits) expect(h.score).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  // Query time is measured in `npm run bench`; here, repeated queries give the same answers
  // (no state grows between them).
  it('answers the same query the same way every time', () => {
    const queries = ['창업', 'ㅊㅇ', 'jobs', '데이터센터 2021'];
    const first = queries.map((q) => searchFacts(index, q).map((h) => h.id));
    for (let i = 0; i < 50; i++)
      expect(queries.map((q) => searchFacts(index, q).map((h) => h.id))).toEqual(first);
    expect(first.every((ids) => ids.length > 0)).toBe(true);
  });
});
