import { describe, it, expect } from 'vitest';
import { stripInvalidXmlChars } from './escape';
import { BIDI_CONTROLS, deceptiveDoc, hostileDoc, UNSUPPORTED_TITLE, withoutCodeSpans } from './fixtures.test-helper';
import { playbookToMarkdown } from './markdown';

const ESCAPED_TITLE = '\\<img src=x onerror=alert(1)\\>';
const ESCAPED_TEXT = '"\\]\\]\\>--\\&';

describe('playbookToMarkdown', () => {
  const doc = hostileDoc();
  const md = playbookToMarkdown(doc, { now: '2025-02-01' });
  const lines = md.split('\n');

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
    expect(md).toContain(`\n\n  line one ${ESCAPED_TEXT}\n  \\- list?\n\n  1\\. ordered?\n  %%\\{init: \\{\\}\\}%%\n`);
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
  const md = playbookToMarkdown(deceptiveDoc());
  // What a renderer parses: code spans are literal and link destinations are not text.
  const parsed = withoutCodeSpans(md).replace(/\]\([^)\s]*\)/g, ']');

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
