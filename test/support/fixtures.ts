import type { Step } from '../../shared/domain/playbook';
import { randomId } from '../../shared/domain/ids';

export function makeStep(stageId: string, patch: Partial<Step> = {}): Step {
  return {
    id: randomId(),
    stageId,
    title: 'A step',
    description: '',
    required: false,
    expectedDays: null,
    roles: [],
    techniques: [],
    contentLinks: [],
    exitCriteria: [],
    x: 40,
    y: 56,
    ...patch,
  };
}
