import type { PlaybookSummary } from '../../shared/domain/playbook';

/** One playbook as the list shows it: its versions, newest first. */
export interface VersionChain {
  latest: PlaybookSummary;
  versions: PlaybookSummary[];
}

/**
 * Groups playbook versions by the chain of parents they derive from. A version whose parent is not
 * here (deleted, or a copy imported alone) starts a chain of its own.
 */
export function versionChains(playbooks: readonly PlaybookSummary[]): VersionChain[] {
  const byId = new Map(playbooks.map((p) => [p.id, p] as const));
  const rootOf = (p: PlaybookSummary): string => {
    const seen = new Set<string>();
    let current = p;
    while (current.parentId && byId.has(current.parentId) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.parentId)!;
    }
    return current.id;
  };
  const chains = new Map<string, PlaybookSummary[]>();
  for (const p of playbooks) {
    const root = rootOf(p);
    chains.set(root, [...(chains.get(root) ?? []), p]);
  }
  return [...chains.values()].map((versions) => {
    const sorted = versions.sort((a, b) => b.version - a.version || b.updatedAt.localeCompare(a.updatedAt));
    return { latest: sorted[0]!, versions: sorted };
  });
}
