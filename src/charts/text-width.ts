/**
 * Rough text widths for chart margins, without a DOM to measure in: wide (CJK, full-width)
 * characters count as one em, others as 0.6 em. Labels are short; a few pixels too many only
 * leave a little more room.
 */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.6;
  return Math.ceil(em * fontSize);
}

export function labelWidth(labels: readonly string[], fontSize: number): number {
  return Math.max(0, ...labels.map((l) => textWidth(l, fontSize)));
}
