import { z } from 'zod';
import { Id } from '../domain/ids';
import { LIMITS } from '../domain/limits';
import { Assumption, Lane, Link, PlaybookDoc, PlaybookSummary, Stage, Step, Viewport } from '../domain/playbook';
import { text } from '../domain/text';
import { backupOps } from './backupOps';
import { recoveryOps } from './recoveryOps';
import { fileOps } from './fileOps';
import { preferencesOps } from './preferencesOps';
import { planOps } from './planOps';
import { reviewOps } from './reviewOps';
import { portfolioOps } from './portfolioOps';

/**
 * The one map of operations between the renderer and the main process. The IPC handlers,
 * the preload, the renderer's client and the test bridge all take their types from here,
 * and the main process validates every argument with these same schemas.
 */
const NoArgs = z.undefined();
const Nothing = z.null();
const Name = text().trim().min(1, 'must not be empty').max(LIMITS.nameLength);
const IdList = z.array(Id).min(1).max(LIMITS.stepsPerPlaybook);

export const TemplateSummary = z.strictObject({
  id: z.string(),
  name: z.string(),
  motion: z.string(),
  description: z.string(),
  buyerSteps: z.int(),
  sellerSteps: z.int(),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

/** Text of a file chosen by the user; the cap mirrors the file format's (checked again on load). */
const FileText = z.string().max(50 * 1024 * 1024, 'The file is larger than 50 MB.');

export const ImportResult = z.strictObject({
  kind: z.enum(['playbook', 'plan']),
  /** The playbook imported, or for a plan file the playbook version it is pinned to. */
  playbookId: Id,
  /** The plan imported, for a plan file. */
  planId: Id.nullable(),
  /** The playbook's name, or the plan's account. */
  name: z.string(),
  /** True when the file's playbook already existed here, so it was imported as a copy with new ids. */
  copied: z.boolean(),
  /** True when a plan file replaced this machine's older copy of the same plan. */
  updated: z.boolean(),
  /** One line to tell the user when the import did something they might not expect (a copy, an update, nothing newer). */
  note: z.string().nullable(),
});
export type ImportResult = z.infer<typeof ImportResult>;

/** Where the import in progress is: waiting for the one before it, checking the file, or writing it. */
export const ImportProgress = z.strictObject({
  phase: z.enum(['waiting', 'checking', 'writing']),
  elapsedMs: z.int().min(0),
  /** Imports queued behind this one. */
  waiting: z.int().min(0),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

/** A file handed to the app at launch (command line, file association, the harness's --open). */
export const LaunchFile = z.strictObject({ playbookId: Id.nullable(), planId: Id.nullable(), error: z.string().nullable() });
export type LaunchFile = z.infer<typeof LaunchFile>;

const op = <A extends z.ZodType, R extends z.ZodType>(arg: A, result: R) => ({ arg, result });

export const apiContract = {
  listPlaybooks: op(NoArgs, z.array(PlaybookSummary)),
  listTemplates: op(NoArgs, z.array(TemplateSummary)),
  createPlaybook: op(z.strictObject({ templateId: z.string().max(100), name: Name.optional() }), PlaybookDoc),
  getPlaybook: op(z.strictObject({ id: Id }), PlaybookDoc),
  renamePlaybook: op(z.strictObject({ id: Id, name: Name }), PlaybookSummary),
  duplicatePlaybook: op(z.strictObject({ id: Id, name: Name.optional() }), PlaybookSummary),
  deletePlaybook: op(z.strictObject({ id: Id }), Nothing),
  saveViewport: op(z.strictObject({ playbookId: Id, viewport: Viewport }), Nothing),

  putStage: op(z.strictObject({ playbookId: Id, stage: Stage }), Nothing),
  reorderStages: op(z.strictObject({ playbookId: Id, lane: Lane, stageIds: z.array(Id).min(1).max(LIMITS.stagesPerLane) }), Nothing),
  /** Removes a stage; its steps move to `moveStepsTo` (a stage of the same lane) or, when null, are deleted with it. */
  deleteStage: op(z.strictObject({ playbookId: Id, stageId: Id, moveStepsTo: Id.nullable() }), Nothing),

  putStep: op(z.strictObject({ playbookId: Id, step: Step }), Nothing),
  /** Many steps at once (a multi-step drag); one transaction. */
  putSteps: op(z.strictObject({ playbookId: Id, steps: z.array(Step).min(1).max(LIMITS.stepsPerPlaybook) }), Nothing),
  deleteSteps: op(z.strictObject({ playbookId: Id, stepIds: IdList }), Nothing),

  /** The playbook's assumptions about how customers buy, replaced as one list (order kept). */
  putAssumptions: op(z.strictObject({ playbookId: Id, assumptions: z.array(Assumption).max(LIMITS.assumptionsPerPlaybook) }), Nothing),

  putLink: op(z.strictObject({ playbookId: Id, link: Link }), Nothing),
  deleteLinks: op(z.strictObject({ playbookId: Id, linkIds: IdList }), Nothing),

  /** Imports a .tandem file (a playbook or a plan) in one transaction: all of it, or (with a one-line reason) nothing. */
  importPlaybookFile: op(z.strictObject({ text: FileText }), ImportResult),
  /** The import in progress (imports run off the main thread, one at a time), or null when none is. */
  importProgress: op(NoArgs, ImportProgress.nullable()),
  /** Stops the import in progress and any waiting; true when one was stopped. */
  cancelImport: op(NoArgs, z.boolean()),
  /** The next file the app was asked to open, already imported (or why it could not be); null when none is waiting. */
  takeLaunchFile: op(NoArgs, LaunchFile.nullable()),

  /** Opens an http(s) link in the user's browser, after the user confirmed it; anything else is refused. */
  openExternalLink: op(z.strictObject({ url: z.string().max(2_000) }), Nothing),

  /** Replaces a playbook's whole content in one transaction: undo, redo and restore use it. */
  replacePlaybook: op(z.strictObject({ doc: PlaybookDoc }), Nothing),

  ...planOps,
  ...reviewOps,
  ...portfolioOps,
  ...backupOps,
  ...recoveryOps,
  ...fileOps,
  ...preferencesOps,
} as const;

export type ApiContract = typeof apiContract;
export type ApiOp = keyof ApiContract;
export type ApiArg<K extends ApiOp> = z.input<ApiContract[K]['arg']>;
export type ApiParsedArg<K extends ApiOp> = z.output<ApiContract[K]['arg']>;
export type ApiResult<K extends ApiOp> = z.output<ApiContract[K]['result']>;

/** Commands the main process sends to the page: the application menu, and "a file was opened" (takeLaunchFile has it). */
export const MENU_COMMANDS = ['new-playbook', 'new-plan', 'import', 'undo', 'redo', 'open-launch-file', 'prepare-close', 'restore-backup', 'tidy-layout', 'select-all', 'preferences', 'export:tandem', 'export:html', 'export:md', 'export:csv', 'export:svg', 'export:png', 'export:canvas', 'export:bpmn', 'export:mermaid'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_CHANNEL = 'tandem:menu';

/** What the renderer calls (window.api): every operation takes its one argument and returns a promise. */
export type Api = {
  [K in ApiOp]: ApiArg<K> extends undefined ? () => Promise<ApiResult<K>> : (arg: ApiArg<K>) => Promise<ApiResult<K>>;
} & {
  /** Listens for application-menu commands; returns a function that stops listening. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};

/** What the main process implements: arguments arrive already validated. */
export type ApiHandlers = {
  [K in ApiOp]: (arg: ApiParsedArg<K>) => ApiResult<K> | Promise<ApiResult<K>>;
};

export const API_OPS = Object.keys(apiContract) as ApiOp[];

/** How a result or a failure crosses a process boundary (IPC or the test bridge). */
export type ApiEnvelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorInfo };

export interface ApiErrorInfo {
  code: 'invalid-argument' | 'not-found' | 'conflict' | 'unknown-operation' | 'failed';
  message: string;
}
