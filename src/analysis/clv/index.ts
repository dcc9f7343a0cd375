export { runClv, clvBreakdownSql, histogram, calibrationEnd, CLV_DEFINITIONS } from './run';
export { clvOptions, DEFAULT_CLV, type ClvOptions, type ClvSettings } from './options';
export { btydSummarySql, clvPeriodsSql } from './summary';
export type * from './types';
