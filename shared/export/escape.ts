import { isSafeExternalUrl } from '../file/externalUrl';
/**
 * Escaping for every format Tandem writes. Playbook text comes from files anyone can send, so
 * each exporter passes every string it did not write itself through one of these.
 */

/** Characters XML 1.0 forbids outright (controls, lone surrogates, U+FFFE/U+FFFF); no escape makes them legal. */
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

/**
 * Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). An unbalanced
 * one reorders everything after it on the line, so "exe.txt" can read as "txt.exe" and a label
 * can appear to say what it does not. Formats without an isolation element drop them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Playbook text as plain characters for formats that cannot isolate it: no XML-illegal or bidi controls. */
export function plainText(text: string): string {
  return stripInvalidXmlChars(text).replace(BIDI_CONTROLS, '');
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // &apos; is not an HTML 4 entity; the numeric form works in XML, XHTML, HTML and SVG alike.
  "'": '&#39;',
};

const escapeEntities = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!);

/**
 * Safe in XML/SVG text and in double- or single-quoted attributes. `>` is escaped too, so "]]>"
 * cannot appear. Bidi controls are dropped: SVG and BPMN viewers have no element to contain them.
 */
export function escapeXml(text: string): string {
  return escapeEntities(plainText(text));
}

/**
 * For attribute values where line breaks must survive: a parser folds raw tabs and newlines in
 * attributes into spaces (XML attribute-value normalisation), character references it keeps.
 */
export function escapeXmlAttr(text: string): string {
  return escapeXml(text).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * HTML uses the same entities (HTML5 tolerates more, but the XML-safe form is never wrong in it)
 * and keeps bidi controls, which right-to-left text may need: wrap user text in userHtml so they
 * cannot reach past it.
 */
export function escapeHtml(text: string): string {
  return escapeEntities(stripInvalidXmlChars(text));
}

/** User text in HTML, escaped and isolated in <bdi> so its direction cannot reorder the text around it. */
export function userHtml(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}

/** Turns any run of line breaks and tabs into one space, for formats where a line break is structure. */
export function oneLine(text: string): string {
  return text.replace(/[\t\n\r\u2028\u2029]+/g, ' ').trim();
}

/**
 * Markdown escaping for text inside a line (headings, list items, table-free prose).
 * Backslash escapes work for every ASCII punctuation character in CommonMark, so we escape the
 * ones that start inline syntax anywhere (emphasis, code, links, raw HTML, entities, tables,
 * strikethrough, heading closers) and the ones that start a block only at the start of the text.
 * Line breaks are folded into spaces because inside a list item or heading they are structure.
 */
export function escapeMarkdownInline(text: string): string {
  const flat = oneLine(plainText(text));
  // Braces too: markdown-it-attrs and kramdown read "{onclick=…}" or "{: …}" as attributes.
  // "%%" hides the text up to the next "%%" in Obsidian (which opens JSON Canvas files), and "$"
  // starts math on GitHub and in Obsidian: "$50k-$80k" would lose its figures to a formula.
  const escaped = flat
    .replace(/[\\`*_[\]<>|~&#!{}%$]/g, '\\$&')
    // GFM and linkify auto-link "https://…" and "www.…" in plain text; an escape keeps them text.
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(www)\./gi, '$1\\.');
  return escaped
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Markdown escaping for multi-line prose placed under a list item: each line is escaped as
 * inline text and indented, so paragraphs stay inside the item and no line can open a block.
 */
export function escapeMarkdownBlock(text: string, indent = ''): string {
  const lines = plainText(text)
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.trim());
  const out: string[] = [];
  for (const line of lines) {
    if (line !== '') out.push(indent + escapeMarkdownInline(line));
    // One blank line keeps paragraphs apart; more would only add noise.
    else if (out.length > 0 && out[out.length - 1] !== '') out.push('');
  }
  if (out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/**
 * Where a spreadsheet may see a new cell begin: after any separator it might guess (comma,
 * semicolon, tab) or a line break, optionally behind spaces and quote marks, which readers that
 * ignore our quoting leave in front of the value. A cell starting with = + - @ runs as a formula
 * in Excel, LibreOffice and Google Sheets (OWASP "CSV injection").
 */
const FORMULA_AT_CELL_START = /(^|[,;\t\r\n])([ "]*[=+\-@])/g;

/**
 * Neutralises spreadsheet formula injection by prefixing a single quote, which spreadsheets show
 * as a text marker and which a human reader recognises, at the start of the text and of every
 * piece a reader could split it into: `Intro;=1+1` stays inert even in a locale whose list
 * separator is ";". A leading tab or carriage return is marked too, since some readers trim it
 * and then see what follows. It changes the cell's text, so apply it only to free text, never to
 * numbers Tandem wrote itself (a negative coordinate is not a formula).
 */
export function neutralizeFormula(text: string): string {
  const marked = text.replace(FORMULA_AT_CELL_START, "$1'$2");
  return /^[\t\r]/.test(marked) ? `'${marked}` : marked;
}

/** One CSV field per RFC 4180: quoted (with doubled quotes) when it holds a quote, comma or line break. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? csvQuoted(text) : text;
}

/**
 * Always quoted, for free text: a reader that guesses another separator than the comma still
 * keeps a quoted field whole wherever it starts a cell.
 */
export function csvQuoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Mermaid entity codes: `#name;` or `#number;` inside a label is decoded to that character. */
const MERMAID_CODES: Record<string, string> = {
  '#': '#35;',
  '"': '#quot;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  // Backquotes start Mermaid "markdown strings"; `%` could start a `%%{init}%%` directive that
  // Mermaid finds anywhere in the source, before it knows it is inside a label.
  '`': '#96;',
  '%': '#37;',
  ';': '#59;',
  '|': '#124;',
  '\\': '#92;',
};

/** Text for a Mermaid label written inside double quotes (`id["…"]`). One line; no character can end the label. */
export function escapeMermaidLabel(text: string): string {
  return (
    oneLine(plainText(text))
      .replace(/[#"&<>`%;|\\]/g, (c) => MERMAID_CODES[c]!)
      // Some Mermaid versions run labels through a Markdown renderer that turns "1. x" or "- x"
      // into an "Unsupported markdown: list" error; an entity for the marker keeps it text.
      .replace(/^(\d+)([.)])/, (_, digits: string, mark: string) => `${digits}#${mark.charCodeAt(0)};`)
      .replace(/^([-*+])(?=\s)/, (mark: string) => `#${mark.charCodeAt(0)};`)
  );
}

/** The URL, trimmed, when it may become a link (see isSafeExternalUrl); null when it must stay text. */
export function safeWebUrl(url: string): string | null {
  const trimmed = url.trim();
  return isSafeExternalUrl(trimmed) ? trimmed : null;
}

/** The host a URL really goes to, as a browser shows it (IDN in punycode), for display beside a link's label. */
export function linkHost(url: string): string {
  return new URL(url).host;
}

/**
 * Text as a Markdown code span, on one line: no renderer parses or auto-links what is inside
 * one, which is how a URL Tandem refused to link is shown. The fence is longer than any run of
 * backquotes inside.
 */
export function markdownCode(text: string): string {
  const flat = oneLine(plainText(text));
  if (flat === '') return '';
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = /^`|`$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
