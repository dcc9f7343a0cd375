/**
 * Dropped or picked files -> SourceFile[] with paths relative to what was chosen, so a dropped
 * folder keeps "by-day/2010-12-01.csv.gz" and the engine can read its files as one table.
 */
import type { SourceFile } from '../../workers/protocol';

/** System clutter that rides along with folders and is never data. */
function isClutter(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.') || part === '__MACOSX' || part === 'Thumbs.db' || part === 'desktop.ini');
}

export function filesFromList(list: FileList | File[]): SourceFile[] {
  return Array.from(list)
    .map((f) => ({ path: f.webkitRelativePath || f.name, blob: f as Blob }))
    .filter((f) => !isClutter(f.path));
}

/**
 * The entries must be taken from the DataTransfer before the first await: the browser empties
 * it once the drop event handler returns.
 */
export async function filesFromDrop(dt: DataTransfer): Promise<SourceFile[]> {
  const entries: FileSystemEntry[] = [];
  const loose: File[] = [];
  for (const item of Array.from(dt.items)) {
    if (item.kind !== 'file') continue;
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry) entries.push(entry);
    else {
      const file = item.getAsFile();
      if (file) loose.push(file);
    }
  }
  if (entries.length === 0 && loose.length === 0) loose.push(...Array.from(dt.files));

  const out: SourceFile[] = filesFromList(loose);
  for (const entry of entries) await walk(entry, out);
  return out.filter((f) => !isClutter(f.path));
}

async function walk(entry: FileSystemEntry, out: SourceFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ path: entry.fullPath.replace(/^\/+/, '') || file.name, blob: file });
  } else if (entry.isDirectory) {
    if (isClutter(entry.name)) return;
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries hands out a directory in batches (100 in Chromium) until it returns an empty one.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      for (const child of batch) await walk(child, out);
    }
  }
}

/** Whether a drag carries files (and not text or a link from the page itself). */
export function carriesFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}
