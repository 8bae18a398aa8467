import { escapeHtml, plainText, userHtml } from '../../export/escape';

/** Nothing may load or run: the page travels by e-mail, to a manager or to the customer, and opens in any browser. */
export const PLAN_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Free text keeps its line breaks (CSS pre-wrap) instead of being parsed as markup. */
export const userParagraph = (text: string) => (text.trim() ? `<p class="text">${userHtml(text)}</p>` : '');

/**
 * A complete self-contained page: charset first, a CSP that forbids every request and every
 * script, no referrer, and the stylesheet inline. The <title> cannot hold a <bdi>, so bidi
 * controls are dropped from it instead.
 */
export function htmlPage(title: string, style: string, body: readonly string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PLAN_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Tandem">',
    `<title>${escapeHtml(plainText(title).replace(/\s+/g, ' ').trim())}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
