import { describe, expect, it } from 'vitest';
import { unionBBox } from './union-bbox.js';

describe('unionBBox', () => {
  it('unionBBox([a, b]) spans from the smallest to the largest edge of both', () => {
    expect(
      unionBBox([
        [10, 20, 30, 40],
        [5, 25, 35, 30],
      ]),
    ).toEqual([5, 20, 35, 40]);
  });

  it('unionBBox([box]) is the box itself', () => {
    expect(unionBBox([[1, 2, 3, 4]])).toEqual([1, 2, 3, 4]);
  });

  it('unionBBox([]) throws, as there is no box to return', () => {
    expect(() => unionBBox([])).toThrow(RangeError);
  });
});
