import { describe, expect, it } from 'vitest';
import { unitBits } from './marked-units';

const isSet = (bits: Int32Array, u: number): boolean =>
  ((bits[u >>> 5] as number) & (1 << u)) !== 0;

describe('unitBits', () => {
  it('sets the bit of every unit the table marks, and no other', () => {
    const marked = [0, 31, 32, 0x4e00, 0xfffe, 0xffff];
    const table = new Uint8Array(0x10000);
    for (const u of marked) table[u] = 1;
    const bits = unitBits(table);
    const set = [];
    for (let u = 0; u < 0x10000; u++) if (isSet(bits, u)) set.push(u);
    expect(set).toEqual(marked);
  });

  it('is empty for a table that marks nothing', () => {
    expect(unitBits(new Uint8Array(0x10000)).every((word) => word === 0)).toBe(true);
  });
});
