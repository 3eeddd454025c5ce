const PARTICLE = /(으로|에서|에게|까지|부터|이며|으로는|로는|와|과|은|는|이|가|을|를|의|에|로|도|만)$/;

/**
 * The words just before a figure in its sentence, without their particles ("사업으로 GPU
 * 1만5000장" → ["사업", "GPU"]): a name and keywords to suggest for a new metric when the store
 * has no word for what the figure counts. At most `max` words, nearest last.
 */
export function wordsBefore(sentence: string, offset: number, max = 2): string[] {
  const words = sentence
    .slice(Math.max(0, offset - 40), offset)
    .split(/[\s,·()“”"'‘’]+/)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < max; i--) {
    const w = words[i]!.replace(PARTICLE, '');
    if (w.length < 2 || /\d/.test(w)) break; // another figure or a date ends the subject
    out.unshift(w);
  }
  return out;
}
