import { checkSize, COMPACT_ABOVE_TEXT_BYTES, isPlainText, LINE_SAMPLE_BYTES, lineBytesOf, textBytesOf, type SizeCheck, type SizedFile } from '../analysis/capacity';
import type { SourceFile } from '../../workers/protocol';

/**
 * The memory check of a drop (capacity.ts) beside the files the engine already holds. The
 * engine's memory grows per line far more than per byte, so a narrow export holds twice the lines
 * of a wide one in the same megabytes: each text file's line width comes from its first 64 KiB,
 * once the text is large enough for the tables to be compressed (below that only bytes count).
 */
export async function sizeCheckOf(dropped: readonly SourceFile[], loaded: readonly SourceFile[]): Promise<SizeCheck> {
  const measure = textBytesOf([...dropped, ...loaded].map((f) => ({ name: f.path, size: f.blob.size }))) > COMPACT_ABOVE_TEXT_BYTES;
  const [files, held] = await Promise.all([sizedFiles(dropped, measure), sizedFiles(loaded, measure)]);
  return checkSize(files, held);
}

function sizedFiles(files: readonly SourceFile[], measure: boolean): Promise<SizedFile[]> {
  return Promise.all(
    files.map(async (f) => {
      const name = f.path;
      if (!measure || !isPlainText(name)) return { name, size: f.blob.size, lineBytes: null };
      const sample = new Uint8Array(await f.blob.slice(0, LINE_SAMPLE_BYTES).arrayBuffer());
      return { name, size: f.blob.size, lineBytes: lineBytesOf(sample) };
    }),
  );
}
