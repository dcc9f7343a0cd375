/**
 * `clientele report FILE... --out DIR`: the browser app's analysis on native DuckDB, for files
 * beyond a browser tab's memory and for scheduled runs. Writes DIR/report.json (the Report, as
 * the app's JSON download) and DIR/report.html (a readable summary, cli/html.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { USAGE, UsageError, parseReportArgs, type ReportArgs } from './args';
import { reportHtml } from './html';
import { reportOf, type ReportRun } from './report';

/** How often load progress is logged. */
const LOAD_LOG_MS = 5000;

export interface Written {
  json: string;
  html: string;
  run: ReportRun;
}

/** Run the report command; `log` gets progress lines. Throws on a usage error or a failed run. */
export async function runReportCommand(args: ReportArgs, log: (line: string) => void = () => {}): Promise<Written> {
  let lastStep = '';
  let lastLoadLog = 0;
  const run = await reportOf(args.sample ? { sample: args.sample } : { files: args.files }, {
    threads: args.threads,
    currency: args.currency,
    // A big file takes minutes to read: a line every few seconds says how far it got.
    onLoad: (p) => {
      const now = performance.now();
      if (p.phase !== 'reading' || now - lastLoadLog < LOAD_LOG_MS) return;
      lastLoadLog = now;
      const mb = (n: number) => (n / 1e6).toFixed(0);
      log(`reading ${p.file}: ${mb(p.bytesDone)} of ${mb(p.bytesTotal)} MB, ${p.rows} rows`);
    },
    onLoaded: (datasets, errors) => {
      for (const d of datasets) log(`read ${d.name}: ${d.rows} rows as ${d.kind}${d.csv?.rejected ? `, ${d.csv.rejected} rows rejected` : ''}`);
      for (const e of errors) log(`not read ${e.file}: ${e.code}${e.detail ? ` (${e.detail})` : ''}`);
    },
    onReport: (p) => {
      if (p.step !== lastStep && p.step !== 'done') log(`report: ${p.step}`);
      lastStep = p.step;
    },
  });
  await mkdir(args.out, { recursive: true });
  const json = path.join(args.out, 'report.json');
  const html = path.join(args.out, 'report.html');
  // Byte for byte what the app's "JSON" export writes (src/report/export/export-menu.svelte).
  await writeFile(json, JSON.stringify(run.report, null, 2));
  await writeFile(html, reportHtml(run.report, args.lang));
  log(`wrote ${json} and ${html}`);
  return { json, html, run };
}

/** The process entry: returns the exit code (0 done, 1 failed, 2 usage). */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || rest.includes('-h') || rest.includes('--help')) {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'report') {
    process.stderr.write(`unknown command ${command}\n\n${USAGE}`);
    return 2;
  }
  let args: ReportArgs;
  try {
    args = parseReportArgs(rest);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n\n${USAGE}`);
    return 2;
  }
  try {
    await runReportCommand(args, args.quiet ? () => {} : (line) => process.stderr.write(`${line}\n`));
    return 0;
  } catch (e) {
    process.stderr.write(`clientele: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
