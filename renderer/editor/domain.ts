import type { Assumption, Link, PlaybookDoc, PlaybookMeta, Stage, Step, Viewport } from '../../shared/domain/playbook';

/** The part of the editor's state that is the playbook itself: what undo tracks and what is saved. */
export interface Domain {
  meta: PlaybookMeta;
  stages: Record<string, Stage>;
  steps: Record<string, Step>;
  links: Record<string, Link>;
  assumptions: Assumption[];
}

const byId = <T extends { id: string }>(list: readonly T[]): Record<string, T> => {
  const out: Record<string, T> = {};
  for (const item of list) out[item.id] = item;
  return out;
};

export function domainFromDoc(doc: PlaybookDoc): Domain {
  return {
    meta: doc.playbook,
    stages: byId(doc.stages),
    steps: byId(doc.steps),
    links: byId(doc.links),
    assumptions: doc.assumptions,
  };
}

export function docFromDomain(domain: Domain, viewport: Viewport | null): PlaybookDoc {
  return {
    playbook: domain.meta,
    viewport,
    stages: Object.values(domain.stages),
    steps: Object.values(domain.steps),
    links: Object.values(domain.links),
    assumptions: domain.assumptions,
  };
}
