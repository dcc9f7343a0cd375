/**
 * The analyst's corrections are stored apart from the engine's datasets, keyed by column name:
 * the engine's guesses stay intact (a reload re-guesses), and a correction survives a reload as
 * long as its column does.
 */
import type { DatasetInfo } from '../../workers/protocol';
import type { ColumnFormat, FileKind, Role } from '../analysis/types';
import { withDateOrder, type DateOrder } from '../analysis/infer/adapt';

export interface DatasetEdit {
  kind?: FileKind;
  roles: Record<string, Role>;
  /** Day/month order chosen by the analyst for text date columns. */
  dateOrders?: Record<string, DateOrder>;
}

/** A dataset with the corrections applied: what the mapping screen shows and the engine gets. */
export interface DatasetView {
  info: DatasetInfo;
  kind: FileKind;
  /** Role of each column, in the order of info.columns. */
  roles: Role[];
  /** Parse format of each column, with the analyst's date-order choices applied. */
  formats: ColumnFormat[];
  kindEdited: boolean;
}

export function applyEdits(info: DatasetInfo, edit: DatasetEdit | undefined): DatasetView {
  return {
    info,
    kind: edit?.kind ?? info.kind,
    roles: info.columns.map((c) => edit?.roles[c.name] ?? c.role),
    formats: info.columns.map((c) => {
      const order = edit?.dateOrders?.[c.name];
      return order ? withDateOrder(c.format, order) : c.format;
    }),
    kindEdited: edit?.kind !== undefined,
  };
}

/** Roles in the groups the role menu shows them in; every role of ROLES appears exactly once. */
export const ROLE_GROUPS = [
  { id: 'keys', roles: ['customer_id', 'person_id', 'order_id', 'product_id'] },
  { id: 'order', roles: ['order_time', 'paid_time', 'status', 'channel', 'payment_method'] },
  { id: 'money', roles: ['paid_amount', 'amount', 'unit_price', 'quantity', 'discount', 'refund_amount'] },
  { id: 'product', roles: ['product_name', 'category'] },
  { id: 'customer', roles: ['signup_time', 'gender', 'age', 'birth_date', 'country', 'region', 'city', 'membership_level', 'churn_label'] },
  { id: 'activity', roles: ['event_type', 'event_time', 'feedback_text', 'feedback_time', 'rating'] },
] as const satisfies readonly { id: string; roles: readonly Exclude<Role, 'ignore'>[] }[];

/** Roles that matter most in a dataset's summary, in the order they are listed. */
export const KEY_ROLES: readonly Role[] = ['customer_id', 'person_id', 'order_id', 'order_time', 'paid_amount', 'amount', 'unit_price', 'quantity', 'event_time', 'feedback_text'];

// A role added to ROLES but forgotten in the menu would be impossible to choose.
type Grouped = (typeof ROLE_GROUPS)[number]['roles'][number];
const _everyRoleGrouped: Exclude<Role, 'ignore' | Grouped> extends never ? true : false = true;
void _everyRoleGrouped;
