export { runClv, histogram, calibrationEnd, CLV_DEFINITIONS } from './run';
export { type ClvContext } from './attrs';
export { clvOptions, DEFAULT_CLV, type ClvOptions, type ClvSettings } from './options';
export { btydSummarySql, clvPeriodsSql } from './summary';
export type * from './types';
