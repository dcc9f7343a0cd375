import type { SourceFile } from '../protocol';
import { detectFormat, type Sniffed } from './format';
import { LoadFailure } from './errors';

export interface FileGroup {
  /** Display name: the file name, or the folder name for several files read as one table. */
  name: string;
  files: SourceFile[];
  sniffed: Sniffed[];
  format: Sniffed['format'];
}

export interface Grouping {
  groups: FileGroup[];
  failures: { file: string; error: LoadFailure }[];
}

/**
 * Files of one folder in the same text format become one table (a folder of daily exports is
 * one dataset, not 305); everything else is a table of its own. Files whose layout turns out to
 * differ are split off again while reading.
 */
export async function groupFiles(files: SourceFile[]): Promise<Grouping> {
  const failures: Grouping['failures'] = [];
  const byKey = new Map<string, FileGroup>();
  const groups: FileGroup[] = [];
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of sorted) {
    let sniffed: Sniffed;
    try {
      const head = new Uint8Array(await f.blob.slice(0, 8192).arrayBuffer());
      // Caught here, not while reading: in a folder group one blank file would fail them all.
      if (f.blob.size <= head.length && isBlank(head)) throw new LoadFailure('empty', 'only whitespace');
      sniffed = detectFormat(f.path, head);
    } catch (e) {
      failures.push({ file: f.path, error: e instanceof LoadFailure ? e : new LoadFailure('failed', String(e)) });
      continue;
    }
    const folder = f.path.includes('/') ? f.path.slice(0, f.path.lastIndexOf('/')) : null;
    const groupable = folder !== null && sniffed.format === 'csv';
    const key = groupable ? `${folder}\u0000${sniffed.format}` : null;
    const existing = key ? byKey.get(key) : undefined;
    if (existing) {
      existing.files.push(f);
      existing.sniffed.push(sniffed);
      continue;
    }
    const group: FileGroup = { name: baseName(f.path), files: [f], sniffed: [sniffed], format: sniffed.format };
    if (key) byKey.set(key, group);
    groups.push(group);
  }
  for (const g of groups) if (g.files.length > 1) g.name = folderName(g.files[0].path);
  return { groups, failures };
}

export function baseName(path: string): string {
  return path.split('/').pop() ?? path;
}

function folderName(path: string): string {
  const parts = path.split('/');
  return parts.length > 1 ? `${parts[parts.length - 2]}/` : path;
}

/** Nothing but ASCII blanks and line breaks, after an optional UTF-8 BOM. */
function isBlank(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && (b < 0x09 || b > 0x0d)) return false;
  }
  return true;
}
