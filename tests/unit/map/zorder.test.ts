import { describe, expect, it } from 'vitest';
import { LAYER_ORDER, beforeIdFor } from '../../../src/map/zorder';

describe('map layer order', () => {
  it('puts a layer below the next layer that is already on the map', () => {
    const onMap = new Set<string>(['boroughs-line', 'london-line', 'boroughs-label']);
    expect(beforeIdFor('boroughs-fill', (id) => onMap.has(id))).toBe('boroughs-line');
    expect(beforeIdFor('services-circle', (id) => onMap.has(id))).toBe('boroughs-label');
    expect(beforeIdFor('boroughs-label', (id) => onMap.has(id))).toBeUndefined();
  });

  it('throws on a layer id missing from the list', () => {
    expect(() => beforeIdFor('roads', () => true)).toThrow(/not in LAYER_ORDER/);
  });

  it('has no duplicate ids', () => {
    expect(new Set(LAYER_ORDER).size).toBe(LAYER_ORDER.length);
  });
});
