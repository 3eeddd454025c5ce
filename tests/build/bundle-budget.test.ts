import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// Size budgets on the built extension (npm test builds it first). The content script runs on
// every article a reader opens; the popup opens on every click.
const OUT = resolve(import.meta.dirname, '../../.output/chrome-mv3');
const KB = 1024;
const gz = (file: string) => gzipSync(readFileSync(join(OUT, file)), { level: 9 }).length;

/** The JS files an HTML entry loads (its module scripts and their static imports). */
function scriptsOf(html: string): string[] {
  const files = new Set<string>();
  const queue = [...readFileSync(join(OUT, html), 'utf8').matchAll(/<script[^>]+src="\/?([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const code = readFileSync(join(OUT, file), 'utf8');
    for (const m of code.matchAll(/from\s*"\.\.?\/([^"]+\.js)"|import\s*"\.\.?\/([^"]+\.js)"/g)) {
      const dep = (m[1] ?? m[2])!;
      queue.push(
        file.includes('/')
          ? join(file.split('/').slice(0, -1).join('/'), dep).replace(/^chunks\/chunks\//, 'chunks/')
          : dep,
      );
    }
  }
  return [...files];
}

describe('bundle budgets (gzip)', () => {
  it('content script <= 30 KB: the gate on every page, plus the overlay injected on articles', () => {
    const gate = gz('gate.js');
    const overlay = gz('overlay.js') + gz('figure-marks.css');
    console.log(
      `content script: gate ${(gate / KB).toFixed(1)} KB + overlay ${(overlay / KB).toFixed(1)} KB gzip`,
    );
    expect(gate).toBeLessThanOrEqual(5 * KB);
    expect(gate + overlay).toBeLessThanOrEqual(30 * KB);
  });

  it('popup <= 80 KB (its scripts, chunks and styles)', () => {
    const scripts = scriptsOf('popup.html');
    const css = readdirSync(join(OUT, 'assets')).filter((f) => f.startsWith('popup') && f.endsWith('.css'));
    const size = [...scripts, ...css.map((c) => `assets/${c}`)].reduce((sum, f) => sum + gz(f), 0);
    console.log(`popup: ${(size / KB).toFixed(1)} KB gzip (${scripts.join(', ')})`);
    expect(scripts.length).toBeGreaterThan(0);
    expect(size).toBeLessThanOrEqual(80 * KB);
  });

  it('reports the fact store size', () => {
    const store = resolve(import.meta.dirname, '../../generated/fact-store.json');
    const raw = statSync(store).size;
    const zipped = gzipSync(readFileSync(store)).length;
    console.log(
      `fact store: ${(raw / KB).toFixed(1)} KB, ${(zipped / KB).toFixed(1)} KB gzip (bundled in the background only)`,
    );
    expect(raw).toBeGreaterThan(10 * KB);
  });
});
