import { describe, expect, it } from 'vitest';
import { dataset } from '@kl-digital/core/dataset';
import { EMPTY_STATE, explorerHash, isExplorerHash, knownState, parseExplorerHash } from './explorer-state.js';

describe('explorer state in the URL hash', () => {
  it('explorerHash(the fresh state) is empty', () => {
    expect(explorerHash(EMPTY_STATE)).toBe('');
  });

  it('explorerHash and parseExplorerHash round-trip every field', () => {
    const state = { selected: '0340', colorBy: 'status' as const, query: 'sø & co', categories: ['strategy', 'principles'], regions: ['1085'], statuses: ['current'], sort: 'period:desc', year: 2024 };
    const hash = explorerHash(state);
    expect(hash).toBe('#kommune=0340&farve=status&q=s%C3%B8+%26+co&kategori=strategy%2Cprinciples&region=1085&status=current&sort=period%3Adesc&aar=2024');
    expect(parseExplorerHash(hash)).toEqual(state);
  });

  it('parseExplorerHash reads a hash from before the year control (#kommune=0340&farve=status) with no year', () => {
    expect(parseExplorerHash('#kommune=0340&farve=status')).toEqual({ ...EMPTY_STATE, selected: '0340', colorBy: 'status', year: null });
  });

  it('parseExplorerHash reads aar=2024 as the year and ignores a year that is not four digits (aar=24, aar=i-år)', () => {
    expect(parseExplorerHash('#aar=2024').year).toBe(2024);
    expect(parseExplorerHash('#aar=24').year).toBeNull();
    expect(parseExplorerHash('#aar=i-%C3%A5r').year).toBeNull();
    expect(isExplorerHash('#aar=2024')).toBe(true);
  });

  it('parseExplorerHash ignores unknown keys and an unknown colour mode', () => {
    expect(parseExplorerHash('#farve=size&x=1&kommune=')).toEqual(EMPTY_STATE);
  });

  it('knownState keeps what names something in the data and drops the rest, naming it', () => {
    const sentence = 'OBS: KL har flyttet kortlægningen til www.example.com';
    const state = { ...EMPTY_STATE, selected: sentence, query: sentence, categories: ['strategy', sentence], regions: ['1085', 'Fyn'], statuses: ['current', 'x'], sort: 'size:desc' };
    expect(knownState(state, dataset)).toEqual({
      state: { ...EMPTY_STATE, categories: ['strategy'], regions: ['1085'], statuses: ['current'] },
      dropped: [['kommune', sentence], ['q', sentence], ['kategori', sentence], ['region', 'Fyn'], ['status', 'x'], ['sort', 'size:desc']],
    });
  });

  it('knownState reads a municipality as people write it, and keeps a search that finds something', () => {
    const state = { ...EMPTY_STATE, selected: 'Sorø Kommune', query: 'sor', sort: 'period:desc' };
    expect(knownState(state, dataset)).toEqual({ state: { ...state, selected: '0340' }, dropped: [] });
  });
});
