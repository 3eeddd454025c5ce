import { describe, expect, it } from 'vitest';
import { detectTopic } from '../../../lib/judge/detect-topic';

describe('detection: the city named by its districts and its own bodies', () => {
  it('광주 서구 and 광주창조경제혁신센터 name 광주광역시 (경기도 광주시 has no 구)', () => {
    const body = [
      "광주 서구 농성동 옛 청사를 고쳐 지난 9월 문을 연 'AI 스타트업 캠프'가 두 달여 만에 성과를 내고 있다.",
      '광주창조경제혁신센터는 캠프에 입주한 AI 기업 12개사가 매출 120억여원을 올렸다고 밝혔다.',
      '캠프에는 인공지능 창업 지원기관 4곳이 들어서 있고, 센터는 AI 전문인력 양성과정도 운영한다.',
      '첨단3지구 AI 집적단지와 연계한 창업 지원도 이어진다.',
    ].join('\n');
    const v = detectTopic(body, '광주 AI 스타트업 캠프 두 달');
    expect(v.detected).toBe(true);
    expect(v.reasons.join(' ')).toContain('광주 서구');
  });
});
