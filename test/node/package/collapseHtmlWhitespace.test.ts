import { describe, expect, it } from 'vitest';
import { collapseHtmlWhitespace } from '../../../scripts/collapseHtmlWhitespace.js';

describe('collapseHtmlWhitespace (the embeddable build)', () => {
  it('turns each line break and its indentation in html templates into one space', () => {
    expect(collapseHtmlWhitespace('html`<a>\n    <b>${x}</b>\n  </a>`')).toBe('html`<a> <b>${x}</b> </a>`');
  });

  it('collapses nested html templates but keeps other templates, strings and comments', () => {
    expect(collapseHtmlWhitespace('html`<a>${c ? html`<b>\n  x</b>` : `keep\n  me`}</a>`')).toBe('html`<a>${c ? html`<b> x</b>` : `keep\n  me`}</a>`');
    expect(collapseHtmlWhitespace('css`a {\n  b: c }`')).toBe('css`a {\n  b: c }`');
    const code = 'const s = "html`\\n  "; // html`\n  x';
    expect(collapseHtmlWhitespace(code)).toBe(code);
  });

  it('reads code inside ${…} (braces, arrows) as code, and escaped backticks as text', () => {
    expect(collapseHtmlWhitespace('html`<a @click=${() => { if (a) { b(); } }}>\n  t</a>`')).toBe('html`<a @click=${() => { if (a) { b(); } }}> t</a>`');
    expect(collapseHtmlWhitespace('html`\\`\n  `')).toBe('html`\\` `');
  });
});
