import { beforeEach, describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../domain/playbook';
import { stripInvalidXmlChars } from './escape';
import { buildDoc, hostileDoc } from './fixtures.test-helper';
import { playbookToMermaid } from './mermaid';

/** Labels of `id["…"]` declarations: the text between the quotes, which must hold no quote. */
const LABELLED = /^\s*(?:subgraph\s+)?([A-Za-z_][\w]*)\["([^"]*)"\]\s*$/;

describe('playbookToMermaid', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let doc: PlaybookDoc;
  let mmd: string;
  let lines: string[];
  beforeEach(() => {
    doc = hostileDoc();
    mmd = playbookToMermaid(doc);
    lines = mmd.trimEnd().split('\n');
  });

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
    expect(empty).toBe('flowchart LR\n  subgraph buyer_lane["Buyer journey"]\n    direction LR\n  end\n  subgraph seller_lane["Seller process"]\n    direction LR\n  end\n  classDef buyer fill:#eef4ff,stroke:#2f6fdb\n  classDef seller fill:#fff4ec,stroke:#b7581a\n');
  });
});

describe('playbookToMermaid, word for word', () => {
  it('writes the whole flowchart of a small playbook exactly', () => {
    const doc = buildDoc({
      buyer: [
        { name: 'Frame', steps: [{ title: 'Pain' }, { title: '  ' }, { title: 'Alone' }] },
        { name: 'Empty', steps: [] },
      ],
      seller: [{ name: 'S', steps: [{ title: 'Disc' }, { title: 'Demo' }] }],
      sequences: [
        ['Pain', '  '],
        ['Disc', 'Demo'],
      ],
      mirrors: [['Disc', 'Pain', 'verifies'], ['Demo', 'Pain']],
    });
    expect(playbookToMermaid(doc)).toBe(
      [
        'flowchart LR',
        '  subgraph buyer_lane["Buyer journey"]',
        '    direction LR',
        // "1." would read as a Markdown list in some Mermaid versions; #46; is the dot.
        '    subgraph bstage0["1#46; Frame"]',
        '      direction TB',
        '      b0["Pain"]',
        '      b1["Untitled step"]',
        '      b2["Alone"]',
        '    end',
        '    subgraph bstage1["2#46; Empty"]',
        '      direction TB',
        '    end',
        '  end',
        '  subgraph seller_lane["Seller process"]',
        '    direction LR',
        '    subgraph sstage0["1#46; S"]',
        '      direction TB',
        '      s0["Disc"]',
        '      s1["Demo"]',
        '    end',
        '  end',
        '  b0 --> b1',
        '  s0 --> s1',
        '  s0 -.->|verifies| b0',
        '  s1 -.->|supports| b0',
        '  classDef buyer fill:#eef4ff,stroke:#2f6fdb',
        '  classDef seller fill:#fff4ec,stroke:#b7581a',
        '  class b0,b1,b2 buyer',
        '  class s0,s1 seller',
        '',
      ].join('\n'),
    );
  });
});
