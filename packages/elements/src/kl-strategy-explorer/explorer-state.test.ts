import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, explorerHash, parseExplorerHash } from './explorer-state.js';

describe('explorer state in the URL hash', () => {
  it('explorerHash(the fresh state) is empty', () => {
    expect(explorerHash(EMPTY_STATE)).toBe('');
  });

  it('explorerHash and parseExplorerHash round-trip every field', () => {
    const state = { selected: '0340', colorBy: 'status' as const, query: 'sø & co', categories: ['strategy', 'principles'], regions: ['1085'], statuses: ['current'], sort: 'period:desc' };
    const hash = explorerHash(state);
    expect(hash).toBe('#kommune=0340&farve=status&q=s%C3%B8+%26+co&kategori=strategy%2Cprinciples&region=1085&status=current&sort=period%3Adesc');
    expect(parseExplorerHash(hash)).toEqual(state);
  });

  it('parseExplorerHash ignores unknown keys and an unknown colour mode', () => {
    expect(parseExplorerHash('#farve=size&x=1&kommune=')).toEqual(EMPTY_STATE);
  });
});
