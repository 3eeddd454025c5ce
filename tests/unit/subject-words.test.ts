import { describe, expect, it } from 'vitest';
import { wordsBefore } from '../../lib/shared/subject-words';

describe('the words a new metric is suggested from', () => {
  it.each([
    ['광주시는 인공지능 2단계 사업으로 GPU 1만5000장을 확보한다.', '1만5000장', ['사업', 'GPU']],
    ['데이터센터 연산 성능은 88.5페타플롭스다.', '88.5페타플롭스', ['연산', '성능']],
    ['올해 2024년 120MW를 공급한다.', '120MW', []],
    ['3000억원', '3000억원', []],
  ])('%s → %j', (sentence, figure, words) => {
    expect(wordsBefore(sentence, sentence.indexOf(figure))).toEqual(words);
  });
});
