/**
 * Saving the rows behind a number as a CSV file through a Blob URL: the file is made in this tab
 * and never leaves the device.
 */

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
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next task: Chromium starts the download asynchronously from the click.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
