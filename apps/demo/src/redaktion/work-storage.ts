// Keeps the editor's work in this browser's localStorage, so that a reload or a closed tab does
// not lose it. Nothing leaves the browser. The key carries a version: a later shape of the work
// gets a new key, and an old saving is never misread as a new one.
import { validateDataset } from '@kl-digital/core';
import { CATEGORY_RULE_COLUMNS, STRATEGY_COLUMNS } from '@kl-digital/core/build';
import type { Work } from './work.js';

const KEY = 'kl-digital:redaktion:v1';

/** What is stored under the key. */
interface Saved {
  version: 1;
  savedAt: string;
  work: Work;
}

/** The work found in storage, when it was saved, or why it could not be used. */
export type Restored = { kind: 'none' } | { kind: 'unreadable' } | { kind: 'found'; work: Work; savedAt: Date };

/** The page's storage: unavailable (private mode, storage turned off) means it keeps working without. */
export interface WorkStorage {
  readonly available: boolean;
  restore(): Restored;
  /** Saves the work; false when the browser refused (full, or gone meanwhile). */
  save(work: Work): boolean;
  clear(): void;
}

function canStore(): Storage | null {
  try {
    // Reading `localStorage` itself throws where storage is blocked; a probe finds a full or read-only one.
    const storage = window.localStorage;
    storage.setItem(`${KEY}:probe`, '1');
    storage.removeItem(`${KEY}:probe`);
    return storage;
  } catch {
    return null;
  }
}

const isRowOf = (columns: readonly string[]) => (value: unknown) =>
  typeof value === 'object' && value !== null && columns.every((column) => typeof (value as Record<string, unknown>)[column] === 'string');

function isSheet(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { rows, rules } = value as { rows?: unknown; rules?: unknown };
  return Array.isArray(rows) && rows.every(isRowOf(STRATEGY_COLUMNS)) && Array.isArray(rules) && rules.every(isRowOf(CATEGORY_RULE_COLUMNS));
}

/** The work in `value`, checked as carefully as a file: storage is only as trustworthy as the browser's profile. */
function readWork(value: unknown): Work | null {
  if (typeof value !== 'object' || value === null) return null;
  const saved = value as Partial<Saved>;
  const work = saved.work;
  if (saved.version !== 1 || !work || !isSheet(work.loaded) || !isSheet(work.current)) return null;
  const origin = work.loaded.origin as { kind?: unknown; name?: unknown } | undefined;
  if (!origin || !(origin.kind === 'bundled' || ((origin.kind === 'json' || origin.kind === 'csv') && typeof origin.name === 'string'))) return null;
  let base = null;
  if (work.loaded.base !== null) {
    const result = validateDataset(work.loaded.base);
    if (!result.ok) return null;
    base = result.dataset;
  }
  const selected = typeof work.selected === 'string' ? work.selected : null;
  return { loaded: { ...work.loaded, base }, current: work.current, selected };
}

/** The browser's localStorage for the workbench, or a stand-in that keeps nothing. */
export function openWorkStorage(): WorkStorage {
  const storage = canStore();
  return {
    available: storage !== null,
    restore() {
      const text = storage?.getItem(KEY);
      if (!text) return { kind: 'none' };
      try {
        const parsed = JSON.parse(text) as Partial<Saved>;
        const work = readWork(parsed);
        return work ? { kind: 'found', work, savedAt: new Date(String(parsed.savedAt)) } : { kind: 'unreadable' };
      } catch {
        return { kind: 'unreadable' };
      }
    },
    save(work) {
      if (!storage) return false;
      try {
        storage.setItem(KEY, JSON.stringify({ version: 1, savedAt: new Date().toISOString(), work } satisfies Saved));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage?.removeItem(KEY);
      } catch {
        // Nothing to clear where nothing could be stored.
      }
    },
  };
}
