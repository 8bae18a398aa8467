import { expect } from 'vitest';

export const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/**
 * What every exported page must satisfy to be safe to open from anyone: a CSP that forbids
 * loading and running anything, no element that runs or loads, no event handler, no link that
 * leaves the page, and every bidi control inside a <bdi> so it cannot reorder the text around it.
 */
export function expectInertPage(html: string): Document {
  expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(html).not.toMatch(/<script/i);
  const page = parseHtml(html);
  expect(page.head.querySelector('meta')!.getAttribute('charset')).toBe('utf-8');
  const csp = page.head.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toMatch(/script-src|\*|https?:/);
  expect(page.querySelectorAll('script, iframe, object, embed, link, base, form, img, svg image, video, audio, source').length).toBe(0);
  for (const el of Array.from(page.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name).not.toMatch(/^on/i);
      if (/^(src|href|xlink:href|action|formaction|poster|srcset|background)$/i.test(attr.name)) expect(attr.value).toMatch(/^#[\w-]+$/);
      expect(attr.value).not.toMatch(/https?:|javascript:|url\(/i);
    }
  }
  // Style may not load anything either (no @import, no url()).
  for (const style of Array.from(page.querySelectorAll('style'))) expect(style.textContent).not.toMatch(/@import|url\(/i);
  expect(page.title).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  const walker = page.createTreeWalker(page.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/[\u202A-\u202E\u2066-\u2069]/.test(node.nodeValue ?? '')) expect(node.parentElement!.tagName).toBe('BDI');
  }
  return page;
}
