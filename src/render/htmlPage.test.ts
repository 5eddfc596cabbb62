import { describe, expect, it } from 'vitest';
import { fillTemplate, tag } from './htmlPage.ts';

const template = `<!doctype html>
<html><head><title>Old</title>
    <!--prerender-head-->
</head><body><noscript><p class="noscript-note">Needs JavaScript</p></noscript>
<div id="root"><!--app-html--></div></body></html>`;

describe('fillTemplate()', () => {
  it('puts the app, the head tags and the escaped title in place', () => {
    const page = fillTemplate(template, { title: 'A & B', head: ['<meta name="a" />', '<meta name="b" />'], body: '<main>$& $1</main>', noscriptNote: true });
    expect(page).toContain('<title>A &amp; B</title>');
    expect(page).toContain('<meta name="a" />\n    <meta name="b" />');
    // Replacement patterns in the body ("$&") are text, not instructions.
    expect(page).toContain('<div id="root"><main>$& $1</main></div>');
    expect(page).toContain('<noscript>');
  });
  it('drops the noscript note for embeds', () => {
    expect(fillTemplate(template, { title: 't', head: [], body: '', noscriptNote: false })).not.toContain('noscript');
  });
  it('refuses a template without its placeholders', () => {
    expect(() => fillTemplate('<html></html>', { title: 't', head: [], body: '', noscriptNote: true })).toThrow(/needs <!--app-html-->/);
  });
});

describe('tag()', () => {
  it('escapes attribute values', () => {
    expect(tag('meta', { property: 'og:title', content: 'Say "hi" <now>' })).toBe('<meta property="og:title" content="Say &quot;hi&quot; &lt;now&gt;" />');
  });
});
