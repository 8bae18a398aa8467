// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../domain/playbook';
import { stripInvalidXmlChars } from './escape';
import { BIDI_CONTROLS, buildDoc, deceptiveDoc, HOSTILE_TEXT, HOSTILE_TITLE, hostileDoc, ILLEGAL_XML, SELLER_CENTRIC_TITLE, UNSUPPORTED_TITLE } from './fixtures.test-helper';
import { playbookToHtml } from './html';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('playbookToHtml', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let doc: PlaybookDoc;
  let html: string;
  let page: Document;
  let body: string;
  beforeEach(() => {
    doc = hostileDoc();
    html = playbookToHtml(doc, { now: '2025-02-01' });
    page = parseHtml(html);
    body = page.body.textContent ?? '';
  });

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
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let doc: PlaybookDoc;
  let html: string;
  let page: Document;
  beforeEach(() => {
    doc = deceptiveDoc();
    html = playbookToHtml(doc);
    page = parseHtml(html);
  });

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

describe('playbookToHtml, word for word', () => {
  // Every part a reader sees; the canvas SVG and the stylesheet are checked on their own.
  const withoutDrawing = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/g, '<style/>').replace(/<svg[\s\S]*<\/svg>/, '<svg/>');

  it('writes the whole document of a small playbook exactly', () => {
    const doc = buildDoc({
      name: 'Deal <plan>',
      description: 'Intro\nline two',
      buyer: [
        {
          name: 'Frame',
          expectedDays: 1,
          alwaysOn: true,
          revisitable: true,
          exitCriteria: [{ statement: 'Signed', actor: 'buyer' }, { statement: 'Recap', actor: 'seller' }],
          steps: [
            {
              title: 'Pain',
              description: 'Why now',
              required: true,
              expectedDays: 1,
              roles: ['CFO', 'IT'],
              techniques: [{ framework: 'SPIN', name: 'Q' }, { framework: '', name: 'Plain' }],
              exitCriteria: [{ statement: 'ok', actor: 'seller' }],
              contentLinks: [{ label: ' ', url: 'https://a.example/x' }, { label: 'Evil', url: 'javascript:x' }, { label: 'ftp://b', url: 'ftp://b' }],
            },
            { title: '  ', expectedDays: 2 },
            { title: 'Alone' },
          ],
        },
      ],
      seller: [{ name: 'S', expectedDays: 3, steps: [{ title: 'Disc' }, { title: 'Demo' }] }],
      sequences: [['Pain', '  ']],
      mirrors: [['Disc', 'Pain', 'verifies'], ['Demo', 'Pain']],
      assumptions: [
        { statement: 'A', source: 'S1', confidence: 'high', lastValidatedAt: '2025-01-10', revalidateEveryDays: 1 },
        { statement: 'B', source: '', confidence: 'low', lastValidatedAt: null, revalidateEveryDays: 30 },
      ],
    });
    expect(withoutDrawing(playbookToHtml(doc, { now: '2025-02-01T09:00' }))).toBe(
      [
        '<!DOCTYPE html>\n<html lang="en">\n',
        '<head>\n',
        '<meta charset="utf-8">\n',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">\n`,
        '<meta name="referrer" content="no-referrer">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<meta name="generator" content="Tandem">\n',
        '<title>Deal &lt;plan&gt; — Tandem playbook</title>\n',
        '<style/>\n',
        '</head>\n',
        '<body>\n',
        '<header>',
        '<h1><bdi>Deal &lt;plan&gt;</bdi></h1><p class="meta"><bdi>New logo</bdi> · Version 3 · published · Updated 2025-02-01</p><p class="text"><bdi>Intro\nline two</bdi></p></header>\n',
        '<section class="coverage">',
        '<h2>Coverage</h2><p><span class="summary-figure">33%</span> of buyer steps are supported by a seller step (1 of 3).</p><p class="meta">3 buyer steps · 2 seller steps · 2 mirror links · 1 sequence edge</p>',
        '<h3>Buyer steps nothing supports</h3><ul><li><a href="#step-2"><bdi>Untitled step</bdi></a></li><li><a href="#step-3"><bdi>Alone</bdi></a></li></ul>',
        '<h3>Seller-centric steps</h3><p class="meta">None.</p></section>\n',
        '<section class="canvas-section">',
        '<h2>Canvas</h2><figure class="canvas"><svg/></figure></section>\n',
        '<section class="lane lane-buyer">',
        '<h2>Buyer journey</h2>',
        '<section class="stage">',
        '<h3>1. <bdi>Frame</bdi></h3><p class="meta">Expected 1 day · Always on · Revisitable · 3 steps</p><p class="meta">Exit criteria</p>',
        '<ul class="criteria"><li><span class="actor actor-buyer" title="Buyer-verifiable">Buyer</span><bdi>Signed</bdi></li><li><span class="actor actor-seller" title="Done by the seller: not buyer-verifiable">Seller</span><bdi>Recap</bdi></li></ul>',
        '<article class="step required" id="step-1"><h4><bdi>Pain</bdi></h4><p class="meta">Required · 1 day</p><p class="text"><bdi>Why now</bdi></p>',
        '<dl class="facts"><dt>Roles</dt><dd><bdi>CFO</bdi>, <bdi>IT</bdi></dd><dt>Techniques</dt><dd><bdi>SPIN: Q</bdi><br><bdi>Plain</bdi></dd><dt>Exit criteria</dt><dd>',
        '<ul class="criteria"><li><span class="actor actor-seller" title="Done by the seller: not buyer-verifiable">Seller</span><bdi>ok</bdi></li></ul></dd><dt>Content</dt><dd><ul><li><a href="https://a.example/x" rel="noopener noreferrer" target="_blank"><bdi>https://a.example/x</bdi></a> <span class="meta link-host">(a.example)</span></li><li><bdi>Evil</bdi> <span class="meta">(<bdi>javascript:x</bdi>)</span></li><li><bdi>ftp://b</bdi></li></ul></dd><dt>Verified by</dt><dd><a href="#step-4"><bdi>Disc</bdi></a></dd><dt>Supported by</dt><dd><a href="#step-5"><bdi>Demo</bdi></a></dd><dt>Next</dt><dd><a href="#step-2"><bdi>Untitled step</bdi></a></dd></dl></article>',
        '<article class="step" id="step-2"><h4><bdi>Untitled step</bdi></h4><p class="meta">Optional · 2 days</p><span class="flag">No seller step supports this</span>',
        '<dl class="facts"><dt>After</dt><dd><a href="#step-1"><bdi>Pain</bdi></a></dd></dl></article>',
        '<article class="step" id="step-3"><h4><bdi>Alone</bdi></h4><p class="meta">Optional</p><span class="flag">No seller step supports this</span></article></section></section>\n',
        '<section class="lane lane-seller">',
        '<h2>Seller process</h2>',
        '<section class="stage">',
        '<h3>1. <bdi>S</bdi></h3><p class="meta">Expected 3 days · 2 steps</p>',
        '<article class="step" id="step-4"><h4><bdi>Disc</bdi></h4><p class="meta">Optional</p>',
        '<dl class="facts"><dt>Verifies</dt><dd><a href="#step-1"><bdi>Pain</bdi></a></dd></dl></article>',
        '<article class="step" id="step-5"><h4><bdi>Demo</bdi></h4><p class="meta">Optional</p>',
        '<dl class="facts"><dt>Supports</dt><dd><a href="#step-1"><bdi>Pain</bdi></a></dd></dl></article></section></section>\n',
        '<section class="assumptions">',
        '<h2>Buyer-journey assumptions</h2><p class="meta">Staleness judged as of 2025-02-01.</p><table>',
        '<thead>',
        '<tr><th>Assumption</th><th>Source</th><th>Confidence</th><th>Last validated</th><th>Revalidate every</th><th>Status</th></tr></thead>',
        '<tbody>',
        '<tr class="stale"><td><bdi>A</bdi></td><td><bdi>S1</bdi></td><td>high</td><td>2025-01-10</td><td>1 day</td><td>Stale, due 2025-01-11</td></tr>',
        '<tr class="never-validated"><td><bdi>B</bdi></td><td><bdi></bdi></td><td>low</td><td>—</td><td>30 days</td><td>To review</td></tr></tbody></table></section>\n',
        '<footer>Exported from Tandem. This document contains no scripts and loads nothing from the network.</footer>\n',
        '</body>\n',
        '</html>\n',
      ].join(''),
    );
  });

  it('flags a seller step that mirrors no buyer step, and puts nothing between stages', () => {
    const doc = buildDoc({ buyer: [{ name: 'B1', steps: [] }, { name: 'B2', steps: [] }], seller: [{ name: 'S', steps: [{ title: 'Pitch' }] }] });
    const html = playbookToHtml(doc);
    expect(html).toContain('<h4><bdi>Pitch</bdi></h4><p class="meta">Optional</p><span class="flag">Seller-centric: mirrors no buyer step</span></article>');
    expect(html).toContain('<p class="meta">0 steps</p></section><section class="stage"><h3>2. <bdi>B2</bdi></h3>');
  });

  it('lists the steps of one relation in one entry, comma-separated', () => {
    const doc = buildDoc({ buyer: [{ name: 'B', steps: [{ title: 'P' }] }], seller: [{ name: 'S', steps: [{ title: 'A' }, { title: 'B' }] }], mirrors: [['A', 'P'], ['B', 'P']] });
    expect(playbookToHtml(doc)).toContain('<dt>Supported by</dt><dd><a href="#step-2"><bdi>A</bdi></a>, <a href="#step-3"><bdi>B</bdi></a></dd>');
  });

  it('says when a lane has no stages, and as of which day assumptions are judged, if any', () => {
    const doc = buildDoc({
      buyer: [{ name: 'B', steps: [{ title: 'x', description: ' \n ' }] }],
      seller: [],
      assumptions: [{ statement: 'A', source: 'S1', confidence: 'high', lastValidatedAt: '2025-01-10', revalidateEveryDays: 30 }],
    });
    doc.playbook.motion = '';
    doc.playbook.description = '  ';
    // Blank text gets no paragraph; a stage without an expected duration says only how many steps.
    expect(playbookToHtml(doc)).not.toContain('class="text"');
    expect(playbookToHtml(doc)).toContain('<h3>1. <bdi>B</bdi></h3><p class="meta">1 step</p><article');
    const tail = (html: string) => html.slice(html.indexOf('<section class="lane lane-seller">'), html.indexOf('<footer>'));
    expect(tail(playbookToHtml(doc, { now: new Date('2025-02-01T23:30:00Z') }))).toBe('<section class="lane lane-seller"><h2>Seller process</h2><p class="meta">No stages.</p></section>\n<section class="assumptions"><h2>Buyer-journey assumptions</h2><p class="meta">Staleness judged as of 2025-02-01.</p><table><thead><tr><th>Assumption</th><th>Source</th><th>Confidence</th><th>Last validated</th><th>Revalidate every</th><th>Status</th></tr></thead><tbody><tr class="fresh"><td><bdi>A</bdi></td><td><bdi>S1</bdi></td><td>high</td><td>2025-01-10</td><td>30 days</td><td>Current, due 2025-02-09</td></tr></tbody></table></section>\n');
    expect(tail(playbookToHtml(doc, { now: new Date('nonsense') }))).toBe('<section class="lane lane-seller"><h2>Seller process</h2><p class="meta">No stages.</p></section>\n<section class="assumptions"><h2>Buyer-journey assumptions</h2><p class="meta">Staleness judged as of an invalid date.</p><table><thead><tr><th>Assumption</th><th>Source</th><th>Confidence</th><th>Last validated</th><th>Revalidate every</th><th>Status</th></tr></thead><tbody><tr class="unchecked"><td><bdi>A</bdi></td><td><bdi>S1</bdi></td><td>high</td><td>2025-01-10</td><td>30 days</td><td>due 2025-02-09</td></tr></tbody></table></section>\n');
    expect(tail(playbookToHtml(doc))).toBe('<section class="lane lane-seller"><h2>Seller process</h2><p class="meta">No stages.</p></section>\n<section class="assumptions"><h2>Buyer-journey assumptions</h2><table><thead><tr><th>Assumption</th><th>Source</th><th>Confidence</th><th>Last validated</th><th>Revalidate every</th><th>Status</th></tr></thead><tbody><tr class="unchecked"><td><bdi>A</bdi></td><td><bdi>S1</bdi></td><td>high</td><td>2025-01-10</td><td>30 days</td><td>due 2025-02-09</td></tr></tbody></table></section>\n');
    const html = playbookToHtml(doc);
    expect(html.slice(html.indexOf('<header>'), html.indexOf('</header>'))).toBe('<header><h1><bdi>Fixture playbook</bdi></h1><p class="meta">Version 3 · published · Updated 2025-02-01</p>');
  });
});
