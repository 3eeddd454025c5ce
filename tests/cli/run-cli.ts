import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Runs one of the npm CLI scripts the way a user does and returns its exit code and output. */
export function runCli(script: 'analyze' | 'ingest' | 'pack', args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, `scripts/${script}.ts`), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
