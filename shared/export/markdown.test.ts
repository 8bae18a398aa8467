import { beforeEach, describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../domain/playbook';
import { stripInvalidXmlChars } from './escape';
import { BIDI_CONTROLS, buildDoc, deceptiveDoc, hostileDoc, UNSUPPORTED_TITLE, withoutCodeSpans } from './fixtures.test-helper';
import { playbookToMarkdown } from './markdown';

const ESCAPED_TITLE = '\\<img src=x onerror=alert(1)\\>';
const ESCAPED_TEXT = '"\\]\\]\\>--\\&';

describe('playbookToMarkdown', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let doc: PlaybookDoc;
  let md: string;
  let lines: string[];
  beforeEach(() => {
    doc = hostileDoc();
    md = playbookToMarkdown(doc, { now: '2025-02-01' });
    lines = md.split('\n');
  });

  it('outlines # name, ## lanes, ### stages in order', () => {
    expect(lines[0]).toBe(`# Hostile ${ESCAPED_TITLE} ${ESCAPED_TEXT}`);
    expect(lines.filter((l) => /^#{2,3} /.test(l))).toEqual([
      '## Buyer journey',
      `### 1. Problem ${ESCAPED_TITLE}`,
      '### 2. Validation',
      '### 3. Empty stage',
      '## Seller process',
      `### 1. Discover ${ESCAPED_TEXT}`,
      '### 2. Prove',
      '## Assumptions',
      '## Coverage',
    ]);
    expect(lines.filter((l) => /^# /.test(l))).toHaveLength(1);
  });

  it('lists stage exit criteria with their actor, and steps as items with details', () => {
    expect(md).toContain(`Exit criteria:\n\n* [buyer] Buyer signs off ${ESCAPED_TEXT}\n* [seller] Seller sends recap\n\n- **`);
    expect(md).toContain(`- **${ESCAPED_TITLE}** (required, 5 days)\n`);
    expect(md).toContain('  - roles: Economic buyer, @champion\n');
    expect(md).toContain('  - technique: SPIN: Implication question\n');
    expect(md).toContain('  - technique: \\<b\\>bold\\</b\\>\n');
    expect(md).toContain('  - exit criterion: [buyer] Customer confirms pains\n');
    expect(md).toContain(`- **${UNSUPPORTED_TITLE}**\n`);
  });

  it('keeps a multi-line description inside its item, each line unable to open a block', () => {
    expect(md).toContain(`\n\n  line one ${ESCAPED_TEXT}\n  \\- list?\n\n  1\\. ordered?\n  \\%\\%\\{init: \\{\\}\\}\\%\\%\n`);
    expect(md).toContain('\n  \\+1 formula?\n  second line\n');
    expect(md).toContain('\n\\# not a heading\n');
  });

  it('names mirror links by relation and the other step, both ways', () => {
    expect(md).toContain(`  - supports: ${ESCAPED_TITLE}\n`);
    expect(md).toContain(`  - verifies: ${ESCAPED_TITLE}\n`);
    expect(md).toContain('  - supported by: Run discovery --\\>\n');
    expect(md).toContain('  - verified by: Co-build business case\n');
  });

  it('makes only http(s) content links clickable', () => {
    expect(md).toContain('content: [Good link](https://example.com/deck?a=1&b="2") (`example.com`)');
    expect(md).toContain('content: Evil link (`javascript:alert(1)`)');
    expect(md).toContain('content: Data link (`data:text/html,<script>alert(1)</script>`)');
    expect(md).toContain('content: Tab trick (`java script:alert(1)`)');
    expect(md).not.toMatch(/\]\(\s*(javascript|data|java)/i);
  });

  it('never lets playbook text produce raw HTML or an illegal character', () => {
    expect(withoutCodeSpans(md)).not.toMatch(/(?<!\\)</);
    expect(stripInvalidXmlChars(md)).toBe(md);
    expect(md).not.toMatch(/\n{3}/);
  });

  it('lists assumptions with staleness as of the given day, and a coverage line', () => {
    expect(md).toContain(
      '- Committees have 6-10 people (source: \\=cmd; confidence: medium; last validated: 2024-01-01; revalidate every 90 days; **stale**)',
    );
    expect(md).toMatch(/- Never checked .*; to review\)/);
    expect(md).toMatch(/- Buyers research alone .*revalidate every 30 days\)/);
    expect(md).toContain('67% of buyer steps supported (2 of 3)');
    expect(playbookToMarkdown(doc)).not.toContain('**stale**');
  });
});

describe('playbookToMarkdown with deceptive text', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let md: string;
  // What a renderer parses: code spans are literal and link destinations are not text.
  let parsed: string;
  beforeEach(() => {
    md = playbookToMarkdown(deceptiveDoc());
    parsed = withoutCodeSpans(md).replace(/\]\([^)\s]*\)/g, ']');
  });

  it('leaves no unescaped brace for attribute syntax outside code spans', () => {
    expect(md).toContain('# Plan \\{onmouseover=alert(1)\\}');
    expect(md).toContain('\\{: onclick="alert(1)"\\}');
    expect(parsed).not.toMatch(/(^|[^\\])(\\\\)*[{}]/);
  });

  it('shows the real host beside a link whose label names another', () => {
    expect(md).toContain('content: [https\\://bank.example](https://evil.example/login) (`evil.example`)');
    expect(md).toContain('content: [Plain](https://xn--bnk-qla.example/a) (`xn--bnk-qla.example`)');
    for (const link of md.matchAll(/\]\((https?:[^)\s]+)\)( \(`[^`]+`\))?/g)) {
      expect(link[2], link[1]).toBe(` (\`${new URL(link[1]!).host}\`)`);
    }
  });

  it('writes refused URLs, and URLs in prose, so no renderer links them', () => {
    expect(md).toContain('content: `https://bank.example@evil.example/`');
    expect(md).toContain('content: Portal (`www.evil.example/{x}`)');
    expect(parsed).not.toMatch(/(?<!\\):\/\/|www\./i);
  });

  it('drops bidi controls', () => {
    expect(md).not.toMatch(new RegExp(`[${BIDI_CONTROLS}]`));
    expect(md).toContain('### 1. \\{.x\\} Evaluate gnp.exe');
  });
});

describe('playbookToMarkdown, word for word', () => {
  it('writes the whole outline of a small playbook exactly', () => {
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
              contentLinks: [
                { label: ' ', url: 'https://a.example/x' },
                { label: 'Evil', url: 'javascript:x' },
                { label: 'ftp://b', url: 'ftp://b' },
                { label: 'Paren', url: 'https://a.example/(x)' },
              ],
            },
            { title: '  ', expectedDays: 2 },
            { title: 'Alone' },
          ],
        },
        { name: 'Empty', steps: [] },
      ],
      seller: [{ name: 'S', expectedDays: 3, steps: [{ title: 'Disc' }, { title: 'Demo', required: true }] }],
      sequences: [
        ['Pain', '  '],
        ['Disc', 'Demo'],
      ],
      mirrors: [['Disc', 'Pain', 'verifies'], ['Demo', 'Pain']],
      assumptions: [
        { statement: 'A', source: 'S1', confidence: 'high', lastValidatedAt: '2025-01-10', revalidateEveryDays: 1 },
        { statement: 'B', source: ' ', confidence: 'low', lastValidatedAt: null, revalidateEveryDays: 30 },
        { statement: 'C', source: 'x', confidence: 'medium', lastValidatedAt: '2025-01-30', revalidateEveryDays: 30 },
      ],
    });
    expect(playbookToMarkdown(doc, { now: '2025-02-01' })).toBe(
      [
        '# Deal \\<plan\\>',
        '',
        'New logo · version 3 · published',
        '',
        'Intro',
        'line two',
        '',
        '## Buyer journey',
        '',
        '### 1. Frame',
        '',
        '_expected 1 day · always on · revisitable_',
        '',
        'Exit criteria:',
        '',
        '* [buyer] Signed',
        '* [seller] Recap',
        '',
        '- **Pain** (required, 1 day)',
        '',
        '  Why now',
        '',
        '  - roles: CFO, IT',
        '  - technique: SPIN: Q',
        '  - technique: Plain',
        '  - exit criterion: [seller] ok',
        '  - content: [https\\://a.example/x](https://a.example/x) (`a.example`)',
        '  - content: Evil (`javascript:x`)',
        '  - content: `ftp://b`',
        '  - content: Paren (`https://a.example/(x)`)',
        '  - verified by: Disc',
        '  - supported by: Demo',
        '  - next: Untitled step',
        '- **Untitled step** (2 days)',
        '- **Alone**',
        '',
        '### 2. Empty',
        '',
        '## Seller process',
        '',
        '### 1. S',
        '',
        '_expected 3 days_',
        '',
        '- **Disc**',
        '  - verifies: Pain',
        '  - next: Demo',
        '- **Demo** (required)',
        '  - supports: Pain',
        '',
        '## Assumptions',
        '',
        '- A (source: S1; confidence: high; last validated: 2025-01-10; revalidate every 1 day; **stale**)',
        '- B (confidence: low; last validated: never; revalidate every 30 days; to review)',
        '- C (source: x; confidence: medium; last validated: 2025-01-30; revalidate every 30 days)',
        '',
        '## Coverage',
        '',
        '33% of buyer steps supported (1 of 3); unsupported buyer steps: 2; seller-centric steps: 0.',
        '',
      ].join('\n'),
    );
  });
});

describe('playbookToMarkdown, the line under the title', () => {
  it('leaves out a motion the playbook does not have, with its separator, and sections it has nothing for', () => {
    const doc = buildDoc({ buyer: [], seller: [] });
    doc.playbook.motion = '';
    expect(playbookToMarkdown(doc).split('\n')).toEqual([
      '# Fixture playbook',
      '',
      'version 3 · published',
      '',
      '## Buyer journey',
      '',
      '## Seller process',
      '',
      '## Coverage',
      '',
      '0% of buyer steps supported (0 of 0); unsupported buyer steps: 0; seller-centric steps: 0.',
      '',
    ]);
  });
});

describe('playbookToMarkdown, blank text and padded links', () => {
  it('writes no blank lines for a blank description, and a padded URL its label repeats as code only', () => {
    const doc = buildDoc({
      buyer: [{ name: 'B', steps: [{ title: 'x', description: ' \n ', roles: ['r'], contentLinks: [{ label: 'ftp://b', url: ' ftp://b ' }] }] }],
      seller: [],
    });
    expect(playbookToMarkdown(doc)).toContain('\n- **x**\n  - roles: r\n  - content: `ftp://b`\n');
  });
});

