/**
 * The report's title and company line: presentation only (they do not change a number), shown
 * in the report header and in every export. Empty = the default title in the current language.
 * Kept in memory for the visit, like everything else the analyst types.
 */
export class ReportMeta {
  title = $state('');
  company = $state('');
}

export const reportMeta = new ReportMeta();
