import { describe, expect, it } from 'vitest';
import { extractVisibleText } from './html-text.js';

const visible = (html: string) => extractVisibleText(html).text.replace(/\s+/g, ' ').trim();

describe('extractVisibleText', () => {
  it('drops script, style, template, head, noscript and comments', () => {
    expect(
      visible(
        '<head><title>T</title><style>p{}</style></head><body><script>var a="<p>x</p>"</script><p>Seen</p><template><p>No</p></template><noscript>No</noscript><!-- no --></body>',
      ),
    ).toBe('Seen');
  });

  it('drops hidden content: the hidden attribute, aria-hidden and inline display:none', () => {
    expect(
      visible(
        '<p>A</p><div hidden><p>B</p></div><span style="color:red; display: none">C</span><i aria-hidden="true">D</i><p>E',
      ),
    ).toBe('A E');
  });

  it('separates block elements so names in neighbouring cells never run together', () => {
    expect(extractVisibleText('<table><tr><td>Alpha<td>Beta</table>').text).toBe('Alpha\nBeta\n');
  });

  it('decodes character references', () => {
    expect(visible('<p>Caf&eacute; &amp; Co &#8211; &#x4E2D;&nbsp;x</p>')).toBe('Café & Co – 中 x');
  });

  it('tolerates broken markup: unclosed tags, stray < and an unterminated script', () => {
    expect(visible('<div><p>One<p>Two < three <b>bold</div> tail <script>never closed')).toBe(
      'One Two < three bold tail',
    );
  });

  it('maps text offsets back to the source', () => {
    const html = '<p>\n  <b>Needle</b></p>';
    const result = extractVisibleText(html);
    expect(html.slice(result.toSourceOffset(result.text.indexOf('Needle')))).toMatch(/^Needle/);
  });
});
