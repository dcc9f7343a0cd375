/**
 * Column understanding for one table: value type and format, then a role from header and values.
 * Each role goes to at most one column (the typed view has one column per role), the most
 * confident first; columns nobody claims are `ignore`. Two passes, because some evidence only
 * counts in context: a bare `date` header is the order time of an orders table, and a header that
 * merely contains "qty" is a purchase quantity only if the table has orders in it.
 */
import { ROLES, type ColumnFormat, type ColumnInference, type Role } from '../types';
import { inferFormat, profile, type Profile } from './column-types';
import { genericTime, isIdHeader, isTimeHeader, matchHeader } from './headers';
import { ANCHOR_ROLES, fits, formatForRole, MEASURE_ROLES, PROFILE_ROLES, TRANSACTION_ROLES } from './roles';
import { valueHints } from './values';

interface Column {
  name: string;
  profile: Profile;
  format: ColumnFormat;
}

interface Candidate {
  col: number;
  role: Role;
  score: number;
  /** Needs the table's context: a generic time header (`date`, `created_at`), or a contained measure. */
  pending?: 'date' | 'created' | 'measure';
}

export function inferColumns(columns: { name: string; values: (string | null)[] }[]): ColumnInference[] {
  const cols: Column[] = columns.map((c) => {
    const p = profile(c.values);
    return { name: c.name, profile: p, format: inferFormat(p, isTimeHeader(c.name), isIdHeader(c.name)) };
  });
  const candidates = cols.flatMap((c, i) => candidatesFor(c, i));
  const assigned = new Map<number, Candidate>();
  assign(candidates.filter((c) => !c.pending), assigned);
  assign(resolveTimes(candidates, assigned), assigned);
  const anchored = ANCHOR_ROLES.some((r) => takenRoles(assigned).has(r));
  assign(candidates.filter((c) => c.pending === 'measure' && anchored), assigned);

  return cols.map((c, i) => {
    const a = assigned.get(i);
    const role: Role = a?.role ?? 'ignore';
    const lost = candidates.some((x) => x.col === i);
    const confidence = a ? round(a.score) : c.format.type === 'empty' ? 0.9 : lost ? 0.4 : 0.6;
    return {
      name: c.name,
      format: formatForRole(role, c.format),
      role,
      confidence,
      sampled: c.profile.sampled,
      missing: c.profile.missing,
      distinct: c.profile.distinct.length,
    };
  });
}

function candidatesFor(c: Column, col: number): Candidate[] {
  const out: Candidate[] = [];
  const hints = valueHints(c.profile.values, c.profile.distinct);
  for (const m of matchHeader(c.name)) {
    if (!fits(m.role, c.format, c.profile)) continue;
    const agree = hints.some((h) => h.role === m.role) ? 0.05 : 0;
    const score = Math.min(1, (m.exact ? 0.95 : m.score) + agree);
    out.push({ col, role: m.role, score, pending: !m.exact && MEASURE_ROLES.includes(m.role) ? 'measure' : undefined });
  }
  for (const h of hints) {
    if (fits(h.role, c.format, c.profile) && !out.some((o) => o.role === h.role)) out.push({ col, role: h.role, score: h.score });
  }
  const generic = genericTime(c.name);
  if (generic && (c.format.type === 'date' || c.format.type === 'timestamp')) {
    out.push({ col, role: 'ignore', score: 0.7, pending: generic });
  }
  return out;
}

/**
 * Generic time headers get their role from the table: the event time of an event log, the order
 * time of a transaction table; with only a customer key, `created_at` is a signup time while a
 * bare `date` beside no profile column reads as a purchase log (customer_id, date).
 */
function resolveTimes(candidates: Candidate[], assigned: Map<number, Candidate>): Candidate[] {
  const roles = takenRoles(assigned);
  const customer = roles.has('customer_id') || roles.has('person_id');
  const profile = PROFILE_ROLES.some((r) => roles.has(r));
  const roleFor = (generic: 'date' | 'created'): Role | null => {
    if (roles.has('event_type')) return 'event_time';
    if (roles.has('feedback_text')) return 'feedback_time';
    if (TRANSACTION_ROLES.some((r) => roles.has(r))) return 'order_time';
    if (customer && generic === 'created') return 'signup_time';
    if (customer && !profile) return 'order_time';
    return null;
  };
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.pending !== 'date' && c.pending !== 'created') continue;
    const role = roleFor(c.pending);
    if (role) out.push({ ...c, role });
  }
  return out;
}

function takenRoles(assigned: Map<number, Candidate>): Set<Role> {
  return new Set([...assigned.values()].map((a) => a.role));
}

/** Greedy, deterministic: best score first, then column order, then role order. */
function assign(candidates: Candidate[], assigned: Map<number, Candidate>): void {
  const taken = takenRoles(assigned);
  const order = [...candidates].sort(
    (a, b) => b.score - a.score || a.col - b.col || ROLES.indexOf(a.role) - ROLES.indexOf(b.role),
  );
  for (const c of order) {
    if (assigned.has(c.col) || taken.has(c.role)) continue;
    assigned.set(c.col, c);
    taken.add(c.role);
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
