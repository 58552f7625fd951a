import { describe, expect, it } from 'vitest';
import { fitViewBox } from './fit-view-box.js';
import type { BBox } from './types.js';

const box: BBox = [100, 100, 200, 150];

describe('fitViewBox', () => {
  it('fitViewBox(box, 1.5, 10) keeps the aspect ratio', () => {
    const [, , w, h] = fitViewBox(box, 1.5, 10);
    expect(w / h).toBeCloseTo(1.5);
  });

  it('fitViewBox(box, 1.5, 10) contains the box with the padding and stays centred on it', () => {
    const [x, y, w, h] = fitViewBox(box, 1.5, 10);
    expect(x).toBeLessThanOrEqual(90);
    expect(y).toBeLessThanOrEqual(90);
    expect(x + w).toBeGreaterThanOrEqual(210);
    expect(y + h).toBeGreaterThanOrEqual(160);
    expect(x + w / 2).toBeCloseTo(150);
    expect(y + h / 2).toBeCloseTo(125);
  });

  it('fitViewBox(box, 1, 0) widens the short side only', () => {
    expect(fitViewBox(box, 1, 0)).toEqual([100, 75, 100, 100]);
    expect(fitViewBox([0, 0, 10, 40], 1, 0)).toEqual([-15, 0, 40, 40]);
  });

  it('fitViewBox(box, aspect, padding, bounds) moves the view inside the bounds', () => {
    const [x, y, w, h] = fitViewBox([0, 0, 100, 50], 1, 10, [0, 0, 1000, 900]);
    expect([x, y]).toEqual([0, 0]);
    expect([w, h]).toEqual([120, 120]);
    const [x2, y2] = fitViewBox([950, 850, 1000, 900], 2, 0, [0, 0, 1000, 900]);
    expect(x2 + 50).toBeLessThanOrEqual(1000);
    expect(y2 + 25).toBeLessThanOrEqual(900);
  });

  it('fitViewBox(box, aspect, padding, bounds) centres a view larger than the bounds on them', () => {
    const [x, y, w, h] = fitViewBox([0, 0, 1000, 900], 2, 0, [0, 0, 1000, 900]);
    expect([w, h]).toEqual([1800, 900]);
    expect(x).toBe(-400);
    expect(y).toBe(0);
  });

  it('fitViewBox(box, 0, 0) throws, as no box has that aspect ratio', () => {
    expect(() => fitViewBox(box, 0, 0)).toThrow(RangeError);
  });
});
