// Puts the dataset JSON beside the compiled modules, for `@kl-digital/core/dataset.json`.
import { copyFileSync } from 'node:fs';
copyFileSync(new URL('../src/generated/dataset.json', import.meta.url), new URL('../dist/dataset.json', import.meta.url));
