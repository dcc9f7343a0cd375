/**
 * A read-only Blob over part of a file on disk, read on demand.
 *
 * Why not `fs.openAsBlob`: on Node 20 its size wraps at 4 GiB (a 13.5 GB file reports 650 MB
 * and reading stops there, silently), and files beyond browser memory are what the command line
 * is for. The Engine's readers use only `size`, `slice` and `arrayBuffer` (workers/ingest/), so
 * this implements those plus the other read methods, with Blob's slice semantics (negative
 * offsets count from the end, out-of-range offsets are clamped).
 */
import { open } from 'node:fs/promises';

const STREAM_CHUNK = 1 << 20;

export class DiskBlob {
  private constructor(
    private readonly file: string,
    private readonly start: number,
    private readonly end: number,
    readonly type: string,
  ) {}

  /** The whole file, whose size the caller got from fs.stat. */
  static of(file: string, size: number): DiskBlob {
    return new DiskBlob(file, 0, size, '');
  }

  get size(): number {
    return this.end - this.start;
  }

  slice(start = 0, end = this.size, type = ''): DiskBlob {
    const from = clamp(start, this.size);
    const to = Math.max(from, clamp(end, this.size));
    return new DiskBlob(this.file, this.start + from, this.start + to, type);
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return (await this.bytes()).buffer as ArrayBuffer;
  }

  async bytes(): Promise<Uint8Array> {
    const out = new Uint8Array(this.size);
    const handle = await open(this.file, 'r');
    try {
      let done = 0;
      while (done < out.length) {
        const { bytesRead } = await handle.read(out, done, out.length - done, this.start + done);
        if (bytesRead === 0) throw new Error(`${this.file} ended before byte ${this.start + out.length}: was it changed while being read?`);
        done += bytesRead;
      }
    } finally {
      await handle.close();
    }
    return out;
  }

  async text(): Promise<string> {
    return new TextDecoder().decode(await this.bytes());
  }

  stream(): ReadableStream<Uint8Array> {
    let offset = 0;
    return new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        if (offset >= this.size) return controller.close();
        const piece = await this.slice(offset, offset + STREAM_CHUNK).bytes();
        offset += piece.length;
        controller.enqueue(piece);
      },
    });
  }
}

function clamp(offset: number, size: number): number {
  const at = offset < 0 ? size + offset : offset;
  return Math.min(Math.max(0, Math.trunc(at)), size);
}
