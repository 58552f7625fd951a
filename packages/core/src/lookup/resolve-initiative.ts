import type { Dataset, SourceDocument } from '../model/dataset.js';
import type { Initiative } from '../model/initiative.js';

/**
 * The outcome of looking up an initiative by its id: the initiative, or the id as given (`query`)
 * with every initiative of the dataset (`known`), so a message can list the ids that exist.
 */
export type InitiativeResolution = { found: true; initiative: Initiative } | { found: false; query: string; known: Initiative[] };

/** Finds an initiative by id (`digital-handleplan-2016-2020`), ignoring case and surrounding white space. */
export function resolveInitiative(dataset: Pick<Dataset, 'initiatives'>, id: string): InitiativeResolution {
  const wanted = String(id ?? '').trim().toLowerCase();
  const initiative = wanted ? dataset.initiatives.find((i) => i.id.toLowerCase() === wanted) : undefined;
  return initiative ? { found: true, initiative } : { found: false, query: String(id ?? ''), known: [...dataset.initiatives] };
}

/** The seed document a record names as its source (`003_e957eac1476a951d.txt`), or undefined. */
export function sourceDocument(dataset: Pick<Dataset, 'sources'>, file: string): SourceDocument | undefined {
  return dataset.sources.find((s) => s.file === file);
}
