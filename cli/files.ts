/**
 * Files named on the command line as the Engine's SourceFiles: a file as itself, a folder as
 * every file below it with paths relative to the folder's parent (what a browser folder drop
 * gives, so a folder of daily exports becomes one dataset as in the app). Blobs are backed by
 * the files on disk and read in slices: nothing is loaded whole into memory (cli/disk-blob.ts:
 * Node's own file Blob miscounts files over 4 GiB).
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from '../workers/protocol';
import { DiskBlob } from './disk-blob';

/** A file as the Blob the Engine reads (it uses size, slice and arrayBuffer; DiskBlob has them). */
async function blobOf(file: string): Promise<Blob> {
  return DiskBlob.of(file, (await stat(file)).size) as unknown as Blob;
}

export async function sourceFiles(locations: string[]): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  for (const location of locations) {
    const info = await stat(location);
    if (!info.isDirectory()) {
      out.push({ path: path.basename(location), blob: await blobOf(location) });
      continue;
    }
    const parent = path.dirname(path.resolve(location));
    const walk = async (dir: string): Promise<void> => {
      const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        else if (entry.isFile()) out.push({ path: path.relative(parent, full).split(path.sep).join('/'), blob: await blobOf(full) });
      }
    };
    await walk(path.resolve(location));
  }
  return out;
}
