import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceFiles } from '../../../cli/files';
import { DiskBlob } from '../../../cli/disk-blob';

const dir = mkdtempSync(path.join(tmpdir(), 'clientele-blob-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A sparse file: a few bytes written past `at`, nothing stored before them. */
function sparse(name: string, at: number, text: string): string {
  const file = path.join(dir, name);
  const fd = openSync(file, 'w');
  writeSync(fd, text, at);
  closeSync(fd);
  return file;
}

describe('DiskBlob (the command line reads files through it)', () => {
  it('counts and reads a file beyond 4 GiB, which fs.openAsBlob on Node 20 wraps to its size mod 2^32', async () => {
    const at = 2 ** 32 + 10;
    const file = sparse('big.csv', at, 'tail,end\n');
    const [source] = await sourceFiles([file]);
    expect(source.blob.size).toBe(at + 9);
    expect(new TextDecoder().decode(await source.blob.slice(at).arrayBuffer())).toBe('tail,end\n');
    expect(new TextDecoder().decode(await source.blob.slice(-4).arrayBuffer())).toBe('end\n');
  });

  it('slices as Blob does: relative to the slice, negative from the end, clamped', async () => {
    const file = sparse('small.txt', 0, '0123456789');
    const blob = DiskBlob.of(file, 10);
    const inner = blob.slice(2, 8);
    expect(await inner.text()).toBe('234567');
    expect(await inner.slice(1, 3).text()).toBe('34');
    expect(await inner.slice(-2).text()).toBe('67');
    expect(await inner.slice(4, 100).text()).toBe('67');
    expect(inner.slice(5, 2).size).toBe(0);
    expect(await new Blob([await blob.arrayBuffer()]).text()).toBe('0123456789');
    const pieces: string[] = [];
    for await (const piece of blob.stream() as unknown as AsyncIterable<Uint8Array>) pieces.push(new TextDecoder().decode(piece));
    expect(pieces.join('')).toBe('0123456789');
  });
});
