import type { Assumption, ExitCriterion, MirrorRelation, Technique } from '../domain/playbook';

/**
 * Templates are written as data with readable keys instead of ids; `instantiateTemplate`
 * turns one into a fresh playbook. Keys only need to be unique within one template.
 */
export interface TemplateCriterion {
  statement: string;
  actor: ExitCriterion['actor'];
}

export interface TemplateStep {
  key: string;
  title: string;
  description: string;
  required?: boolean;
  expectedDays?: number;
  roles?: string[];
  techniques?: Technique[];
  exitCriteria?: TemplateCriterion[];
}

export interface TemplateStage {
  name: string;
  expectedDays?: number;
  alwaysOn?: boolean;
  revisitable?: boolean;
  exitCriteria: TemplateCriterion[];
  steps: TemplateStep[];
}

export interface TemplateMirror {
  seller: string;
  buyer: string;
  relation?: MirrorRelation;
  rationale?: string;
}

export interface PlaybookTemplate {
  id: string;
  name: string;
  motion: string;
  description: string;
  buyer: TemplateStage[];
  seller: TemplateStage[];
  mirrors: TemplateMirror[];
  /** Extra sequence edges beyond the default chain (each lane's steps in order, skipping always-on stages). */
  extraSequences?: Array<[string, string]>;
  assumptions?: Array<Omit<Assumption, 'id'>>;
}
