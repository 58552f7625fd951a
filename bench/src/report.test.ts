import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILES } from './config.js';
import { END, START, renderReadmeSection, writeReadmeSection } from './readme.js';
import { checkWarning, evaluateTargets, previousOf, type Results } from './report.js';
import type { PageSummary } from './summary.js';

const summary = (median: number) => ({ median, min: median, max: median, n: 3 });

function page(who: string, profile: string, painted: number | null, extra: Partial<PageSummary> = {}): PageSummary {
  return {
    id: `${who}@${profile}`,
    who,
    label: who,
    url: `/${who}`,
    profile,
    runs: painted === null ? 0 : 3,
    failures: [],
    painted: painted === null ? null : summary(painted),
    fcp: null,
    resourcesEnd: null,
    defined: null,
    updated: null,
    heap: null,
    cpu: { thread: null, process: null, script: null, layout: null, style: null },
    transfer: null,
    errors: [],
    samples: { painted: [], heap: [], cpuThread: [] },
    ...extra,
  };
}

function results(pages: PageSummary[]): Results {
  return {
    meta: {
      date: '2026-12-02T10:00:00.000Z',
      commit: '0123456789abcdef',
      dirty: false,
      node: 'v20',
      chromium: '156',
      chromiumPath: '/usr/bin/chromium',
      os: 'Linux',
      cpu: 'CPU',
      cores: 2,
      memoryGiB: 8,
      loadAverage: { start: [0.5], end: [0.6] },
      runs: 11,
      warmups: 2,
      secondaryRuns: 5,
      secondaryWarmups: 1,
      phoneCheck: { cpuSlowdown: 3.9, roundTripMs: 152, downloadBytesPerSecond: 199_000 },
      durationSeconds: 300,
    },
    method: { profiles: PROFILES },
    files: [],
    closures: [{ tag: 'kl-denmark-map', files: ['kl-elements.js', 'chunks/map.js'], size: { raw: 100_000, gzip: 33_000, brotli: 29_000 } }],
    pages,
    selectors: [],
    peers: { 'react-denmark-map': { areas: 98, coverage: { missing: [], unknown: [], nameMismatch: [], renamed: [], count: 98 } }, 'd3-dagi': null },
    targets: [],
    budgets: [],
    previous: null,
  };
}

const phone = [
  page('floor', 'phone', 440),
  page('kl-denmark-map', 'phone', 740),
  page('react-denmark-map', 'phone', 1440),
  { ...page('ssr-map', 'phone', null), skipped: 'not built' },
];

describe('evaluateTargets', () => {
  it('the map at 740 ms, react-denmark-map at 1,440 and the floor at 440 on the phone: 0.3× above the floor, met at ≤ 0.3', () => {
    const [t] = evaluateTargets([{ what: 'above the floor', type: 'ratio', ours: 'kl-denmark-map@phone', peer: 'react-denmark-map@phone', less: 'floor@phone', metric: 'painted', max: 0.3 }], results(phone));
    expect(t!.measured).toBeCloseTo(0.3);
    expect(t!.met).toBe(true);
    expect(t!.detail).toContain("above the floor's 440 ms: 300 ms vs 1000 ms");
  });

  it('a prerendered page that is not built is "not measured" (met null) and says why', () => {
    const [t] = evaluateTargets([{ what: 'within 100 ms of the floor', type: 'difference', ours: 'ssr-map@phone', peer: 'floor@phone', metric: 'painted', max: 100 }], results(phone));
    expect(t).toMatchObject({ measured: null, met: null, detail: 'ssr-map@phone: not built' });
  });

  it('bytes come from chunks.json: the loader and the map chunk, 29,000 B brotli, met at ≤ 30,000', () => {
    const [t] = evaluateTargets([{ what: 'map page', type: 'bytes', element: 'kl-denmark-map', max: 30_000 }], results(phone));
    expect(t).toMatchObject({ measured: 29_000, met: true });
  });
});

describe('checkWarning', () => {
  it('a slowdown measured at 1.2× of the 4× set warns; 3.9× does not', () => {
    expect(checkWarning({ cpuSlowdown: 1.2, roundTripMs: 150, downloadBytesPerSecond: 200_000 }, PROFILES.phone)).toContain('1.2×');
    expect(checkWarning({ cpuSlowdown: 3.9, roundTripMs: 150, downloadBytesPerSecond: 200_000 }, PROFILES.phone)).toBeNull();
  });
});

describe('previousOf', () => {
  it('keeps the medians, commit and file hashes the next run compares with, and refuses what is no results.json', () => {
    const r = { ...results([page('floor', 'phone', 440)]), files: [{ file: 'kl-elements.js', sha256: 'abc', size: { raw: 1, gzip: 1, brotli: 1 } }] };
    expect(previousOf(r)).toEqual({ date: r.meta.date, commit: '0123456789abcdef', loadAverage: [0.5], files: [{ file: 'kl-elements.js', sha256: 'abc' }], pages: [{ id: 'floor@phone', painted: 440, cpuThread: null }] });
    expect(previousOf({ hello: 1 })).toBeNull();
  });
});

describe('the README section', () => {
  it('is written between the markers, the text around them kept, and says which targets are met', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bench-readme-')), 'README.md');
    writeFileSync(file, `# Title\n\n${START}\nold numbers\n${END}\n\n## After\n`);
    const r = results(phone);
    r.targets = evaluateTargets([{ what: 'map page bytes', type: 'bytes', element: 'kl-denmark-map', max: 30_000 }], r);
    expect(writeReadmeSection(file, r)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(`# Title\n\n${START}\nLatest run: 2026-12-02, measuring commit \`0123456\``)).toBe(true);
    expect(text.endsWith(`${END}\n\n## After\n`)).toBe(true);
    expect(text).not.toContain('old numbers');
    expect(text).toContain('| met | map page bytes | ≤ 30,000 B |');
    expect(text).toContain('| ssr-map | not built |');
  });

  it('is not written into a file without the markers', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bench-readme-')), 'README.md');
    writeFileSync(file, '# Title\n');
    expect(writeReadmeSection(file, results(phone))).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('# Title\n');
  });

  it('a quick run of 3 runs after 1 warm-up says so', () => {
    const r = results(phone);
    r.meta = { ...r.meta, runs: 3, warmups: 1, secondaryRuns: 3 };
    expect(renderReadmeSection(r)).toContain('3 runs per page after 1 warm-up (3 after 1 warm-up');
  });
});
