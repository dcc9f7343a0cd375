import { isPlainText, LINE_SAMPLE_BYTES, lineBytesOf, type SizedFile } from '../analysis/capacity';
import type { SourceFile } from '../../workers/protocol';

/**
 * Sizes for the memory check, with each text file's line width from its first 64 KiB when
 * `measure`: the engine's memory grows per line far more than per byte (capacity.ts), so a narrow
 * export holds twice the lines of a wide one in the same megabytes.
 */
export async function sizedFiles(files: readonly SourceFile[], measure: boolean): Promise<SizedFile[]> {
  return Promise.all(
    files.map(async (f) => {
      const name = f.path;
      if (!measure || !isPlainText(name)) return { name, size: f.blob.size, lineBytes: null };
      const sample = new Uint8Array(await f.blob.slice(0, LINE_SAMPLE_BYTES).arrayBuffer());
      return { name, size: f.blob.size, lineBytes: lineBytesOf(sample) };
    }),
  );
}
