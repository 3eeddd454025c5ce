/**
 * Whose story is it: 광주's, or another place's that names 광주 as a rival, a losing candidate or a
 * comparison? The lede decides (the headline when given, and the first sentences of the body):
 * the first place it names outside a rival frame, unless 광주 is the subject, the place or the
 * object of the lede. A lede about another place is confirmed by the body: the story is that
 * place's when other places are named (outside rival frames, with "시는"/"도는" referring back to
 * the last subject) more often than 광주 is outside rival, losing or comparison frames. Linear: one
 * regex scan per sentence, an anchored test per place. It runs in the content script: keep it small.
 */
export interface SubjectVerdict {
  /** the other place the article is about, or null (about 광주, or no clear other subject) */
  elsewhere: string | null;
  reasons: string[];
}

// Other places: metropolitan cities, provinces (도, for "도는"), and cities and counties that bid
// for AI projects. Only names that are not also everyday words; 호남 is left out (it includes 광주),
// 경기 and 전주 need their suffix (경기 "economy, match", 전주 "the week before").
const PROVINCES = '경기도 강원 충북 충남 전북 전남 경북 경남 제주'.split(' ');
const GWANGJU = ['광주광역시', '광주', '빛고을'];
const NAMES = [
  ...GWANGJU,
  ...PROVINCES,
  ...'서울 부산 대구 인천 대전 울산 세종 수원 성남 판교 용인 청주 오송 천안 전주시 새만금 나주 해남 영암 무안 솔라시도 포항 창원 춘천 강릉 수도권'.split(
    ' ',
  ),
  // Cities whose bare name is also a word or a name ("광명", "고양", "구미"): with 시 only.
  ...'광명시 안양시 고양시 부천시 안산시 화성시 평택시 시흥시 김포시 파주시 의정부시 남양주시 하남시 군포시 의왕시 이천시 안성시 과천시 목포시 여수시 순천시 광양시 익산시 군산시 김해시 구미시 경산시 원주시 아산시 충주시 진주시 양산시 거제시 경주시'.split(
    ' ',
  ),
].sort((a, b) => b.length - a.length);

// A place, not inside a longer word (전남대, 서부산, 대전환, 광주비엔날레 are no places), with its
// suffix (시, 도, 광역시), an office (시장, 도청, 시의회, 지사) and a particle (group 2).
const PLACE = new RegExp(
  `(?<![가-힣])(${NAMES.join('|')})(?:광역시|특별자치[시도]|[시도군])?(?:장|청|의회|지사)?` +
    '(에서?[는도]?|으?로[는도]?|[과와][의는]?|보다|처럼|[의가이는은을를도엔])?(?![가-힣])',
  'g',
);
const OTHER_PLACE_NAMES = NAMES.filter((n) => !GWANGJU.includes(n));
const OTHER_PLACE_JUST_BEFORE = new RegExp(
  `(?<![가-힣])(${OTHER_PLACE_NAMES.join('|')})(?:광역시|특별자치[시도]|[시도군])?\\s?$`,
);

/** The place other than 광주 named right before the end of `text` ("NHN 판교 "), or null. */
export function otherPlaceJustBefore(text: string): string | null {
  return OTHER_PLACE_JUST_BEFORE.exec(text)?.[1] ?? null;
}

// Words of a rival, a lost bid or a comparison. Right after a place ("광주보다", "광주를 제치고",
// "광주 등과 경쟁") they make it the rival; anywhere in a sentence of a story about another
// place, they frame 광주 as the loser or the yardstick.
const FRAME =
  '경쟁(?!력)|유치전|후보|경합|겨[루룰]|견줘|제[치쳤친쳐]|누르|눌렀|따돌|탈락|고배|밀려|밀렸|실패|무산|놓쳤|빼앗|도전했|뛰어들었|보다|처럼|만큼|대신|비해|이어|달리|벤치마킹|참고|앞서\\s*나|뒤를|번째|차이|비교|반면|다른\\s|(?:지만|다면|라면)\\s';
const RIVAL_AFTER = new RegExp(`^\\S{0,2}\\s?(?:등[과을의]?\\s?)?(?:${FRAME})`);
const FRAMED = new RegExp(FRAME);
// A sentence referring back to the city or province it is about: "시는", "19일 도 관계자는".
const ANAPHOR = /^(?:\d+일\s*)?([시도])(?:[는가의]\s|\s*관계자)/;

interface Group {
  gwangju: boolean;
  other?: string; // the group's first other place
  province?: boolean; // the group's last place is a 도
  subject?: boolean; // "광주시가", "전남도는"
  place?: boolean; // subject, place or object ("광주에", "광주를"), not a modifier
  rival?: boolean; // "광주보다", "광주를 제치고"
  framed?: boolean; // 광주 in a sentence about a lost bid or places compared
}

/** The places of one sentence, lists ("광주·전남", "부산과 대구", "전남 해남") joined into groups. */
function groupsOf(s: string, otherStory: boolean): Group[] {
  const groups: Group[] = [];
  let open: Group | null = null; // the group the next place may join
  let openEnd = 0;
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(s); m; m = PLACE.exec(s)) {
    const name = m[1]!;
    const particle = m[2] ?? '';
    const rest = s.slice(m.index + m[0].length - particle.length, m.index + m[0].length + 12);
    if (rest[0] === '=') continue; // a dateline: "(광주=연합뉴스)"
    let g: Group | null = open && /^\s*[·ㆍ,/]?\s*$/.test(s.slice(openEnd, m.index)) ? open : null;
    if (!g) {
      g = { gwangju: false };
      groups.push(g);
    }
    // "경기도 광주시" is another city
    if (GWANGJU.includes(name) && !/경기도?\s*$/.test(s.slice(Math.max(0, m.index - 5), m.index)))
      g.gwangju = true;
    else g.other ??= name;
    g.province = PROVINCES.includes(name);
    g.rival = RIVAL_AFTER.test(rest);
    g.subject = /^[가이는은도]$/.test(particle);
    g.place = g.subject || /^[을를에엔]|^으?로/.test(particle);
    open = /^[와과]?$/.test(particle) ? g : null;
    openEnd = m.index + m[0].length;
  }
  // Unless another place is the one beaten ("부산·대구를 제치고 광주가"), a frame word in a
  // sentence naming another place, or in a story about another place, frames 광주.
  const framed =
    !groups.some((g) => g.rival && !g.gwangju) &&
    FRAMED.test(s) &&
    (otherStory || groups.some((g) => !g.rival && g.other));
  for (const g of groups) g.framed = framed && g.gwangju;
  return groups;
}

/** 광주 when it comes first ("광주시가 … 유치에 실패했다" too) or is the subject, place or object. */
function ledeOf(groups: readonly Group[]): string | undefined {
  const first = groups.find((g) => !g.rival);
  return first?.gwangju || groups.some((g) => g.gwangju && g.place && !g.rival && !g.framed)
    ? '광주'
    : first?.other;
}

/** Decides whether the article is about another place than 광주. Never throws. */
export function detectSubject(body: string, title = ''): SubjectVerdict {
  let g = 0; // 광주 named outside rival frames
  let o = 0; // other places named outside rival frames
  let rival = 0; // 광주 named as a rival, loser or yardstick
  const headline = ledeOf(groupsOf(title, false));
  let lede = headline; // the headline's, else the first of the body's first three sentences naming a place
  let where = `headline "${title}"`;
  let tries = 0;
  const last: Group[] = []; // the last subject: city, province
  for (const raw of body.split(/(?<=[.?!])\s+|\n+/)) {
    const s = raw.trim();
    const back = ANAPHOR.exec(s);
    const referent = back ? last[+(back[1] === '도')] : undefined;
    if (referent?.gwangju) g++;
    if (referent?.other) o++;
    const groups = groupsOf(s, !!referent?.other || (!!lede && lede !== '광주'));
    for (const x of groups) {
      if (x.rival || x.framed) rival += +x.gwangju;
      else {
        g += +x.gwangju;
        o += +!!x.other;
        if (x.subject) last[+!!x.province] = x;
      }
    }
    // a lede sentence ends with a verb: photo captions and credit lines do not
    if (tries < 3 && s.length >= 15 && /다[.!?"'”’」)\]\s]*$/.test(s)) {
      const l = ledeOf(groups);
      tries = l ? 3 : tries + 1;
      // a body lede about 광주 overrules a headline about another place
      if (l && (!lede || l === '광주')) [lede, where] = [l, `lede "${s.slice(0, 40)}…"`];
    }
  }
  if (!lede || lede === '광주' || headline === '광주') return { elsewhere: null, reasons: [] };
  const counts = `광주 ${g}× as subject or place, ${rival}× as rival or comparison; other places ${o}×`;
  return o > g
    ? { elsewhere: lede, reasons: [`subject is another place: ${lede} (${where}); ${counts}`] }
    : { elsewhere: null, reasons: [`lede is about ${lede} (${where}), but the body is 광주's: ${counts}`] };
}
