import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  csvField,
  csvQuoted,
  escapeHtml,
  escapeMarkdownBlock,
  escapeMarkdownInline,
  escapeMermaidLabel,
  escapeXml,
  escapeXmlAttr,
  linkHost,
  markdownCode,
  neutralizeFormula,
  safeWebUrl,
  plainText,
  stripInvalidXmlChars,
  userHtml,
} from './escape';
import { BIDI_CONTROLS, HOSTILE_TEXT, HOSTILE_TITLE, ILLEGAL_XML } from './fixtures.test-helper';

const decodeXml = (s: string) =>
  s.replace(/&(#\d+|amp|lt|gt|quot);/g, (_, e: string) =>
    e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[e]!,
  );

describe('XML and HTML escaping', () => {
  it('escapes markup, quotes and CDATA/comment closers', () => {
    expect(escapeXml(HOSTILE_TITLE)).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeXml(HOSTILE_TEXT)).toBe('&quot;]]&gt;--&amp;');
    expect(escapeXml("it's")).toBe('it&#39;s');
    expect(escapeHtml(HOSTILE_TITLE)).toBe(escapeXml(HOSTILE_TITLE));
  });

  it('drops characters XML 1.0 forbids and keeps the rest, astral ones included', () => {
    expect(stripInvalidXmlChars(`a${ILLEGAL_XML}b\t\n\r😀\uFFFE\uFFFF`)).toBe('ab\t\n\r😀');
    expect(escapeXml(`x${ILLEGAL_XML}`)).toBe('x');
  });

  it('keeps line breaks in attributes as character references', () => {
    expect(escapeXmlAttr('a\nb\tc"')).toBe('a&#10;b&#9;c&quot;');
  });

  it('round-trips any string minus illegal characters, never leaving raw markup', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const escaped = escapeXmlAttr(s);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(escaped).not.toMatch(/&(?!(#\d+|amp|lt|gt|quot);)/);
        expect(decodeXml(escaped)).toBe(stripInvalidXmlChars(s));
      }),
    );
  });
});

describe('escapeMarkdownInline', () => {
  it('turns markup and link syntax into literal text', () => {
    expect(escapeMarkdownInline(HOSTILE_TITLE)).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(escapeMarkdownInline('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(escapeMarkdownInline('*a* _b_ `c` ~d~ a|b &amp; #h !x')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ a\\|b \\&amp; \\#h \\!x');
  });

  it('escapes block starts and folds line breaks', () => {
    expect(escapeMarkdownInline('- item')).toBe('\\- item');
    expect(escapeMarkdownInline('+ item')).toBe('\\+ item');
    expect(escapeMarkdownInline('=== ')).toBe('\\===');
    expect(escapeMarkdownInline('12. ordered')).toBe('12\\. ordered');
    // CommonMark also opens an ordered list with "1)".
    expect(escapeMarkdownInline('3) ordered')).toBe('3\\) ordered');
    expect(escapeMarkdownInline('a\n# b\r\nc')).toBe('a \\# b c');
    expect(escapeMarkdownInline('co-build')).toBe('co-build');
  });

  it('escapes each line of a block, indents it and keeps one blank line between paragraphs', () => {
    expect(escapeMarkdownBlock('one\n\n\n   # two\n- three\n', '  ')).toBe('  one\n\n  \\# two\n  \\- three');
    expect(escapeMarkdownBlock('\n\n')).toBe('');
  });
});

describe('CSV', () => {
  it('quotes fields per RFC 4180 only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(null)).toBe('');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(true)).toBe('true');
    expect(csvQuoted('plain')).toBe('"plain"');
    expect(csvQuoted('say "hi"')).toBe('"say ""hi"""');
  });

  it('neutralises formula starts with a single quote', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutralizeFormula(s)).toBe(`'${s}`);
    expect(neutralizeFormula('a=1')).toBe('a=1');
    expect(neutralizeFormula('Intro;=1+1;')).toBe("Intro;'=1+1;");
    expect(neutralizeFormula('a, -1\tb\t@x')).toBe("a,' -1\tb\t'@x");
    expect(neutralizeFormula('a;"=1+1"')).toBe(`a;'"=1+1"`);
    expect(neutralizeFormula('\n=3+3')).toBe("\n'=3+3");
    expect(neutralizeFormula('')).toBe('');
  });
});

describe('escapeMermaidLabel', () => {
  it('leaves no character that could end a quoted label or start syntax', () => {
    const out = escapeMermaidLabel(`${HOSTILE_TITLE} ${HOSTILE_TEXT} \`md\` %%{init}%% a;b|c\\d #1\nnext`);
    // Entity codes end in ";" themselves; outside them no special character remains.
    expect(out.replace(/#\w+;/g, '')).not.toMatch(/["<>`%;|\\\n#]/);
    expect(out).toContain('#lt;img src=x onerror=alert(1)#gt;');
    expect(out).toContain('#quot;]]#gt;--#amp;');
    expect(out).toContain('#35;1 next');
  });

  it('never emits a raw quote or line break for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(escapeMermaidLabel(s)).not.toMatch(/["\r\n<>`%]/);
      }),
    );
  });
});

describe('safeWebUrl', () => {
  it('accepts plain http(s) and refuses everything else', () => {
    expect(safeWebUrl('https://example.com/a?b=1#c')).toBe('https://example.com/a?b=1#c');
    expect(safeWebUrl(' HTTP://example.com ')).toBe('HTTP://example.com');
    for (const bad of ['javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '//example.com', 'https://', 'https://user@evil.com', 'https://a b', 'vbscript:x', 'https://x\u0000y']) {
      expect(safeWebUrl(bad)).toBeNull();
    }
  });
});

describe('escapeMermaidLabel list markers', () => {
  it('keeps a leading list marker as text', () => {
    expect(escapeMermaidLabel('1. Problem')).toBe('1#46; Problem');
    expect(escapeMermaidLabel('- item')).toBe('#45; item');
    // "*" and "+" open a bullet list just as "-" does, and "1)" an ordered one as "1." does.
    expect(escapeMermaidLabel('* item')).toBe('#42; item');
    expect(escapeMermaidLabel('+ item')).toBe('#43; item');
    expect(escapeMermaidLabel('2) Problem')).toBe('2#41; Problem');
    expect(escapeMermaidLabel('-2+3')).toBe('-2+3');
  });
});

/** True when a brace is not backslash-escaped (an even run of backslashes before it escapes nothing). */
const hasUnescapedBrace = (markdown: string) => /(^|[^\\])(\\\\)*[{}]/.test(markdown);

describe('bidi controls', () => {
  const text = `a${BIDI_CONTROLS}b`;

  it('are dropped from every format that cannot isolate them', () => {
    expect(plainText(text)).toBe('ab');
    expect(escapeXml(text)).toBe('ab');
    expect(escapeXmlAttr(text)).toBe('ab');
    expect(escapeMarkdownInline(text)).toBe('ab');
    expect(escapeMarkdownBlock(`${text}\n${text}`)).toBe('ab\nab');
    expect(escapeMermaidLabel(text)).toBe('ab');
    expect(markdownCode(text)).toBe('`ab`');
  });

  it('are kept in HTML, where userHtml isolates the text they could reorder', () => {
    expect(escapeHtml(text)).toBe(text);
    expect(userHtml(`<${text}>`)).toBe(`<bdi>&lt;${text}&gt;</bdi>`);
  });
});

describe('Markdown attribute syntax and auto-links', () => {
  it('escapes braces so no attribute syntax survives', () => {
    expect(escapeMarkdownInline('Plan {onmouseover=alert(1)}')).toBe('Plan \\{onmouseover=alert(1)\\}');
    expect(escapeMarkdownBlock('{: onclick="x"}')).toBe('\\{: onclick="x"\\}');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(hasUnescapedBrace(escapeMarkdownInline(s))).toBe(false);
        expect(hasUnescapedBrace(escapeMarkdownBlock(s))).toBe(false);
      }),
    );
  });

  it('breaks the URL and www. forms GFM would auto-link', () => {
    expect(escapeMarkdownInline('see https://bank.example@evil.example/ or WWW.evil.example')).toBe(
      'see https\\://bank.example@evil.example/ or WWW\\.evil.example',
    );
  });

  it('writes code spans that no content can close early', () => {
    expect(markdownCode('https://a.example@b.example/')).toBe('`https://a.example@b.example/`');
    expect(markdownCode('a`b``c')).toBe('```a`b``c```');
    expect(markdownCode('`x')).toBe('`` `x ``');
    expect(markdownCode('a\n\nb')).toBe('`a b`');
    expect(markdownCode('')).toBe('');
  });

  it('names the host a URL really goes to', () => {
    expect(linkHost('https://bank.example.evil.example/login')).toBe('bank.example.evil.example');
    expect(linkHost('https://bänk.example:8443/x')).toBe('xn--bnk-qla.example:8443');
  });
});

describe('the exact text each reader gets', () => {
  it('writes one Mermaid entity code per special character, so each shows as itself', () => {
    expect(escapeMermaidLabel('#"&<>`%;|\\')).toBe('#35;#quot;#amp;#lt;#gt;#96;#37;#59;#124;#92;');
    expect(escapeMermaidLabel('`md` %%{init}%% a;b|c\\d')).toBe('#96;md#96; #37;#37;{init}#37;#37; a#59;b#124;c#92;d');
  });

  it('treats list markers as Markdown or Mermaid syntax only at the start of the text', () => {
    expect(escapeMermaidLabel('Step 1. then - more')).toBe('Step 1. then - more');
    expect(escapeMermaidLabel('12. Problem')).toBe('12#46; Problem');
    expect(escapeMermaidLabel('-\tx')).toBe('#45; x');
    expect(escapeMarkdownInline('step 1. x - y + z = w')).toBe('step 1. x - y + z = w');
  });

  it('escapes the marks of Obsidian comments and of math, which would hide or reshape text', () => {
    expect(escapeMarkdownInline('costs $50k-$80k, 20% %%hidden%%')).toBe('costs \\$50k-\\$80k, 20\\% \\%\\%hidden\\%\\%');
  });

  it('escapes a backslash in Markdown so it cannot escape what follows', () => {
    expect(escapeMarkdownInline('a\\*b')).toBe('a\\\\\\*b');
  });

  it('folds every kind of line break and tab into one space, and trims', () => {
    expect(escapeMarkdownInline('a\tb\u2028c\u2029d\r\n\te')).toBe('a b c d e');
    expect(escapeMermaidLabel('\t x\u2028\u2029y \n')).toBe('x y');
    expect(markdownCode('a\u2028b')).toBe('`a b`');
  });

  it('splits a Markdown block at every line terminator and drops leading blank lines', () => {
    expect(escapeMarkdownBlock('a\rb\u2028c\u2029d\r\ne', '  ')).toBe('  a\n  b\n  c\n  d\n  e');
    expect(escapeMarkdownBlock('\n\n x')).toBe('x');
    // A line of spaces is a blank line, not an indented empty one.
    expect(escapeMarkdownBlock('a\n   \n\nb', '  ')).toBe('  a\n\n  b');
  });

  it('keeps a carriage return in an attribute as a character reference', () => {
    // A parser would turn a raw one into a space (attribute-value normalisation).
    expect(escapeXmlAttr('a\r\nb')).toBe('a&#13;&#10;b');
  });

  it('pads a code span that ends with a backquote', () => {
    expect(markdownCode('x`')).toBe('`` x` ``');
  });

  it('marks a formula after a carriage return, which a spreadsheet reads as a new row', () => {
    expect(neutralizeFormula('a\r=1')).toBe("a\r'=1");
    expect(neutralizeFormula('a\r\n-1')).toBe("a\r\n'-1");
  });

  it('drops XML-illegal characters from HTML and escapes the single quote', () => {
    expect(escapeHtml(`a${ILLEGAL_XML}'b`)).toBe('a&#39;b');
  });
});

describe('character ranges, at their edges', () => {
  it('keeps every character XML allows, up to each end of its ranges, and drops the ones around them', () => {
    const allowed = '\u0020\uD7FF\uE000\uFFFD\u{10000}\u{10FFFF}';
    expect(stripInvalidXmlChars(`\u001F${allowed}\uDFFF\uFFFE`)).toBe(allowed);
  });

  it('drops only the nine bidi controls, not their neighbours', () => {
    const neighbours = '\u2029\u202F\u2065\u206A';
    expect(plainText(`${neighbours}${BIDI_CONTROLS}`)).toBe(neighbours);
  });
});
