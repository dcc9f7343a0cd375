/** The worker's Engine in Node, on the same DuckDB-WASM build, reading files from disk as Blobs. */
import { Engine } from '../../workers/engine';
import type { SourceFile } from '../../workers/protocol';
import { sourceFiles as cliSourceFiles } from '../../cli/files';
import { openBindings } from './wasm-db';

export async function openEngine(): Promise<Engine> {
  const engine = new Engine(await openBindings(), 'eh');
  await engine.init();
  return engine;
}

/**
 * A file, or every file below a folder with paths relative to the folder's parent (as a browser
 * drop gives): the command line's reader, so its disk-backed Blob is exercised by every test
 * that loads a real file.
 */
export async function sourceFiles(location: string): Promise<SourceFile[]> {
  return cliSourceFiles([location]);
}

export function fromText(name: string, text: string | Uint8Array): SourceFile {
  return { path: name, blob: new Blob([text as BlobPart]) };
}
