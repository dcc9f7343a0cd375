/**
 * Small text rules shared by the browser-side parsers (this folder) and the SQL that DuckDB runs
 * (../sql/parse.ts). Each rule exists twice, once as a JS RegExp and once as an RE2 pattern; the
 * two must stay character-for-character equivalent, because the preview the user confirms is
 * computed in JS while the report is computed in SQL.
 */

/**
 * What counts as blank around a value. Wider than ASCII on purpose: Excel and web copy-paste
 * leave no-break spaces (U+00A0, U+202F), CJK input leaves ideographic spaces (U+3000), and some
 * exports start with a BOM. JS `\s` and RE2 `\s` disagree on these, so the class is spelled out.
 */
export const WS_JS = '[\\t\\n\\v\\f\\r \\u00a0\\u2007\\u202f\\u3000\\ufeff]';
export const WS_RE2 = '[\\t\\n\\x{0B}\\f\\r \\x{00A0}\\x{2007}\\x{202F}\\x{3000}\\x{FEFF}]';

const EDGES = new RegExp(`^${WS_JS}+|${WS_JS}+$`, 'g');
/** RE2 pattern for the same edge trim, used with regexp_replace(..., 'g'). */
export const EDGES_RE2 = `^${WS_RE2}+|${WS_RE2}+$`;

export function trimValue(text: string): string {
  return text.replace(EDGES, '');
}

/**
 * Ids written by pandas or Excel as floats (`17850.0`) mean the integer id; anything else is kept
 * verbatim, leading zeros included (`00001` is not `1`).
 */
export const FLOAT_ID_JS = /^([0-9]+)\.0+$/;
export const FLOAT_ID_RE2 = '^([0-9]+)\\.0+$';

/**
 * What databases, scripts and spreadsheets write into a key cell for "no value": SQL's NULL,
 * Python's None, pandas' and JavaScript's NaN and undefined, R's NA, N/A and dashes typed by
 * hand, and Excel's error values (a failed lookup leaves #N/A). None of them names a customer, an
 * order or a product, so an id column reads them as missing, in any case. Kept short on purpose:
 * words that can be a real value somewhere (unknown, guest, 0, 无) stay values, and the list only
 * applies to id columns (NA in a country column is Namibia). No entry contains a dot, which the
 * profile's float-id fast path relies on, nor a letter that JS's toLowerCase and DuckDB's lower()
 * could reach from different characters (SQL tests it as lower(cell) IN (...), sql/parse.ts).
 */
export const MISSING_ID_WORDS = [
  'null', '(null)', '<null>', 'none', 'nan', 'undefined', 'na', 'n/a', '#n/a', '-', '--',
  '#value!', '#ref!', '#name?', '#null!', '#div/0!', '#num!',
] as const;

const MISSING_ID_SET: ReadonlySet<string> = new Set(MISSING_ID_WORDS);

export function normalizeId(text: string): string | null {
  const t = trimValue(text).replace(FLOAT_ID_JS, '$1');
  return t === '' || MISSING_ID_SET.has(t.toLowerCase()) ? null : t;
}

/** Words read as booleans (compared in lower case). 1/0 only count once a role asks for a flag. */
export const TRUE_WORDS = ['true', 'yes', 'y', 't', '1', '是', '真', '对'] as const;
export const FALSE_WORDS = ['false', 'no', 'n', 'f', '0', '否', '假', '错'] as const;

export function parseBoolean(text: string): boolean | null {
  const t = trimValue(text).toLowerCase();
  if ((TRUE_WORDS as readonly string[]).includes(t)) return true;
  if ((FALSE_WORDS as readonly string[]).includes(t)) return false;
  return null;
}

/** True when the raw cell holds nothing but blanks. */
export function isBlank(text: string | null | undefined): boolean {
  return text == null || trimValue(text) === '';
}

/** Count of CJK ideographs; Chinese free text has few spaces, so length alone misjudges it. */
export function cjkCount(text: string): number {
  const m = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g);
  return m ? m.length : 0;
}
