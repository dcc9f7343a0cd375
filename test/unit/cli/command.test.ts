// `clientele report`: arguments, the two files it writes, and the bin entry (cli/bin.mjs).
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/analysis/report';
import { main } from '../../../cli/main';
import { parseReportArgs, UsageError } from '../../../cli/args';
import { reportHtml } from '../../../cli/html';
import { generateTransactionsCsv } from '../../../src/analysis/sample/generate';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const out = mkdtempSync(path.join(tmpdir(), 'clientele-cli-out-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('arguments', () => {
  it('reads files, the sample and the options; the html language follows the sample', () => {
    expect(parseReportArgs(['a.csv', 'dir', '--out', 'o', '--threads', '2', '--currency', 'EUR'])).toEqual({
      files: ['a.csv', 'dir'],
      sample: null,
      out: 'o',
      lang: 'en',
      threads: 2,
      currency: 'EUR',
      quiet: false,
    });
    expect(parseReportArgs(['--sample', 'zh'])).toMatchObject({ sample: 'zh', lang: 'zh', threads: 1, out: 'clientele-report' });
    expect(parseReportArgs(['--sample', 'zh', '--lang', 'en']).lang).toBe('en');
  });

  it('refuses what it cannot do', () => {
    for (const bad of [[], ['--sample', 'fr'], ['a.csv', '--sample', 'en'], ['a.csv', '--threads', '0'], ['a.csv', '--out'], ['a.csv', '--frobnicate']]) {
      expect(() => parseReportArgs(bad), bad.join(' ')).toThrow(UsageError);
    }
  });
});

describe('clientele report --sample en --out DIR', () => {
  it('writes report.json (the Report) and a self-contained report.html', async () => {
    const dir = path.join(out, 'sample');
    expect(await main(['report', '--sample', 'en', '--out', dir, '--quiet'])).toBe(0);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as Report;
    expect(report.schemaVersion).toBe(1);
    expect(report.sources.map((s) => s.kind).sort()).toEqual(['customers', 'events', 'feedback', 'orders']);
    expect(report.overview.currency).toBe('GBP');
    const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Clientele customer report');
    // No script and nothing fetched: inline style only, and a CSP that forbids the rest.
    expect(html).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
    expect(html).toContain(`default-src 'none'`);
    // Key figures and every chapter are there.
    expect(html).toContain(new Intl.NumberFormat('en').format(report.overview.customers!));
    for (const id of ['cleaning', 'lifecycle', 'value', 'clusters', 'clv', 'feedback']) expect(html).toContain(`<section id="${id}">`);
  }, 240_000);

  it('exits 1 with a message when no file can be read, 2 on a usage error', async () => {
    const missing = path.join(out, 'missing');
    const stderr = process.stderr.write;
    process.stderr.write = () => true;
    try {
      expect(await main(['report', path.join(out, 'no-such-file.csv'), '--out', missing, '--quiet'])).toBe(1);
      expect(await main(['report', '--threads', 'x'])).toBe(2);
      expect(await main(['frobnicate'])).toBe(2);
    } finally {
      process.stderr.write = stderr;
    }
    expect(existsSync(missing)).toBe(false);
  });
});

describe('report.html', () => {
  it('escapes text from the data', () => {
    const html = reportHtml(
      {
        sources: [{ id: 'd1', name: '<img src=x onerror=alert(1)>.csv', kind: 'orders', files: 1, rows: 1, roles: {} }],
        overview: { revenue: null, currency: null, customers: null, orders: 1, firstOrder: null, lastOrder: null, days: null, rows: 1, lines: 1 },
        cleaning: { note: '"quoted" & <b>' },
        lifecycle: { status: 'failed', error: '<script>' },
        value: { status: 'unavailable' },
        clusters: null,
        clv: { status: 'failed', error: 'x' },
        feedback: null,
      } as unknown as Report,
      'zh',
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;.csv');
    expect(html).toContain('&#34;quoted&#34; &#38; &#60;b&#62;');
    expect(html).toContain('<html lang="zh-CN">');
  });
});

describe('cli/bin.mjs', () => {
  it('runs the TypeScript entry through tsx (what `npx clientele` runs in the checkout)', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'cli/bin.mjs'), '--help'], { cwd: root });
    expect(stdout).toContain('Usage: clientele report');
    await expect(promisify(execFile)(process.execPath, [path.join(root, 'cli/bin.mjs'), 'report'], { cwd: root })).rejects.toMatchObject({ code: 2 });
  }, 60_000);

  it('deletes its temp folder (DuckDB spill files: tens of GB on big files) when stopped by a signal mid-run', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'clientele-signal-'));
    try {
      const csv = path.join(tmp, 'lines.csv');
      writeFileSync(csv, [...generateTransactionsCsv({ rows: 300_000, seed: 3 })].join(''));
      const child = spawn(process.execPath, [path.join(root, 'cli/bin.mjs'), 'report', csv, '--out', path.join(tmp, 'out')], {
        cwd: root,
        env: { ...process.env, TMPDIR: tmp },
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const engineFolders = () => readdirSync(tmp).filter((f) => f.startsWith('clientele-'));
      // Stop it once it is reading: its folder exists and holds chunks of the file.
      await new Promise<void>((resolve, reject) => {
        child.stderr.on('data', (chunk: Buffer) => {
          if (/^(reading|read|report)/m.test(chunk.toString()) && engineFolders().length > 0) resolve();
        });
        child.on('exit', () => reject(new Error('the command ended before it was stopped')));
      });
      child.kill('SIGTERM');
      expect(await exited).toBe(128 + 15);
      expect(engineFolders()).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 60_000);
});
