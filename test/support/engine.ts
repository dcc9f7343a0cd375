/** The worker's Engine in Node, on the same DuckDB-WASM build, reading files from disk as Blobs. */
import { openAsBlob } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Engine } from '../../workers/engine';
import type { SourceFile } from '../../workers/protocol';
import { openBindings } from './wasm-db';

export async function openEngine(): Promise<Engine> {
  const engine = new Engine(await openBindings(), 'eh');
  await engine.init();
  return engine;
}

/** A file, or every file below a folder with paths relative to the folder's parent (as a browser drop gives). */
export async function sourceFiles(location: string): Promise<SourceFile[]> {
  const info = await stat(location);
  if (!info.isDirectory()) return [{ path: path.basename(location), blob: await openAsBlob(location) }];
  const parent = path.dirname(location);
  const out: SourceFile[] = [];
  const walk = async (dir: string) => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out.push({ path: path.relative(parent, full).split(path.sep).join('/'), blob: await openAsBlob(full) });
    }
  };
  await walk(location);
  return out;
}

export function fromText(name: string, text: string | Uint8Array): SourceFile {
  return { path: name, blob: new Blob([text as BlobPart]) };
}
