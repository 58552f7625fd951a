// The reviewed data held against the seed documents themselves (../shared/seeds, beside the
// repository): what data/ quotes stands in the seeds verbatim, every municipality the mapping's
// text names has a reviewed mention, and a reason claims no trait of a document the seeds do not.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/build/parse-csv.js';
import { CATEGORY_RULE_COLUMNS, MENTION_COLUMNS } from '../src/build/data-files.js';
import type { Initiative } from '../src/model/initiative.js';
import type { Mapping } from '../src/model/mapping.js';

const seeds = new URL('../../../../shared/seeds/', import.meta.url);
const data = (file: string) => readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8');
const MAPPING_SEED = '002_2570828e756e50df.txt';

/** A seed's text as a reader reads it: without the markdown emphasis, white space collapsed. */
const plain = (text: string) => text.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
const seed = (file: string) => plain(readFileSync(new URL(file, seeds), 'utf8'));
/** Every quotation in a reason: `"…"`, as the CSV cell reads once parsed. */
const quotations = (reason: string) => [...reason.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);

describe.skipIf(!existsSync(seeds))('data/ against the seeds (../shared/seeds)', () => {
  const files = ['000_0698678669d7e4f7.txt', '001_dfd72223127810ab.txt', MAPPING_SEED, '003_e957eac1476a951d.txt', '004_a3aa6c0beb90263d.txt'];
  const all = files.map(seed).join('\n').toLowerCase();
  const inSeeds = (text: string) => all.includes(plain(text).toLowerCase());
  const mentions = parseCsv(data('text-mentions.csv'), 'text-mentions.csv', MENTION_COLUMNS).map((r) => r.cells);
  const rules = parseCsv(data('category-rules.csv'), 'category-rules.csv', CATEGORY_RULE_COLUMNS).map((r) => r.cells);

  it('every sentence of data/text-mentions.csv stands verbatim in its seed', () => {
    for (const mention of mentions) expect(seed(mention.source!), mention.municipality).toContain(plain(mention.text!));
  });

  it('data/text-mentions.csv reviews exactly the municipalities the mapping\'s text names (Esbjerg, Sorø, Vallensbæk, Solrød, Horsens, Dragør, Viborg, Aalborg, København, Allerød)', () => {
    const mapping = seed(MAPPING_SEED);
    const text = mapping.slice(0, mapping.indexOf('Linksamling over'));
    const municipalities = parseCsv(data('municipalities.csv'), 'municipalities.csv', ['code', 'name']).map((r) => r.cells);
    const named = municipalities.filter((m) => new RegExp(`(?<![\\p{L}])${m.name}(?![\\p{L}])`, 'u').test(text)).map((m) => m.code);
    expect(new Set(mentions.map((m) => m.code))).toEqual(new Set(named));
    expect(named).toHaveLength(10);
  });

  it('every quotation in a reason of data/category-rules.csv and data/text-mentions.csv stands in the seeds', () => {
    for (const { form, reason } of [...rules, ...mentions.map((m) => ({ form: m.municipality, reason: m.reason }))]) {
      for (const quoted of quotations(reason!)) expect(inSeeds(quoted), `${form}: "${quoted}"`).toBe(true);
    }
  });

  it('no reason calls a document "samlet", "selvstændig" or "tværgående" outside a quotation: the seeds do not say so of any', () => {
    for (const { form, reason } of [...rules, ...mentions.map((m) => ({ form: m.municipality, reason: m.reason }))]) {
      expect(reason!.replace(/"[^"]*"/g, ''), form).not.toMatch(/samlet|selvstændig|tværgående/i);
    }
  });

  it('a reason that reads more into the form than its words says it is the editors\' judgement', () => {
    // The forms whose category is not what their own words say: a report, a website, a policy,
    // a programme, a plan, a vision, a strategy named after something else than digitalisation.
    const judged = ['IT-strategi', 'Vision for digitalisering og velfærdsteknologi', 'Digitaliseringsplan', 'Digitaliseringsprogram', 'Strategisk digitaliseringsgrundlag', 'Smart Aarhus Strategi', 'Digitaliseringsindsatser', 'Teknologi- og digitaliseringsindsats', 'Digitaliserings-redegørelse', 'Rapport over digital udvikling', 'Hjemmeside om digitalisering i Viborg', 'Strategi for Velfærdsteknologi', 'Digitaliseringspolitik', 'Digitaliserings-pejlemærker', 'Kommende pejlemærker', 'Informationssikkerhedspolitik', 'Planstrategi', 'Kommuneplanstrategi', 'Hørsholmstrategien', 'Koncernledelsens strategi 2025', '-'];
    for (const form of judged) expect(rules.find((r) => r.form === form)?.reason, form).toMatch(/^Redaktionens vurdering: /);
  });

  it('the key figures\' paragraphs and the initiatives\' sections stand verbatim in their seeds', () => {
    const mapping = JSON.parse(data('mapping.json')) as Mapping;
    for (const figure of mapping.keyFigures) if (figure.paragraph) expect(seed(mapping.source), figure.id).toContain(plain(figure.paragraph));
    for (const initiative of JSON.parse(data('initiatives.json')) as Initiative[]) {
      for (const section of initiative.sections) {
        for (const text of [section.heading, section.text ?? '', ...section.items]) expect(seed(initiative.source), initiative.id).toContain(plain(text));
      }
    }
  });
});
