const warned = new Set<string>();

/** Logs a warning once per page, however many elements or renders meet the same problem. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[kl-digital] ${message}`);
}
