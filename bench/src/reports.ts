// Where the results go: bench/results.json (everything), bench/results.md (the tables, made from
// results.json alone) and the root README's bench section (also made from results.json).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR, REPO_ROOT } from './config.js';
import { writeReadmeSection } from './readme.js';
import { renderMarkdown, type Results } from './report.js';

export const RESULTS_JSON = join(BENCH_DIR, 'results.json');
export const RESULTS_MD = join(BENCH_DIR, 'results.md');
export const README = join(REPO_ROOT, 'README.md');

/** results.json as written by an earlier run, or null (none, or unreadable). */
export function readResults(): unknown {
  try {
    return JSON.parse(readFileSync(RESULTS_JSON, 'utf8'));
  } catch {
    return null;
  }
}

/** Writes results.md (and the README's section when `readme`); returns what it wrote, and the markdown. */
export function writeReports(r: Results, readme: boolean): { written: string[]; markdown: string } {
  const markdown = renderMarkdown(r);
  writeFileSync(RESULTS_MD, markdown);
  const written = ['bench/results.md'];
  if (readme) {
    if (writeReadmeSection(README, r)) written.push('README.md (its bench section)');
    else console.warn(`README.md has no <!-- bench:start --> ... <!-- bench:end --> markers: its bench section was not written.`);
  }
  return { written, markdown };
}
