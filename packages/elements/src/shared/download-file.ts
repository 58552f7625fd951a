// Saving a file made in the browser from inside a shadow root: the table's rows and the
// timeline's numbers as CSV, the map as SVG or PNG.

/** Downloads `blob` as `filename`, through a temporary Blob URL and an `<a download>` in `root`. */
export function downloadFile(root: Node & ParentNode, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.hidden = true;
  root.append(anchor);
  anchor.click();
  anchor.remove();
  // Some browsers start reading the file after click() returns: revoke later, not now.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads `csv` as `filename` (UTF-8). */
export function downloadCsv(root: Node & ParentNode, csv: string, filename: string): void {
  downloadFile(root, new Blob([csv], { type: 'text/csv;charset=utf-8' }), filename);
}
