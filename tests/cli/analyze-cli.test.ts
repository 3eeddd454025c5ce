import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const SEEDS = [
  '000_fc8022d90c85c4e9',
  '001_f89e371b9cde3c42',
  '002_4b7f49211db2693c',
  '003_ed1fe1c4b4ab4489',
  '004_d7bdded55a13e97a',
];
const tmp = mkdtempSync(join(tmpdir(), 'gctx-cli-'));

interface JsonFigure {
  text: string;
  value: number;
  unit: string;
  status: string;
  metric: string | null;
}

describe('npm run analyze', () => {
  it.each(SEEDS)('reports every policy figure of seed %s as consistent with the store', (seed) => {
    const r = runCli('analyze', [`seeds/articles/${seed}.txt`, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.detected).toBe(true);
    const figures = report.figures as JsonFigure[];
    const linked = figures.filter((f) => f.metric !== null);
    expect(linked.length).toBeGreaterThanOrEqual(12);
    expect(linked.filter((f) => f.status !== 'consistent')).toEqual([]);
    for (const key of ['score', 'reasons', 'article', 'statements', 'discrepancies'])
      expect(report).toHaveProperty(key);
    expect(Object.keys(figures[0]!)).toEqual(
      expect.arrayContaining([
        'text',
        'value',
        'unit',
        'approximate',
        'start',
        'end',
        'sentence',
        'metric',
        'status',
        'explanation',
        'facts',
      ]),
    );
  });

  it('prints a readable report with the seed 002 startup discrepancy', () => {
    const r = runCli('analyze', ['seeds/articles/002_4b7f49211db2693c.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('감지 Detected: yes');
    expect(r.stdout).toMatch(/✓ 1000개 +=/);
    expect(r.stdout).toContain('[store/value] AI 창업 목표');
  });

  it('reads standard input', () => {
    const text =
      '광주시 AI 집적단지\n광주광역시는 인공지능 집적단지 1단계 사업에 4116억원을 투입하고 AI 창업 1500개를 목표로 한다고 밝혔다. 광주시는 AI 인재 양성에도 힘쓴다.';
    const r = runCli('analyze', ['-', '--json', '--date', '2021-06-01'], text);
    expect(r.code, r.stderr).toBe(0);
    const statuses = (JSON.parse(r.stdout).figures as JsonFigure[]).map((f) => [f.text, f.status]);
    expect(statuses).toEqual([
      ['4116억원', 'consistent'],
      ['1500개', 'discrepancy'],
    ]);
  });

  it('lists figures of an undetected page only with --all', () => {
    const file = join(tmp, 'biennale.html');
    writeFileSync(
      file,
      '<!doctype html><html><head><meta charset="utf-8"><title>비엔날레</title></head><body><article><p>광주비엔날레가 개막했다. 올해 비엔날레에는 관람객 50만명이 찾을 것으로 보인다.</p><p>광주시는 이번 비엔날레에 예산 120억원을 들였다고 밝혔다. 비엔날레는 광주 북구 비엔날레전시관과 양림동 일대에서 열린다.</p></article></body></html>',
    );
    const plain = JSON.parse(runCli('analyze', [file, '--json']).stdout);
    expect(plain.detected).toBe(false);
    expect(plain.figures).toEqual([]);
    const all = JSON.parse(runCli('analyze', [file, '--json', '--all']).stdout);
    expect(all.detected).toBe(false);
    expect((all.figures as JsonFigure[]).map((f) => f.text)).toEqual(['50만명', '120억원']);
  });

  it('exits 0 and says so when a page has no article body', () => {
    const file = join(tmp, 'front.html');
    writeFileSync(
      file,
      '<!doctype html><html><head><title>홈</title></head><body><nav><a href="/">홈</a></nav><p>짧은 글</p></body></html>',
    );
    const r = runCli('analyze', [file, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      detected: false,
      reasons: ['no article body found on the page'],
      figures: [],
    });
  });

  it('exits 2 with a one-line reason on unreadable, empty or binary input', () => {
    const empty = join(tmp, 'empty.html');
    writeFileSync(empty, '   \n');
    const binary = join(tmp, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    for (const [args, reason] of [
      [[join(tmp, 'missing.html')], /missing\.html: cannot read \(ENOENT\)/],
      [[empty], /empty\.html: the input is empty/],
      [[binary], /image\.png: not HTML or text/],
      [[], /usage: npm run analyze/],
    ] as const) {
      const r = runCli('analyze', [...args]);
      expect(r.code).toBe(2);
      expect(
        r.stderr
          .trim()
          .split('\n')
          .filter((l) => !l.includes('npm warn')),
      ).toHaveLength(1);
      expect(r.stderr).toMatch(reason);
    }
  });
});

describe('npm run ingest', () => {
  it('prints reviewable draft entries in the seeds format and writes nothing', () => {
    const r = runCli('ingest', ['seeds/articles/003_ed1fe1c4b4ab4489.txt', '--id', 's900']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('# --- seeds/facts/observations.yaml');
    expect(r.stdout).toContain('metric: ai-cluster-phase1-budget');
    expect(r.stdout).toContain('figure: 4116억원');
    expect(r.stdout).toContain('quote: 이에 1차 교육생 180명 모집에');
    expect(r.stdout).toMatch(/speaker: lee-yong-seop\n\s+date: 2020-06-29\n\s+quote: 인공지능은 인재경쟁/);
  });
});
