/**
 * The report as one self-contained HTML file: the chapters as they are on screen (charts are
 * inline SVG already), the page's own stylesheet inlined, no script at all. It opens offline, with
 * JavaScript disabled, and its security policy forbids it to load anything, so a report mailed
 * around cannot call home either.
 *
 * Controls (buttons, settings forms, chart tools) are for the live app and are left out; text
 * the analyst edited (recommendations, the action plan) is kept as text.
 */

export interface HtmlExportMeta {
  title: string;
  /** Company or team line under the title; empty = none. */
  subtitle: string;
  lang: string;
  /** The table-of-contents heading and entries, in reading order. */
  toc: { heading: string; entries: { id: string; title: string }[] };
}

/** Nothing may be fetched: styles are inline and images are data. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Elements that only make sense in the live app. */
const OMIT = ['script', 'button', 'form', '[data-export="omit"]', 'input', 'select', 'label:empty'].join(', ');

export function reportHtml(chapters: HTMLElement, meta: HtmlExportMeta, css: string): string {
  const copy = chapters.cloneNode(true) as HTMLElement;
  keepEditedText(chapters, copy);
  for (const el of copy.querySelectorAll(OMIT)) el.remove();
  for (const el of copy.querySelectorAll('[contenteditable]')) el.removeAttribute('contenteditable');
  // Collapsed parts (the SQL of the appendix) stay collapsed: <details> works without script.
  const doc = document.implementation.createHTMLDocument(meta.title);
  doc.documentElement.lang = meta.lang;
  const head = doc.head;
  head.prepend(element(doc, 'meta', { charset: 'utf-8' }));
  head.append(
    element(doc, 'meta', { 'http-equiv': 'Content-Security-Policy', content: CSP }),
    element(doc, 'meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    element(doc, 'meta', { name: 'generator', content: 'Clientele' }),
  );
  const style = doc.createElement('style');
  style.textContent = css + EXPORT_CSS;
  head.append(style);

  const main = doc.createElement('main');
  main.className = 'export';
  const header = doc.createElement('header');
  header.className = 'export-head';
  header.append(text(doc, 'h1', meta.title));
  if (meta.subtitle) header.append(text(doc, 'p', meta.subtitle));
  const nav = doc.createElement('nav');
  nav.className = 'export-toc';
  nav.append(text(doc, 'h2', meta.toc.heading));
  const list = doc.createElement('ol');
  for (const e of meta.toc.entries) {
    const a = text(doc, 'a', e.title);
    a.setAttribute('href', `#chapter-${e.id}`);
    const li = doc.createElement('li');
    li.append(a);
    list.append(li);
  }
  nav.append(list);
  main.append(header, nav, doc.importNode(copy, true));
  doc.body.append(main);
  return `<!doctype html>\n${doc.documentElement.outerHTML}`;
}

/**
 * Every same-origin stylesheet rule of the page, as text (the app's CSS, Svelte's scoped styles).
 * A theme forced with ?theme= has rewritten the colour-scheme media rules, so it carries over.
 */
export function pageCss(): string {
  const out: string[] = [];
  for (const sheet of document.styleSheets) {
    try {
      for (const rule of sheet.cssRules) out.push(rule.cssText);
    } catch {
      // A stylesheet from another origin cannot be read; the app has none.
    }
  }
  return out.join('\n');
}

/** Text areas and text inputs hold what the analyst typed in properties, not in the markup. */
function keepEditedText(original: HTMLElement, copy: HTMLElement): void {
  const from = original.querySelectorAll('textarea, input[data-export="text"]');
  const to = copy.querySelectorAll('textarea, input[data-export="text"]');
  from.forEach((el, i) => {
    const value = (el as HTMLTextAreaElement | HTMLInputElement).value;
    const div = copy.ownerDocument.createElement('div');
    div.className = 'export-text';
    div.textContent = value;
    to[i].replaceWith(div);
  });
}

function element(doc: Document, tag: string, attrs: Record<string, string>): HTMLElement {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

function text(doc: Document, tag: string, value: string): HTMLElement {
  const el = doc.createElement(tag);
  el.textContent = value;
  return el;
}

/** Layout of the exported page: the app's chapters in a single readable column. */
const EXPORT_CSS = `
.export { max-width: 1040px; margin: 0 auto; padding: 40px 32px 64px; display: grid; gap: 40px; }
.export-head { display: grid; gap: 6px; padding-bottom: 24px; border-bottom: 1px solid var(--border); }
.export-head h1 { font-size: 28px; line-height: 36px; }
.export-head p { color: var(--text-2); }
.export-toc h2 { font-size: 13px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--text-3); margin-bottom: 8px; }
.export-toc ol { columns: 2; margin: 0; padding-left: 20px; }
.export-toc a { color: var(--text); }
.export .chapters { display: grid; gap: 48px; opacity: 1; }
.export-text { white-space: pre-wrap; }
@media print { .export { padding: 0; max-width: none; } .export-toc { break-after: page; } }
`;
