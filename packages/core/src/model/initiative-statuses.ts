import type { InitiativeStatus } from '../model/initiative.js';

/** Every status an initiative can have at a date, in display order. */
export const INITIATIVE_STATUSES = ['upcoming', 'running', 'ended', 'unknown'] as const satisfies readonly InitiativeStatus[];
