// The Node side of the dataset build: reads data/ from disk and hands the files' text to the
// pure build (src/build/build-dataset-from-files.ts), which the workbench runs in the browser.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDatasetFromFiles, type DataFiles } from '../src/build/build-dataset-from-files.js';
import { DATA_FILES } from '../src/build/data-files.js';
import type { Dataset } from '../src/model/dataset.js';

/** Thrown with every error found, so one run shows them all. */
export class DataBuildError extends Error {
  constructor(readonly errors: string[]) {
    super(`data/ has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
    this.name = 'DataBuildError';
  }
}

/** Reads and checks every file of `dataDir`; returns the dataset or throws a `DataBuildError`. */
export function buildDataset(dataDir: string): Dataset {
  const files: DataFiles = {};
  for (const file of Object.values(DATA_FILES)) {
    // A missing file is left out, and the build says which.
    if (existsSync(join(dataDir, file))) files[file] = readFileSync(join(dataDir, file), 'utf8');
  }
  const result = buildDatasetFromFiles(files);
  if (!result.ok) throw new DataBuildError(result.errors.map((error) => error.message));
  return result.dataset;
}
