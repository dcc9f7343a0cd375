/** Command-line arguments of `clientele report`, parsed without a dependency. */
import type { Lang } from './html';

export interface ReportArgs {
  files: string[];
  sample: 'zh' | 'en' | null;
  out: string;
  lang: Lang;
  /**
   * DuckDB threads. Default 1: the browser's engine has one, and only then are float sums added
   * in the same order, so the Report equals the app's to the last bit (cli/README.md).
   */
  threads: number;
  currency: string | null;
  quiet: boolean;
}

export const USAGE = `Usage: clientele report FILE_OR_FOLDER... [options]
       clientele report --sample zh|en [options]

Reads the files (CSV/TSV/TXT, gzip, Excel .xlsx, JSON, NDJSON, Parquet; a folder is read as the
app reads a dropped folder), accepts every guess of the mapping screen, runs the same analysis as
the browser app on native DuckDB and writes DIR/report.json and DIR/report.html.

Options:
  --out DIR         output folder (default: clientele-report)
  --lang zh|en      language of report.html (default: the sample's, else en)
  --sample zh|en    use the built-in sample data instead of files
  --threads N       DuckDB threads (default 1, as in the browser: the same Report to the
                    last bit; more threads are faster on big files, figures may then
                    differ in the last digits)
  --currency CODE   currency of money columns without a symbol (ISO code, e.g. EUR)
  --quiet           no progress on stderr
  -h, --help        this text
`;

export class UsageError extends Error {}

export function parseReportArgs(argv: readonly string[]): ReportArgs {
  const args: ReportArgs = { files: [], sample: null, out: 'clientele-report', lang: 'en', threads: 1, currency: null, quiet: false };
  let lang: Lang | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--out':
        args.out = value();
        break;
      case '--lang':
        lang = oneOf(a, value(), ['zh', 'en'] as const);
        break;
      case '--sample':
        args.sample = oneOf(a, value(), ['zh', 'en'] as const);
        break;
      case '--threads': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new UsageError('--threads needs a whole number of at least 1');
        args.threads = n;
        break;
      }
      case '--currency':
        args.currency = value();
        break;
      case '--quiet':
        args.quiet = true;
        break;
      default:
        if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
        args.files.push(a);
    }
  }
  if (args.sample && args.files.length > 0) throw new UsageError('give files or --sample, not both');
  if (!args.sample && args.files.length === 0) throw new UsageError('no file given');
  args.lang = lang ?? args.sample ?? 'en';
  return args;
}

function oneOf<T extends string>(option: string, v: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`${option} must be one of ${allowed.join(', ')}`);
  return v as T;
}
