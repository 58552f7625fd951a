// The built dataset for tests; fails with a hint when the build has not run.
import { existsSync, readFileSync } from 'node:fs';
import type { Dataset } from '../src/model/dataset.js';

const file = new URL('../src/generated/dataset.json', import.meta.url);
if (!existsSync(file)) throw new Error('src/generated/dataset.json is missing: run `npm run build:data -w @kl-digital/core`');

/** A fresh copy of the built dataset for each call, so a test may change it freely. */
export function loadDataset(): Dataset {
  return JSON.parse(readFileSync(file, 'utf8')) as Dataset;
}
