import { describe, expect, it } from 'vitest';
import { nextLinks, unreachableFrom } from './navigation.js';
import type { NavNode } from './navigation.js';

// A 2×2 block (a b / c d) sharing borders, and an island e far to the right of b.
const nodes: NavNode[] = [
  { code: 'a', at: [0, 0], neighbours: ['b', 'c'] },
  { code: 'b', at: [10, 0], neighbours: ['a', 'd'] },
  { code: 'c', at: [0, 10], neighbours: ['a', 'd'] },
  { code: 'd', at: [10, 10], neighbours: ['b', 'c'] },
  { code: 'e', at: [40, 3], neighbours: [] },
];

describe('nextLinks', () => {
  it('moves to the neighbour lying in the direction of the arrow', () => {
    expect(nextLinks(nodes).get('a')).toEqual({ up: null, down: 'c', left: null, right: 'b' });
  });

  it('jumps across water to the nearest municipality in that direction when no neighbour lies there', () => {
    expect(nextLinks(nodes).get('b')?.right).toBe('e');
    expect(nextLinks(nodes).get('e')?.left).toBe('b');
  });

  it('ignores what lies more than 60° off the direction', () => {
    const links = nextLinks([
      { code: 'x', at: [0, 0], neighbours: ['y'] },
      { code: 'y', at: [1, 5], neighbours: ['x'] },
    ]);
    expect(links.get('x')?.right).toBeNull();
    expect(links.get('x')?.down).toBe('y');
  });
});

describe('unreachableFrom', () => {
  it('lists what the links cannot reach from a start', () => {
    const links = nextLinks(nodes);
    expect(unreachableFrom('a', links)).toEqual([]);
    // Without the ways right from b and d, nothing leads to the island e any more.
    links.set('b', { up: null, down: 'd', left: 'a', right: null });
    links.set('d', { up: 'b', down: null, left: 'c', right: null });
    expect(unreachableFrom('a', links)).toEqual(['e']);
  });
});
