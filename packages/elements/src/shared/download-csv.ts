// Saving CSV text as a file from inside a shadow root: the table's rows, the timeline's numbers.

/** Downloads `csv` as `filename`, through a temporary Blob URL and an `<a download>` in `root`. */
export function downloadCsv(root: Node & ParentNode, csv: string, filename: string): void {
  const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
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
