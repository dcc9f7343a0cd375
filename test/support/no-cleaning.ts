import type { ReportSettings } from '../../src/analysis/pipeline';
import { DEFAULT_CLEANING } from '../../src/analysis/clean/options';

/** Every cleaning rule off: the report then describes the raw files, whose facts are documented. */
export const NO_CLEANING: ReportSettings = {
  cleaning: {
    duplicates: false,
    cancellations: { ...DEFAULT_CLEANING.cancellations, enabled: false },
    nonPositiveQuantity: false,
    nonPositivePrice: false,
    testRows: { ...DEFAULT_CLEANING.testRows, enabled: false },
    outliers: { ...DEFAULT_CLEANING.outliers, enabled: false },
    missingCustomer: false,
    missingValues: { ...DEFAULT_CLEANING.missingValues, enabled: false },
    mergeVariants: false,
    zombies: false,
  },
};
