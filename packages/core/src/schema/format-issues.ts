import type { Lang } from '../model/lang.js';
import { CROSS } from './issue-texts.js';
import type { DatasetIssue } from './validate-dataset.js';

/**
 * One line per issue, for a console or an error state: `entries[11].period: ends before it
 * starts`, in English, or in Danish with `lang` `da` (`… slutter før den begynder`) where the
 * issue has its Danish.
 */
export function formatIssues(issues: readonly DatasetIssue[], limit = 5, lang: Lang = 'en'): string {
  const shown = issues.slice(0, limit).map((i) => `${i.path}: ${lang === 'da' ? (i.da ?? i.message) : i.message}`);
  if (issues.length > limit) shown.push(CROSS[lang].more(issues.length - limit));
  return shown.join('\n');
}
