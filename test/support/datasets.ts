/**
 * Where test datasets live. Openly licensed sets are in the repo (test/data); the test-only sets
 * (Olist, Tmall) are read from ../shared/data when present, and tests skip visibly otherwise.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

export const DATA = path.join(root, 'test/data');
export const SHARED = process.env.CLIENTELE_SHARED_DATA ?? path.resolve(root, '../shared/data');

export const data = (...p: string[]) => path.join(DATA, ...p);
export const shared = (...p: string[]) => path.join(SHARED, ...p);
export const hasShared = (...p: string[]) => existsSync(shared(...p));
