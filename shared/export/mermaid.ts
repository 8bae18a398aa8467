import { resolveLinks } from '../analysis/resolveLinks';
import type { PlaybookDoc } from '../domain/playbook';
import { escapeMermaidLabel as label } from './escape';
import { outlinePlaybook, relationOf } from './outline';

/**
 * The playbook as a Mermaid flowchart: one subgraph per lane, a subgraph per stage inside it,
 * sequence edges `-->` and mirror links `-.->|relation|`. Node ids are generated (b0, s3…),
 * never taken from the file, so nothing in a playbook can become Mermaid syntax; every label is
 * quoted and entity-escaped.
 */
export function playbookToMermaid(doc: PlaybookDoc): string {
  const outline = outlinePlaybook(doc);
  const nodeId = new Map<string, string>();
  const out: string[] = ['flowchart LR'];
  const classes: Record<string, string[]> = { buyer: [], seller: [] };

  for (const lane of outline) {
    const prefix = lane.lane === 'buyer' ? 'b' : 's';
    out.push(`  subgraph ${lane.lane}_lane["${label(lane.label)}"]`, '    direction LR');
    let count = 0;
    lane.stages.forEach(({ stage, steps }, i) => {
      out.push(`    subgraph ${prefix}stage${i}["${label(`${i + 1}. ${stage.name}`)}"]`, '      direction TB');
      for (const step of steps) {
        const id = `${prefix}${count++}`;
        nodeId.set(step.id, id);
        classes[lane.lane]!.push(id);
        out.push(`      ${id}["${label(step.title.trim() || 'Untitled step')}"]`);
      }
      out.push('    end');
    });
    out.push('  end');
  }

  const { sequences, mirrors } = resolveLinks(doc);
  for (const s of sequences) {
    const from = nodeId.get(s.source.id);
    const to = nodeId.get(s.target.id);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: links are paired only between steps with a stage, and each of those has a node id.
    if (from && to) out.push(`  ${from} --> ${to}`);
  }
  for (const m of mirrors) {
    const from = nodeId.get(m.seller.id);
    const to = nodeId.get(m.buyer.id);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: links are paired only between steps with a stage, and each of those has a node id.
    if (from && to) out.push(`  ${from} -.->|${relationOf(m.link)}| ${to}`);
  }

  // The app's lane colours: the buyer blue, the seller orange.
  out.push('  classDef buyer fill:#eef4ff,stroke:#2f6fdb', '  classDef seller fill:#fff4ec,stroke:#b7581a');
  for (const [cls, ids] of Object.entries(classes)) if (ids.length) out.push(`  class ${ids.join(',')} ${cls}`);
  return out.join('\n') + '\n';
}
