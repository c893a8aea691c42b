export interface BoundedCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}

/**
 * A two-generation cache: when the young map is full it becomes the old one and the previous old map is dropped,
 * so memory stays bounded on endless distinct names while recently seen names keep hitting.
 */
export function createBoundedCache<V>(capacity: number): BoundedCache<V> {
  let young = new Map<string, V>();
  let old = new Map<string, V>();
  return {
    get(key) {
      const value = young.get(key);
      if (value !== undefined) return value;
      const previous = old.get(key);
      if (previous !== undefined) young.set(key, previous);
      return previous;
    },
    set(key, value) {
      if (young.size >= capacity) {
        old = young;
        young = new Map();
      }
      young.set(key, value);
    },
  };
}
