import { afterAll, describe, expect, it } from 'vitest';
import { type Launched, launchWithExtension } from '../../tools/testing/launch';
import { sendFrom } from '../../tools/testing/send-from';

const FLAG = {
  id: '7d0c5e0e-2f55-4a43-9f59-1f4b7a2f0001',
  url: 'https://n.news.naver.com/mnews/article/001/0000000001',
  pageTitle: '광주 AI 기사',
  figure: { text: '2000개', value: 2000, unit: 'count', metric: 'ai-startup-target' },
  quote: { exact: '2000개', prefix: '창업 ', suffix: ', 인공지능' },
  note: '복구 뒤에도 남아야 하는 신고',
  createdAt: '2026-11-20T10:00:00.000Z',
};

// A damaged fact database in the real extension: the background notices on its next start,
// re-seeds the facts from the bundle, and the reader's flags are untouched.
describe('storage repair in the extension, in Chromium', () => {
  let run: Launched | undefined;
  afterAll(async () => {
    await run?.close();
  });

  it('re-seeds a corrupted fact record on the next start and keeps the flags', async () => {
    run = await launchWithExtension();
    const page = await run.context.newPage();
    await page.goto(`chrome-extension://${run.extensionId}/popup.html`);
    const send = sendFrom(page);
    expect(await send({ type: 'flag-add', flag: FLAG })).toEqual({ ok: true, value: { saved: 1 } });

    // Damage one record the way a broken write or a buggy old version could.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('gwangju-ai-context');
          open.onsuccess = () => {
            const tx = open.result.transaction('metrics', 'readwrite');
            tx.objectStore('metrics').put({ id: 'ai-startup-target', name: 42, unit: 'nonsense' });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );

    const profile = run.userDataDir;
    await run.close();
    run = await launchWithExtension('ko-KR', profile);
    const again = await run.context.newPage();
    await again.goto(`chrome-extension://${run.extensionId}/popup.html`);
    const ask = sendFrom(again);
    const metric = await ask({ type: 'metric', id: 'ai-startup-target' });
    expect(metric.ok && metric.value?.metric.name.ko).toBe('AI 창업 목표');
    expect(await ask({ type: 'flag-list' })).toEqual({
      ok: true,
      value: [expect.objectContaining({ id: FLAG.id, note: FLAG.note })],
    });
    expect(await ask({ type: 'store-status' })).toMatchObject({ ok: true, value: { error: null } });
  });
});
