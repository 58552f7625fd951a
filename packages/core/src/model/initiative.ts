/** The kinds of KL initiative. */
export const INITIATIVE_KINDS = ['network', 'programme', 'action-plan', 'mapping'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/** Where an initiative stands at a date. */
export type InitiativeStatus = 'upcoming' | 'running' | 'ended' | 'unknown';

/** A person to contact, as the source names them. */
export interface Contact {
  name: string;
  email: string | null;
  phone: string | null;
  /** The sentence of the source that names the contact, verbatim. */
  text: string;
}

/** A dated event of an initiative (a network meeting, a launch). */
export interface Milestone {
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  /** What happened or will happen, in Danish. */
  label: string;
  /** Where, when the source says. */
  place: string | null;
}

/** A named part of an initiative (a track of a programme). */
export interface Track {
  title: string;
  description: string;
}

/** A headed part of the source with the points it lists, verbatim (the network's questions, the action plan's examples). */
export interface SourceSection {
  /** The part's heading in the source (`Fokus på fundamenter for digitalisering`). */
  heading: string;
  /** The sentence that leads to the points, where there is one. */
  text: string | null;
  /** The points, one sentence or question each. */
  items: string[];
}

/** One KL initiative from the seeds: a network, a programme, an action plan, or the mapping. */
export interface Initiative {
  /** Stable id, kebab-case (`netvaerk-digitale-politikker-2021`). */
  id: string;
  kind: InitiativeKind;
  /** Title verbatim from the source. */
  title: string;
  /** Date the source page is dated (`YYYY-MM-DD`), or null where it has none. */
  published: string | null;
  /** First day (ISO date) or year (`YYYY`) of the initiative where the source gives it. */
  start: string | null;
  /** Last day (ISO date) or year (`YYYY`) where the source gives it. */
  end: string | null;
  /** Who it is for, verbatim or close to the source. */
  audience: string | null;
  /** Its purpose, from the source. */
  purpose: string;
  /** Further facts the source gives, one sentence each. */
  details: string[];
  /** Number of initiatives (action plan), where given. */
  initiativeCount: number | null;
  /** Meetings (network), where given. */
  milestones: Milestone[];
  /** Tracks (programme), where given. */
  tracks: Track[];
  /** Headed parts of the source with the points they list, where given. */
  sections: SourceSection[];
  /** Price as written (`5.900 kr. + moms`), where given. */
  price: string | null;
  contact: Contact | null;
  /** Seed file the record comes from. */
  source: string;
}
