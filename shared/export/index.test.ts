/// <reference types="vite/client" />
import { beforeEach, describe, it, expect } from 'vitest';
import { stripInvalidXmlChars } from './escape';
import { BpmnModdle } from 'bpmn-moddle';
import { instantiateTemplate } from '../templates/instantiate';
import type { PlaybookTemplate } from '../templates/template';
import type { PlaybookDoc } from '../domain/playbook';
import { BIDI_CONTROLS, deceptiveDoc, hostileDoc, largeDoc, sequentialIds, withoutCodeSpans } from './fixtures.test-helper';
import { EXPORT_FORMATS, exportFileName, exportPlaybook, findExportFormat } from './index';
import type { ExportFormat } from './index';
import { playbookToBpmn } from './bpmn';
import { playbookToCsv } from './csv';
import { playbookToHtml } from './html';
import { playbookToJsonCanvas } from './jsonCanvas';
import { playbookToMarkdown } from './markdown';
import { playbookToMermaid } from './mermaid';
import { playbookToSvg } from './svg';

const ALL: ExportFormat[] = ['html', 'md', 'csv', 'svg', 'canvas', 'bpmn', 'mermaid'];

/**
 * Built-in templates are loaded one file at a time, so a template someone is still writing
 * (and which does not load yet) does not hide the ones that do.
 */
async function loadTemplates(): Promise<PlaybookTemplate[]> {
  const modules = import.meta.glob(['../templates/*.ts', '!../templates/*.test.ts', '!../templates/index.ts', '!../templates/instantiate.ts', '!../templates/template.ts']);
  const found: PlaybookTemplate[] = [];
  for (const load of Object.values(modules)) {
    try {
      for (const value of Object.values((await load()) as Record<string, unknown>)) {
        const t = value as Partial<PlaybookTemplate> | null;
        if (t && typeof t === 'object' && typeof t.id === 'string' && Array.isArray(t.buyer) && Array.isArray(t.seller) && Array.isArray(t.mirrors)) {
          found.push(t as PlaybookTemplate);
        }
      }
    } catch {
      // Mid-edit template file; its own tests will say what is wrong.
    }
  }
  return found;
}

describe('EXPORT_FORMATS', () => {
  it('describes each format once, with a distinct extension and a media type', () => {
    expect(EXPORT_FORMATS.map((f) => f.id).sort()).toEqual([...ALL].sort());
    expect(new Set(EXPORT_FORMATS.map((f) => f.extension)).size).toBe(ALL.length);
    for (const f of EXPORT_FORMATS) {
      expect(f.label).toBeTruthy();
      expect(f.extension).toMatch(/^[a-z]+$/);
      expect(f.mime).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
    }
    expect(findExportFormat('svg')?.mime).toBe('image/svg+xml');
    expect(findExportFormat('png')).toBeUndefined();
    expect(findExportFormat('__proto__')).toBeUndefined();
  });
});

describe('exportPlaybook', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let doc: PlaybookDoc;
  beforeEach(() => {
    doc = hostileDoc();
  });
  const now = '2025-02-01';

  it('dispatches to each exporter', () => {
    const direct: Record<ExportFormat, string> = {
      html: playbookToHtml(doc, { now }),
      md: playbookToMarkdown(doc, { now }),
      csv: playbookToCsv(doc),
      svg: playbookToSvg(doc),
      canvas: playbookToJsonCanvas(doc),
      bpmn: playbookToBpmn(doc),
      mermaid: playbookToMermaid(doc),
    };
    for (const format of ALL) expect(exportPlaybook(doc, format, { now })).toBe(direct[format]);
    expect(() => exportPlaybook(doc, 'png' as ExportFormat)).toThrow(/Unknown export format/);
  });

  it('never writes the hostile title as live markup in a markup format', () => {
    for (const format of ['html', 'svg', 'bpmn', 'md', 'mermaid'] as const) {
      const out = format === 'md' ? withoutCodeSpans(exportPlaybook(doc, format)) : exportPlaybook(doc, format);
      expect(out, format).not.toMatch(/(?<!\\)<img/);
      expect(out, format).not.toMatch(/(?<!\\)<script/);
      expect(stripInvalidXmlChars(out), format).toBe(out);
    }
    const canvas = exportPlaybook(doc, 'canvas');
    expect(canvas).toContain('\\\\<img src=x onerror=alert(1)\\\\>');
  });

  it('drops bidi controls from every format but HTML, which isolates them', () => {
    const bidi = new RegExp(`[${BIDI_CONTROLS}]`);
    for (const format of ALL) {
      const out = exportPlaybook(deceptiveDoc(), format);
      if (format === 'html') expect(out.replace(/<bdi>[^<]*<\/bdi>/g, ''), format).not.toMatch(bidi);
      else expect(out, format).not.toMatch(bidi);
    }
  });

  it('is deterministic', () => {
    for (const format of ALL) expect(exportPlaybook(hostileDoc(), format, { now })).toBe(exportPlaybook(hostileDoc(), format, { now }));
  });

  // How long this takes is measured by `npm run bench:files`; here, what the output holds.
  it('exports a 2,000-step playbook in every format, every step in it, at a size in step with the playbook', () => {
    const small = largeDoc(100);
    const big = largeDoc(1000);
    const titles = big.steps.map((s) => s.title);
    expect(titles).toHaveLength(2000);
    for (const format of ALL) {
      const out = exportPlaybook(big, format);
      expect(titles.filter((t) => !out.includes(t)), format).toEqual([]);
      // Ten times the steps, about ten times the text: nothing is written once per pair of steps.
      const growth = out.length / exportPlaybook(small, format).length;
      expect(growth, format).toBeGreaterThan(5);
      expect(growth, format).toBeLessThan(15);
    }
  });
});

describe('exports of the built-in templates', () => {
  it('are sound for every template that loads', async () => {
    const templates = await loadTemplates();
    expect(templates.map((t) => t.id)).toContain('blank');
    for (const template of templates) {
      let doc: PlaybookDoc;
      try {
        doc = instantiateTemplate(template, { newId: sequentialIds(template.id), now: '2025-01-01T00:00:00.000Z' });
      } catch {
        continue; // A template still being written may reference keys it has not defined yet.
      }
      const html = exportPlaybook(doc, 'html');
      for (const step of doc.steps) expect(html, `${template.id}: ${step.title}`).toContain(step.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
      const { warnings } = await new BpmnModdle().fromXML(exportPlaybook(doc, 'bpmn'));
      expect(warnings, template.id).toEqual([]);
      const canvas = JSON.parse(exportPlaybook(doc, 'canvas')) as { nodes: Array<{ type: string }> };
      expect(canvas.nodes.filter((n) => n.type === 'text')).toHaveLength(doc.steps.length);
      expect(exportPlaybook(doc, 'csv').split('\r\n').length).toBeGreaterThanOrEqual(doc.steps.length + 2);
      expect(exportPlaybook(doc, 'mermaid').match(/^ {2}subgraph /gm)).toHaveLength(2);
    }
  });
});

describe('exportFileName', () => {
  it('uses the playbook name with the format extension, safe on every file system', () => {
    expect(exportFileName('B2B SaaS: new logo', 'html')).toBe('B2B SaaS new logo.html');
    expect(exportFileName('../../etc/passwd', 'md')).toBe('etc passwd.md');
    expect(exportFileName('a<b>c|d?e*f"g\\h\u0000i', 'csv')).toBe('a b c d e f g h i.csv');
    expect(exportFileName('   ', 'svg')).toBe('playbook.svg');
    expect(exportFileName('CON', 'bpmn')).toBe('CON playbook.bpmn');
    expect(exportFileName('Deal.', 'mermaid')).toBe('Deal.mmd');
    expect(exportFileName('x'.repeat(500), 'canvas').length).toBeLessThanOrEqual(127);
  });
});
