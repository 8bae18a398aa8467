import type { PlaybookDoc } from '../domain/playbook';
import type { PlanDoc } from './plan';
import { currentStage } from './progress';

export interface CommitteeWarning {
  kind: 'no-economic-buyer' | 'no-coach' | 'only-talkers' | 'unassigned-buyer-step';
  message: string;
  /** Plan step ids concerned (for unassigned buyer steps). */
  ids: string[];
}

/**
 * What a sales manager would ask about the buying committee: who signs, who coaches us, whether
 * anyone engaged can actually move the deal, and who on their side owns the steps happening now.
 */
export function committeeWarnings(plan: PlanDoc, playbook: PlaybookDoc): CommitteeWarning[] {
  const warnings: CommitteeWarning[] = [];
  const people = plan.stakeholders;
  if (!people.some((p) => p.roles.includes('economicBuyer'))) {
    warnings.push({ kind: 'no-economic-buyer', message: 'No economic buyer: nobody on the committee is known to sign.', ids: [] });
  }
  if (!people.some((p) => p.roles.includes('coach'))) {
    warnings.push({ kind: 'no-coach', message: 'No coach: nobody inside the account guides the deal.', ids: [] });
  }
  const engaged = people.filter((p) => p.engagement === 'medium' || p.engagement === 'high');
  if (engaged.length > 0 && engaged.every((p) => p.stance === 'talker')) {
    warnings.push({ kind: 'only-talkers', message: 'Only talkers are engaged: nobody engaged can move the deal (no mobilizer).', ids: [] });
  }
  const stage = currentStage(plan, playbook, 'buyer');
  if (stage) {
    const known = new Set(people.map((p) => p.id));
    const unassigned = plan.steps.filter(
      (s) => s.stageId === stage.id && s.status !== 'skipped' && s.status !== 'done' && !s.stakeholderIds.some((id) => known.has(id)) && !(s.buyerOwnerId && known.has(s.buyerOwnerId)),
    );
    if (unassigned.length > 0) {
      const noun = unassigned.length === 1 ? 'buyer step has' : 'buyer steps have';
      warnings.push({
        kind: 'unassigned-buyer-step',
        message: `${unassigned.length} ${noun} nobody assigned in the current stage "${stage.name}".`,
        ids: unassigned.map((s) => s.id),
      });
    }
  }
  return warnings;
}
