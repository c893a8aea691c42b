// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findTextNodeAt, walkTextBlocks, WINDOW_LENGTH, WINDOW_OVERLAP } from './visible-text';

function collect(html: string) {
  document.body.innerHTML = html;
  const walk = walkTextBlocks(document.body);
  for (let step = walk.next(); ; step = walk.next()) if (step.done) return step.value;
}

describe('walkTextBlocks', () => {
  it('joins inline pieces of one block so a name split across tags reads as one', () => {
    const [block] = collect('<p>Sold by <b>Korea</b> <span>Namgang</span> Trading</p>');
    expect(block?.text).toBe('Sold by Korea Namgang Trading');
    expect(
      block && findTextNodeAt(block, block.text.indexOf('Namgang'))?.parentElement?.tagName,
    ).toBe('SPAN');
  });

  it('skips scripts, styles, templates, hidden subtrees and our own UI', () => {
    const blocks = collect(
      '<div>visible words</div><script>var a = "secret name";</script><style>.x{}</style>' +
        '<template><p>template text</p></template><div hidden>hidden text</div>' +
        '<nkscreen-badge>our badge</nkscreen-badge>',
    );
    expect(blocks.map((block) => block.text.trim())).toEqual(['visible words']);
  });

  it('keeps words apart on either side of a nested block', () => {
    const [outer] = collect('<div>before<div>inner text</div>after</div>');
    expect(outer?.text).toBe('before after');
  });

  it('reads a paragraph padded past 20,000 characters in bounded windows, so a name in it still counts', () => {
    const padding = 'lorem ipsum '.repeat(2_500);
    const blocks = collect(`<p>${padding}<b>Korea Namgang Trading</b> ${padding}</p>`);
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) expect(block.text.length).toBeLessThanOrEqual(WINDOW_LENGTH);
    const holding = blocks.filter((block) => block.text.includes('Korea Namgang Trading'));
    expect(holding.length).toBeGreaterThan(0);
    const [window] = holding;
    const node = window && findTextNodeAt(window, window.text.indexOf('Korea Namgang Trading'));
    expect(node?.parentElement?.tagName).toBe('B');
  });

  it('overlaps windows so a name on a window edge is whole in one of them', () => {
    const name = 'Korea Namgang Trading Corporation';
    // Place the name across the first window's edge.
    const before = 'x'.repeat(WINDOW_LENGTH - 10);
    const blocks = collect(`<p>${before}${name} ${'y '.repeat(WINDOW_LENGTH)}</p>`);
    expect(blocks.some((block) => block.text.includes(name))).toBe(true);
    expect(WINDOW_OVERLAP).toBeGreaterThan(name.length);
  });
});
