import { b2bSaasNewLogoTemplate } from './b2bSaasNewLogo';
import { blankTemplate } from './blank';
import { enterpriseRenewalTemplate } from './enterpriseRenewal';
import { transactionalSmbTemplate } from './transactionalSmb';
import type { PlaybookTemplate } from './template';

/** Built-in templates in the order the New playbook dialog offers them. */
export const BUILT_IN_TEMPLATES: readonly PlaybookTemplate[] = [
  blankTemplate,
  b2bSaasNewLogoTemplate,
  enterpriseRenewalTemplate,
  transactionalSmbTemplate,
];

export function findTemplate(id: string): PlaybookTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id);
}
