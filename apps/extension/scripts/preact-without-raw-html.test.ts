// @vitest-environment happy-dom
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RAW_HTML_REFUSAL, removePreactRawHtml } from './preact-without-raw-html';

// The file the extension's build bundles (package.json "browser" condition), as installed.
const preactDist = join(
  dirname(createRequire(import.meta.url).resolve('preact/package.json')),
  'dist',
  'preact.module.js',
);
const preactCode = readFileSync(preactDist, 'utf8');
const rewritten = removePreactRawHtml(preactCode, preactDist) ?? '';

// Inside the workspace (git-ignored .tmp/): the happy-dom run loads modules through Vite, which serves no /tmp.
const tempParent = join(import.meta.dirname, '..', '.tmp');
mkdirSync(tempParent, { recursive: true });
const tempDir = mkdtempSync(join(tempParent, 'raw-html-'));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));
const rewrittenFile = join(tempDir, 'preact.module.js');
// Without its source-map comment: the map sits beside the installed Preact, not here.
writeFileSync(rewrittenFile, rewritten.replace(/\/\/# sourceMappingURL=.*$/m, ''));

function importRewrittenPreact(): Promise<typeof import('preact')> {
  return import(/* @vite-ignore */ rewrittenFile);
}

describe('removePreactRawHtml', () => {
  it("leaves no innerHTML assignment but clearing in the installed Preact's build", () => {
    expect(preactCode).toMatch(/\.innerHTML=\w+\.__html/);
    expect(rewritten).not.toMatch(/\.innerHTML=(?!=|"")/);
    expect(rewritten).toContain(RAW_HTML_REFUSAL);
  });

  it('makes dangerouslySetInnerHTML throw and creates none of its elements', async () => {
    const { h, render } = await importRewrittenPreact();
    const container = document.createElement('div');
    expect(() =>
      render(
        h('div', { dangerouslySetInnerHTML: { __html: '<img src="x" onerror="alert(1)">' } }),
        container,
      ),
    ).toThrow(RAW_HTML_REFUSAL);
    expect(container.querySelector('img')).toBeNull();
  });

  it('still renders page text as text', async () => {
    const { h, render } = await importRewrittenPreact();
    const container = document.createElement('div');
    render(h('p', null, '<b>Korea Nam Gang</b>'), container);
    expect(container.innerHTML).toBe('<p>&lt;b&gt;Korea Nam Gang&lt;/b&gt;</p>');
  });

  it('fails the build when Preact no longer has exactly the one expected assignment', () => {
    const twoSinks = `${preactCode};function x(n,t){n.innerHTML=t.__html}`;
    expect(() => removePreactRawHtml(twoSinks, preactDist)).toThrow(
      /found 2.*preact-without-raw-html\.ts/,
    );
    const otherSink = preactCode.replace(/(\w+)\.innerHTML=(\w+)\.__html/, '$1.innerHTML=$2.html');
    expect(() => removePreactRawHtml(otherSink, preactDist)).toThrow(/found 0/);
  });

  it('leaves every module other than Preact as it is', () => {
    expect(removePreactRawHtml('el.innerHTML = text;', '/app/utils/visible-text.ts')).toBeNull();
    expect(
      removePreactRawHtml(preactCode, '/app/node_modules/preact/hooks/dist/hooks.module.js'),
    ).toBeNull();
  });
});
