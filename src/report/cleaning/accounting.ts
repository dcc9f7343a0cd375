/**
 * Row accounting of one input table as chapter 2 shows it: one line per reason that applies to
 * the table (with the rule's state when it set nothing aside), and the identity
 * rows in = kept + Σ set aside, checked rather than assumed.
 */
import { REASONS, type CleaningOptions, type Reason } from '../../analysis/clean/options';
import type { CleaningReport, TableAccounting } from '../../analysis/clean/report';
import type { SourceSummary } from '../../analysis/report';

export type AccountingReason = Reason | 'zombie';

/** Why a reason set nothing aside, when it did not: its rule is off, or only flags / nets. */
export type RuleState = 'on' | 'off' | 'flag' | 'net';

export interface AccountingLine {
  reason: AccountingReason;
  rows: number;
  /** Of the table's rows in. */
  share: number;
  state: RuleState;
}

export interface Accounting {
  id: string;
  rowsIn: number;
  kept: number;
  setAside: number;
  lines: AccountingLine[];
  /** kept + Σ set aside − rows in: 0 when every row is accounted for. */
  difference: number;
  keptForOrders: number | null;
  transactions: boolean;
}

export function ruleState(reason: AccountingReason, o: CleaningOptions): RuleState {
  switch (reason) {
    case 'duplicate':
      return o.duplicates ? 'on' : 'off';
    case 'cancellation':
      return !o.cancellations.enabled ? 'off' : o.cancellations.mode === 'net' ? 'net' : 'on';
    case 'non-positive-quantity':
      return o.nonPositiveQuantity ? 'on' : 'off';
    case 'non-positive-price':
      return o.nonPositivePrice ? 'on' : 'off';
    case 'test-row':
      return o.testRows.enabled ? 'on' : 'off';
    case 'outlier':
      return !o.outliers.enabled ? 'off' : o.outliers.action === 'flag' ? 'flag' : 'on';
    case 'missing-customer':
      return o.missingCustomer ? 'on' : 'off';
    case 'zombie':
      return o.zombies ? 'on' : 'off';
  }
}

/** The reasons a table can have: every rule for order lines; duplicates, missing customers and zombies elsewhere. */
function reasonsOf(t: TableAccounting, source: SourceSummary | undefined): AccountingReason[] {
  if (t.matches !== null) return [...REASONS];
  const out: AccountingReason[] = ['duplicate'];
  const withCustomer = source ? source.roles.customer_id !== undefined && source.kind !== 'products' && source.kind !== 'other' : false;
  if (withCustomer || t.setAside['missing-customer']) out.push('missing-customer');
  if (source?.kind === 'customers' || t.setAside.zombie !== undefined) out.push('zombie');
  return out;
}

export function accountingOf(t: TableAccounting, o: CleaningOptions, source?: SourceSummary): Accounting {
  const share = (n: number) => (t.rowsIn > 0 ? n / t.rowsIn : 0);
  const lines = reasonsOf(t, source).map((reason) => {
    const rows = t.setAside[reason] ?? 0;
    return { reason, rows, share: share(rows), state: ruleState(reason, o) };
  });
  // Anything the engine reports that the list above does not name still has to be shown and summed.
  for (const [reason, rows] of Object.entries(t.setAside) as [AccountingReason, number][]) {
    if (!lines.some((l) => l.reason === reason)) lines.push({ reason, rows, share: share(rows), state: ruleState(reason, o) });
  }
  const setAside = lines.reduce((n, l) => n + l.rows, 0);
  return {
    id: t.id,
    rowsIn: t.rowsIn,
    kept: t.kept,
    setAside,
    lines,
    difference: t.kept + setAside - t.rowsIn,
    keptForOrders: t.keptForOrders,
    transactions: t.matches !== null,
  };
}

/** Lines each rule matches and sets aside, summed over the order-line tables (the rules panel's counts). */
export function ruleTotals(c: CleaningReport): { matches: Partial<Record<Reason, number>>; setAside: Partial<Record<AccountingReason, number>> } {
  const matches: Partial<Record<Reason, number>> = {};
  const setAside: Partial<Record<AccountingReason, number>> = {};
  for (const t of c.tables) {
    for (const [r, n] of Object.entries(t.matches ?? {}) as [Reason, number][]) matches[r] = (matches[r] ?? 0) + n;
    for (const [r, n] of Object.entries(t.setAside) as [AccountingReason, number][]) setAside[r] = (setAside[r] ?? 0) + n;
  }
  return { matches, setAside };
}

/** Cancellation lines by how they were recognised, summed over the order-line tables; null without any. */
export function cancellationTotals(c: CleaningReport): { prefix: number; status: number; orders: number } | null {
  const tables = c.tables.filter((t) => t.cancellations !== null);
  if (tables.length === 0) return null;
  return tables.reduce(
    (s, t) => ({ prefix: s.prefix + t.cancellations!.prefix, status: s.status + t.cancellations!.status, orders: s.orders + t.cancellations!.orders }),
    { prefix: 0, status: 0, orders: 0 },
  );
}
