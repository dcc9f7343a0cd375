/**
 * Renders Plot options to SVG text in Node: Plot only needs a document to create elements in,
 * and linkedom's is enough (no layout is measured). The class name is fixed so the text is stable.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function renderSvg(options: PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({ ...options, document: document as unknown as Document });
  return svg.outerHTML;
}

/**
 * Compares `actual` with the saved file; a missing file is written (the first run records it),
 * a different one is written beside it as <name>-changed.svg for a person to look at, and fails.
 */
export function matchSnapshot(actual: string, file: URL): { ok: boolean; changed?: string } {
  const path = file.pathname;
  if (!existsSync(path)) {
    writeFileSync(path, actual);
    return { ok: true };
  }
  if (readFileSync(path, 'utf8') === actual) return { ok: true };
  const changed = path.replace(/\.svg$/, '-changed.svg');
  writeFileSync(changed, actual);
  return { ok: false, changed };
}
