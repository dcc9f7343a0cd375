/**
 * The customer-level results an analyst takes to their CRM: one row per customer with R, F, M,
 * the scores, the segment of each scheme (id and name in the report's language), the K-means
 * cluster and the lifetime-value columns. Which parts exist depends on the report: a chapter
 * that could not run contributes no columns rather than empty ones.
 *
 * Column names are stable English snake_case (an import mapping in a CRM survives a language
 * switch); only the *_name columns are localised.
 */
import type { Report } from '../report';
import { SEGMENT_NAMES, type SchemeId } from '../value/names';
import { SCHEME_COLUMN } from '../value/segments';
import { literal } from '../sql/ident';

export type ExportType = 'STRING' | 'INT32' | 'DOUBLE';

export interface ExportColumn {
  name: string;
  type: ExportType;
}

/** Which per-customer tables the last report wrote. */
export interface ExportParts {
  clusters: boolean;
  clv: boolean;
}

export function exportPartsOf(report: Report): ExportParts | null {
  const value = report.value;
  if (value.status !== 'ok') return null; // failed or unavailable: no customer_results
  const clusters = report.clusters;
  const clv = report.clv;
  return {
    clusters: clusters !== null && !('status' in clusters) && clusters.skipped === null && clusters.k !== null,
    clv: clv.status === 'model' || clv.status === 'fallback',
  };
}

const VALUE_COLUMNS: ExportColumn[] = [
  { name: 'customer_id', type: 'STRING' },
  { name: 'recency_days', type: 'INT32' },
  { name: 'frequency', type: 'INT32' },
  { name: 'monetary', type: 'DOUBLE' },
  { name: 'r_score', type: 'INT32' },
  { name: 'f_score', type: 'INT32' },
  { name: 'm_score', type: 'INT32' },
  { name: 'rfm_score', type: 'INT32' },
];

const SCHEMES: SchemeId[] = ['eight-class', 'named', 'tiers'];

const CLV_COLUMNS: ExportColumn[] = [
  { name: 'p_alive', type: 'DOUBLE' },
  { name: 'purchases_30d', type: 'DOUBLE' },
  { name: 'purchases_90d', type: 'DOUBLE' },
  { name: 'purchases_365d', type: 'DOUBLE' },
  { name: 'expected_spend', type: 'DOUBLE' },
  { name: 'clv', type: 'DOUBLE' },
  { name: 'risk_band', type: 'STRING' },
  { name: 'value_at_risk', type: 'DOUBLE' },
];

export function customerExportColumns(parts: ExportParts): ExportColumn[] {
  const out = [...VALUE_COLUMNS];
  for (const scheme of SCHEMES) {
    out.push({ name: SCHEME_COLUMN[scheme], type: 'STRING' }, { name: `${SCHEME_COLUMN[scheme]}_name`, type: 'STRING' });
  }
  if (parts.clusters) out.push({ name: 'cluster', type: 'INT32' });
  if (parts.clv) out.push(...CLV_COLUMNS);
  return out;
}

/** A segment id -> its name in the language, as a CASE over the scheme's known ids. */
function segmentNameSql(scheme: SchemeId, lang: 'zh' | 'en'): string {
  const column = `r.${SCHEME_COLUMN[scheme]}`;
  const whens = Object.entries(SEGMENT_NAMES[scheme]).map(([id, names]) => `WHEN ${literal(id)} THEN ${literal(names[lang])}`);
  return `CASE ${column} ${whens.join(' ')} ELSE ${column} END`;
}

/** The export query: customer_results joined with the cluster and CLV tables that exist, in customer_id order. */
export function customerExportSql(parts: ExportParts, lang: 'zh' | 'en'): string {
  const select = VALUE_COLUMNS.map((c) => `r.${c.name}`);
  for (const scheme of SCHEMES) {
    select.push(`r.${SCHEME_COLUMN[scheme]}`, `${segmentNameSql(scheme, lang)} AS ${SCHEME_COLUMN[scheme]}_name`);
  }
  const joins: string[] = [];
  if (parts.clusters) {
    // Clusters are numbered from 0 in the analysis; people count from 1, as the report does.
    select.push('c.cluster + 1 AS cluster');
    joins.push('LEFT JOIN customer_clusters AS c USING (customer_id)');
  }
  if (parts.clv) {
    select.push(...CLV_COLUMNS.map((c) => `v.${c.name}`));
    joins.push('LEFT JOIN customer_clv AS v USING (customer_id)');
  }
  return `SELECT ${select.join(', ')}
    FROM customer_results AS r ${joins.join(' ')}
    ORDER BY r.customer_id`;
}
