import { describe, expect, it } from 'vitest';
import { Request } from '../../lib/protocol/messages';
import { CONTENT_SCRIPT_REQUESTS, mayAsk } from '../../lib/protocol/who-may-ask';

const ALL = Request.options.map((o) => o.shape.type.value);

describe("who may write or read the reader's data", () => {
  it('extension pages may ask anything; a content script (its sender is the web page) only its four', () => {
    for (const type of ALL) {
      expect(mayAsk(type, { url: 'chrome-extension://abcdefghijklmnop/flag-frame.html#x' })).toBe(true);
      expect(mayAsk(type, { url: 'moz-extension://5b1c/popup.html' })).toBe(true);
      const fromPage = CONTENT_SCRIPT_REQUESTS.has(type);
      expect(mayAsk(type, { url: 'https://n.news.naver.com/mnews/article/654/1' })).toBe(fromPage);
      expect(mayAsk(type, {})).toBe(fromPage);
    }
  });

  it('every write and every private read is refused to a page', () => {
    for (const type of [
      'flag-add',
      'flag-delete',
      'flags-import',
      'flag-list',
      'flags-export',
      'enable-site',
      'fact-add',
      'fact-edit',
      'fact-delete',
      'facts-clear',
      'my-facts',
      'packs',
      'pack-import',
      'pack-export',
      'pack-set',
      'fact-form',
      'search',
      'targets',
    ] as const)
      expect(mayAsk(type, { url: 'https://www.yna.co.kr/view/1' })).toBe(false);
    expect(mayAsk('judge-page', { url: 'https://www.yna.co.kr/view/1' })).toBe(true);
  });
});
