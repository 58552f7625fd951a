import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { INITIATIVE_STATUSES } from '../model/initiative-statuses.js';
import { resolveInitiative, sourceDocument } from './resolve-initiative.js';

const dataset = loadDataset();

describe('resolveInitiative', () => {
  it('resolveInitiative("digital-handleplan-2016-2020") finds the action plan', () => {
    const result = resolveInitiative(dataset, 'digital-handleplan-2016-2020');
    expect(result.found && result.initiative.kind).toBe('action-plan');
  });

  it('resolveInitiative(" Digitalt-Kompetente-Kommuner ") ignores case and white space', () => {
    const result = resolveInitiative(dataset, ' Digitalt-Kompetente-Kommuner ');
    expect(result.found && result.initiative.id).toBe('digitalt-kompetente-kommuner');
  });

  it('resolveInitiative("x") is not found and lists the five known initiatives', () => {
    const result = resolveInitiative(dataset, 'x');
    expect(result.found).toBe(false);
    if (!result.found) {
      expect(result.query).toBe('x');
      expect(result.known.map((i) => i.id)).toHaveLength(5);
    }
  });

  it('resolveInitiative("") is not found', () => {
    expect(resolveInitiative(dataset, '').found).toBe(false);
  });
});

describe('sourceDocument', () => {
  it('sourceDocument(dataset, "003_e957eac1476a951d.txt") is the news page of the leadership network', () => {
    expect(sourceDocument(dataset, '003_e957eac1476a951d.txt')?.title).toBe('God start på netværk om ledelse af digitalisering');
  });

  it('sourceDocument() of an unknown file is undefined', () => {
    expect(sourceDocument(dataset, 'nope.txt')).toBeUndefined();
  });

  it('INITIATIVE_STATUSES lists the four statuses in display order', () => {
    expect(INITIATIVE_STATUSES).toEqual(['upcoming', 'running', 'ended', 'unknown']);
  });
});
