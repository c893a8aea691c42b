import { describe, expect, it } from 'vitest';
import { toOriginPattern } from './granted-sites';

describe('toOriginPattern', () => {
  it('turns a host or a pasted URL into a per-host match pattern', () => {
    expect(toOriginPattern('example.com')).toBe('*://example.com/*');
    expect(toOriginPattern(' https://suppliers.example.org/list?page=2 ')).toBe(
      '*://suppliers.example.org/*',
    );
  });

  it('refuses empty input and non-web schemes', () => {
    expect(toOriginPattern('')).toBeNull();
    expect(toOriginPattern('file:///etc/passwd')).toBeNull();
  });
});
