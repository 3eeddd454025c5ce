import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The runtime layers of lib/ are enforced by Biome's noRestrictedImports, one zone per folder
// (biome.json overrides; README, Layout). A probe file with a cross-layer import must fail
// `biome lint` naming the rule; the same folder's allowed imports must pass.

const ROOT = resolve(import.meta.dirname, '../..');
const BIOME = join(ROOT, 'node_modules/.bin/biome');

function lint(relPath: string, source: string) {
  const file = join(ROOT, relPath);
  writeFileSync(file, source);
  try {
    const r = spawnSync(BIOME, ['lint', '--colors=off', relPath], { cwd: ROOT, encoding: 'utf8' });
    return { code: r.status, out: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(file, { force: true });
  }
}

const CASES: [zone: string, probe: string, forbidden: string, allowed: string][] = [
  [
    'lib/page',
    'lib/page/layer-probe.ts',
    "import { judgePage } from '../judge/judge';",
    "import { scanQuantities } from '../shared/quantity/parse-quantity';",
  ],
  [
    'lib/page',
    'lib/page/layer-probe.ts',
    "import { Request } from '../protocol/messages';",
    "import { send } from '../protocol/send';",
  ],
  [
    'lib/shared',
    'lib/shared/layer-probe.ts',
    "import { bundledStore } from '../store/bundled-store';",
    "import { FigureReading } from './report';",
  ],
  [
    'lib/judge',
    'lib/judge/layer-probe.ts',
    "import { readArticle } from '../page/read/read-page';",
    "import { deriveDiscrepancies } from '../store/derive';",
  ],
  [
    'lib/store',
    'lib/store/layer-probe.ts',
    "import { readFileSync } from 'node:fs';",
    "import { Metric } from '../shared/store-schema';",
  ],
  [
    'tools',
    'tools/layer-probe.ts',
    "import { FIXTURES } from '../tests/e2e/hostile/pages';",
    "import { readArticle } from '../lib/page/read/read-page';",
  ],
];

describe('runtime layers are enforced by the linter', () => {
  it.each(CASES)(
    '%s: a cross-layer import fails lint with the rule named',
    (_zone, probe, forbidden, allowed) => {
      const bad = lint(probe, `${forbidden}\nexport const probe = 1;\n`);
      expect(bad.code, bad.out).not.toBe(0);
      expect(bad.out).toContain('lint/style/noRestrictedImports');
      expect(bad.out).toContain('README, Layout');
      const good = lint(probe, `${allowed}\nexport const probe = 1;\n`);
      expect(good.out).not.toContain('noRestrictedImports');
    },
  );

  it('the tree as committed has no cross-layer import', () => {
    const r = spawnSync(BIOME, ['lint', '--colors=off', 'lib', 'entrypoints', 'tools', 'scripts', 'bench'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(`${r.stdout}${r.stderr}`).not.toContain('noRestrictedImports');
  });
});
