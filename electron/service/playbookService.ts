import { dirname } from 'node:path';
import type { ApiHandlers, LaunchFile, TemplateSummary } from '../../shared/api/contract';
import { TandemError } from '../../shared/api/errors';
import { clampToStage, GEOMETRY } from '../../shared/canvas/geometry';
import { indexLinks, judgeConnection } from '../../shared/domain/connection';
import { randomId, type NewId } from '../../shared/domain/ids';
import { findIntegrityProblems } from '../../shared/domain/integrity';
import { LIMITS } from '../../shared/domain/limits';
import type { Lane, PlaybookDoc } from '../../shared/domain/playbook';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { BUILT_IN_TEMPLATES, findTemplate } from '../../shared/templates/index';
import { writeAssumptions } from '../db/assumptionsTable';
import type { Db } from '../db/database';
import { deleteLinkRow, upsertLink } from '../db/linksTable';
import { insertPlaybookDoc, readPlaybookDoc, replacePlaybookContent } from '../db/playbookDocument';
import {
  deletePlaybookRow,
  findDraftChild,
  listPlaybookSummaries,
  readPlaybookRow,
  renamePlaybookRow,
  saveViewportRow,
  setPlaybookStatus,
  touchPlaybook,
} from '../db/playbooksTable';
import { planIdsOfPlaybook } from '../db/planDocument';
import { createPlanHandlers } from './planService';
import { createReviewHandlers, refuseUnderReview } from './reviewService';
import { createPortfolioHandlers } from './portfolioService';
import { createBackupHandlers } from './backupService';
import { createPreferencesHandlers } from './preferencesService';
import { createFileHandlers, type FileSavingOptions } from './fileService';
import { deleteStageRow, findStage, laneStageIds, upsertStage, writeStageOrder } from '../db/stagesTable';
import { countSteps, deleteStepRow, findStep, moveStepRow, stepsOfStage, updateStepRow, upsertStep } from '../db/stepsTable';
import { criteriaText, touchForStepEdit } from '../db/stepEdit';
import { writeCriteria } from '../db/criteriaTable';
import { remapIds } from '../../shared/file/remapIds';
import { versionIdMap } from '../../shared/domain/versionIds';
import { importTandemText } from './importService';
import type { ImportRunner } from '../work/importRunner';
import type { PortfolioRunner } from '../work/portfolioRunner';
import { isSafeExternalUrl } from '../../shared/file/externalUrl';

export interface ServiceOptions {
  newId?: NewId;
  now?: () => string;
  /** Files the app was asked to open (command line, file association), imported, waiting for the page to show them. */
  launchFiles?: LaunchFile[];
  /** Hands a checked http(s) URL to the user's browser (Electron's shell.openExternal in the app). */
  openExternal?: (url: string) => void | Promise<void>;
  /** Runs imports off this thread (a worker with its own connection); without it they run here. */
  imports?: ImportRunner;
  /** Runs portfolio reviews off this thread, likewise. */
  reviews?: PortfolioRunner;
  /** The system's folder picker, for reviewing a folder of plan files. */
  chooseFolder?: () => Promise<string | null>;
  /** Where the SQLite driver lives under Electron, for the connections backups open. */
  nativeBinding?: string;
  /** Asks where to save an export (the native Save dialog); without it the window downloads files itself. */
  chooseSavePath?: FileSavingOptions['chooseSavePath'];
  /** Told when the recent list changes, so the application menu can show it. */
  onRecentChanged?: () => void;
}

/**
 * Implements the API contract over one SQLite database. Every operation that writes runs in one
 * transaction, so a failure part-way leaves the database as it was.
 */
export function createPlaybookService(db: Db, options: ServiceOptions = {}): ApiHandlers {
  const newId = options.newId ?? randomId;
  const now = options.now ?? (() => new Date().toISOString());
  const tx = <T>(work: () => T): T => db.transaction(work)();
  const launchFiles = options.launchFiles ?? [];

  const requireDoc = (id: string): PlaybookDoc => {
    const doc = readPlaybookDoc(db, id);
    if (!doc) throw new TandemError('not-found', `No playbook with id "${id}".`);
    return doc;
  };
  const requirePlaybook = (id: string) => {
    const row = readPlaybookRow(db, id);
    if (!row) throw new TandemError('not-found', `No playbook with id "${id}".`);
    return row.meta;
  };
  /** Published and retired versions are frozen: plans are pinned to exactly what they hold. */
  const requireDraft = (id: string) => {
    const meta = requirePlaybook(id);
    if (meta.status !== 'draft') {
      throw new TandemError('conflict', `Version ${meta.version} of "${meta.name}" is ${meta.status} and read-only; start a new version to change it.`);
    }
    refuseUnderReview(db, { kind: 'playbook', id });
    return meta;
  };
  const requireStage = (playbookId: string, stageId: string) => {
    const stage = findStage(db, stageId);
    if (!stage || stage.playbookId !== playbookId) throw new TandemError('not-found', `No stage "${stageId}" in this playbook.`);
    return stage;
  };
  const summaryOf = (id: string) => {
    const summary = listPlaybookSummaries(db).find((s) => s.id === id);
    // Stryker disable next-line StringLiteral: every caller has just read or written this playbook in the same transaction.
    if (!summary) throw new TandemError('not-found', `No playbook with id "${id}".`);
    return summary;
  };
  const checkSound = (doc: PlaybookDoc) => {
    const problem = findIntegrityProblems(doc)[0];
    if (problem) throw new TandemError('invalid-argument', problem);
  };

  /** The next draft of a published (or retired) version: version + 1, parent = that one; an existing draft is reopened. */
  function startVersion(id: string) {
    return tx(() => {
      const meta = requirePlaybook(id);
      if (meta.status === 'draft') throw new TandemError('invalid-argument', `Version ${meta.version} of "${meta.name}" is still a draft: edit it directly.`);
      const existing = findDraftChild(db, id);
      if (existing) return summaryOf(existing);
      const stamp = now();
      // Derived ids let a compare match each element of the new version to its parent's.
      const parent = requireDoc(id);
      const next = remapIds(parent, newId, versionIdMap(parent, newId()));
      next.playbook = { ...next.playbook, version: meta.version + 1, status: 'draft', parentId: id, createdAt: stamp, updatedAt: stamp };
      insertPlaybookDoc(db, next);
      return summaryOf(next.playbook.id);
    });
  }

  return {
    listPlaybooks: () => listPlaybookSummaries(db),

    listTemplates: () =>
      BUILT_IN_TEMPLATES.map(
        (t): TemplateSummary => ({
          id: t.id,
          name: t.name,
          motion: t.motion,
          description: t.description,
          buyerSteps: t.buyer.reduce((n, s) => n + s.steps.length, 0),
          sellerSteps: t.seller.reduce((n, s) => n + s.steps.length, 0),
        }),
      ),

    createPlaybook: ({ templateId, name }) => {
      const template = findTemplate(templateId);
      if (!template) throw new TandemError('not-found', `No template "${templateId}".`);
      const doc = instantiateTemplate(template, { newId, now: now(), ...(name ? { name } : {}) });
      tx(() => insertPlaybookDoc(db, doc));
      return requireDoc(doc.playbook.id);
    },

    getPlaybook: ({ id }) => requireDoc(id),

    renamePlaybook: ({ id, name }) => {
      requirePlaybook(id);
      renamePlaybookRow(db, id, name, now());
      return summaryOf(id);
    },

    duplicatePlaybook: ({ id, name }) => {
      const source = requireDoc(id);
      const stamp = now();
      const copy = remapIds(source, newId);
      copy.playbook = {
        ...copy.playbook,
        name: (name ?? `${source.playbook.name} (copy)`).slice(0, LIMITS.nameLength),
        createdAt: stamp,
        updatedAt: stamp,
      };
      tx(() => insertPlaybookDoc(db, copy));
      return summaryOf(copy.playbook.id);
    },

    deletePlaybook: ({ id }) =>
      tx(() => {
        const meta = requirePlaybook(id);
        const plans = planIdsOfPlaybook(db, id).length;
        if (plans > 0) {
          const noun = plans === 1 ? 'deal plan is' : 'deal plans are';
          throw new TandemError('conflict', `Version ${meta.version} of "${meta.name}" cannot be deleted: ${plans} ${noun} pinned to it. Retire it instead.`);
        }
        deletePlaybookRow(db, id);
        return null;
      }),

    publishPlaybook: ({ id }) =>
      tx(() => {
        const meta = requireDraft(id);
        const doc = requireDoc(id);
        checkSound(doc);
        if (doc.steps.length === 0) throw new TandemError('invalid-argument', `"${meta.name}" has no steps yet; add some before publishing it.`);
        setPlaybookStatus(db, id, 'published', now());
        return summaryOf(id);
      }),

    startPlaybookVersion: ({ id }) => startVersion(id),

    retirePlaybook: ({ id }) =>
      tx(() => {
        const meta = requirePlaybook(id);
        if (meta.status !== 'published') throw new TandemError('invalid-argument', `Only a published version can be retired; version ${meta.version} is ${meta.status}.`);
        setPlaybookStatus(db, id, 'retired', now());
        return summaryOf(id);
      }),

    saveViewport: ({ playbookId, viewport }) => {
      if (saveViewportRow(db, playbookId, viewport) === 0) throw new TandemError('not-found', `No playbook with id "${playbookId}".`);
      return null;
    },

    putStage: ({ playbookId, stage }) =>
      tx(() => {
        requireDraft(playbookId);
        const existing = findStage(db, stage.id);
        if (existing && (existing.playbookId !== playbookId || existing.lane !== stage.lane)) {
          throw new TandemError('conflict', `Stage "${stage.id}" belongs to another playbook or lane.`);
        }
        const order = laneStageIds(db, playbookId, stage.lane).filter((id) => id !== stage.id);
        if (!existing && order.length >= LIMITS.stagesPerLane) {
          throw new TandemError('invalid-argument', `A lane holds at most ${LIMITS.stagesPerLane} stages.`);
        }
        upsertStage(db, playbookId, stage);
        order.splice(Math.min(stage.order, order.length), 0, stage.id);
        writeStageOrder(db, order);
        touchPlaybook(db, playbookId, now());
        return null;
      }),

    reorderStages: ({ playbookId, lane, stageIds }) =>
      tx(() => {
        requireDraft(playbookId);
        const current = laneStageIds(db, playbookId, lane);
        const same = current.length === stageIds.length && new Set(stageIds).size === stageIds.length && stageIds.every((id) => current.includes(id));
        if (!same) throw new TandemError('invalid-argument', `stageIds must list each ${lane} stage of this playbook exactly once.`);
        writeStageOrder(db, stageIds);
        touchPlaybook(db, playbookId, now());
        return null;
      }),

    deleteStage: ({ playbookId, stageId, moveStepsTo }) =>
      tx(() => {
        requireDraft(playbookId);
        const stage = requireStage(playbookId, stageId);
        const remaining = laneStageIds(db, playbookId, stage.lane).filter((id) => id !== stageId);
        if (remaining.length === 0) throw new TandemError('invalid-argument', 'A lane needs at least one stage.');
        if (moveStepsTo !== null) {
          if (moveStepsTo === stageId) throw new TandemError('invalid-argument', 'Steps cannot move to the stage being removed.');
          const target = requireStage(playbookId, moveStepsTo);
          if (target.lane !== stage.lane) throw new TandemError('invalid-argument', 'Steps can only move to a stage of the same lane.');
          // Moved steps go below the target's own steps so none lands on top of another.
          let y = stepsOfStage(db, moveStepsTo).reduce((bottom, s) => Math.max(bottom, s.y + GEOMETRY.stepHeight + GEOMETRY.stepGapY), 0);
          for (const step of stepsOfStage(db, stageId)) {
            const spot = clampToStage(target, step.x, Math.max(y, step.y));
            moveStepRow(db, step.id, moveStepsTo, spot.x, spot.y);
            y = spot.y + GEOMETRY.stepHeight + GEOMETRY.stepGapY;
          }
        }
        deleteStageRow(db, stageId);
        writeStageOrder(db, remaining);
        touchPlaybook(db, playbookId, now());
        return null;
      }),

    putStep: ({ playbookId, step }) =>
      tx(() => {
        const stamp = now();
        if (saveKnownStep(playbookId, step, stamp)) return null;
        // A new step, or one the save refuses: the checks one by one, for the exact refusal.
        requireStage(playbookId, step.stageId);
        requireDraft(playbookId);
        writeStep(playbookId, step);
        touchPlaybook(db, playbookId, stamp);
        return null;
      }),

    putSteps: ({ playbookId, steps }) =>
      tx(() => {
        requireDraft(playbookId);
        const stamp = now();
        for (const step of steps) {
          if (saveKnownStep(playbookId, step, stamp)) continue;
          requireStage(playbookId, step.stageId);
          writeStep(playbookId, step);
        }
        touchPlaybook(db, playbookId, stamp);
        return null;
      }),

    deleteSteps: ({ playbookId, stepIds }) =>
      tx(() => {
        requireDraft(playbookId);
        for (const id of stepIds) {
          if (deleteStepRow(db, playbookId, id) === 0) throw new TandemError('not-found', `No step "${id}" in this playbook.`);
        }
        touchPlaybook(db, playbookId, now());
        return null;
      }),

    putAssumptions: ({ playbookId, assumptions }) =>
      tx(() => {
        requireDraft(playbookId);
        if (new Set(assumptions.map((a) => a.id)).size !== assumptions.length) {
          throw new TandemError('invalid-argument', 'Each assumption needs its own id.');
        }
        writeAssumptions(db, playbookId, assumptions);
        touchPlaybook(db, playbookId, now());
        return null;
      }),

    putLink: ({ playbookId, link }) =>
      tx(() => {
        requireDraft(playbookId);
        const doc = requireDoc(playbookId);
        const laneOf = laneLookup(doc);
        const others = indexLinks(doc.links.filter((l) => l.id !== link.id));
        if (!doc.links.some((l) => l.id === link.id) && doc.links.length >= LIMITS.linksPerPlaybook) {
          throw new TandemError('invalid-argument', `A playbook holds at most ${LIMITS.linksPerPlaybook} links.`);
        }
        const verdict = judgeConnection(link, laneOf, others);
        if (!verdict.ok) throw new TandemError('invalid-argument', verdict.reason);
        if (verdict.kind !== link.kind || verdict.sourceId !== link.sourceId) {
          throw new TandemError('invalid-argument', `This link must be a ${verdict.kind} link from ${verdict.sourceId} to ${verdict.targetId}.`);
        }
        if (!upsertLink(db, playbookId, { ...link, relation: link.kind === 'mirror' ? (link.relation ?? 'supports') : null })) {
          throw new TandemError('conflict', `Link "${link.id}" belongs to another playbook.`);
        }
        touchPlaybook(db, playbookId, now());
        return null;
      }),

    deleteLinks: ({ playbookId, linkIds }) =>
      tx(() => {
        requireDraft(playbookId);
        for (const id of linkIds) {
          if (deleteLinkRow(db, playbookId, id) === 0) throw new TandemError('not-found', `No link "${id}" in this playbook.`);
        }
        touchPlaybook(db, playbookId, now());
        return null;
      }),

    importPlaybookFile: ({ text }) => (options.imports ? options.imports.importText(text) : importTandemText(db, text, { newId, now })),
    importProgress: () => options.imports?.progress() ?? null,
    cancelImport: () => options.imports?.cancel() ?? false,

    takeLaunchFile: () => {
      return launchFiles.shift() ?? null;
    },

    openExternalLink: async ({ url }) => {
      if (!isSafeExternalUrl(url)) throw new TandemError('invalid-argument', 'Only http and https links can be opened.');
      if (!options.openExternal) throw new TandemError('failed', 'Links cannot be opened here.');
      // The normalised form, so the browser gets exactly the address the check looked at.
      await options.openExternal(new URL(url).href);
      return null;
    },

    replacePlaybook: ({ doc }) =>
      tx(() => {
        const meta = requireDraft(doc.playbook.id);
        checkSound(doc);
        // Status, version and lineage are the service's to change (publish, new version), never an undo's.
        const playbook = { ...doc.playbook, status: meta.status, version: meta.version, parentId: meta.parentId, updatedAt: now() };
        replacePlaybookContent(db, { ...doc, playbook });
        return null;
      }),

    ...createPlanHandlers(db, { newId, now }),
    ...createPortfolioHandlers(db, { newId, now, startVersion, reviews: options.reviews, chooseFolder: options.chooseFolder }),
    ...createReviewHandlers(db, { newId, now }),
    ...createBackupHandlers(db, { now, nativeBinding: options.nativeBinding }),
    ...createFileHandlers({ chooseSavePath: options.chooseSavePath }),
    ...createPreferencesHandlers(db, { dataFolder: dirname(db.name), onRecentChanged: options.onRecentChanged }),
  };

  /**
   * Saves an edit of a step this draft already holds, in its own lane, with one statement of checks
   * (which also touches the playbook's date) and the exit criteria rewritten only when they changed.
   * False, having written nothing but the touch, when any check would refuse or the step is new:
   * the caller then runs the checks one by one, which give the refusal its message.
   */
  function saveKnownStep(playbookId: string, step: PlaybookDoc['steps'][number], stamp: string): boolean {
    const context = touchForStepEdit(db, playbookId, step.stageId, step.id, stamp);
    if (!context || context.status !== 'draft' || context.underReview) return false;
    if (context.stageLane === null || context.currentLane !== context.stageLane) return false;
    updateStepRow(db, step, !context.sameStage);
    if (context.criteria !== criteriaText(step.exitCriteria)) writeCriteria(db, playbookId, { stepId: step.id }, step.exitCriteria);
    return true;
  }

  function writeStep(playbookId: string, step: PlaybookDoc['steps'][number]) {
    const current = findStep(db, step.id);
    if (current && current.playbookId !== playbookId) throw new TandemError('conflict', `Step "${step.id}" belongs to another playbook.`);
    // Stryker disable next-line ConditionalExpression: a saved step staying in its lane is saved by saveKnownStep before it gets here.
    if (current && findStage(db, current.stageId)?.lane !== findStage(db, step.stageId)?.lane) {
      throw new TandemError('invalid-argument', 'A step stays in its lane; add a new step in the other lane instead.');
    }
    if (!current && countSteps(db, playbookId) >= LIMITS.stepsPerPlaybook) {
      throw new TandemError('invalid-argument', `A playbook holds at most ${LIMITS.stepsPerPlaybook} steps.`);
    }
    upsertStep(db, playbookId, step);
  }
}

function laneLookup(doc: PlaybookDoc): (stepId: string) => Lane | undefined {
  const stageLane = new Map(doc.stages.map((s) => [s.id, s.lane] as const));
  const stepLane = new Map(doc.steps.map((s) => [s.id, stageLane.get(s.stageId)!] as const));
  return (id) => stepLane.get(id);
}
