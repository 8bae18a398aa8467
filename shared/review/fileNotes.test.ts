import { describe, expect, it } from 'vitest';
import { samplePlaybook } from '../../test/node/support/samplePlaybook';
import { loadTandemFile } from '../file/load';
import { serializePlanFile, serializeTandemFile } from '../file/serialize';
import { newPlanFromPlaybook } from '../plan/newPlan';
import type { Note } from './notes';

const options = { now: '2026-11-20T10:00:00.000Z', appVersion: '0.1.0' };
const note = (fields: Partial<Note> & Pick<Note, 'id' | 'target'>): Note => ({
  kind: 'comment',
  text: 'Is the buyer really doing this?',
  author: 'Morgan',
  createdAt: '2026-11-21T09:00:00.000Z',
  resolved: false,
  parentId: null,
  ...fields,
});
const load = (text: string) => loadTandemFile(text, { byteLength: text.length });

describe('notes in a .tandem file', () => {
  const notes = [
    note({ id: 'n-1', target: { kind: 'step', id: 'b-1' }, kind: 'question' }),
    note({ id: 'n-2', target: { kind: 'step', id: 'b-1' }, parentId: 'n-1', text: 'Yes: they sign it.', author: 'Dana' }),
    note({ id: 'n-3', target: { kind: 'file', id: 'pb-1' }, kind: 'approve', resolved: true }),
    note({ id: 'n-4', target: { kind: 'link', id: 'l-3' }, kind: 'flag' }),
    note({ id: 'n-5', target: { kind: 'stage', id: 'ss-2' } }),
  ];

  it('travel in the envelope with who exported the file, and come back as they went', () => {
    const text = serializeTandemFile(samplePlaybook(), { ...options, installationId: 'inst-1', author: 'Morgan', notes });
    const json = JSON.parse(text);
    expect(Object.keys(json)).toEqual(['format', 'formatVersion', 'kind', 'exportedAt', 'app', 'installationId', 'author', 'playbook', 'notes']);
    const loaded = load(text);
    expect(loaded).toMatchObject({ ok: true, file: { installationId: 'inst-1', author: 'Morgan', notes } });
  });

  it('a file without notes is written exactly as before', () => {
    const plain = serializeTandemFile(samplePlaybook(), options);
    expect(serializeTandemFile(samplePlaybook(), { ...options, notes: [] })).toBe(plain);
    expect(Object.keys(JSON.parse(plain))).not.toContain('notes');
  });

  it('on a plan they may name plan steps, stakeholders and the plan', () => {
    const playbook = samplePlaybook();
    let n = 0;
    const plan = newPlanFromPlaybook(playbook, { account: 'Acme' }, { newId: () => `p-${++n}`, now: options.now });
    plan.stakeholders.push({ id: 'person-1', name: 'Ana', title: 'CFO', roles: ['economicBuyer'], stance: 'mobilizer', engagement: 'high' });
    const planNotes = [
      note({ id: 'n-1', target: { kind: 'step', id: plan.steps[0]!.id } }),
      note({ id: 'n-2', target: { kind: 'stakeholder', id: 'person-1' } }),
      note({ id: 'n-3', target: { kind: 'plan', id: plan.plan.id } }),
      note({ id: 'n-4', target: { kind: 'file', id: plan.plan.id } }),
    ];
    expect(load(serializePlanFile(plan, playbook, { ...options, notes: planNotes }))).toMatchObject({ ok: true, file: { notes: planNotes } });
    const onPlaybookFile = serializeTandemFile(playbook, { ...options, notes: [note({ id: 'n-1', target: { kind: 'plan', id: plan.plan.id } })] });
    expect(load(onPlaybookFile)).toMatchObject({ ok: false, error: { code: 'inconsistent' } });
  });

  it.each([
    ['a target that is not there', [note({ id: 'n-1', target: { kind: 'step', id: 'gone' } })], 'notes[0].target.id: no step "gone" in this file'],
    ['a duplicate id', [note({ id: 'n-1', target: { kind: 'step', id: 'b-1' } }), note({ id: 'n-1', target: { kind: 'step', id: 'b-2' } })], 'notes[1].id: the id "n-1" is used by another note'],
    ['a reply to nothing', [note({ id: 'n-1', target: { kind: 'step', id: 'b-1' }, parentId: 'n-9' })], 'notes[0].parentId: no note "n-9" to reply to'],
    [
      'a reply to a reply',
      [note({ id: 'n-1', target: { kind: 'step', id: 'b-1' } }), note({ id: 'n-2', target: { kind: 'step', id: 'b-1' }, parentId: 'n-1' }), note({ id: 'n-3', target: { kind: 'step', id: 'b-1' }, parentId: 'n-2' })],
      'notes[2].parentId: "n-2" is itself a reply; reply to the note it answers',
    ],
    ['a reply about something else', [note({ id: 'n-1', target: { kind: 'step', id: 'b-1' } }), note({ id: 'n-2', target: { kind: 'step', id: 'b-2' }, parentId: 'n-1' })], 'notes[1].target: a reply is about what its note is about'],
  ])('refuses %s in one line', (_name, bad, message) => {
    const result = load(serializeTandemFile(samplePlaybook(), { ...options, notes: bad }));
    expect(result).toEqual({ ok: false, error: { code: 'inconsistent', message: expect.stringMatching(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)) } });
    expect(result.ok || result.error.message.includes('\n')).toBe(false);
  });

  it('refuses a malformed note by its path', () => {
    const text = serializeTandemFile(samplePlaybook(), { ...options, notes: [note({ id: 'n-1', target: { kind: 'step', id: 'b-1' }, text: '   ' })] });
    expect(load(text)).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/^notes\[0\]\.text: must not be empty/) } });
  });
});
