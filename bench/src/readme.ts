// The root README's bench section, between `<!-- bench:start -->` and `<!-- bench:end -->`:
// made from results.json (by the bench after a full run, or by `npm run report`), never by hand,
// so that what the README says is what a run measured.
import { readFileSync, writeFileSync } from 'node:fs';
import { bytes, checkWarning, cpuNet, describeCheck, ms, orderedPages, runsOf, targetTable, type Results } from './report.js';
import type { Profile } from './config.js';
import type { PageSummary } from './summary.js';

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

/** Painted; a table's first rows unless `allRows`. */
const paintedOf = (p: PageSummary | undefined, allRows = false) => (p?.firstRow !== undefined && !allRows ? p.firstRow?.median : p?.painted?.median) ?? null;

function cell(r: Results, who: string, profile: string, allRows = false): { painted: string; above: string; cpu: string; sent: string } | null {
  const p = r.pages.find((q) => q.who === who && q.profile === profile);
  if (!p) return null;
  if (p.skipped || p.runs === 0) {
    const why = p.skipped ?? 'failed';
    return { painted: why, above: '', cpu: '', sent: '' };
  }
  const painted = paintedOf(p, allRows);
  const floor = paintedOf(r.pages.find((q) => q.who === 'floor' && q.profile === profile));
  const cpu = cpuNet(r, p);
  return {
    painted: painted === null ? '-' : ms(painted),
    above: painted === null || floor === null || who === 'floor' ? '-' : ms(painted - floor),
    cpu: cpu === null ? '-' : ms(cpu),
    sent: p.transfer ? bytes(p.transfer.sent) : '-',
  };
}

export function renderReadmeSection(r: Results): string {
  const m = r.meta;
  const profiles = r.method.profiles as Record<string, Profile>;
  const L: string[] = [];
  L.push(
    `Latest run: ${m.date.slice(0, 10)}, measuring commit \`${(m.commit ?? 'unknown').slice(0, 7)}\`${m.dirty ? ' with uncommitted changes' : ''}; Chromium ${m.chromium}, ${m.cpu}, ${m.cores} cores, load average ${m.loadAverage.start[0] ?? '-'} at the start; ` +
      `${runsOf(m)}, medians in ms from navigation start. ` +
      `Phone: ${profiles.phone?.label} (as measured: ${describeCheck(m.phoneCheck, profiles.phone!)}); desktop: ${profiles.desktop?.label} (the elements but the map and the table: on the phone only). ` +
      'Full tables in `bench/results.md`, raw numbers in `bench/results.json`; this section is written from them by the bench (`npm run report -w @kl-digital/bench` writes it again from results.json).',
  );
  L.push('');
  const warning = checkWarning(m.phoneCheck, profiles.phone!);
  if (warning) L.push(`**${warning}**`, '');
  L.push('| page | phone: painted | above the floor | desktop: painted | desktop: main-thread CPU, less a blank page | bytes sent (brotli) |');
  L.push('| --- | ---: | ---: | ---: | ---: | ---: |');
  // A page per row, as results.md orders them; a table twice: its first rows, then all of them.
  for (const who of new Set(orderedPages(r).map((p) => p.who))) {
    const label = r.pages.find((p) => p.who === who)!.label;
    const table = r.pages.some((p) => p.who === who && p.firstRow !== undefined);
    for (const allRows of table ? [false, true] : [false]) {
      const phone = cell(r, who, 'phone', allRows);
      const desktop = cell(r, who, 'desktop', allRows);
      const shown = table ? `${label}: ${allRows ? 'all rows' : 'first rows'}` : label;
      L.push(`| ${shown} | ${phone?.painted ?? ''} | ${phone?.above ?? ''} | ${desktop?.painted ?? ''} | ${desktop?.cpu ?? ''} | ${phone?.sent || desktop?.sent || ''} |`);
    }
  }
  L.push('');
  L.push(`Issue 10's targets (\`bench/budgets.json\`; ratios within this run, bytes from the files as the size test counts them): ${r.targets.filter((t) => t.met).length} of ${r.targets.length} met.`);
  L.push('');
  targetTable(L, r.targets);
  const others = r.budgets.filter((t) => t.met === false);
  L.push(`Other budgets: ${r.budgets.filter((t) => t.met).length} of ${r.budgets.length} met${others.length ? `; not met: ${others.map((t) => t.what).join('; ')}` : ''} (\`bench/results.md\`).`);
  return L.join('\n');
}

/** Writes the section into `file` between the markers; false (and nothing written) when the markers are not there. */
export function writeReadmeSection(file: string, r: Results): boolean {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return false;
  writeFileSync(file, `${text.slice(0, start + START.length)}\n${renderReadmeSection(r)}\n${text.slice(end)}`);
  return true;
}
