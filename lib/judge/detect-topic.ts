import { detectSubject } from './detect-subject';

/** Is this article about Gwangju Metropolitan City's AI policy? Score in [0, 1] with reasons. */
export interface TopicVerdict {
  detected: boolean;
  score: number;
  reasons: string[];
}

type Signal = 'metro' | 'gyeonggi' | 'ai' | 'policy' | 'otherCity' | 'metroStrong';

// A small fixed lexicon, not the fact store, so the content script can decide cheaply on every
// page without loading any store data.
const LEXICON: Record<Signal, string[]> = {
  // 광주광역시 and its people and places
  metro: [
    '광주광역시',
    '광주시',
    '광주시장',
    '광주시의회',
    '광주형',
    '빛고을',
    '광주 첨단',
    '광주에',
    '광주의',
    '광주가',
    '광주는',
    '광주를',
    '광주로',
    '광주 AI',
    '광주AI',
  ],
  metroStrong: [
    '광주광역시',
    '이용섭',
    '강기정',
    '첨단3지구',
    '첨단 3지구',
    '광주과학기술원',
    'GIST',
    '지스트',
    '빛그린',
    '인공지능사관학교',
    '광주글로벌모터스',
    '김대중컨벤션센터',
    // the city's districts (경기도 광주시 has none of these) and its own bodies
    '광주 서구',
    '광주 북구',
    '광주 남구',
    '광주 동구',
    '광주 광산구',
    '광산구',
    '광주창조경제혁신센터',
    '광주테크노파크',
    '인공지능산업융합사업단',
  ],
  // 경기도 광주시: a different city with the same name
  gyeonggi: [
    '경기 광주',
    '경기도 광주',
    '경기광주',
    '곤지암',
    '오포읍',
    '오포',
    '퇴촌',
    '초월읍',
    '남한산성',
    '방세환',
    '신동헌',
    '경안동',
    '광주시 오포',
    '광주시 곤지암',
  ],
  ai: [
    '인공지능',
    'AI',
    '데이터센터',
    '슈퍼컴퓨팅',
    '슈퍼컴퓨터',
    '집적단지',
    '인공지능사관학교',
    '딥러닝',
    '머신러닝',
  ],
  policy: [
    '집적단지',
    '클러스터',
    '데이터센터',
    '창업',
    '스타트업',
    '유치',
    '예산',
    '국비',
    '사업비',
    '목표',
    '양성',
    '인재',
    '일자리',
    '비전',
    '선도도시',
    '중심도시',
    '조성',
    '투입',
    '추진',
  ],
  otherCity: [
    '서울시',
    '부산시',
    '대구시',
    '인천시',
    '대전시',
    '울산시',
    '세종시',
    '경기도',
    '성남시',
    '수원시',
    '포항시',
    '전주시',
    '창원시',
    '청주시',
    '천안시',
    '부산',
    '대구',
    '대전',
    '울산',
    '판교',
  ],
};

// One alternation of literal words, longest first. The content script runs this on every page,
// so it uses the engine's regex rather than bundling an Aho-Corasick library: the lexicon is
// fixed and small, the pattern has no nested quantifier, and matching is linear in the text.
const SIGNAL_OF = new Map<string, Signal[]>();
for (const signal of Object.keys(LEXICON) as Signal[]) {
  for (const word of LEXICON[signal]) SIGNAL_OF.set(word, [...(SIGNAL_OF.get(word) ?? []), signal]);
}
const WORDS = [...SIGNAL_OF.keys()].sort((a, b) => b.length - a.length);
const PATTERN = new RegExp(WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

interface WordMatch {
  pattern: string;
  start: number;
  end: number;
  signal: Signal;
}

// For each word, the lexicon words inside it and where (광주시장 holds 광주시 at 0): computed once.
const INSIDE = new Map(
  WORDS.map((word) => [
    word,
    WORDS.flatMap((w) => {
      const at = word.indexOf(w);
      return at < 0 ? [] : [{ w, at }];
    }),
  ]),
);

/** Every lexicon word in the text; words inside a longer match count too (광주시장 counts 광주시). */
function* matches(text: string): Generator<WordMatch> {
  const re = new RegExp(PATTERN);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (const { w, at } of INSIDE.get(m[0])!) {
      for (const signal of SIGNAL_OF.get(w)!) {
        yield { pattern: w, start: m.index + at, end: m.index + at + w.length, signal };
      }
    }
  }
}

const isAsciiLetter = (ch: string | undefined) => !!ch && /[A-Za-z]/.test(ch);

/** Counts of each signal in a text, with the distinct words that fired. */
function countSignals(text: string) {
  const counts: Record<Signal, number> = {
    metro: 0,
    metroStrong: 0,
    gyeonggi: 0,
    ai: 0,
    policy: 0,
    otherCity: 0,
  };
  const words: Record<Signal, Map<string, number>> = {
    metro: new Map(),
    metroStrong: new Map(),
    gyeonggi: new Map(),
    ai: new Map(),
    policy: new Map(),
    otherCity: new Map(),
  };
  const aiAt: number[] = [];
  for (const m of matches(text)) {
    const signal = m.signal;
    // "AI" and "GIST" must stand alone: not inside "MAIL", "SAID", "GISTER".
    if (/^[A-Z]+$/.test(m.pattern) && (isAsciiLetter(text[m.start - 1]) || isAsciiLetter(text[m.end])))
      continue;
    // "광주시 오포" is 경기도 광주시: do not count its "광주시" for 광주광역시.
    if (
      signal === 'metro' &&
      m.pattern === '광주시' &&
      /^\s*(오포|곤지암|퇴촌|초월|경안|남한산성)/.test(text.slice(m.end, m.end + 6))
    )
      continue;
    counts[signal]++;
    words[signal].set(m.pattern, (words[signal].get(m.pattern) ?? 0) + 1);
    if (signal === 'ai') aiAt.push(m.start);
  }
  return { counts, words, aiAt };
}

function list(words: Map<string, number>, max = 4): string {
  return [...words.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([w, n]) => `"${w}" ×${n}`)
    .join(', ');
}

/** Paragraph-level share of the article that talks about AI (for "mostly about something else"). */
function aiParagraphShare(
  text: string,
  aiAt: readonly number[],
): { aiParagraphs: number; paragraphs: number } {
  let paragraphs = 0;
  let aiParagraphs = 0;
  let start = 0;
  let k = 0; // aiAt is in text order
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (text.slice(start, end).trim().length >= 30) {
      paragraphs++;
      while (k < aiAt.length && aiAt[k]! < start) k++;
      if (k < aiAt.length && aiAt[k]! < end) aiParagraphs++;
    }
    start = end + 1;
  }
  return { aiParagraphs, paragraphs };
}

/** Fewer AI terms than this, in an article mostly about something else, is a passing mention. */
const PASSING_AI_TERMS = 4;

/**
 * Scores the article body for Gwangju-AI-policy-ness. It needs 광주광역시 (not 경기도 광주시)
 * and AI together, enough of both, and policy vocabulary. An article mainly about something else
 * with one substantial AI paragraph is detected with a lower score. A story whose subject is
 * another place (its lede, and most place mentions), naming 광주 as a rival, a losing candidate or
 * a comparison, is not detected: the subject decides, not the count of words. The headline, when
 * given, counts as the first lede. Never throws.
 */
export function detectTopic(body: string, title?: string): TopicVerdict {
  const reasons: string[] = [];
  const { counts, words, aiAt } = countSignals(body);
  const metro = counts.metro + counts.metroStrong;
  const length = Math.max(body.length, 1);

  if (counts.gyeonggi > 0) reasons.push(`경기도 광주시 cues: ${list(words.gyeonggi)}`);
  if (metro > 0) reasons.push(`광주광역시 cues: ${list(new Map([...words.metro, ...words.metroStrong]))}`);
  else reasons.push('no mention of 광주광역시');
  if (counts.ai > 0) reasons.push(`AI terms: ${list(words.ai)}`);
  else reasons.push('no AI terms');
  if (counts.otherCity > 0) reasons.push(`other places: ${list(words.otherCity)}`);

  // 경기도 광주시 outweighs: unless 광주광역시 is named outright more often, it is not our city.
  const gyeonggiWins = counts.gyeonggi > 0 && counts.metroStrong <= counts.gyeonggi;
  if (gyeonggiWins) {
    reasons.push('verdict: about 경기도 광주시, not 광주광역시');
    return { detected: false, score: 0, reasons };
  }
  if (metro === 0 || counts.ai === 0) {
    reasons.push('verdict: needs both 광주광역시 and AI in the body');
    return { detected: false, score: 0, reasons };
  }

  // Each part saturates: a few clear mentions are enough; density keeps long pages honest.
  const metroPart = Math.min(1, (counts.metro + 2 * counts.metroStrong) / 4);
  const aiPart = Math.min(1, counts.ai / 4);
  const policyPart = Math.min(1, counts.policy / 5);
  const density = Math.min(1, ((counts.ai + metro) / length) * 400);
  const { aiParagraphs, paragraphs } = aiParagraphShare(body, aiAt);
  const share = paragraphs > 0 ? aiParagraphs / paragraphs : 1;
  // Other cities' AI news names Gwangju in passing: weigh 광주 against the other places.
  const otherCityShare = counts.otherCity / Math.max(1, counts.otherCity + metro);
  let score =
    metroPart * 0.3 + aiPart * 0.3 + policyPart * 0.15 + density * 0.1 + Math.min(1, share * 2) * 0.15;
  score *= 1 - Math.max(0, otherCityShare - 0.34);
  score = Math.round(score * 100) / 100;

  reasons.push(`AI in ${aiParagraphs} of ${paragraphs} paragraphs`);
  if (otherCityShare > 0.34)
    reasons.push(`other places outnumber 광주 (${Math.round(otherCityShare * 100)}% of place mentions)`);
  let detected = score >= 0.5 && counts.ai >= 2 && metro >= 2;
  if (detected && share < 0.34) {
    // A land sale naming "인공지능 … 집적단지" once among a district's tenants is not AI news.
    if (counts.ai < PASSING_AI_TERMS) {
      detected = false;
      reasons.push(`mostly about something else, AI named only in passing (${counts.ai} AI terms)`);
    } else reasons.push('mostly about something else, with an AI part: lower score');
  }
  // Who the story is about: another place's AI news names 광주 as a rival or yardstick.
  const subject = detectSubject(body, title);
  reasons.push(...subject.reasons);
  if (subject.elsewhere) {
    detected = false;
    score = Math.min(score, 0.3);
  }
  reasons.push(
    `verdict: ${detected ? 'Gwangju AI-policy article' : 'not a Gwangju AI-policy article'} (score ${score})`,
  );
  return { detected, score, reasons };
}
