/**
 * Chapter 2's finding: one or two sentences with the numbers an analyst checks first (how many
 * order lines are kept, the largest reasons lines were set aside, lines without a customer,
 * zombie accounts). Built from catalog pieces so each language keeps its own word order; the
 * list of reasons is joined with Intl.ListFormat ("a, b, and c" / "a、b和c").
 */
import type { Reason } from '../../analysis/clean/options';
import type { Report } from '../../analysis/report';
import { formatShare } from './share';
import type { I18n, MessagePart } from '../../i18n/i18n.svelte';

type Catalog = Pick<I18n, 'parts' | 't' | 'locale'>;

/** How many set-aside reasons the first sentence names, largest first. */
const MAX_REASONS = 3;

/** Reasons that leave lines out of every analysis (lines without a customer still count for orders). */
const REMOVING: Reason[] = ['duplicate', 'cancellation', 'non-positive-quantity', 'non-positive-price', 'test-row', 'outlier'];

export function findingParts(report: Report, i18n: Catalog): MessagePart[] {
  const { parts, t, locale } = i18n;
  const pct = (n: number, of: number) => formatShare(locale, of > 0 ? n / of : 0);
  const c = report.cleaning;
  const tx = c.tables.filter((t) => t.matches !== null);
  const others = c.tables.filter((t) => t.matches === null);
  const out: MessagePart[] = [];

  const second: MessagePart[][] = [];
  if (tx.length > 0) {
    const rowsIn = sum(tx.map((t) => t.rowsIn));
    const kept = sum(tx.map((t) => t.kept));
    const aside = (r: Reason) => sum(tx.map((t) => t.setAside[r] ?? 0));
    if (kept === rowsIn) out.push(...parts('cleaning.finding.allKept', { rowsIn }));
    else out.push(...parts('cleaning.finding.kept', { rowsIn, kept, share: pct(kept, rowsIn) }));
    const reasons = REMOVING.map((r) => ({ r, n: aside(r) }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n)
      .slice(0, MAX_REASONS);
    if (reasons.length > 0) {
      // The reason is words, not a number: only the share is emphasised.
      const items = reasons.map((x) =>
        parts('cleaning.finding.item', { what: t(`reasonInline.${x.r}`), share: pct(x.n, rowsIn) }).map((p) => (p.name === 'what' ? { ...p, value: false } : p)),
      );
      out.push(...fill(parts('cleaning.finding.setAside', { list: '' }), 'list', joinList(locale, items)));
    }
    out.push(...parts('cleaning.finding.end'));
    const noCustomer = aside('missing-customer');
    if (noCustomer > 0) second.push(parts('cleaning.finding.noCustomer', { share: pct(noCustomer, rowsIn) }));
  } else {
    out.push(...parts('cleaning.finding.noOrders'), ...parts('cleaning.finding.end'));
  }

  const otherDuplicates = sum(others.map((t) => t.setAside.duplicate ?? 0));
  if (otherDuplicates > 0) {
    const one = new Intl.PluralRules(locale).select(otherDuplicates) === 'one';
    second.push(parts(one ? 'cleaning.finding.otherDuplicates.one' : 'cleaning.finding.otherDuplicates.other', { count: otherDuplicates }));
  }
  if (c.zombies !== null && c.zombies > 0) {
    const table = others.find((t) => t.setAside.zombie !== undefined);
    const registered = table ? table.rowsIn - (table.setAside.duplicate ?? 0) - (table.setAside['missing-customer'] ?? 0) : 0;
    if (registered > 0) second.push(parts('cleaning.finding.zombies', { count: c.zombies, registered, share: pct(c.zombies, registered) }));
  }
  if (second.length > 0) {
    out.push(...parts('cleaning.finding.space'));
    second.forEach((p, i) => {
      if (i > 0) out.push(...parts('cleaning.finding.separator'));
      out.push(...p);
    });
    out.push(...parts('cleaning.finding.end'));
  }
  return merge(out);
}

function sum(ns: number[]): number {
  return ns.reduce((a, b) => a + b, 0);
}

/** Items joined the way the language lists things, the items' values kept emphasised. */
function joinList(locale: string, items: MessagePart[][]): MessagePart[] {
  const marks = items.map((_, i) => `\u0000${i}\u0000`);
  const out: MessagePart[] = [];
  for (const p of new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(marks)) {
    if (p.type === 'element') out.push(...items[Number(p.value.replaceAll('\u0000', ''))]);
    else out.push({ text: p.value, value: false });
  }
  return out;
}

/** Replace the part that filled placeholder `name` by a list of parts. */
function fill(message: MessagePart[], name: string, with_: MessagePart[]): MessagePart[] {
  return message.flatMap((p) => (p.name === name ? with_ : [p]));
}

/** Adjacent plain parts as one (a tidier DOM, and simpler to test). */
function merge(parts: MessagePart[]): MessagePart[] {
  const out: MessagePart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && !last.value && !p.value) out[out.length - 1] = { text: last.text + p.text, value: false };
    else if (p.text !== '') out.push(p);
  }
  return out;
}
