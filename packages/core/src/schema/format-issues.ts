import type { Lang } from '../model/lang.js';
import type { DatasetIssue } from './validate-dataset.js';

// Its own words, not issue-texts.js: every element's error state formats issues, and importing
// that module would put all the schema's Danish into every page (the issues carry theirs).
const MORE: Record<Lang, (n: number) => string> = { en: (n) => `… and ${n} more`, da: (n) => `… og ${n} flere` };

/**
 * One line per issue, for a console or an error state: `entries[11].period: ends before it
 * starts`, in English, or in Danish with `lang` `da` (`… slutter før den begynder`) where the
 * issue has its Danish.
 */
export function formatIssues(issues: readonly DatasetIssue[], limit = 5, lang: Lang = 'en'): string {
  const shown = issues.slice(0, limit).map((i) => `${i.path}: ${lang === 'da' ? (i.da ?? i.message) : i.message}`);
  if (issues.length > limit) shown.push(MORE[lang](issues.length - limit));
  return shown.join('\n');
}
