import { describe, expect, it } from 'vitest';
import { createBoundedCache } from './bounded-cache.js';

describe('createBoundedCache', () => {
  it('keeps recent entries and forgets those two generations old', () => {
    const cache = createBoundedCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3); // a and b move to the old generation
    expect(cache.get('a')).toBe(1); // promoted back
    cache.set('d', 4);
    cache.set('e', 5); // the old generation (b, …) is dropped
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('e')).toBe(5);
  });
});
