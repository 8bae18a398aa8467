import { beforeEach, describe, it, expect } from 'vitest';
import { assumptionStatus } from '../analysis/assumptionStatus';
import { findIntegrityProblems } from '../domain/integrity';
import { PlaybookDoc } from '../domain/playbook';
import type { Link, Stage } from '../domain/playbook';
import { BUILT_IN_TEMPLATES, findTemplate } from './index';
import { instantiateTemplate } from './instantiate';
import type { PlaybookTemplate } from './template';

const instantiate = (t: PlaybookTemplate) =>
  instantiateTemplate(t, { newId: () => crypto.randomUUID(), now: new Date().toISOString() });

/** Framework names that must never be a step's title: they are attached as techniques instead. */
const FRAMEWORKS = ['MEDDIC', 'MEDDPICC', 'SPIN', 'BANT', 'Challenger', 'Sandler', 'Command of the Message'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FRAMEWORK_IN_TITLE = new RegExp(`\\b(${FRAMEWORKS.map(escape).join('|')})\\b`, 'i');

const GARTNER_JOBS = [
  'Problem identification',
  'Solution exploration',
  'Requirements building',
  'Supplier selection',
  'Validation',
  'Consensus creation',
];

const content = BUILT_IN_TEMPLATES.filter((t) => t.id !== 'blank');

describe('built-in templates', () => {
  it('registers the three content templates plus blank, with unique ids', () => {
    const ids = BUILT_IN_TEMPLATES.map((t) => t.id);
    expect(ids).toEqual(['blank', 'b2b-saas-new-logo', 'enterprise-renewal', 'transactional-smb']);
    expect(findTemplate('b2b-saas-new-logo')?.name).toBe('B2B SaaS new logo');
    expect(findTemplate('enterprise-renewal')?.name).toBe('Enterprise renewal / expansion');
    expect(findTemplate('transactional-smb')?.name).toBe('Transactional / SMB');
  });

  it('blank yields one stage per lane and no steps', () => {
    const doc = instantiate(findTemplate('blank')!);
    expect(PlaybookDoc.safeParse(doc).success).toBe(true);
    expect(findIntegrityProblems(doc)).toEqual([]);
    expect(doc.stages.filter((s) => s.lane === 'buyer')).toHaveLength(1);
    expect(doc.stages.filter((s) => s.lane === 'seller')).toHaveLength(1);
    expect(doc.steps).toEqual([]);
    expect(doc.links).toEqual([]);
  });

  it("B2B SaaS new logo follows Gartner's six buying jobs, the last two always on", () => {
    const doc = instantiate(findTemplate('b2b-saas-new-logo')!);
    const buyer = doc.stages.filter((s) => s.lane === 'buyer').sort((a, b) => a.order - b.order);
    expect(buyer.map((s) => s.name)).toEqual(GARTNER_JOBS);
    expect(buyer.map((s) => s.alwaysOn)).toEqual([false, false, false, false, true, true]);
  });

  describe.each(content.map((t) => [t.id, t] as const))('%s', (_id, template) => {
    // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
    let doc: PlaybookDoc;
    let stageById: Map<string, Stage>;
    let mirrors: Link[];
    beforeEach(() => {
      doc = instantiate(template);
      stageById = new Map(doc.stages.map((s) => [s.id, s]));
      mirrors = doc.links.filter((l) => l.kind === 'mirror');
    });
    const stepsIn = (lane: 'buyer' | 'seller') => doc.steps.filter((s) => stageById.get(s.stageId)?.lane === lane);

    it('instantiates into a valid, sound playbook', () => {
      const parsed = PlaybookDoc.safeParse(doc);
      expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 2)).toBe(true);
      expect(findIntegrityProblems(doc)).toEqual([]);
    });

    it('has unique step ids and unique keys', () => {
      const ids = doc.steps.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      const keys = [...template.buyer, ...template.seller].flatMap((stage) => stage.steps.map((s) => s.key));
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('has 4–7 stages per lane and 2–4 steps per stage, each step described', () => {
      for (const lane of [template.buyer, template.seller]) {
        expect(lane.length).toBeGreaterThanOrEqual(4);
        expect(lane.length).toBeLessThanOrEqual(7);
        for (const stage of lane) {
          expect(stage.steps.length, stage.name).toBeGreaterThanOrEqual(2);
          expect(stage.steps.length, stage.name).toBeLessThanOrEqual(4);
          for (const step of stage.steps) expect(step.description.trim(), step.key).not.toBe('');
        }
      }
    });

    it('gives every buyer stage a buyer-verifiable exit criterion', () => {
      for (const stage of doc.stages.filter((s) => s.lane === 'buyer')) {
        expect(stage.exitCriteria.some((c) => c.actor === 'buyer'), stage.name).toBe(true);
      }
    });

    it('links every seller step to at least one buyer step', () => {
      const mirrored = new Set(mirrors.map((l) => l.sourceId));
      const unlinked = stepsIn('seller').filter((s) => !mirrored.has(s.id)).map((s) => s.title);
      expect(unlinked).toEqual([]);
    });

    it('supports every buyer step outside always-on stages', () => {
      const supported = new Set(mirrors.map((l) => l.targetId));
      const unsupported = stepsIn('buyer')
        .filter((s) => !stageById.get(s.stageId)!.alwaysOn && !supported.has(s.id))
        .map((s) => s.title);
      expect(unsupported).toEqual([]);
    });

    it('never uses a technique or framework name as a step title', () => {
      const techniqueNames = new Set(doc.steps.flatMap((s) => s.techniques.map((t) => t.name.toLowerCase())));
      for (const step of doc.steps) {
        expect(step.title, step.title).not.toMatch(FRAMEWORK_IN_TITLE);
        expect(techniqueNames.has(step.title.toLowerCase()), step.title).toBe(false);
      }
    });

    it('carries 2–4 assumptions to review, each with the date of the research behind it in its source', () => {
      expect(doc.assumptions.length).toBeGreaterThanOrEqual(2);
      expect(doc.assumptions.length).toBeLessThanOrEqual(4);
      for (const a of doc.assumptions) {
        expect(a.source).toMatch(/\(template research as of 202[56]-\d\d-\d\d\)$/);
        // Not validated by this user yet: never stale on day one, however old the research.
        expect(a.lastValidatedAt).toBeNull();
        expect(assumptionStatus(a, '2030-01-01').freshness).toBe('never-validated');
      }
    });
  });
});
