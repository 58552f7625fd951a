// npm run report -w @kl-digital/bench: bench/results.md and the root README's bench section
// written again from bench/results.json, without running anything (after a change to how they
// are rendered, or to put a run's numbers into the README).
import { RESULTS_JSON, readResults, writeReports } from './reports.js';
import type { Results } from './report.js';

const results = readResults() as Results | null;
if (!results?.meta || !Array.isArray(results.targets) || !Array.isArray(results.closures)) {
  console.error(`${RESULTS_JSON} is missing or was written by an older bench: run npm run bench first.`);
  process.exitCode = 1;
} else {
  const { written } = writeReports(results, true);
  console.log(`wrote ${written.join(' and ')} from bench/results.json (the run of ${results.meta.date.slice(0, 16).replace('T', ' ')}, ${results.meta.runs} runs per page)`);
}
