/**
 * Differences between two JSON values: the paths where they differ, numbers compared with a
 * relative tolerance. Listing paths (rather than one toEqual) makes a divergence readable.
 */
export function differences(a: unknown, b: unknown, tolerance: number, path = '$', out: string[] = [], limit = 50): string[] {
  if (out.length >= limit) return out;
  if (typeof a === 'number' && typeof b === 'number') {
    if (!close(a, b, tolerance)) out.push(`${path}: ${a} != ${b}`);
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: length ${a.length} != ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) differences(a[i], b[i], tolerance, `${path}[${i}]`, out, limit);
    return out;
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      if (!(k in a)) out.push(`${path}.${k}: missing on the left`);
      else if (!(k in b)) out.push(`${path}.${k}: missing on the right`);
      else differences(a[k], b[k], tolerance, `${path}.${k}`, out, limit);
    }
    return out;
  }
  if (typeof a === 'string' && typeof b === 'string' && a !== b) {
    const at = textDifference(a, b, tolerance);
    if (at !== null) out.push(`${path}: …${a.slice(Math.max(0, at - 60), at + 80)} != …${b.slice(Math.max(0, at - 60), at + 80)}`);
    return out;
  }
  if (a !== b) out.push(`${path}: ${JSON.stringify(a)?.slice(0, 200)} != ${JSON.stringify(b)?.slice(0, 200)}`);
  return out;
}

const NUMBER = /-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi;

/**
 * Where two texts differ, or null when they are the same but for numbers within the tolerance.
 * The methodology's SQL carries values computed in JS (e.g. INSERT INTO clv_values VALUES
 * (0, 43.86147904917701, ...)), which move with the float noise of the figures they come from.
 * The words between the numbers must match exactly.
 */
export function textDifference(a: string, b: string, tolerance: number): number | null {
  const pa = a.split(NUMBER);
  const pb = b.split(NUMBER);
  const na = a.match(NUMBER) ?? [];
  const nb = b.match(NUMBER) ?? [];
  if (pa.length !== pb.length || na.length !== nb.length) return firstDifference(a, b);
  for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return firstDifference(a, b);
  for (let i = 0; i < na.length; i++) if (!close(Number(na[i]), Number(nb[i]), tolerance)) return firstDifference(a, b);
  return null;
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

/** Equal within `tolerance` relative to the larger magnitude; NaN equals NaN, infinities must match. */
export function close(a: number, b: number, tolerance: number): boolean {
  if (Object.is(a, b) || a === b) return true;
  if (Number.isNaN(a) || Number.isNaN(b) || !Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
