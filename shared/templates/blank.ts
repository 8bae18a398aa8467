import type { PlaybookTemplate } from './template';

/** A starting point with one stage per lane, so the first step has somewhere to go. */
export const blankTemplate: PlaybookTemplate = {
  id: 'blank',
  name: 'Untitled playbook',
  motion: '',
  description: 'An empty playbook: one buyer stage, one seller stage.',
  buyer: [{ name: 'Buyer stage 1', exitCriteria: [], steps: [] }],
  seller: [{ name: 'Seller stage 1', exitCriteria: [], steps: [] }],
  mirrors: [],
};
