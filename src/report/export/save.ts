/**
 * Saving a file the app made in this tab through a Blob URL: nothing leaves the browser. Every
 * download of the report (JSON, HTML, CSV, Parquet, chart images, set-aside rows) goes through here.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
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

/** A file name from user-given text (a report title): no path separators or characters Windows refuses. */
export function safeFileName(text: string, fallback: string): string {
  const safe = text.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim();
  return safe || fallback;
}
