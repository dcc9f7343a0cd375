/**
 * Which value types each role accepts, and how a column's type changes once it has a role.
 * A header can be wrong (`sales_date` contains "sales"), so a role is only offered to a column
 * whose values can serve it.
 */
import type { ColumnFormat, Role } from '../types';
import type { Profile } from './column-types';
import { parseBoolean } from './text';

/** Keys: always text, whatever their values look like (`00001`, `17850.0`, `536365`). */
export const ID_ROLES: readonly Role[] = ['customer_id', 'person_id', 'order_id', 'product_id'];
export const TIME_ROLES: readonly Role[] = ['order_time', 'paid_time', 'signup_time', 'event_time', 'feedback_time', 'birth_date'];
export const NUMERIC_ROLES: readonly Role[] = [
  'quantity', 'unit_price', 'amount', 'paid_amount', 'refund_amount', 'discount', 'age', 'rating',
];
/** Transaction measures: meaningless outside a table of orders (`product_photos_qty` is no quantity). */
export const MEASURE_ROLES: readonly Role[] = ['quantity', 'amount', 'paid_amount', 'refund_amount', 'discount'];
/** Roles whose presence makes a table transactional, for resolving `date` and measures. */
export const TRANSACTION_ROLES: readonly Role[] = [
  'order_id', 'amount', 'quantity', 'unit_price', 'paid_amount', 'refund_amount', 'discount',
];
/** Columns that describe a person rather than a purchase: their presence makes a customer table. */
export const PROFILE_ROLES: readonly Role[] = [
  'gender', 'age', 'birth_date', 'city', 'region', 'country', 'signup_time', 'membership_level', 'channel', 'churn_label',
];
export const ANCHOR_ROLES: readonly Role[] = ['order_id', 'order_time', 'paid_time', 'customer_id', 'person_id'];

/** Can a column of this format and these values carry the role? */
export function fits(role: Role, format: ColumnFormat, p: Profile): boolean {
  const t = format.type;
  if (t === 'empty') return false;
  if (ID_ROLES.includes(role)) return t !== 'date' && t !== 'timestamp';
  if (TIME_ROLES.includes(role)) return t === 'date' || t === 'timestamp';
  if (NUMERIC_ROLES.includes(role)) return t === 'integer' || t === 'number';
  if (role === 'feedback_text') return t === 'text';
  if (role === 'churn_label') return p.distinct.length <= 3 && p.values.every((v) => parseBoolean(v) !== null);
  // Categories: text, or small codes (gender 0/1, level 1..5); not floats, not dates.
  return t === 'text' || t === 'id' || t === 'boolean' || (t === 'integer' && p.distinct.length <= 50);
}

/** The format a column gets once its role is settled. */
export function formatForRole(role: Role, format: ColumnFormat): ColumnFormat {
  if (role === 'ignore' || TIME_ROLES.includes(role) || NUMERIC_ROLES.includes(role)) return format;
  if (ID_ROLES.includes(role)) return { type: 'id' };
  if (role === 'churn_label') return { type: 'boolean' };
  return { type: 'text' };
}
