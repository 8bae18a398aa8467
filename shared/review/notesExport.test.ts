import { beforeEach, describe, expect, it } from 'vitest';
import { samplePlaybook } from '../../test/node/support/samplePlaybook';
import type { PlaybookDoc } from '../domain/playbook';
import { exportPlaybook } from '../export/index';
import { newPlanFromPlaybook } from '../plan/newPlan';
import { exportPlan } from '../plan/export/index';
import type { Note } from './notes';

const note = (fields: Partial<Note> & Pick<Note, 'id' | 'target'>): Note => ({
  kind: 'comment',
  text: 'A note.',
  author: 'Morgan',
  createdAt: '2026-11-21T09:00:00.000Z',
  resolved: false,
  parentId: null,
  ...fields,
});

describe('review notes in the review documents', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let doc: PlaybookDoc;
  beforeEach(() => {
    doc = samplePlaybook();
  });
  const notes = [
    note({ id: 'n-1', target: { kind: 'step', id: 's-1' }, kind: 'approve', text: 'Fine as it is.', resolved: true }),
    note({ id: 'n-2', target: { kind: 'step', id: 'b-1' }, kind: 'flag', text: '<script>alert(1)</script> needs a buyer owner', author: '<b>Eve</b>' }),
    note({ id: 'n-3', target: { kind: 'step', id: 'b-1' }, text: 'Added one.', author: 'Dana', parentId: 'n-2' }),
  ];

  it('HTML: a section with open notes first, replies under their note, every text escaped', () => {
    const html = exportPlaybook(doc, 'html', { notes });
    const section = html.slice(html.indexOf('<section class="review-notes"'), html.indexOf('</body>'));
    expect(section).toContain('<h2 id="review-notes">Review notes</h2><p>2 notes, 1 open</p>');
    expect(section.indexOf('needs a buyer owner')).toBeLessThan(section.indexOf('Fine as it is.'));
    expect(section).toContain('<strong>Flag</strong> on <bdi>Step “Agree the problem is worth solving”</bdi>');
    expect(section).toContain('<strong>Approval</strong> (resolved) on <bdi>Step “Run discovery call”</bdi>');
    expect(section).toMatch(/needs a buyer owner.*<ul><li><p><bdi>Dana<\/bdi> · 2026-11-21<\/p><p class="note-text"><bdi>Added one\.<\/bdi><\/p><\/li><\/ul>/);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>Eve</b>');
    // Inside the document, before its footer, so a printed review ends with the footer.
    expect(html.indexOf('<section class="review-notes"')).toBeLessThan(html.indexOf('<footer'));
  });

  it('Markdown: the same section, and documents without notes unchanged', () => {
    const markdown = exportPlaybook(doc, 'md', { notes });
    expect(markdown).toContain('## Review notes\n\n2 notes, 1 open\n\n- **Flag** on Step “Agree the problem is worth solving” — ');
    expect(markdown).toMatch(/- \*\*Approval\*\* \(resolved\) on Step “Run discovery call” — Morgan, 2026-11-21\n {2}Fine as it is\./);
    expect(markdown).not.toMatch(/<script>/);
    for (const format of ['html', 'md'] as const) expect(exportPlaybook(doc, format, { notes: [] })).toBe(exportPlaybook(doc, format));
  });

  it('a plan’s review document lists its notes on people and the deal', () => {
    let n = 0;
    const plan = newPlanFromPlaybook(doc, { account: 'Acme' }, { newId: () => `p-${++n}`, now: '2026-11-20T10:00:00.000Z' });
    plan.stakeholders.push({ id: 'ana', name: 'Ana Ruiz', title: 'CFO', roles: ['economicBuyer'], stance: 'mobilizer', engagement: 'high' });
    const planNotes = [note({ id: 'n-1', target: { kind: 'stakeholder', id: 'ana' }, kind: 'question', text: 'Met her yet?' }), note({ id: 'n-2', target: { kind: 'plan', id: plan.plan.id }, text: 'On track.' })];
    const html = exportPlan(plan, doc, 'html', { notes: planNotes });
    expect(html).toContain('<strong>Question</strong> on <bdi>Ana Ruiz</bdi>');
    expect(html).toContain('<strong>Comment</strong> on <bdi>The deal</bdi>');
    expect(exportPlan(plan, doc, 'md', { notes: planNotes })).toContain('- **Question** on Ana Ruiz — Morgan, 2026-11-21\n  Met her yet?');
  });
});
