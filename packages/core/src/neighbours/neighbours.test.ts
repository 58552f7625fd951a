// Checks the neighbour table the geometry build writes (src/generated/neighbours.ts) from the DAGI
// boundaries. Derived from DAGI, it is never committed, so it must be built first.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { neighbourTable } from './neighbour-table.js';

const generatedFile = fileURLToPath(new URL('../generated/neighbours.ts', import.meta.url));
if (!existsSync(generatedFile)) throw new Error(`${generatedFile} is missing: run \`npm run build:geo -w @kl-digital/core\` first`);
const { neighbours } = await import('../generated/neighbours.js');

const dataset = loadDataset();
const codeOf = (name: string) => dataset.municipalities.find((m) => m.name === name)!.code;
const namesOf = (codes: readonly string[]) => codes.map((code) => dataset.municipalities.find((m) => m.code === code)!.name);

describe('the neighbour table from the DAGI boundaries', () => {
  it('has every one of the 98 municipalities, and nothing else (not Christiansø, 0411)', () => {
    expect(Object.keys(neighbours).sort()).toEqual(dataset.municipalities.map((m) => m.code).sort());
  });

  // Issue 12 names four (Slagelse, Holbæk, Ringsted, Næstved); the boundaries also give
  // Kalundborg: the two share about 29 km of boundary in the DAGI file (Sorø's north-west).
  it('Sorø (0340) borders Holbæk, Kalundborg, Næstved, Ringsted and Slagelse', () => {
    expect(neighbours['0340']).toEqual({ kind: 'border', codes: ['0316', '0326', '0329', '0330', '0370'] });
    expect(namesOf(neighbours['0340']!.codes).sort()).toEqual(['Holbæk', 'Kalundborg', 'Næstved', 'Ringsted', 'Slagelse']);
  });

  it('borders go both ways: Slagelse borders Sorø', () => {
    for (const [code, { kind, codes }] of Object.entries(neighbours)) {
      if (kind === 'border') for (const other of codes) expect(neighbours[other]?.codes, `${other} of ${code}`).toContain(code);
    }
    expect(neighbours['0330']?.codes).toContain('0340');
  });

  it.each([
    ['Bornholm', ['Tårnby', 'Dragør', 'Vordingborg']],
    ['Læsø', ['Frederikshavn', 'Brønderslev', 'Hjørring']],
    ['Samsø', ['Odder', 'Syddjurs', 'Horsens']],
    ['Fanø', ['Esbjerg', 'Varde', 'Tønder']],
    ['Ærø', ['Langeland', 'Svendborg', 'Faaborg-Midtfyn']],
    ['Langeland', ['Svendborg', 'Ærø', 'Nyborg']],
    ['Morsø', ['Thisted', 'Struer', 'Skive']],
  ])('%s borders no municipality and gets the three nearest, nearest first: %j', (name, nearest) => {
    const found = neighbours[codeOf(name)]!;
    expect(found.kind).toBe('nearest');
    expect(namesOf(found.codes)).toEqual(nearest);
  });

  it('only those seven islands border no municipality', () => {
    const islands = Object.entries(neighbours).filter(([, n]) => n.kind === 'nearest').map(([code]) => code);
    expect(namesOf(islands).sort()).toEqual(['Bornholm', 'Fanø', 'Langeland', 'Læsø', 'Morsø', 'Samsø', 'Ærø']);
  });
});

describe('neighbourTable', () => {
  it('reads each pair both ways and the islands as written', () => {
    expect(neighbourTable('03160340 03260340', { '0741': ['0727'] })).toEqual({
      '0316': { kind: 'border', codes: ['0340'] },
      '0326': { kind: 'border', codes: ['0340'] },
      '0340': { kind: 'border', codes: ['0316', '0326'] },
      '0741': { kind: 'nearest', codes: ['0727'] },
    });
  });

  it('refuses a pair that is not eight digits, and an island with a border', () => {
    expect(() => neighbourTable('0316034', {})).toThrow('"0316034" is not two four-digit codes');
    expect(() => neighbourTable('03160340', { '0340': ['0727'] })).toThrow('0340 has borders and is listed as an island');
  });
});
