import { z } from 'zod';

/** Text in both UI languages, Korean first: the one convention for anything a reader sees in two languages. */
export const Bilingual = z.strictObject({ ko: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof Bilingual>;

/** The text of `b` in `lang`. */
export const pick = (b: Bilingual, lang: 'ko' | 'en'): string => b[lang];
