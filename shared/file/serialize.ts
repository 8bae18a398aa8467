import {
  Assumption,
  ContentLink,
  ExitCriterion,
  Link,
  PlaybookDoc,
  PlaybookMeta,
  Stage,
  Step,
  Technique,
  Viewport,
} from '../domain/playbook';
import { Deviation, Evidence, PlanDoc, PlanMeta, PlanStep, Stakeholder } from '../plan/plan';
import { CURRENT_FORMAT_VERSION, TANDEM_FORMAT } from './format';
import { Note, NoteTarget } from '../review/notes';

export interface SerializeOptions {
  /** ISO date-time written as "exportedAt". */
  now: string;
  /** The writing app's version, e.g. "0.1.0"; written as "app": "Tandem 0.1.0". */
  appVersion: string;
  /** Who exported the file: the database's installation id and its user's name, when known. */
  installationId?: string;
  author?: string;
  /** Review notes to carry; none are written when absent or empty, so plain exports stay as they were. */
  notes?: readonly Note[];
}

/** The envelope's optional fields in a fixed order: who wrote the file, before the body. */
function exportedBy(options: SerializeOptions): Plain {
  const out: Plain = {};
  // Stryker disable ConditionalExpression: JSON.stringify drops an undefined field anyway; the checks keep the object honest.
  if (options.installationId !== undefined) out.installationId = options.installationId;
  if (options.author !== undefined) out.author = options.author;
  // Stryker restore ConditionalExpression
  return out;
}

/** Notes after the body, each with keys in schema order. */
function notesOf(options: SerializeOptions): Plain {
  if (!options.notes || options.notes.length === 0) return {};
  return { notes: options.notes.map((n) => inSchemaOrder(Note, { ...n, target: inSchemaOrder(NoteTarget, n.target) })) };
}

type Shaped = { shape: object };
type Plain = Record<string, unknown>;

/** Copies `value` with its keys in the order the schema declares them; keys the schema lacks are dropped. */
function inSchemaOrder(schema: Shaped, value: object): Plain {
  const source = value as Plain;
  const out: Plain = {};
  // Stryker disable next-line ConditionalExpression: a key copied as undefined is dropped by JSON.stringify, this object's only reader.
  for (const key of Object.keys(schema.shape)) if (Object.hasOwn(source, key)) out[key] = source[key];
  return out;
}

const criteria = (list: readonly ExitCriterion[]) => list.map((c) => inSchemaOrder(ExitCriterion, c));

function canonicalPlaybook(doc: PlaybookDoc): Plain {
  return inSchemaOrder(PlaybookDoc, {
    playbook: inSchemaOrder(PlaybookMeta, doc.playbook),
    viewport: doc.viewport && inSchemaOrder(Viewport, doc.viewport),
    stages: doc.stages.map((s) => inSchemaOrder(Stage, { ...s, exitCriteria: criteria(s.exitCriteria) })),
    steps: doc.steps.map((s) =>
      inSchemaOrder(Step, {
        ...s,
        techniques: s.techniques.map((t) => inSchemaOrder(Technique, t)),
        contentLinks: s.contentLinks.map((l) => inSchemaOrder(ContentLink, l)),
        exitCriteria: criteria(s.exitCriteria),
      }),
    ),
    links: doc.links.map((l) => inSchemaOrder(Link, l)),
    assumptions: doc.assumptions.map((a) => inSchemaOrder(Assumption, a)),
  });
}

/**
 * Writes a playbook as a .tandem file: pretty JSON, keys in schema order, so the same playbook
 * always gives the same text and files diff well. Expects a valid doc; the loader checks
 * everything again on the way back in.
 */
export function serializeTandemFile(doc: PlaybookDoc, options: SerializeOptions): string {
  const file = {
    format: TANDEM_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    kind: 'playbook',
    exportedAt: options.now,
    app: `Tandem ${options.appVersion}`,
    ...exportedBy(options),
    playbook: canonicalPlaybook(doc),
    ...notesOf(options),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function canonicalPlan(doc: PlanDoc): Plain {
  return inSchemaOrder(PlanDoc, {
    plan: inSchemaOrder(PlanMeta, doc.plan),
    steps: doc.steps.map((s) => inSchemaOrder(PlanStep, { ...s, evidence: s.evidence.map((e) => inSchemaOrder(Evidence, e)) })),
    stakeholders: doc.stakeholders.map((p) => inSchemaOrder(Stakeholder, p)),
    deviations: doc.deviations.map((d) => inSchemaOrder(Deviation, d)),
  });
}

/**
 * Writes a deal plan as a .tandem file of kind "plan", with the playbook version it is pinned to
 * inside, so a manager can open it with nothing else. Same canonical form as a playbook file.
 */
export function serializePlanFile(plan: PlanDoc, playbook: PlaybookDoc, options: SerializeOptions): string {
  const file = {
    format: TANDEM_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    kind: 'plan',
    exportedAt: options.now,
    app: `Tandem ${options.appVersion}`,
    ...exportedBy(options),
    plan: canonicalPlan(plan),
    playbook: canonicalPlaybook(playbook),
    ...notesOf(options),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
