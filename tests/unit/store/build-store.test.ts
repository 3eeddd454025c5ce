import { describe, expect, it } from 'vitest';
import { buildStore, StoreBuildError, type StoreInputs } from '../../../tools/store/build-store';
import { readSeedInputs } from '../../../tools/store/read-seeds';

const seeds = readSeedInputs();

/** The seeds with one curated file's text rewritten. */
function withFile(name: keyof StoreInputs['files'], edit: (text: string) => string): StoreInputs {
  return { articles: seeds.articles, files: { ...seeds.files, [name]: edit(seeds.files[name]) } };
}

function problemsOf(inputs: StoreInputs) {
  try {
    buildStore(inputs);
  } catch (e) {
    if (e instanceof StoreBuildError) return e;
    throw e;
  }
  throw new Error('expected the build to fail');
}

describe('buildStore on the curated seeds', () => {
  const store = buildStore(seeds);

  it('builds, with every collection filled', () => {
    expect(store.sources).toHaveLength(5);
    expect(store.metrics.length).toBeGreaterThanOrEqual(60);
    expect(store.observations.length).toBeGreaterThanOrEqual(80);
    expect(store.statements.length).toBeGreaterThanOrEqual(20);
    expect(store.version).toMatch(/^[0-9a-f]{14}$/);
  });

  it('is deterministic: the same inputs give the same version', () => {
    expect(buildStore(seeds).version).toBe(store.version);
  });

  it('derives the startup-target change 1,000 (2020-01-29) -> 2,000 (2021-03-03)', () => {
    const d = store.discrepancies.find((x) => x.metric === 'ai-startup-target');
    expect(d).toMatchObject({ kind: 'value', observations: ['s002-startups', 's001-startups'] });
    expect(d?.summary.ko).toContain('1,000개');
    expect(d?.summary.ko).toContain('2,000개');
    expect(d?.summary.ko).toContain('2020-01-29');
    expect(d?.summary.ko).toContain('2021-03-03');
    expect(d?.note?.ko).toContain('1000개');
  });

  it('derives the jobs-target change 7,000 -> 27,500', () => {
    const d = store.discrepancies.find((x) => x.metric === 'ai-jobs-target');
    expect(d).toMatchObject({ kind: 'value', observations: ['s002-jobs', 's001-jobs'] });
    expect(d?.summary.en).toContain('7,000');
    expect(d?.summary.en).toContain('27,500');
  });

  it('derives the 1조원 period change "10년간" -> "2027년까지" as a period discrepancy', () => {
    const d = store.discrepancies.find((x) => x.metric === 'ai-cluster-total-budget');
    expect(d).toMatchObject({ kind: 'period', observations: ['s003-cluster-total', 's001-cluster-total'] });
  });

  it('does not call agreeing restatements discrepancies (4116억원 in 2020 and 2021; 5150명 twice)', () => {
    const metrics = store.discrepancies.map((d) => d.metric);
    expect(metrics).not.toContain('ai-cluster-phase1-budget');
    expect(metrics).not.toContain('ai-experts-target');
    expect(metrics).not.toContain('ai-cluster-site-area'); // 66만1157㎡ = 20만평
    expect(metrics).not.toContain('ai-companies-established'); // 36 then 43: different as-of dates
  });

  it('recomputes the arithmetic claims of the sources, and they hold', () => {
    const byId = Object.fromEntries(store.checks.map((c) => [c.id, c]));
    expect(byId['vision-tasks-sum']).toMatchObject({ holds: true, detail: '5 + 6 + 5 + 4 = 20; stated 20' });
    expect(byId['dc-vs-nurion']?.holds).toBe(true);
    expect(byId['childcare-total']?.holds).toBe(true);
    expect(store.checks.every((c) => c.holds)).toBe(true);
  });

  it('reports (does not throw on) a claim that does not hold', () => {
    const broken = withFile('checks.yaml', (t) =>
      t.replace(
        'part: s000-academy-graduates\n  total: s003-academy-seats',
        'part: s003-academy-applicants\n  total: s003-academy-seats',
      ),
    );
    const check = buildStore(broken).checks.find((c) => c.id === 'graduates-of-seats');
    expect(check).toMatchObject({ holds: false, detail: '1045 <= 180' });
  });
});

describe('buildStore rejects bad curated data with file, line, entry and reason', () => {
  it('a quote that is not in its source', () => {
    const err = problemsOf(
      withFile('observations.yaml', (t) =>
        t.replace('예산안 총규모는 6조2817억원이다.', '예산안 총 규모는 6조2817억원이다.'),
      ),
    );
    const p = err.problems.find((x) => x.entry === 's004-budget-total');
    expect(p?.reason).toMatch(/quote is not verbatim in source s004/);
    expect(p?.file).toBe('facts/observations.yaml');
    expect(p?.line).toBeGreaterThan(1);
    expect(err.message).toContain('seeds/facts/observations.yaml:');
  });

  it('a value that is not what the parser reads from the figure', () => {
    const err = problemsOf(
      withFile('observations.yaml', (t) =>
        t.replace('figure: 2만7500명\n  value: 27500', 'figure: 2만7500명\n  value: 27000'),
      ),
    );
    expect(err.problems).toContainEqual(
      expect.objectContaining({
        entry: 's001-jobs',
        reason: 'figure "2만7500명" reads as 27500, the entry says 27000',
      }),
    );
  });

  it('a unit or qualifier that is not what the figure says', () => {
    const err = problemsOf(
      withFile('observations.yaml', (t) =>
        t.replace(
          'figure: 1조원 가량\n  value: 1000000000000\n  unit: KRW\n  qualifier: about',
          'figure: 1조원 가량\n  value: 1000000000000\n  unit: KRW\n  qualifier: exact',
        ),
      ),
    );
    expect(err.problems).toContainEqual(
      expect.objectContaining({
        entry: 's003-cluster-total',
        reason: expect.stringContaining('qualifier about'),
      }),
    );
  });

  it('a figure that is not in its quote', () => {
    const err = problemsOf(
      withFile('observations.yaml', (t) => t.replace('figure: 172명', 'figure: 173명\n  note: typo')),
    );
    expect(err.problems.some((p) => p.entry === 's001-employees' && /does not occur/.test(p.reason))).toBe(
      true,
    );
  });

  it('a statement quote that is not in its source', () => {
    const err = problemsOf(
      withFile('statements.yaml', (t) => t.replace('인공지능은 인재경쟁', '인공지능은 인재 경쟁')),
    );
    expect(err.problems).toContainEqual(
      expect.objectContaining({
        entry: 's003-lee-talent-competition',
        reason: expect.stringMatching(/not verbatim/),
      }),
    );
  });

  it('a wrong shape: unknown kind, misspelt key, missing field', () => {
    const err = problemsOf(
      withFile('observations.yaml', (t) =>
        t.replace(
          'kind: target\n  scope: { key: cluster-term, label: 향후 10년간, from: 2020, until: 2029 }\n  source: s002\n  quote: 또 AI 창업',
          'kind: goal\n  scope: { key: cluster-term, label: 향후 10년간, from: 2020, until: 2029 }\n  sorce: s002\n  quote: 또 AI 창업',
        ),
      ),
    );
    const mine = err.problems.filter((p) => p.entry === 's002-startups');
    expect(mine.map((p) => p.reason).join('\n')).toMatch(/kind: Invalid option/);
    expect(mine.map((p) => p.reason).join('\n')).toMatch(/sorce/);
    expect(mine.map((p) => p.reason).join('\n')).toMatch(/source: /);
    for (const p of mine) expect(p.line).toBeGreaterThan(1);
  });

  it('a YAML syntax error, with its line', () => {
    const err = problemsOf(
      withFile('metrics.yaml', (t) =>
        t.replace('- id: ai-cluster-total-budget\n', '- id: ai-cluster-total-budget\n  name: [unclosed\n'),
      ),
    );
    expect(err.problems[0]).toMatchObject({ file: 'facts/metrics.yaml' });
    expect(err.problems[0]?.reason).toMatch(/^YAML: /);
    expect(err.problems[0]?.line).toBeGreaterThan(1);
  });

  it('dangling references and duplicate ids', () => {
    const err = problemsOf(
      withFile('observations.yaml', (t) =>
        t
          .replace('metric: ai-jobs-target\n  figure: 7000명', 'metric: ai-jobs-goal\n  figure: 7000명')
          .replace('- id: s001-employees', '- id: s001-established'),
      ),
    );
    expect(err.problems).toContainEqual(
      expect.objectContaining({ entry: 's002-jobs', reason: 'unknown metric "ai-jobs-goal"' }),
    );
    expect(err.problems).toContainEqual(
      expect.objectContaining({ entry: 's001-established', reason: 'duplicate id' }),
    );
  });

  it('a curated note on a pair that is not a derived discrepancy', () => {
    const err = problemsOf(
      withFile('notes.yaml', (t) =>
        t.replace('[s002-startups, s001-startups]', '[s002-experts, s001-experts]'),
      ),
    );
    expect(err.problems[0]?.reason).toMatch(/no derived discrepancy/);
  });

  it('a tracks relation that does not hold: unknown target, units that do not compare, no deadline', () => {
    const edit = (to: string) =>
      problemsOf(
        withFile('metrics.yaml', (t) =>
          t.replace(
            'tracks: { target: ai-experts-target, cumulative: true }',
            `tracks: { target: ${to}, cumulative: true }`,
          ),
        ),
      ).problems.find((p) => p.entry === 'ai-academy-cohort1-graduates');
    const unknown = edit('no-such-metric');
    expect(unknown?.reason).toBe('tracks unknown metric "no-such-metric"');
    expect(unknown?.file).toBe('facts/metrics.yaml');
    expect(unknown?.line).toBeGreaterThan(1);
    expect(edit('ai-startup-target')?.reason).toMatch(/unit count cannot be compared with person/);
    expect(edit('ai-dc-world-rank')?.reason).toMatch(/cannot be compared|no deadline/);
    expect(edit('ai-academy-cohort1-seats')?.reason).toMatch(/no target observation/);
  });
});
