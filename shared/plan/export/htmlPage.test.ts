import { describe, expect, it } from 'vitest';
import { htmlPage, userParagraph } from './htmlPage';

describe('htmlPage', () => {
  it('writes the whole page: doctype, language, charset, CSP, no referrer, one-line title, inline style, body', () => {
    expect(htmlPage(' Acme\u202E  Corp\n\t— plan ', 'p{color:red}', ['<p>one</p>', '<p>two</p>'])).toBe(
      [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Tandem">',
        '<title>Acme Corp — plan</title>',
        '<style>p{color:red}</style>',
        '</head>',
        '<body>',
        '<p>one</p>',
        '<p>two</p>',
        '</body>',
        '</html>',
        '',
      ].join('\n'),
    );
  });

  it('escapes markup in the title', () => {
    expect(htmlPage('<b>A & B</b>', '', [])).toContain('<title>&lt;b&gt;A &amp; B&lt;/b&gt;</title>');
  });
});

describe('userParagraph', () => {
  it('wraps free text in an isolated paragraph, and writes nothing for blank text', () => {
    expect(userParagraph('Kickoff <went> well.')).toBe('<p class="text"><bdi>Kickoff &lt;went&gt; well.</bdi></p>');
    expect(userParagraph(' \n\t ')).toBe('');
    expect(userParagraph('')).toBe('');
  });
});
