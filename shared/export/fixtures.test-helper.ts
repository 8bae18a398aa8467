import { GEOMETRY, slotPosition } from '../canvas/geometry';
import type { Assumption, ContentLink, ExitCriterion, Lane, Link, PlaybookDoc, Stage, Step } from '../domain/playbook';

/**
 * Playbooks for export tests, built by hand so the tests do not depend on template content that
 * others are still writing. Every free-text field of the hostile fixture carries markup or syntax
 * of some target format, so a missed escape shows up as a failed assertion.
 */
export const HOSTILE_TITLE = '<img src=x onerror=alert(1)>';
export const HOSTILE_TEXT = '"]]>--&';
/** Characters XML 1.0 forbids (NUL, backspace, a lone surrogate): exports must drop them. */
export const ILLEGAL_XML = '\u0000\u0008\uD800';

/**
 * Markdown with its one-line code spans removed: what is inside one is shown literally by every
 * renderer, so checks for live syntax look at the rest.
 */
export function withoutCodeSpans(markdown: string): string {
  return markdown.replace(/(?<![\\`])(`+)(?!`)(.*?[^`])\1(?!`)/g, '');
}

export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

interface StepSpec {
  title: string;
  description?: string;
  required?: boolean;
  expectedDays?: number | null;
  roles?: string[];
  techniques?: Step['techniques'];
  contentLinks?: ContentLink[];
  exitCriteria?: Array<Omit<ExitCriterion, 'id'>>;
  x?: number;
  y?: number;
}

interface StageSpec {
  name: string;
  alwaysOn?: boolean;
  revisitable?: boolean;
  expectedDays?: number | null;
  exitCriteria?: Array<Omit<ExitCriterion, 'id'>>;
  steps: StepSpec[];
}

export interface FixtureSpec {
  name?: string;
  description?: string;
  buyer: StageSpec[];
  seller: StageSpec[];
  /** Step titles: [from, to]. */
  sequences?: Array<[string, string]>;
  /** Step titles: [seller, buyer, relation]. */
  mirrors?: Array<[string, string, Link['relation']?]>;
  assumptions?: Array<Omit<Assumption, 'id'>>;
}

/** Builds a playbook from titles; titles in a spec must be unique so links can name them. */
export function buildDoc(spec: FixtureSpec): PlaybookDoc {
  const newId = sequentialIds();
  const stages: Stage[] = [];
  const steps: Step[] = [];
  const byTitle = new Map<string, string>();
  const criteria = (list: StageSpec['exitCriteria']) => (list ?? []).map((c) => ({ ...c, id: newId() }));
  const addLane = (lane: Lane, specs: StageSpec[]) =>
    specs.forEach((s, order) => {
      const stage: Stage = {
        id: newId(),
        lane,
        name: s.name,
        order,
        width: GEOMETRY.defaultStageWidth,
        expectedDays: s.expectedDays ?? null,
        alwaysOn: s.alwaysOn ?? false,
        revisitable: s.revisitable ?? false,
        exitCriteria: criteria(s.exitCriteria),
      };
      stages.push(stage);
      s.steps.forEach((t, i) => {
        const id = newId();
        if (byTitle.has(t.title)) throw new Error(`fixture: duplicate title ${t.title}`);
        byTitle.set(t.title, id);
        const slot = slotPosition(i);
        steps.push({
          id,
          stageId: stage.id,
          title: t.title,
          description: t.description ?? '',
          required: t.required ?? false,
          expectedDays: t.expectedDays ?? null,
          roles: t.roles ?? [],
          techniques: t.techniques ?? [],
          contentLinks: t.contentLinks ?? [],
          exitCriteria: criteria(t.exitCriteria),
          x: t.x ?? slot.x,
          y: t.y ?? slot.y,
        });
      });
    });
  addLane('buyer', spec.buyer);
  addLane('seller', spec.seller);
  const ref = (title: string) => {
    const id = byTitle.get(title);
    if (!id) throw new Error(`fixture: no step titled ${title}`);
    return id;
  };
  const links: Link[] = [
    ...(spec.sequences ?? []).map(([a, b]): Link => ({ id: newId(), kind: 'sequence', sourceId: ref(a), targetId: ref(b), relation: null, rationale: '' })),
    ...(spec.mirrors ?? []).map(([s, b, relation]): Link => ({
      id: newId(),
      kind: 'mirror',
      sourceId: ref(s),
      targetId: ref(b),
      relation: relation ?? 'supports',
      rationale: `because ${HOSTILE_TEXT}`,
    })),
  ];
  return {
    playbook: {
      id: 'pb-1',
      name: spec.name ?? 'Fixture playbook',
      motion: 'New logo',
      description: spec.description ?? '',
      version: 3,
      status: 'published',
      parentId: null,
      templateId: null,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-02-01T00:00:00.000Z',
    },
    viewport: null,
    stages,
    steps,
    links,
    assumptions: (spec.assumptions ?? []).map((a) => ({ ...a, id: newId() })),
  };
}

/** Title of the step that no seller step supports, and of the seller step that supports nothing. */
export const UNSUPPORTED_TITLE = 'Explore alternatives';
export const SELLER_CENTRIC_TITLE = `=HYPERLINK("http://evil.example","x") ${HOSTILE_TEXT}`;

/**
 * A small playbook whose strings attack every format: HTML/XML markup, CDATA and comment
 * closers, formula starts, Markdown and Mermaid syntax, illegal XML characters, line breaks.
 */
export function hostileDoc(): PlaybookDoc {
  return buildDoc({
    name: `Hostile ${HOSTILE_TITLE} ${HOSTILE_TEXT}`,
    description: `# not a heading\n\n<script>alert(1)</script>${ILLEGAL_XML}`,
    buyer: [
      {
        name: `Problem ${HOSTILE_TITLE}`,
        revisitable: true,
        expectedDays: 14,
        exitCriteria: [
          { statement: `Buyer signs off ${HOSTILE_TEXT}`, actor: 'buyer' },
          { statement: 'Seller sends recap', actor: 'seller' },
        ],
        steps: [
          { title: HOSTILE_TITLE, description: `line one ${HOSTILE_TEXT}\n- list?\n\n1. ordered?\n%%{init: {}}%%`, required: true, expectedDays: 5, roles: ['Economic buyer', '@champion'] },
          { title: UNSUPPORTED_TITLE, description: 'Nobody helps here.' },
        ],
      },
      {
        name: 'Validation',
        alwaysOn: true,
        steps: [{ title: `Check references ${HOSTILE_TEXT} end`, description: `end\n"quoted" | pipe ; semi # hash \`tick\`` }],
      },
      { name: 'Empty stage', steps: [] },
    ],
    seller: [
      {
        name: `Discover ${HOSTILE_TEXT}`,
        steps: [
          {
            title: `Run discovery${ILLEGAL_XML} -->`,
            description: '+1 formula?\r\nsecond line',
            techniques: [{ framework: 'SPIN', name: 'Implication question' }, { framework: '', name: '<b>bold</b>' }],
            exitCriteria: [{ statement: 'Customer confirms pains', actor: 'buyer' }],
            contentLinks: [
              { label: 'Good link', url: 'https://example.com/deck?a=1&b="2"' },
              { label: 'Evil link', url: 'javascript:alert(1)' },
              { label: 'Data link', url: 'data:text/html,<script>alert(1)</script>' },
              { label: 'Tab trick', url: 'java\tscript:alert(1)' },
            ],
          },
          { title: SELLER_CENTRIC_TITLE, description: '-2+3' },
        ],
      },
      {
        name: 'Prove',
        steps: [
          // Placed outside its column on purpose: groups and pools must still enclose it.
          { title: 'Co-build business case', x: 400, y: 500 },
        ],
      },
    ],
    sequences: [
      [HOSTILE_TITLE, UNSUPPORTED_TITLE],
      [`Run discovery${ILLEGAL_XML} -->`, 'Co-build business case'],
      // A loop back, as buyers do.
      ['Co-build business case', `Run discovery${ILLEGAL_XML} -->`],
    ],
    mirrors: [
      [`Run discovery${ILLEGAL_XML} -->`, HOSTILE_TITLE, 'supports'],
      ['Co-build business case', HOSTILE_TITLE, 'verifies'],
      ['Co-build business case', `Check references ${HOSTILE_TEXT} end`, 'supports'],
    ],
    assumptions: [
      { statement: `Buyers research alone ${HOSTILE_TITLE}`, source: 'Gartner 2024', confidence: 'high', lastValidatedAt: '2025-01-10', revalidateEveryDays: 30 },
      { statement: 'Committees have 6-10 people', source: '=cmd', confidence: 'medium', lastValidatedAt: '2024-01-01', revalidateEveryDays: 90 },
      { statement: 'Never checked', source: '', confidence: 'low', lastValidatedAt: null, revalidateEveryDays: 180 },
    ],
  });
}

/** A deterministic large playbook (the canvas is built for 2,000 steps), for performance checks. */
export function largeDoc(stepsPerLane: number, stagesPerLane = 10): PlaybookDoc {
  const lane = (prefix: string): StageSpec[] =>
    Array.from({ length: stagesPerLane }, (_, s) => ({
      name: `${prefix} stage ${s + 1}`,
      steps: Array.from({ length: Math.ceil(stepsPerLane / stagesPerLane) }, (_, i) => ({
        title: `${prefix} step ${s + 1}.${i + 1}`,
        description: `Description of ${prefix} step ${s + 1}.${i + 1}`,
      })),
    }));
  const buyer = lane('Buyer');
  const seller = lane('Seller');
  const titles = (stages: StageSpec[]) => stages.flatMap((s) => s.steps.map((t) => t.title));
  const b = titles(buyer);
  const s = titles(seller);
  return buildDoc({
    name: 'Large',
    buyer,
    seller,
    sequences: [...b.slice(1).map((t, i): [string, string] => [b[i]!, t]), ...s.slice(1).map((t, i): [string, string] => [s[i]!, t])],
    mirrors: s.filter((_, i) => i % 2 === 0).map((t, i): [string, string] => [t, b[i]!]),
  });
}

/** Every bidi embedding, override and isolate control: exports must drop or isolate them. */
export const BIDI_CONTROLS = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';

/**
 * A playbook whose links deceive: a label naming one host on a link to another, and URLs Tandem
 * refuses to link but a GFM renderer would; names and lines that attribute-syntax Markdown
 * (markdown-it-attrs, kramdown) would read as attributes; and bidi controls everywhere.
 */
export function deceptiveDoc(): PlaybookDoc {
  return buildDoc({
    name: `Plan {onmouseover=alert(1)} ${BIDI_CONTROLS}`,
    description: '{: onclick="alert(1)"}\nwww.evil.example and https://evil.example/ in prose',
    buyer: [
      {
        name: `{.x} Evaluate \u202Egnp.exe`,
        exitCriteria: [{ statement: 'Signed {#id}', actor: 'buyer' }],
        steps: [
          {
            title: 'Check {onclick=x} \u2067rtl\u2069',
            description: 'line {: .evil}\n{::comment}',
            roles: ['{role}'],
            techniques: [{ name: '{x}', framework: 'Z{' }],
            contentLinks: [
              { label: 'https://bank.example', url: 'https://evil.example/login' },
              { label: '', url: 'https://bank.example@evil.example/' },
              { label: 'Portal', url: 'www.evil.example/{x}' },
              { label: 'Plain', url: 'https://xn--bnk-qla.example/a' },
            ],
          },
        ],
      },
    ],
    seller: [],
    assumptions: [{ statement: '{x=y}', source: 'a}', confidence: 'low', lastValidatedAt: null, revalidateEveryDays: 30 }],
  });
}
