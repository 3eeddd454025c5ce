// Hangul character classes shared by the quantity reader, the dictionary scan and the search.

/** Whether a UTF-16 code unit is a precomposed Hangul syllable (가..힣). */
export const isSyllable = (code: number): boolean => code >= 0xac00 && code <= 0xd7a3;

/** Whether the character at `i` of `s` is a Hangul syllable (false outside the string). */
export const isSyllableAt = (s: string, i: number): boolean =>
  i >= 0 && i < s.length && isSyllable(s.charCodeAt(i));
