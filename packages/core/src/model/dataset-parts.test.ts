// The parts the elements import read as the dataset the build made: the entries joined from their
// columns, the municipalities' keys made from their aliases.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entries } from '../generated/data/entries.js';
import { entryFacts } from '../generated/data/entry-facts.js';
import { listedEntries } from '../generated/data/listed-entries.js';
import { places } from '../generated/data/places.js';
import { dataset } from '../generated/dataset.js';
import { aliasesFor, nameKeys, withNameKeys } from '../lookup/name-keys.js';
import { columnRows, ENTRY_COLUMNS, withColumn } from './entry-columns.js';
import type { Dataset } from './dataset.js';

const built = JSON.parse(readFileSync(new URL('../generated/dataset.json', import.meta.url), 'utf8')) as Dataset;

describe('the dataset in parts', () => {
  it('@kl-digital/core/dataset reads as dataset.json, field by field and in the same order', () => {
    expect(JSON.parse(JSON.stringify(dataset))).toEqual(built);
    expect(JSON.stringify(dataset.entries)).toBe(JSON.stringify(built.entries));
    expect(JSON.stringify(dataset.municipalities)).toBe(JSON.stringify(built.municipalities));
  });

  it('the entries part joins the three columns into every field of all 65 entries', () => {
    expect(entries.entries).toEqual(built.entries);
    expect(Object.keys(entries.entries[0]!)).toEqual(['code', 'municipality', 'form', 'linkText', 'url', 'period', 'category', 'categoryReason', 'source', 'origin', 'evidence']);
  });

  it('the map reads only the facts (code, form, period, category, origin) and the table the facts and links; the sentence an entry from the text rests on is a note (the card)', () => {
    expect(Object.keys(entryFacts.entries[0]!)).toEqual(['code', 'form', 'period', 'category', 'origin']);
    expect(Object.keys(listedEntries.entries[0]!)).toEqual(['code', 'form', 'linkText', 'url', 'period', 'category', 'origin']);
    expect(entryFacts.entries.find((e) => e.code === '0269')).not.toHaveProperty('evidence');
    expect(entries.entries.find((e) => e.code === '0269')!.evidence).toMatch(/^I Solrød Kommune har man ikke udarbejdet nogen digitaliseringsstrategi/);
    expect(listedEntries.entries.map((e) => e.linkText)).toEqual(built.entries.map((e) => e.linkText));
  });

  it('withColumn refuses a column of another length: 64 rows of links for 65 entries', () => {
    expect(() => withColumn(entryFacts.entries, ENTRY_COLUMNS.links, columnRows(built.entries, ENTRY_COLUMNS.links).slice(1))).toThrow(
      'withColumn: 64 rows of linkText, url for 65 entries',
    );
  });

  it("the places part makes each municipality's keys from its aliases: København's 22, from kjøbenhavn, copenhagen and kbh", () => {
    const copenhagen = places.municipalities.find((m) => m.code === '0101')!;
    expect(copenhagen.keys).toEqual(built.municipalities.find((m) => m.code === '0101')!.keys);
    expect(copenhagen.keys).toHaveLength(22);
    expect(aliasesFor(copenhagen)).toEqual(['kjøbenhavn', 'copenhagen', 'kbh']);
    expect(places.municipalities.map((m) => m.keys)).toEqual(built.municipalities.map((m) => m.keys));
  });

  it('aliasesFor finds aliases that make exactly the keys, also where an alias needs a space before "Regionskommune" (Bornholm)', () => {
    const bornholm = built.municipalities.find((m) => m.code === '0400')!;
    const aliases = aliasesFor(bornholm);
    expect(aliases).toEqual(['bornholm regionskommune']);
    expect(nameKeys([bornholm.name, bornholm.officialName, ...aliases])).toEqual(bornholm.keys);
  });

  it('aliasesFor refuses keys no alias can make again', () => {
    expect(() => aliasesFor({ name: 'Sorø', officialName: 'Sorø Kommune', keys: ['sorø', 'xyz kommune'] })).toThrow('cannot be made again');
  });

  it('withNameKeys makes the keys once, when first read', () => {
    const [sorø] = withNameKeys([{ code: '0340', name: 'Sorø', officialName: 'Sorø Kommune', regionCode: '1085', aliases: [] }]);
    const first = sorø!.keys;
    expect(first).toEqual(['soro', 'soroe', 'soroekommune', 'sorokommune', 'sorø', 'sorøkommune']);
    expect(sorø!.keys).toBe(first);
  });
});
