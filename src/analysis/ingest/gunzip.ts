/**
 * Streaming gunzip on the platform's DecompressionStream, including files of several gzip members
 * (`cat a.gz b.gz > ab.gz`, which `gzip -d` reads as the concatenation).
 *
 * Why the extra work: Node 20's DecompressionStream reads concatenated members by itself, but
 * Chromium (checked on 156) follows the Compression spec strictly: it throws "Junk found after end
 * of compressed data" when bytes follow the first member, and a stream that errors drops the output
 * still queued. So input is cut into pieces just before every possible member header (1F 8B 08 with
 * valid flags); when the member ends exactly there, the next write fails without producing output,
 * and we continue with a fresh DecompressionStream from that header. The trailer's ISIZE (length of
 * the member's output mod 2^32, the 4 bytes before the header) must match what we received, which
 * also proves no output was lost. A stray 1F 8B 08 inside compressed data costs one extra write.
 */

/** The gzip magic and the deflate method byte. */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 3 && head[0] === 0x1f && head[1] === 0x8b && head[2] === 0x08;
}

export interface Decompressor {
  writable: WritableStream<Uint8Array>;
  readable: ReadableStream<Uint8Array>;
}

export interface GunzipOptions {
  /** Tests use this to run the browser's strict single-member behaviour in Node. */
  createDecompressor?: () => Decompressor;
}

const defaultDecompressor = (): Decompressor => new DecompressionStream('gzip') as unknown as Decompressor;

type Step =
  | { kind: 'data'; value: Uint8Array }
  | { kind: 'done' }
  | { kind: 'written' }
  | { kind: 'failed'; error: unknown };

/** One DecompressionStream, i.e. one gzip member (or all of them where the platform allows). */
class Member {
  readonly writer: WritableStreamDefaultWriter<Uint8Array>;
  readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  /** Output bytes of this member so far, compared with the trailer's ISIZE. */
  outBytes = 0;
  private pending: Promise<Step> | null = null;

  constructor(stream: Decompressor) {
    this.writer = stream.writable.getWriter();
    this.reader = stream.readable.getReader();
  }

  /** The current read; kept across races so no chunk is read twice or dropped. */
  read(): Promise<Step> {
    this.pending ??= this.reader.read().then(
      (r): Step => (r.done ? { kind: 'done' } : { kind: 'data', value: r.value }),
      (error): Step => ({ kind: 'failed', error }),
    );
    return this.pending;
  }

  consumed(): void {
    this.pending = null;
  }

  dispose(): void {
    this.reader.cancel().catch(() => {});
    this.writer.abort().catch(() => {});
  }
}

export async function* gunzipChunks(
  source: AsyncIterable<Uint8Array>,
  options: GunzipOptions = {},
): AsyncGenerator<Uint8Array> {
  const create = options.createDecompressor ?? defaultDecompressor;
  let member = new Member(create());
  // Up to 3 bytes held back so a header split across source chunks is still recognised.
  let carry = new Uint8Array(0);
  // The last 4 compressed bytes written: the previous member's ISIZE when a header follows.
  const last4 = new Uint8Array(4);
  let written = 0;

  function remember(piece: Uint8Array): void {
    for (const b of piece.length > 4 ? piece.subarray(piece.length - 4) : piece) {
      last4.copyWithin(0, 1);
      last4[3] = b;
    }
    written += piece.length;
  }

  /** Writes one piece and yields its output; restarts on a member boundary at the piece start. */
  async function* feed(piece: Uint8Array, atHeader: boolean): AsyncGenerator<Uint8Array> {
    const write = member.writer.write(piece).then(
      (): Step => ({ kind: 'written' }),
      (error): Step => ({ kind: 'failed', error }),
    );
    for (;;) {
      const step = await Promise.race([write, member.read()]);
      if (step.kind === 'written') break;
      if (step.kind === 'data') {
        member.consumed();
        member.outBytes += step.value.length;
        yield step.value;
        continue;
      }
      // The stream failed. It is a member boundary when this piece starts with a header, produced
      // no output (the pending read got none), and the previous member's trailer says it was
      // exactly as long as what we received. Backpressure guarantees this: a write is processed
      // only after all earlier output was read, so nothing earlier was still queued and dropped.
      const w = await write;
      const r = await member.read();
      const isize = (last4[0] | (last4[1] << 8) | (last4[2] << 16) | (last4[3] << 24)) >>> 0;
      const boundary = atHeader && r.kind !== 'data' && isize === member.outBytes % 2 ** 32;
      if (!boundary) throw w.kind === 'failed' ? w.error : step.kind === 'failed' ? step.error : new Error('gzip stream failed');
      member.dispose();
      member = new Member(create());
      yield* feed(piece, false);
      return;
    }
    remember(piece);
  }

  try {
    for await (const chunk of source) {
      if (chunk.length === 0) continue;
      const buf = carry.length ? concat(carry, chunk) : chunk;
      // Everything but the last 3 bytes is written now; candidates need 4 bytes to be checked.
      const bodyEnd = Math.max(0, buf.length - 3);
      let start = 0;
      for (let p = buf.indexOf(0x1f, 1); p >= 0 && p < bodyEnd; p = buf.indexOf(0x1f, p + 1)) {
        if (!isHeaderAt(buf, p)) continue;
        yield* feed(buf.subarray(start, p), written > 0 && isHeaderAt(buf, start));
        start = p;
      }
      if (bodyEnd > start) yield* feed(buf.subarray(start, bodyEnd), written > 0 && isHeaderAt(buf, start));
      carry = buf.slice(bodyEnd);
    }
    // Fewer than 4 bytes cannot hold a member header.
    if (carry.length) yield* feed(carry, false);

    const close = member.writer.close().then(
      (): Step => ({ kind: 'written' }),
      (error): Step => ({ kind: 'failed', error }),
    );
    for (;;) {
      const step = await member.read();
      if (step.kind === 'done') break;
      if (step.kind === 'failed') {
        const c = await close;
        throw c.kind === 'failed' ? c.error : step.error;
      }
      if (step.kind === 'data') {
        member.consumed();
        yield step.value;
      }
    }
    const c = await close;
    if (c.kind === 'failed') throw c.error;
  } finally {
    member.dispose();
  }
}

/** 1F 8B 08 and no reserved flag bits: how every gzip member header starts. */
function isHeaderAt(buf: Uint8Array, p: number): boolean {
  return p + 3 < buf.length && buf[p] === 0x1f && buf[p + 1] === 0x8b && buf[p + 2] === 0x08 && (buf[p + 3] & 0xe0) === 0;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
