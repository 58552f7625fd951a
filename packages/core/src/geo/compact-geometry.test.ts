import { describe, expect, it } from 'vitest';
import { geometry } from '../generated/geo.js';
import { compactGeometry, expandGeometry, pathBBox } from './compact-geometry.js';

describe('compact geometry', () => {
  it('pathBBox("M723 586l-9 3-3 6-9 1 14-24 7 6-3 1z") is [702, 572, 723, 596]', () => {
    expect(pathBBox('M723 586l-9 3-3 6-9 1 14-24 7 6-3 1z')).toEqual([702, 572, 723, 596]);
  });

  it('pathBBox follows h, v, a relative m after z (from the ring start) and absolute commands', () => {
    expect(pathBBox('M10 10h5v5h-5zm-2-2l1 1M0 20L3 30H4V1')).toEqual([0, 1, 15, 30]);
    expect(pathBBox('M1.5.5l.5-.25')).toEqual([1.5, 0.25, 2, 0.5]);
  });

  it('expandGeometry(compactGeometry(geometry)) is the geometry again, boxes included', () => {
    expect(expandGeometry(compactGeometry(geometry))).toEqual(geometry);
  });

  it("reads a shape's box off its path when first asked for (a zoom), once: not every box on load", () => {
    const expanded = expandGeometry(compactGeometry(geometry));
    const sorø = expanded.municipalities.find((m) => m.code === '0340')!;
    expect(typeof Object.getOwnPropertyDescriptor(sorø, 'bbox')!.get).toBe('function');
    const box = sorø.bbox;
    expect(box).toEqual(pathBBox(sorø.d));
    expect(sorø.bbox).toBe(box);
  });

  it('writes every path once, the arrow-key links as positions and only Bornholm as inset', () => {
    const compact = compactGeometry(geometry);
    expect(compact.codes).toHaveLength(98 * 4);
    expect(compact.paths.split('|')).toHaveLength(98);
    expect(compact.next).toHaveLength(98 * 4);
    expect(compact.inset).toEqual(['0400']);
    expect(compact).not.toHaveProperty('municipalities');
  });
});
