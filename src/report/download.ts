import { saveBlob } from './export/save';

/** Saves a value as pretty-printed JSON. */
export function downloadJson(value: unknown, fileName: string): void {
  saveBlob(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }), fileName);
}
