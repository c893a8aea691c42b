// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findTextNodeAt, walkTextBlocks } from './visible-text';

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
});
