/**
 * Saving the rows behind a number as a CSV file: the file is made in this tab and never leaves
 * the device.
 */
import { saveBlob } from '../export/save';

/** The dataset's display name without its data extensions, safe as a file name: "online_retail.csv.gz" -> "online_retail". */
export function baseName(name: string): string {
  const last = name.split(/[\\/]/).filter(Boolean).pop() ?? name;
  const bare = last.replace(/(\.(csv|tsv|txt|gz|xlsx|xls|parquet|json|ndjson|jsonl))+$/i, '');
  const safe = bare.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim();
  return safe || 'data';
}

export function csvFileName(dataset: string, reason: string): string {
  return `${baseName(dataset)}-${reason}.csv`;
}

export function saveText(text: string, fileName: string, type: string): void {
  saveBlob(new Blob([text], { type }), fileName);
}
