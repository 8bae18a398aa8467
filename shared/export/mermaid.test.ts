import { describe, it, expect } from 'vitest';
import { stripInvalidXmlChars } from './escape';
import { buildDoc, hostileDoc } from './fixtures.test-helper';
import { playbookToMermaid } from './mermaid';

/** Labels of `id["…"]` declarations: the text between the quotes, which must hold no quote. */
const LABELLED = /^\s*(?:subgraph\s+)?([A-Za-z_][\w]*)\["([^"]*)"\]\s*$/;

describe('playbookToMermaid', () => {
  const doc = hostileDoc();
  const mmd = playbookToMermaid(doc);
  const lines = mmd.trimEnd().split('\n');

  it('is a left-to-right flowchart with one subgraph per lane, each holding its stages', () => {
    expect(lines[0]).toBe('flowchart LR');
    const laneOpens = lines.filter((l) => /^ {2}subgraph /.test(l));
    expect(laneOpens).toEqual(['  subgraph buyer_lane["Buyer journey"]', '  subgraph seller_lane["Seller process"]']);
    expect(lines.filter((l) => /^ {4}subgraph bstage\d+\[/.test(l))).toHaveLength(3);
    expect(lines.filter((l) => /^ {4}subgraph sstage\d+\[/.test(l))).toHaveLength(2);
    const opens = lines.filter((l) => /^\s*subgraph /.test(l)).length;
    expect(lines.filter((l) => l.trim() === 'end')).toHaveLength(opens);
  });

  it('declares every step once under a generated id, with a quoted, escaped label', () => {
    const nodes = lines.filter((l) => /^ {6}[bs]\d+\[/.test(l));
    expect(nodes).toHaveLength(doc.steps.length);
    const ids = nodes.map((l) => LABELLED.exec(l)![1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[bs]\d+$/);
    for (const step of doc.steps) expect(mmd).not.toContain(step.id);
    expect(mmd).toContain('b0["#lt;img src=x onerror=alert(1)#gt;"]');
    expect(mmd).toContain('["Check references #quot;]]#gt;--#amp; end"]');
  });

  it('lets no playbook text break out of a label', () => {
    for (const line of lines.slice(1)) {
      const ok =
        LABELLED.test(line) ||
        /^\s*(end|direction (LR|TB))$/.test(line) ||
        /^ {2}[bs]\d+ (-->|-\.->\|(supports|verifies)\|) [bs]\d+$/.test(line) ||
        /^ {2}classDef (buyer|seller) [\w:#,]+$/.test(line) ||
        /^ {2}class [bs0-9,]+ (buyer|seller)$/.test(line);
      expect(ok, line).toBe(true);
    }
    const labels = lines.map((l) => LABELLED.exec(l)?.[2]).filter((l) => l !== undefined);
    expect(labels.length).toBe(2 + doc.stages.length + doc.steps.length);
    for (const label of labels) {
      expect(label).not.toMatch(/[<>`%"]/);
      expect(stripInvalidXmlChars(label)).toBe(label);
    }
  });

  it('draws sequence edges as --> and mirror links dotted with their relation, seller to buyer', () => {
    expect(lines.filter((l) => / --> /.test(l))).toEqual(['  b0 --> b1', '  s0 --> s2', '  s2 --> s0']);
    expect(lines.filter((l) => /-\.->/.test(l))).toEqual(['  s0 -.->|supports| b0', '  s2 -.->|verifies| b0', '  s2 -.->|supports| b2']);
  });

  it('writes an empty playbook as two empty lanes', () => {
    const empty = playbookToMermaid(buildDoc({ buyer: [], seller: [] }));
    expect(empty).toBe('flowchart LR\n  subgraph buyer_lane["Buyer journey"]\n    direction LR\n  end\n  subgraph seller_lane["Seller process"]\n    direction LR\n  end\n  classDef buyer fill:#eef4ff,stroke:#3b6fd1\n  classDef seller fill:#effaf3,stroke:#2f8f55\n');
  });
});
