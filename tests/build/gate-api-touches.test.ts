import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../tools/testing/serve-fixtures';

// Issue 12 §3: on a page the gate turns away, the built gate must not touch the extension API
// (in Chromium the first touch sets up its bindings: about 1 ms of script per page load, bench
// [3]) and must listen to nothing. Counted on the built script, run against a parsed page.

const GATE = readFileSync(resolve(import.meta.dirname, '../../.output/chrome-mv3/gate.js'), 'utf8');

function runGate(html: string, url: string) {
  const { document, window } = parseHTML(html);
  const touches: string[] = [];
  const listeners: string[] = [];
  const sent: unknown[] = [];
  const timers: number[] = [];
  const runtime = {
    id: 'test-extension',
    sendMessage: async (m: unknown) => {
      sent.push(m);
      return { ok: true, value: { loaded: true } };
    },
  };
  const api = (name: string) => ({
    get runtime() {
      touches.push(`${name}.runtime`);
      return runtime;
    },
  });
  const chrome = api('chrome');
  const browser = api('browser');
  const sandbox = {
    document,
    location: new URL(url),
    setInterval: (_fn: unknown, ms: number) => timers.push(ms),
    clearInterval: () => {},
    addEventListener: (type: string) => listeners.push(type),
    get chrome() {
      touches.push('chrome');
      return chrome;
    },
    get browser() {
      touches.push('browser');
      return browser;
    },
    window,
  };
  runInNewContext(GATE, sandbox);
  return { touches, listeners, sent, timers };
}

describe('the built gate (gate.js)', () => {
  it('leaves the extension API untouched on a page that does not mention 광주 and AI', async () => {
    const fx = fixture('n06-chosun-daegu-ai-robot');
    const page = fx.html.replace(/광주/g, '대구');
    const run = runGate(page, fx.expected.url);
    await new Promise((r) => setTimeout(r, 0));
    expect(run.touches).toEqual([]);
    expect(run.sent).toEqual([]);
    expect(run.listeners).toEqual([]);
    expect(run.timers).toEqual([1000]); // one address poll, nothing else
  });

  it('asks the background once, with the article text, on a page that does', async () => {
    const fx = fixture('seed-001-kwangju');
    const run = runGate(fx.html, fx.expected.url);
    await new Promise((r) => setTimeout(r, 0));
    expect(run.touches.length).toBeGreaterThan(0);
    expect(run.sent).toHaveLength(1);
    expect(run.sent[0]).toMatchObject({ type: 'load-overlay', title: expect.any(String) });
    expect((run.sent[0] as { text: string }).text).toContain('광주');
  });
});
