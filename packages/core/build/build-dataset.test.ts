// The Node wrapper only reads data/; the rules and their messages are tested with the pure build
// (src/build/build-dataset-from-files.test.ts).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, DataBuildError } from './build-dataset.js';

const dataDir = new URL('../../../data/', import.meta.url).pathname;

describe('buildDataset', () => {
  it('buildDataset(data/) builds 98 municipalities and the 65 entries of the mapping: 64 rows of its list, 1 from its text', () => {
    const dataset = buildDataset(dataDir);
    expect(dataset.municipalities).toHaveLength(98);
    expect(dataset.entries).toHaveLength(65);
    expect(dataset.entries.filter((e) => e.origin === 'table')).toHaveLength(64);
  });

  it('buildDataset throws a DataBuildError with every message, for `npm run data` to print', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kl-data-'));
    try {
      cpSync(dataDir, dir, { recursive: true });
      const file = join(dir, 'strategies.csv');
      writeFileSync(file, readFileSync(file, 'utf8').replace('Godkendt 2019', 'Godkent 2019'));
      rmSync(join(dir, 'sources.csv'));
      let thrown: unknown;
      try {
        buildDataset(dir);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DataBuildError);
      expect((thrown as DataBuildError).errors).toContain('data/strategies.csv row 12 (Furesø): period "Godkent 2019" is not a period');
      expect((thrown as DataBuildError).errors[0]).toBe('data/sources.csv: is missing');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
