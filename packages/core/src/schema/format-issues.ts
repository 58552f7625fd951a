import type { DatasetIssue } from './validate-dataset.js';

/** One line per issue, for a console or an error state: `entries[11].period: ends before it starts`. */
export function formatIssues(issues: readonly DatasetIssue[], limit = 5): string {
  const shown = issues.slice(0, limit).map((i) => `${i.path}: ${i.message}`);
  if (issues.length > limit) shown.push(`… and ${issues.length - limit} more`);
  return shown.join('\n');
}
