import { beforeEach, describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../domain/playbook';
import { CSV_COLUMNS, playbookToCsv } from './csv';
import { parseCsv } from './csvParse.test-helper';
import { buildDoc, HOSTILE_TEXT, HOSTILE_TITLE, hostileDoc, SELLER_CENTRIC_TITLE, UNSUPPORTED_TITLE } from './fixtures.test-helper';


function records(csv: string): Array<Record<(typeof CSV_COLUMNS)[number], string>> {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((r) => {
    expect(r).toHaveLength(header!.length);
    return Object.fromEntries(header!.map((h, i) => [h, r[i]!])) as Record<(typeof CSV_COLUMNS)[number], string>;
  });
}

describe('playbookToCsv', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let doc: PlaybookDoc;
  let csv: string;
  let rows: ReturnType<typeof records>;
  beforeEach(() => {
    doc = hostileDoc();
    csv = playbookToCsv(doc);
    rows = records(csv);
  });
  const byTitle = (title: string) => rows.find((r) => r.title === title || r.title === `'${title}`)!;

  it('parses back as RFC 4180 with a header and one row per step', () => {
    expect(parseCsv(csv)[0]).toEqual([...CSV_COLUMNS]);
    for (const col of ['id', 'lane', 'stage', 'stage_order', 'title', 'description', 'required', 'expected_days', 'roles', 'techniques', 'exit_criteria', 'supports', 'x', 'y']) {
      expect(CSV_COLUMNS).toContain(col);
    }
    expect(rows).toHaveLength(doc.steps.length);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(doc.steps.map((s) => s.id)));
  });

  it('uses CRLF between records and no bare line feeds outside quoted fields', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
  });

  it('starts with one byte order mark, so Excel reads the file as UTF-8 in any locale', () => {
    expect(csv.startsWith('\uFEFFid,lane,stage,')).toBe(true);
    expect(csv.indexOf('\uFEFF', 1)).toBe(-1);
  });

  it('writes buyer rows before seller rows, in stage order', () => {
    const lanes = rows.map((r) => r.lane);
    expect(lanes).toEqual([...lanes].sort());
    expect(rows.filter((r) => r.lane === 'seller').map((r) => Number(r.stage_order))).toEqual([0, 0, 1]);
  });

  it('keeps hostile text intact (quoted, not altered) and fields aligned', () => {
    const row = byTitle(HOSTILE_TITLE);
    expect(row.title).toBe(HOSTILE_TITLE);
    expect(row.description).toBe(`line one ${HOSTILE_TEXT}\n'- list?\n\n1. ordered?\n%%{init: {}}%%`);
    expect(row.stage).toBe(`Problem ${HOSTILE_TITLE}`);
    expect(row.required).toBe('true');
    expect(row.expected_days).toBe('5');
    expect(row.roles).toBe("Economic buyer\n'@champion");
    expect(row.x).toBe('40');
    expect(row.y).toBe('56');
    expect(byTitle(UNSUPPORTED_TITLE).expected_days).toBe('');
  });

  it('guards against formula injection in text cells only', () => {
    const evil = byTitle(SELLER_CENTRIC_TITLE);
    expect(evil.title).toBe(`'${SELLER_CENTRIC_TITLE}`);
    expect(evil.description).toBe("'-2+3");
    const discovery = rows.find((r) => r.title.startsWith('Run discovery'))!;
    expect(discovery.description).toBe("'+1 formula?\r\nsecond line");
    for (const r of rows) {
      for (const [col, value] of Object.entries(r)) {
        if (col === 'x' || col === 'y') continue;
        expect(value, `${col} of ${r.id}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    const negative = buildDoc({ buyer: [{ name: 'B', steps: [{ title: 't', x: -12, y: -3 }] }], seller: [] });
    const [n] = records(playbookToCsv(negative));
    expect([n!.x, n!.y]).toEqual(['-12', '-3']);
  });

  it('lists mirror targets by title in supports, and techniques, criteria and links one per line', () => {
    const cobuild = byTitle('Co-build business case');
    expect(cobuild.supports.split('\n').sort()).toEqual([HOSTILE_TITLE, `Check references ${HOSTILE_TEXT} end`].sort());
    const discovery = rows.find((r) => r.title.startsWith('Run discovery'))!;
    expect(discovery.supports).toBe(HOSTILE_TITLE);
    expect(discovery.techniques).toBe('SPIN: Implication question\n<b>bold</b>');
    expect(discovery.exit_criteria).toBe('[buyer] Customer confirms pains');
    expect(discovery.content_links.split('\n')[1]).toBe('Evil link <javascript:alert(1)>');
    expect(byTitle(HOSTILE_TITLE).supported_by.split('\n')).toHaveLength(2);
  });

  it('keeps every cell inert whichever separator a spreadsheet guesses', () => {
    const hostile = buildDoc({
      buyer: [
        {
          name: 'Evaluate',
          steps: [
            { title: 'Intro;=1+1;', roles: ['', '=3+3'], description: 'tab\t@SUM(A1) and, -2+3 or;"=4+4" or;  +5' },
            { title: 'Plain', x: -12, y: 7 },
          ],
        },
      ],
      seller: [],
    });
    const csv = playbookToCsv(hostile);
    // A reader that guesses the separator and ignores quoting sees these pieces as cells.
    for (const separator of [',', ';', '\t']) {
      for (const line of csv.split(/\r\n|\r|\n/)) {
        for (const piece of line.split(separator)) {
          const value = piece.replace(/^[ "]+/, '');
          if (/^-\d+"?$/.test(value)) continue; // a number Tandem wrote: a negative coordinate
          expect(value, `"${separator}" piece of: ${line}`).not.toMatch(/^[=+\-@]/);
        }
      }
    }
    const rowsOut = records(csv);
    const intro = rowsOut.find((r) => r.title.startsWith('Intro'));
    const plain = rowsOut.find((r) => r.title === 'Plain');
    expect(intro!.title).toBe("Intro;'=1+1;");
    expect(intro!.roles).toBe("\n'=3+3");
    expect(intro!.description).toBe(`tab\t'@SUM(A1) and,' -2+3 or;'"=4+4" or;'  +5`);
    // Text is quoted even where RFC 4180 would not need it; numbers and booleans stay bare.
    expect(csv.split('\r\n').find((l) => l.includes('"Plain"'))).toMatch(/^"[^"]+","buyer","Evaluate",0,"Plain","",false,,"","","","","","",-12,7$/);
    expect([plain!.x, plain!.y]).toEqual(['-12', '7']);
  });

  it('drops bidi controls that would make a cell read differently from what it holds', () => {
    const doc = buildDoc({ buyer: [{ name: 'S\u202Etxt.exe', steps: [{ title: 'a\u2066b\u2069c\u202Ad\u202C', roles: ['\u2067x\u2068'] }] }], seller: [] });
    const csv = playbookToCsv(doc);
    expect(csv).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    const [row] = records(csv);
    expect([row!.stage, row!.title, row!.roles]).toEqual(['Stxt.exe', 'abcd', 'x']);
  });

  it('writes every cell of a small playbook exactly as a spreadsheet gets it', () => {
    const small = buildDoc({
      buyer: [{ name: 'Zürich', steps: [{ title: 'Pain', description: 'd', required: true, expectedDays: 3, roles: ['CFO', '=x'], exitCriteria: [{ statement: 'ok', actor: 'buyer' }] }] }],
      seller: [
        {
          name: 'S',
          steps: [
            {
              title: 'Disc',
              techniques: [{ framework: 'SPIN', name: 'Q' }, { framework: '', name: 'Plain' }],
              exitCriteria: [{ statement: 'sent', actor: 'seller' }],
              contentLinks: [
                { label: '', url: 'https://a.example/' },
                { label: 'https://b.example/', url: 'https://b.example/' },
                { label: 'Deck', url: 'https://c.example/' },
              ],
            },
          ],
        },
      ],
      mirrors: [['Disc', 'Pain', 'verifies']],
    });
    expect(playbookToCsv(small).split('\r\n')).toEqual([
      `\uFEFF${CSV_COLUMNS.join(',')}`,
      `"id-2","buyer","Zürich",0,"Pain","d",true,3,"CFO\n'=x","","[buyer] ok","","Disc","",${small.steps[0]!.x},${small.steps[0]!.y}`,
      `"id-5","seller","S",0,"Disc","",false,,"","SPIN: Q\nPlain","[seller] sent","Pain","","https://a.example/\nhttps://b.example/\nDeck <https://c.example/>",${small.steps[1]!.x},${small.steps[1]!.y}`,
      '',
    ]);
  });
});
