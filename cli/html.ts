/**
 * report.html of the command line: one self-contained file made from the Report JSON alone, no
 * script, no external resource (it may be mailed or archived next to the JSON). It is a readable
 * summary, not the app's page: title and sources, the overview's key figures, then each chapter
 * with its scalar figures and its tables (the first rows of each). Charts, findings text and
 * the chapters' own layouts stay in the app (the browser's HTML export), whose code needs the
 * DOM and Svelte. Walking the JSON generically keeps this file correct as the Report grows.
 */
import type { Report } from '../src/analysis/report';

export type Lang = 'zh' | 'en';

/** Rows shown per table; the rest is in report.json. */
const MAX_ROWS = 25;
/** Nesting below a chapter that is still laid out as sections. */
const MAX_DEPTH = 4;
/** Parts that are settings or long definitions, not results: left to the JSON. */
const SKIP = new Set(['options', 'definitions', 'formulas', 'rule']);

const TEXT = {
  en: {
    title: 'Clientele customer report',
    sources: 'Sources',
    name: 'Name',
    kind: 'Kind',
    files: 'Files',
    rows: 'Rows',
    overview: 'Overview',
    cleaning: 'Cleaning',
    lifecycle: 'Lifecycle',
    value: 'Customer value (RFM)',
    clusters: 'Clusters',
    clv: 'Lifetime value and churn',
    feedback: 'Feedback',
    unavailable: 'Not available for these data.',
    failed: 'This chapter could not be computed:',
    more: (shown: number, total: number) => `First ${shown} of ${total} rows; all of them are in report.json.`,
    note: 'Made by the Clientele command line from report.json, which holds every figure. Interactive charts and the findings are in the app.',
    kpi: {
      revenue: 'Revenue',
      customers: 'Customers',
      orders: 'Orders',
      firstOrder: 'First order',
      lastOrder: 'Last order',
      days: 'Days covered',
      rows: 'Rows read',
      lines: 'Transaction lines kept',
    },
  },
  zh: {
    title: 'Clientele 客户分析报告',
    sources: '数据来源',
    name: '名称',
    kind: '类型',
    files: '文件数',
    rows: '行数',
    overview: '概览',
    cleaning: '数据清洗',
    lifecycle: '生命周期',
    value: '客户价值（RFM）',
    clusters: '客户聚类',
    clv: '生命周期价值与流失',
    feedback: '客户反馈',
    unavailable: '这些数据无法生成本章。',
    failed: '本章计算失败：',
    more: (shown: number, total: number) => `显示前 ${shown} 行，共 ${total} 行；完整数据见 report.json。`,
    note: '由 Clientele 命令行根据 report.json 生成，全部数字都在 report.json 中。交互图表与结论解读请在应用中查看。',
    kpi: {
      revenue: '销售额',
      customers: '客户数',
      orders: '订单数',
      firstOrder: '首笔订单',
      lastOrder: '末笔订单',
      days: '覆盖天数',
      rows: '读取行数',
      lines: '保留的交易行',
    },
  },
} as const;

const CHAPTERS = ['cleaning', 'lifecycle', 'value', 'clusters', 'clv', 'feedback'] as const;

export function reportHtml(report: Report, lang: Lang): string {
  const t = TEXT[lang];
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  const fmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const cell = (v: unknown): string => esc(plain(v, fmt));
  const o = report.overview;
  const money = o.revenue === null ? null : `${fmt.format(o.revenue)}${o.currency ? ` ${o.currency}` : ''}`;
  const kpis: [string, unknown][] = [
    [t.kpi.revenue, money],
    [t.kpi.customers, o.customers],
    [t.kpi.orders, o.orders],
    [t.kpi.firstOrder, o.firstOrder?.replace('T', ' ') ?? null],
    [t.kpi.lastOrder, o.lastOrder?.replace('T', ' ') ?? null],
    [t.kpi.days, o.days],
    [t.kpi.rows, o.rows],
    [t.kpi.lines, o.lines],
  ];
  const parts: string[] = [];
  parts.push(`<h1>${esc(t.title)}</h1>`);
  parts.push(`<section><h2>${esc(t.sources)}</h2>${table(
    [t.name, t.kind, t.files, t.rows],
    report.sources.map((s) => [s.name, s.kind, s.files, s.rows]),
    cell,
  )}</section>`);
  parts.push(
    `<section><h2>${esc(t.overview)}</h2><dl class="kpis">${kpis
      .map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${v === null ? '—' : cell(v)}</dd></div>`)
      .join('')}</dl></section>`,
  );
  for (const id of CHAPTERS) {
    const value: unknown = report[id];
    let body: string;
    if (value === null) body = `<p>${esc(t.unavailable)}</p>`;
    else if (isFailure(value)) body = `<p class="failed">${esc(t.failed)} ${esc(value.error)}</p>`;
    else if (isRecord(value) && value.status === 'unavailable') body = `<p>${esc(t.unavailable)}</p>`;
    else body = section(value, 2, cell, t.more);
    parts.push(`<section id="${id}"><h2>${esc(t[id])}</h2>${body}</section>`);
  }
  parts.push(`<footer><p>${esc(t.note)}</p></footer>`);
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(t.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${parts.join('\n')}
</main>
</body>
</html>
`;
}

/** An object as a list of its scalar figures, then its tables and sub-parts. */
function section(value: unknown, depth: number, cell: (v: unknown) => string, more: (shown: number, total: number) => string): string {
  if (!isRecord(value)) return `<p>${cell(value)}</p>`;
  const scalars: [string, unknown][] = [];
  const blocks: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (SKIP.has(key)) continue;
    if (isScalar(v) || (Array.isArray(v) && v.every(isScalar))) {
      scalars.push([key, v]);
    } else if (Array.isArray(v)) {
      if (v.length === 0) continue;
      blocks.push(`<h${heading(depth + 1)}>${esc(key)}</h${heading(depth + 1)}>${recordsTable(v, cell, more)}`);
    } else if (isRecord(v) && depth < MAX_DEPTH) {
      const inner = section(v, depth + 1, cell, more);
      if (inner) blocks.push(`<h${heading(depth + 1)}>${esc(key)}</h${heading(depth + 1)}>${inner}`);
    }
  }
  const list = scalars.length
    ? `<table class="figures"><tbody>${scalars.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${cell(v)}</td></tr>`).join('')}</tbody></table>`
    : '';
  return list + blocks.join('');
}

/** An array of records as one table, columns the union of their keys (nested values as JSON). */
function recordsTable(rows: unknown[], cell: (v: unknown) => string, more: (shown: number, total: number) => string): string {
  const records = rows.map((r) => (isRecord(r) ? r : { value: r }));
  const keys: string[] = [];
  for (const r of records) for (const k of Object.keys(r)) if (!keys.includes(k)) keys.push(k);
  const shown = records.slice(0, MAX_ROWS);
  const note = records.length > MAX_ROWS ? `<p class="more">${esc(more(MAX_ROWS, records.length))}</p>` : '';
  return table(keys, shown.map((r) => keys.map((k) => r[k])), cell) + note;
}

function table(header: readonly string[], rows: unknown[][], cell: (v: unknown) => string): string {
  const head = `<thead><tr>${header.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`;
  const body = `<tbody>${rows.map((r) => `<tr>${r.map((v) => `<td${typeof v === 'number' ? ' class="num"' : ''}>${cell(v)}</td>`).join('')}</tr>`).join('')}</tbody>`;
  return `<div class="scroll"><table>${head}${body}</table></div>`;
}

function plain(v: unknown, fmt: Intl.NumberFormat): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return Number.isFinite(v) ? fmt.format(v) : String(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (Array.isArray(v) && v.every(isScalar)) return v.map((x) => plain(x, fmt)).join(', ');
  const json = JSON.stringify(v);
  return json.length > 200 ? `${json.slice(0, 200)}…` : json;
}

function heading(depth: number): number {
  return Math.min(6, depth);
}

function isFailure(v: unknown): v is { status: 'failed'; error: string } {
  return isRecord(v) && v.status === 'failed' && typeof v.error === 'string';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isScalar(v: unknown): boolean {
  return v === null || typeof v !== 'object';
}

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; line-height: 1.45; color: #1b1f24; }
body { margin: 0; background: #fff; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; }
h2 { font-size: 1.3rem; border-bottom: 1px solid #d0d7de; padding-bottom: .25rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin-top: 1.25rem; }
h4, h5, h6 { font-size: 1rem; margin-top: 1rem; }
.kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .75rem; margin: 0; }
.kpis div { border: 1px solid #d0d7de; border-radius: .4rem; padding: .5rem .75rem; }
.kpis dt { font-size: .85rem; color: #4d5661; }
.kpis dd { margin: 0; font-size: 1.2rem; font-weight: 600; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: .9rem; margin: .25rem 0 .75rem; }
th, td { border: 1px solid #d0d7de; padding: .2rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #f3f5f7; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.figures th { font-weight: normal; color: #4d5661; }
.more, footer { color: #4d5661; font-size: .85rem; }
.failed { color: #a40e26; }
`;
