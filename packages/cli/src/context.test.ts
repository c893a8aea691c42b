import { describe, expect, it } from 'vitest';
import { extractContext, locateOffset } from './context.js';

describe('extractContext', () => {
  it('shows the words around a span, whitespace collapsed, marking cut text', () => {
    const text =
      'one two three four five six seven eight nine ten NEEDLE here\n\nand the rest goes on for a while longer';
    const start = text.indexOf('NEEDLE');
    expect(extractContext(text, start, start + 6, { words: 3 })).toBe(
      '…eight nine ten NEEDLE here and the…',
    );
  });
});

describe('locateOffset', () => {
  it('gives 1-based line and column', () => {
    expect(locateOffset('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
  });
});
