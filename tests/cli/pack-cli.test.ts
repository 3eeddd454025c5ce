import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

// Issue 10, maintainers' side: pack:check, and ingest --pack. (pack:merge of a pack the
// extension exported is tested in tests/e2e/my-facts.test.ts, where the export happens.)

const dir = mkdtempSync(join(tmpdir(), 'gctx-pack-cli-'));
const PAGE = resolve(
  import.meta.dirname,
  '../fixtures/pages/z13-kwangju-2022-plan-items-jobs-15000-gallyang.html',
);

describe('npm run pack:check and ingest --pack', () => {
  it('ingest --pack writes a pack that pack:check accepts, and names what it would add', () => {
    const out = join(dir, 'ingested.json');
    const r = runCli('ingest', [PAGE, '--url', 'https://www.kwangju.co.kr/article.php?aid=1', '--pack', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/wrote .*ingested\.json: \d+ observation/);
    const pack = JSON.parse(readFileSync(out, 'utf8'));
    expect(pack).toMatchObject({ format: 'gwangju-ai-context/fact-pack', version: 1 });
    const checked = runCli('pack', ['check', out]);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toContain('passes every check');
    expect(checked.stdout).toContain(`observation ${pack.observations[0].id}`);
  });

  it('refuses a broken file, an edited pack and bad arguments with the reason', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format": ');
    expect(runCli('pack', ['check', broken])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/not JSON/),
    });
    const out = join(dir, 'ingested.json');
    const pack = JSON.parse(readFileSync(out, 'utf8'));
    pack.observations[0].value += 1;
    const edited = join(dir, 'edited.json');
    writeFileSync(edited, JSON.stringify(pack));
    expect(runCli('pack', ['check', edited])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/hash/),
    });
    expect(runCli('pack', ['frobnicate', out])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/usage/),
    });
    expect(runCli('ingest', [PAGE, '--pack', join(dir, 'x.json')])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--url/),
    });
  });
});
