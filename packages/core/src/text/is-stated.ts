/**
 * False for a cell that states nothing: empty, white space, or the source's "-". Elements show
 * "Ikke angivet" for those; exports keep the cell as written.
 */
export function isStated(text: string | null | undefined): text is string {
  const trimmed = (text ?? '').trim();
  return trimmed !== '' && !/^[-‐‑–—]$/.test(trimmed);
}
