// From the runs of a page to what is reported: medians, ranges, transfer, Event Timing.
import type { Interaction, PageResult } from './browser.js';
import type { Served } from './server.js';
import { SEARCH_KEYS } from './config.js';
import { addSizes, sizeOf, type Size } from './sizes.js';
import { summarize, type Summary } from './stats.js';

export interface InteractionSummary {
  /** Input to the painted frame that shows the result (tooltip, updated rows). */
  done: Summary | null;
  /** Input to the first paint after its handlers. */
  nextPaint: Summary | null;
  /** Event Timing: how many of the measured inputs had an entry >= 16 ms, and their durations. */
  eventTiming: { inputs: number; withEntry: number; duration: Summary | null; names: string[] };
  samples: (number | null)[];
}

export interface PageSummary {
  id: string;
  who: string;
  label: string;
  url: string;
  profile: string;
  runs: number;
  failures: string[];
  skipped?: string;
  painted: Summary | null;
  firstRow?: Summary | null;
  rows?: number | null;
  fcp: Summary | null;
  /** Last byte of scripts and data received. */
  resourcesEnd: Summary | null;
  /** Our element defined (its code fetched, parsed, run). */
  defined: Summary | null;
  /** Our element's first update after it was defined done (a prerendered page: hydrated). */
  updated: Summary | null;
  heap: Summary | null;
  /** Renderer CPU time (thread time) when painted, ms. */
  cpu: { thread: Summary | null; process: Summary | null; script: Summary | null; layout: Summary | null; style: Summary | null };
  hover?: InteractionSummary | null;
  sort?: InteractionSummary | null;
  /** One summary per key of SEARCH_KEYS, in order. */
  keys?: { key: string; summary: InteractionSummary | null }[];
  /**
   * What the page loaded (its first measured run): each file's sizes raw, gzip and brotli, and the
   * body bytes the server sent (brotli where it compressed); requests counts every request.
   */
  transfer: { files: { url: string; size: Size; sent: number; encoding: Served['encoding']; text: boolean }[]; total: Size; sent: number; requests: number } | null;
  errors: string[];
  samples: { painted: (number | null)[]; heap: (number | null)[]; cpuThread: (number | null)[] };
}

function interactions(list: (Interaction | null | undefined)[]): InteractionSummary | null {
  const xs = list.filter((x): x is Interaction => !!x);
  if (xs.length === 0) return null;
  const entries = xs.map((x) => (x.eventTiming ?? []).reduce((m, e) => Math.max(m, e.duration), 0)).filter((d) => d > 0);
  return {
    done: summarize(xs.map((x) => x.done)),
    nextPaint: summarize(xs.map((x) => x.nextPaint)),
    eventTiming: {
      inputs: xs.length,
      withEntry: entries.length,
      duration: summarize(entries),
      names: [...new Set(xs.flatMap((x) => (x.eventTiming ?? []).map((e) => e.name)))],
    },
    samples: xs.map((x) => (x.done === null ? null : Math.round(x.done * 10) / 10)),
  };
}

export function summarizePage(result: PageResult): PageSummary {
  const { def, runs } = result;
  const first = runs[0];
  const files = first ? [...new Map(first.served.map((s) => [s.file, s])).values()].map((s) => ({ url: s.url, size: sizeOf(s.file), sent: s.bytes, encoding: s.encoding, text: s.text })) : [];
  const round = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
  return {
    id: def.id,
    who: def.who,
    label: def.label,
    url: def.url,
    profile: def.profile,
    runs: runs.length,
    failures: result.failures,
    ...(result.skipped ? { skipped: result.skipped } : {}),
    painted: summarize(runs.map((r) => r.painted)),
    ...(def.kind === 'kl-table'
      ? {
          firstRow: summarize(runs.map((r) => r.firstRow)),
          rows: first?.rows ?? null,
          sort: interactions(runs.map((r) => r.sort)),
          keys: SEARCH_KEYS.map((key, i) => ({ key, summary: interactions(runs.map((r) => r.keys?.[i])) })),
        }
      : {}),
    fcp: summarize(runs.map((r) => r.fcp)),
    resourcesEnd: summarize(runs.map((r) => r.resourcesEnd)),
    defined: summarize(runs.map((r) => r.defined)),
    updated: summarize(runs.map((r) => r.updated)),
    heap: summarize(runs.map((r) => r.heap)),
    cpu: {
      thread: summarize(runs.map((r) => r.cpu?.thread)),
      process: summarize(runs.map((r) => r.cpu?.process)),
      script: summarize(runs.map((r) => r.cpu?.script)),
      layout: summarize(runs.map((r) => r.cpu?.layout)),
      style: summarize(runs.map((r) => r.cpu?.style)),
    },
    ...(def.hover ? { hover: interactions(runs.map((r) => r.hover)) } : {}),
    transfer: first
      ? { files, total: addSizes(files.map((f) => f.size)), sent: first.served.reduce((sum, f) => sum + f.bytes, 0), requests: first.served.length }
      : null,
    errors: [...new Set(runs.flatMap((r) => r.errors))].slice(0, 10),
    samples: { painted: runs.map((r) => round(r.painted)), heap: runs.map((r) => r.heap), cpuThread: runs.map((r) => (r.cpu ? round(r.cpu.thread) : null)) },
  };
}
