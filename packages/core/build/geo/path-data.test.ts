import { describe, expect, it } from 'vitest';
import { encodePath, snapLines } from './path-data.js';
import type { Line } from './path-data.js';

const square: Line = { points: [[10, 10], [20, 10], [20, 20], [10, 20]], closed: true };

describe('encodePath', () => {
  it('writes a ring as an absolute move, relative h/v/l steps and z', () => {
    expect(encodePath([square])).toBe('M10 10h10v10h-10z');
    expect(encodePath([{ points: [[0, 0], [3, 4], [5, 9]], closed: true }])).toBe('M0 0l3 4 2 5z');
  });

  it('writes tenths without a leading zero and leaves out the separators SVG does not need', () => {
    expect(encodePath([{ points: [[1.5, 2], [2, 2.5], [1.5, 3]], closed: false }])).toBe('M1.5 2l.5.5-.5.5');
  });

  it('moves to the next ring relatively when that is shorter, else absolutely', () => {
    const near: Line = { points: [[12, 11], [13, 11], [13, 12]], closed: true };
    const corner: Line = { points: [[1, 1], [2, 1], [2, 2]], closed: true };
    expect(encodePath([square, near])).toBe('M10 10h10v10h-10zm2 1h1v1z');
    expect(encodePath([square, corner])).toBe('M10 10h10v10h-10zM1 1h1v1z');
  });

  it('snaps before taking the steps, so rounding never adds up along a line', () => {
    const line: Line = { points: [0, 1, 2, 3, 4].map((i): [number, number] => [i * 0.3, i * 2]), closed: false };
    // x snaps to 0, 0, 1, 1, 1: one step of 1 in all, where rounding each 0.3 step would give none.
    expect(encodePath(snapLines([line], { step: 1, minArea: 0 }))).toBe('M0 0v2l1 2v2 2');
  });
});

describe('snapLines', () => {
  it('drops repeated points and rings smaller than minArea', () => {
    const tiny: Line = { points: [[0, 0], [0.4, 0], [0.4, 0.4]], closed: true };
    const dup: Line = { points: [[0, 0], [0.2, 0.1], [5, 0], [5, 5]], closed: true };
    expect(snapLines([tiny], { step: 1, minArea: 1 })).toEqual([]);
    expect(snapLines([dup], { step: 1, minArea: 1 })).toEqual([{ points: [[0, 0], [5, 0], [5, 5]], closed: true }]);
  });
});
