// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { stripInvalidXmlChars } from './escape';
import { BIDI_CONTROLS, deceptiveDoc, HOSTILE_TEXT, HOSTILE_TITLE, hostileDoc, ILLEGAL_XML, SELLER_CENTRIC_TITLE, UNSUPPORTED_TITLE } from './fixtures.test-helper';
import { playbookToHtml } from './html';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('playbookToHtml', () => {
  const doc = hostileDoc();
  const html = playbookToHtml(doc, { now: '2025-02-01' });
  const page = parseHtml(html);
  const body = page.body.textContent ?? '';

  it('declares its charset first and a CSP that forbids loading anything', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    const metas = Array.from(page.head.querySelectorAll('meta'));
    expect(metas[0]!.getAttribute('charset')).toBe('utf-8');
    const csp = page.head.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'unsafe-inline'");
    expect(csp).toContain('img-src data:');
    expect(csp).not.toMatch(/script-src|\*|https?:/);
    expect(page.title).toBe(`${doc.playbook.name.replace(/\s+/g, ' ')} — Tandem playbook`);
  });

  it('contains no script, no event handler, and no external URL except http(s) content links', () => {
    expect(html).not.toMatch(/<script/i);
    expect(page.querySelectorAll('script, iframe, object, embed, link, base, form, img').length).toBe(0);
    const external: string[] = [];
    for (const el of Array.from(page.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name).not.toMatch(/^on/i);
        if (/^(src|href|xlink:href|action|formaction|poster|srcset)$/i.test(attr.name) && !attr.value.startsWith('#')) external.push(attr.value);
      }
    }
    expect(external).toEqual(['https://example.com/deck?a=1&b="2"']);
    const a = page.querySelector('a[href^="https:"]')!;
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.textContent).toBe('Good link');
    expect(html).not.toMatch(/href="\s*(javascript|data|java)/i);
  });

  it('shows the unsafe content links as text', () => {
    expect(body).toContain('Evil link (javascript:alert(1))');
    expect(body).toContain('Data link (data:text/html,<script>alert(1)</script>)');
  });

  it('shows every stage and step title as text, escaped', () => {
    for (const stage of doc.stages) expect(body).toContain(stage.name);
    const titles = Array.from(page.querySelectorAll('article.step h4'), (h) => h.textContent);
    for (const step of doc.steps) expect(titles).toContain(stripInvalidXmlChars(step.title));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;]]&gt;--&amp;');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(new RegExp(`[${ILLEGAL_XML}]`, 'u'));
  });

  it('inlines the canvas SVG', () => {
    const svg = page.querySelector('figure.canvas > svg')!;
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.querySelectorAll('.tandem-step').length).toBe(doc.steps.length);
  });

  it('groups stages under their lane and marks who verifies each exit criterion', () => {
    const lanes = Array.from(page.querySelectorAll('section.lane > h2'), (h) => h.textContent);
    expect(lanes).toEqual(['Buyer journey', 'Seller process']);
    const buyerLane = page.querySelector('section.lane-buyer')!;
    expect(buyerLane.textContent).toContain(HOSTILE_TITLE);
    expect(Array.from(buyerLane.querySelectorAll('h4'), (h) => h.textContent)).not.toContain('Co-build business case');
    const criteria = Array.from(buyerLane.querySelectorAll('section.stage')[0]!.querySelectorAll(':scope > ul.criteria > li'));
    expect(criteria.map((li) => li.querySelector('.actor')!.textContent)).toEqual(['Buyer', 'Seller']);
    expect(criteria[0]!.textContent).toContain(`Buyer signs off ${HOSTILE_TEXT}`);
  });

  it('shows descriptions, techniques, roles and mirror links per step', () => {
    const article = Array.from(page.querySelectorAll('article.step')).find((a) => a.querySelector('h4')!.textContent!.startsWith('Run discovery'))!;
    expect(article.textContent).toContain('SPIN: Implication question');
    expect(article.textContent).toContain('<b>bold</b>');
    const supports = Array.from(article.querySelectorAll('dt')).find((dt) => dt.textContent === 'Supports')!;
    const target = supports.nextElementSibling!.querySelector('a')!;
    expect(target.textContent).toBe(HOSTILE_TITLE);
    expect(page.getElementById(target.getAttribute('href')!.slice(1))!.querySelector('h4')!.textContent).toBe(HOSTILE_TITLE);
    const hostile = page.getElementById(target.getAttribute('href')!.slice(1))!;
    expect(hostile.textContent).toContain('Economic buyer, @champion');
    expect(hostile.querySelector('.text')!.textContent).toContain(`line one ${HOSTILE_TEXT}\n- list?`);
  });

  it('summarises coverage and flags unsupported and seller-centric steps', () => {
    const coverage = page.querySelector('section.coverage')!;
    expect(coverage.textContent).toContain('67%');
    expect(coverage.textContent).toContain('(2 of 3)');
    expect(coverage.textContent).toContain(UNSUPPORTED_TITLE);
    expect(coverage.textContent).toContain(SELLER_CENTRIC_TITLE);
  });

  it('flags stale and never-validated assumptions as of the given day, and judges none without one', () => {
    const rows = Array.from(page.querySelectorAll('section.assumptions tbody tr'));
    expect(rows.map((r) => r.className)).toEqual(['fresh', 'stale', 'never-validated']);
    expect(rows[1]!.textContent).toContain('2024-01-01');
    expect(rows[1]!.textContent).toContain('Stale');
    const unjudged = parseHtml(playbookToHtml(doc));
    expect(Array.from(unjudged.querySelectorAll('section.assumptions tbody tr'), (r) => r.className)).toEqual(['unchecked', 'unchecked', 'never-validated']);
  });

  it('prints cleanly: print styles with page breaks', () => {
    const style = page.head.querySelector('style')!.textContent!;
    expect(style).toContain('@media print');
    expect(style).toMatch(/break-before:\s*page/);
    expect(style).toMatch(/break-inside:\s*avoid/);
    expect(style).not.toMatch(/@import|@font-face|url\(/);
  });
});

describe('playbookToHtml with deceptive text', () => {
  const doc = deceptiveDoc();
  const html = playbookToHtml(doc);
  const page = parseHtml(html);

  it('shows the real host beside every content link', () => {
    const links = Array.from(page.querySelectorAll('a[href^="http"]'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://evil.example/login', 'https://xn--bnk-qla.example/a']);
    for (const a of links) expect(a.nextElementSibling?.textContent).toBe(`(${new URL(a.getAttribute('href')!).host})`);
    expect(links[0]!.parentElement!.textContent).toBe('https://bank.example (evil.example)');
  });

  it('isolates every bidi control inside a <bdi>, and keeps them out of the title', () => {
    const bidi = new RegExp(`[${BIDI_CONTROLS}]`);
    const walker = page.createTreeWalker(page.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
    let isolated = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!bidi.test(node.textContent!)) continue;
      expect(node.parentElement!.closest('bdi'), node.textContent!).not.toBeNull();
      isolated++;
    }
    expect(isolated).toBeGreaterThanOrEqual(3);
    expect(page.title).not.toMatch(bidi);
    expect(page.querySelector('h1 > bdi')!.textContent).toBe(doc.playbook.name);
  });
});
