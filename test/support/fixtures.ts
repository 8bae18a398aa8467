import { randomId } from '../../shared/domain/ids';
import { newStep } from '../../shared/domain/newStep';
import type { Step } from '../../shared/domain/playbook';

export function makeStep(stageId: string, patch: Partial<Step> = {}): Step {
  return newStep({ id: randomId(), stageId, title: 'A step', x: 40, y: 56, ...patch });
}
