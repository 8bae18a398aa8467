import type { Step } from './playbook';

/** A step with every optional field empty; the caller says where it goes and what it is called. */
export function newStep(fields: Pick<Step, 'id' | 'stageId' | 'title' | 'x' | 'y'> & Partial<Step>): Step {
  return {
    description: '',
    required: false,
    expectedDays: null,
    roles: [],
    techniques: [],
    contentLinks: [],
    exitCriteria: [],
    ...fields,
  };
}
