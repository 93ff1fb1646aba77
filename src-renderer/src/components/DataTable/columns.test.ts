import { describe, expect, it } from 'vitest';
import { columnTrack, gridMinWidth } from './columns';

describe('grid tracks', () => {
  it('keeps each column at least its width and shares spare room in proportion', () => {
    expect(columnTrack({ label: 'a', width: 150 })).toBe('minmax(150px, 1.5fr)');
    expect(columnTrack(undefined)).toBe('minmax(120px, 1.2fr)');
  });

  it('makes the grid as wide as its columns together, whatever the header labels say', () => {
    expect(gridMinWidth([{ label: 'a', width: 140 }, undefined, { label: 'Requested (yuan)', width: 150 }])).toBe(410);
    expect(gridMinWidth([])).toBe(0);
  });
});
