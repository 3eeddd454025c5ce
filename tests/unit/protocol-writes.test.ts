import { describe, expect, it } from 'vitest';
import { mayWrite, WRITE_REQUESTS } from '../../lib/protocol/writes';

describe("who may write the reader's data", () => {
  it('extension pages may write; a content script (its sender is the web page) may not', () => {
    for (const type of WRITE_REQUESTS) {
      expect(mayWrite(type, { url: 'chrome-extension://abcdefghijklmnop/flag-frame.html#x' })).toBe(true);
      expect(mayWrite(type, { url: 'moz-extension://5b1c/popup.html' })).toBe(true);
      expect(mayWrite(type, { url: 'https://n.news.naver.com/mnews/article/654/1' })).toBe(false);
      expect(mayWrite(type, {})).toBe(false);
    }
  });

  it('reading is open to the content script', () => {
    expect(mayWrite('judge-page', { url: 'https://www.yna.co.kr/view/1' })).toBe(true);
    expect(mayWrite('search', {})).toBe(true);
  });
});
