// Breaks when .gz uploads lose or garble data: a file made of several gzip members (cat a.gz b.gz)
// stopping after the first member or failing in the browser, output lost when a member ends inside
// a read slice, a 1F 8B 08 inside compressed data mistaken for a new member, or truncated files
// passing silently.
//
// Node's DecompressionStream reads concatenated members itself; Chromium's throws "Junk found after
// end of compressed data" (checked on Chromium 156). `strictGunzip` below reproduces Chromium's
// behaviour in Node, so the restart logic is exercised here too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { constants, gunzipSync, gzipSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipChunks, isGzip, type Decompressor } from '../../../src/analysis/ingest/gunzip';

/** A single-member gunzip that errors on data after the member, like Chromium's. */
function strictGunzip(): Decompressor {
  let input = new Uint8Array(0);
  let emitted = 0;
  let ended = false;
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      if (ended && chunk.length) throw new TypeError('Junk found after end of compressed data.');
      input = new Uint8Array(Buffer.concat([input, chunk]));
      if (input.length < 10) return;
      if (input[0] !== 0x1f || input[1] !== 0x8b || input[3] !== 0) throw new TypeError('The compressed data was not valid.');
      const body = input.subarray(10);
      const r = inflateRawSync(body, { info: true, finishFlush: constants.Z_SYNC_FLUSH }) as unknown as {
        buffer: Buffer;
        engine: { bytesWritten: number };
      };
      // Several small enqueues per write, as a real decompressor does with its output buffer.
      for (let i = emitted; i < r.buffer.length; i += 16) controller.enqueue(new Uint8Array(r.buffer.subarray(i, Math.min(i + 16, r.buffer.length))));
      emitted = r.buffer.length;
      const deflateDone = r.engine.bytesWritten < body.length;
      const memberEnd = 10 + r.engine.bytesWritten + 8;
      if (!deflateDone || input.length < memberEnd) return;
      if (input.length > memberEnd) throw new TypeError('Junk found after end of compressed data.');
      ended = true;
    },
    flush() {
      if (!ended) throw new TypeError('Compressed input was truncated.');
    },
  });
}

const enc = (s: string) => new TextEncoder().encode(s);
const gz = (data: Uint8Array | string, level = 6) => new Uint8Array(gzipSync(typeof data === 'string' ? enc(data) : data, { level }));
const cat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
}

async function* slices(bytes: Uint8Array, cuts: number[]) {
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    yield bytes.subarray(from, cut);
    from = cut;
  }
}

async function gunzip(bytes: Uint8Array, cuts: number[], strict: boolean): Promise<Uint8Array> {
  const out: Uint8Array[] = [];
  for await (const c of gunzipChunks(slices(bytes, cuts), strict ? { createDecompressor: strictGunzip } : {})) out.push(c);
  return cat(...out);
}

function text(n: number, seed: number): string {
  const r = rng(seed);
  let s = 'InvoiceNo,Description,Quantity\n';
  for (let i = 0; s.length < n; i++) s += `${536365 + i},"WHITE HANGING HEART ${Math.floor(r() * 1e6)}",${Math.floor(r() * 12)}\n`;
  return s;
}

const A = text(20_000, 1);
const B = text(5_000, 2);
const C = text(30_000, 3);
const multi = cat(gz(A), gz(B), gz(''), gz(C));
const memberEnds = [gz(A).length, gz(A).length + gz(B).length];

describe('isGzip', () => {
  it.each([
    { bytes: [0x1f, 0x8b, 0x08, 0x00], expected: true },
    { bytes: [0x1f, 0x8b], expected: false },
    { bytes: [0x1f, 0x8b, 0x07], expected: false },
    { bytes: [...enc('a,b\n')], expected: false },
    { bytes: [], expected: false },
  ])('$bytes -> $expected', ({ bytes, expected }) => {
    expect(isGzip(new Uint8Array(bytes))).toBe(expected);
  });
});

describe.each([
  { platform: 'Node DecompressionStream', strict: false },
  { platform: 'strict single-member decompressor (Chromium behaviour)', strict: true },
])('gunzipChunks on $platform', ({ strict }) => {
  const expected = A + B + C;
  const chunkings: { name: string; cuts: number[] }[] = [
    { name: 'one chunk', cuts: [] },
    { name: 'cut exactly at member ends', cuts: memberEnds },
    { name: 'cut inside the second header', cuts: [memberEnds[0] + 1, memberEnds[0] + 3, memberEnds[0] + 5] },
    { name: 'cut inside the first trailer', cuts: [memberEnds[0] - 5, memberEnds[0] - 1] },
    { name: '997-byte slices', cuts: Array.from({ length: Math.floor(multi.length / 997) }, (_, i) => (i + 1) * 997) },
  ];
  for (let seed = 1; seed <= 5; seed++) {
    const r = rng(seed);
    const cuts = new Set<number>();
    while (cuts.size < 12) cuts.add(1 + Math.floor(r() * (multi.length - 1)));
    chunkings.push({ name: `random cuts #${seed}`, cuts: [...cuts].sort((a, b) => a - b) });
  }

  it.each(chunkings)('reads all members: $name', async ({ cuts }) => {
    expect(new TextDecoder().decode(await gunzip(multi, cuts, strict))).toBe(expected);
  });

  it('reads a single member', async () => {
    expect(new TextDecoder().decode(await gunzip(gz(A), [100, 101, 5000], strict))).toBe(A);
  });

  it('does not take a gzip header inside the data for a member boundary', async () => {
    // Level 0 stores the data verbatim, so the inner .gz's 1F 8B 08 00 appears in the stream.
    const inner = cat(enc('x'.repeat(100)), gz(A), enc('tail'));
    const outer = cat(gz(inner, 0), gz(B));
    expect(Buffer.compare(await gunzip(outer, [50, 3000], strict), cat(inner, enc(B)))).toBe(0);
  });

  it('rejects a truncated file', async () => {
    await expect(gunzip(multi.subarray(0, multi.length - 100), [1000], strict)).rejects.toThrow();
  });

  it('stops cleanly when the reader stops early', async () => {
    let returned = false;
    async function* source() {
      try {
        yield* slices(multi, [100, 2000, 4000]);
      } finally {
        returned = true;
      }
    }
    for await (const _ of gunzipChunks(source(), strict ? { createDecompressor: strictGunzip } : {})) break;
    expect(returned).toBe(true);
  });
});

describe('gunzipChunks on the strict decompressor', () => {
  it('rejects junk after the last member instead of dropping it silently', async () => {
    await expect(gunzip(cat(gz(A), enc('garbage!')), [], true)).rejects.toThrow(/Junk/);
  });
});

const BY_DAY = '/work/shared/data/online_retail/by-day';
describe.skipIf(!existsSync(BY_DAY))('real data: Online Retail by-day files concatenated', () => {
  it('reads three real .gz files joined with cat as one stream', async () => {
    const files = readdirSync(BY_DAY).filter((f) => f.endsWith('.csv.gz')).sort().slice(0, 3);
    const parts = files.map((f) => new Uint8Array(readFileSync(`${BY_DAY}/${f}`)));
    const joined = cat(...parts);
    const expected = cat(...parts.map((p) => new Uint8Array(gunzipSync(p))));
    const cuts = Array.from({ length: Math.floor(joined.length / 8192) }, (_, i) => (i + 1) * 8192);
    for (const strict of [false, true]) expect(Buffer.compare(await gunzip(joined, cuts, strict), expected)).toBe(0);
  });
});
