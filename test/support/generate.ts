import type { Assumption, ExitCriterion, Lane, Link, PlaybookDoc, Stage, Step, Technique } from '../../shared/domain/playbook';
import type { Deviation, DeviationCategory, Outcome, PlanDoc, PlanStep, Stakeholder, StepStatus } from '../../shared/plan/plan';

/**
 * Seeded generators of realistic playbooks and deal plans, shared by the benchmarks and the tests.
 * The same seed gives byte-identical documents on every machine (no clock, no Math.random, no
 * locale), so a figure or a failure can be reproduced; another seed gives other content.
 */

/** mulberry32: a tiny, well-mixed 32-bit PRNG; plenty for test content, and easy to read. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = ReturnType<typeof makeRandom>;

function makeRandom(seed: number) {
  const next = prng(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const chance = (p: number) => next() < p;
  /** `count` distinct items of `list`, in the list's order. */
  const some = <T>(list: readonly T[], count: number): T[] => {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, list.length)) chosen.add(Math.floor(next() * list.length));
    return [...chosen].sort((a, b) => a - b).map((i) => list[i]!);
  };
  return { next, int, pick, chance, some };
}

const CREATED = '2026-01-05T09:00:00.000Z';

const STAGE_NAMES: Record<Lane, readonly string[]> = {
  buyer: ['Problem identification', 'Solution exploration', 'Requirements building', 'Supplier selection', 'Validation', 'Consensus creation'],
  seller: ['Prospect', 'Discover', 'Qualify', 'Propose', 'Negotiate', 'Close'],
};

const STEP_TITLES: Record<Lane, readonly string[]> = {
  buyer: [
    'Agree the problem is worth solving', 'Size the cost of doing nothing', 'Shortlist approaches', 'Read analyst reports',
    'Draft requirements', 'Rank must-haves', 'Run a proof of concept', 'Check references', 'Review security questionnaire',
    'Compare total cost', 'Brief the economic buyer', 'Align the buying committee', 'Legal review of terms', 'Sign the order form',
  ],
  seller: [
    'Research the account', 'Run discovery call', 'Map the buying committee', 'Quantify the business case', 'Qualify with MEDDPICC',
    'Share reference architecture', 'Scope the proof of concept', 'Arrange reference calls', 'Answer security questionnaire',
    'Present the proposal', 'Agree the mutual action plan', 'Negotiate commercial terms', 'Walk through the paper process', 'Hand over to onboarding',
  ],
};

const ROLES: Record<Lane, readonly string[]> = {
  buyer: ['Economic buyer', 'Champion', 'Technical evaluator', 'End user', 'Procurement', 'Legal'],
  seller: ['Account executive', 'Sales engineer', 'Sales manager', 'Customer success', 'Deal desk'],
};

const TECHNIQUES: readonly Technique[] = [
  { framework: 'MEDDPICC', name: 'Metrics' }, { framework: 'MEDDPICC', name: 'Economic buyer' }, { framework: 'MEDDPICC', name: 'Decision criteria' },
  { framework: 'MEDDPICC', name: 'Paper process' }, { framework: 'MEDDPICC', name: 'Champion' }, { framework: 'SPIN', name: 'Situation question' },
  { framework: 'SPIN', name: 'Implication question' }, { framework: 'SPIN', name: 'Need-payoff question' }, { framework: 'Challenger', name: 'Commercial teaching' },
  { framework: 'Challenger', name: 'Tailor for resonance' }, { framework: 'Gap selling', name: 'Current state' },
];

const CRITERIA: Record<Lane, readonly string[]> = {
  buyer: ['The buyer confirms the problem in writing', 'The economic buyer attends the review', 'The buyer signs off the requirements', 'The buyer shares the evaluation scorecard', 'Procurement opens a vendor record'],
  seller: ['Discovery notes are filed in the CRM', 'The business case is reviewed by the manager', 'The proposal is sent', 'The mutual action plan is shared', 'Pricing is approved by the deal desk'],
};

const PEOPLE = ['Ana Ruiz', 'Ben Okafor', 'Chen Wei', 'Dana Kowalski', 'Elif Yilmaz', 'Farid Haddad', 'Grace Lindqvist', 'Hiro Tanaka', 'Ines Moreau', 'Jonas Berg', 'Kiran Patel', 'Lena Vogel'];
const JOB_TITLES = ['CFO', 'VP Operations', 'IT Director', 'Head of Procurement', 'Team Lead', 'Security Architect', 'General Counsel', 'COO'];
const ACCOUNTS = ['Northwind Traders', 'Contoso', 'Fabrikam', 'Tailspin Toys', 'Wide World Importers', 'Adventure Works', 'Litware', 'Proseware'];
const REPS = ['Sam Carter', 'Priya Shah', 'Lucas Meyer', 'Noor Aziz'];
const REASONS: Record<DeviationCategory, readonly string[]> = {
  customer: ['The customer asked to go straight to a pilot'],
  competition: ['A competitor is already in the account; we moved faster'],
  timing: ['Budget closes at quarter end'],
  dealSize: ['Small deal: no formal proposal needed'],
  alreadyDone: ['Done in an earlier deal with this account'],
  notRelevant: ['Not relevant for this buyer'],
  other: ['Agreed with the sales manager'],
};

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10);

function criteria(random: Random, owner: string, lane: Lane, count: number): ExitCriterion[] {
  return random.some(CRITERIA[lane], count).map((statement, k) => ({
    id: `${owner}-c${k}`,
    statement,
    // About half of what a buyer step asks for is something the buyer can be seen to do.
    actor: lane === 'buyer' || random.chance(0.3) ? 'buyer' : 'seller',
  }));
}

export interface PlaybookOptions {
  steps: number;
  seed: number;
  stagesPerLane?: number;
}

/**
 * A playbook of `steps` steps with `stagesPerLane` stages in each lane (default 6). Steps alternate
 * buyer, seller and are dealt round-robin into their lane's stages at fixed places (x 40, y in
 * 50 rows of 100 px), each lane's steps chained in sequence, every seller step mirroring the
 * buyer step with the same index: 2,000 steps make 1,998 sequence and 1,000 mirror links. The
 * seed decides the content: titles, descriptions, roles, techniques, exit criteria, relations.
 * Step ids are `step-<n>` and titles end in `#<n>`, so a test can find step n either way.
 */
export function generatePlaybook(options: PlaybookOptions): PlaybookDoc {
  const random = makeRandom(options.seed);
  const stagesPerLane = options.stagesPerLane ?? 6;
  const stages: Stage[] = [];
  for (const lane of ['buyer', 'seller'] as const) {
    const names = STAGE_NAMES[lane];
    for (let i = 0; i < stagesPerLane; i++) {
      const round = Math.floor(i / names.length);
      stages.push({
        id: `${lane}-stage-${i}`,
        lane,
        name: round === 0 ? names[i]! : `${names[i % names.length]} ${round + 1}`,
        order: i,
        width: 280,
        expectedDays: random.int(5, 30),
        alwaysOn: false,
        revisitable: lane === 'buyer' && random.chance(0.3),
        exitCriteria: criteria(random, `${lane}-stage-${i}`, lane, random.int(0, 2)),
      });
    }
  }

  const steps: Step[] = [];
  const links: Link[] = [];
  const previous: Partial<Record<Lane, string>> = {};
  const buyerByIndex: string[] = [];
  for (let i = 0; i < options.steps; i++) {
    const lane: Lane = i % 2 === 0 ? 'buyer' : 'seller';
    const laneIndex = Math.floor(i / 2);
    const id = `step-${i}`;
    const title = random.pick(STEP_TITLES[lane]);
    steps.push({
      id,
      stageId: `${lane}-stage-${laneIndex % stagesPerLane}`,
      title: `${title} #${i}`,
      description: random.chance(0.6) ? `${title}, so the ${lane === 'buyer' ? 'buying committee' : 'deal team'} knows where the deal stands.` : '',
      required: random.chance(0.4),
      expectedDays: random.chance(0.7) ? random.int(1, 14) : null,
      roles: random.some(ROLES[lane], random.int(0, 2)),
      techniques: lane === 'seller' ? random.some(TECHNIQUES, random.int(0, 2)) : [],
      contentLinks: random.chance(0.15) ? [{ label: 'Guide', url: `https://enablement.example.com/guides/${i}` }] : [],
      exitCriteria: criteria(random, id, lane, random.int(0, 2)),
      x: 40,
      y: 60 + (laneIndex % 50) * 100,
    });
    const before = previous[lane];
    if (before) links.push({ id: `seq-${i}`, kind: 'sequence', sourceId: before, targetId: id, relation: null, rationale: '' });
    previous[lane] = id;
    if (lane === 'buyer') buyerByIndex[laneIndex] = id;
    else if (buyerByIndex[laneIndex]) {
      const verifies = random.chance(0.25);
      links.push({
        id: `mirror-${i}`,
        kind: 'mirror',
        sourceId: id,
        targetId: buyerByIndex[laneIndex]!,
        relation: verifies ? 'verifies' : 'supports',
        rationale: random.chance(0.5) ? (verifies ? 'Confirms the buyer finished this job.' : 'Gives the buyer what this job needs.') : '',
      });
    }
  }

  const assumptions: Assumption[] = Array.from({ length: random.int(1, 4) }, (_, k) => ({
    id: `assumption-${k}`,
    statement: random.pick(['Buyers involve six to ten people', 'Security review takes two weeks', 'The champion reports to the economic buyer', 'Most deals need a proof of concept']),
    source: random.pick(['Win/loss interviews', 'Analyst research', 'CRM data']),
    confidence: random.pick(['low', 'medium', 'high'] as const),
    lastValidatedAt: random.chance(0.5) ? addDays('2025-06-01', random.int(0, 180)) : null,
    revalidateEveryDays: random.pick([90, 180, 365]),
  }));

  return {
    playbook: {
      id: `playbook-${options.seed >>> 0}`,
      name: `Generated playbook ${options.seed >>> 0}`,
      motion: random.pick(['New logo', 'Expansion', 'Renewal']),
      description: `${options.steps} generated steps for tests and benchmarks.`,
      version: 1,
      // A draft, so the canvas lets a test or the bench edit it (a published version is read-only).
      status: 'draft',
      parentId: null,
      templateId: null,
      createdAt: CREATED,
      updatedAt: CREATED,
    },
    viewport: { x: 0, y: 0, zoom: 1 },
    stages,
    steps,
    links,
    assumptions,
  };
}

export interface PlanOptions {
  seed: number;
  /** Fixes the outcome; otherwise the seed picks one. */
  outcome?: Outcome;
  /** Plan id, also the prefix of every id in the plan (default `plan-<seed>`). */
  id?: string;
}

/**
 * A deal plan of `playbook`: a committee of stakeholders, steps done up to a point of the journey
 * (with dates and evidence), some in progress, a few skipped, moved or added, each with its
 * recorded reason, sometimes a loop back to an earlier buyer stage, and an outcome.
 */
export function generatePlan(playbook: PlaybookDoc, options: PlanOptions): PlanDoc {
  const random = makeRandom(options.seed ^ 0x5bd1e995);
  const id = options.id ?? `plan-${options.seed >>> 0}`;
  const start = addDays('2026-02-01', random.int(0, 120));
  const at = (day: string) => `${day}T10:00:00.000Z`;

  const stakeholders: Stakeholder[] = random.some(PEOPLE, random.int(3, 8)).map((name, k) => ({
    id: `${id}-p${k}`,
    name,
    title: random.pick(JOB_TITLES),
    roles: random.some(['economicBuyer', 'user', 'technical', 'coach'] as const, random.int(0, 2)),
    stance: random.pick(['mobilizer', 'talker', 'blocker', 'unknown'] as const),
    engagement: random.pick(['none', 'low', 'medium', 'high'] as const),
  }));
  const people = stakeholders.map((p) => p.id);

  const stages = new Map(playbook.stages.map((s) => [s.id, s] as const));
  const laneStages = (lane: Lane) => playbook.stages.filter((s) => s.lane === lane).sort((a, b) => a.order - b.order);
  const stageCount = Math.max(1, laneStages('buyer').length);
  // How far along the journey the deal is, in stages: everything before is done.
  const reached = random.next() * stageCount;
  const deviations: Deviation[] = [];
  const deviate = (kind: Deviation['kind'], planStepId: string | null, stageId: string | null, day: string) => {
    const category = random.pick(Object.keys(REASONS) as DeviationCategory[]);
    deviations.push({ id: `${id}-d${deviations.length}`, kind, planStepId, stageId, category, reason: random.pick(REASONS[category]), at: at(day) });
  };

  const steps: PlanStep[] = playbook.steps.map((source, i) => {
    const stage = stages.get(source.stageId)!;
    const planned = addDays(start, Math.round(stage.order * 10 + random.int(0, 9)));
    const stepId = `${id}-s${i}`;
    let status: StepStatus = stage.order + 1 <= reached ? 'done' : stage.order <= reached ? (random.chance(0.5) ? 'inProgress' : 'notStarted') : 'notStarted';
    if (random.chance(0.04)) {
      status = 'skipped';
      deviate('skip', stepId, null, planned);
    }
    let stageId = source.stageId;
    const siblings = laneStages(stage.lane);
    if (status !== 'skipped' && siblings.length > 1 && random.chance(0.02)) {
      stageId = siblings[(stage.order + 1) % siblings.length]!.id;
      deviate('move', stepId, stageId, planned);
    }
    const criteriaIds = [...source.exitCriteria, ...(stages.get(stageId)?.exitCriteria ?? [])].map((c) => c.id);
    return {
      id: stepId,
      playbookStepId: source.id,
      lane: stage.lane,
      stageId,
      title: source.title,
      status,
      plannedDate: planned,
      doneDate: status === 'done' ? addDays(planned, random.int(-3, 5)) : null,
      buyerOwnerId: stage.lane === 'buyer' && random.chance(0.6) ? random.pick(people) : null,
      sellerOwner: stage.lane === 'seller' ? random.pick(REPS) : '',
      stakeholderIds: stage.lane === 'buyer' ? random.some(people, random.int(0, 3)) : [],
      evidence: status === 'done' && criteriaIds.length > 0 ? [{ criterionId: criteriaIds[0]!, note: 'Confirmed by email; filed in the CRM.' }] : [],
      notes: random.chance(0.2) ? 'Follow up after the steering meeting.' : '',
      x: source.x,
      y: source.y,
    };
  });

  // A few steps the rep added for this deal only.
  for (let k = 0, added = random.int(0, 3); k < added; k++) {
    const lane = random.pick(['buyer', 'seller'] as const);
    const stage = random.pick(laneStages(lane));
    if (!stage) continue;
    const stepId = `${id}-added${k}`;
    const planned = addDays(start, stage.order * 10 + random.int(0, 9));
    steps.push({
      id: stepId, playbookStepId: null, lane, stageId: stage.id, title: random.pick(STEP_TITLES[lane]), status: 'notStarted',
      plannedDate: planned, doneDate: null, buyerOwnerId: null, sellerOwner: lane === 'seller' ? random.pick(REPS) : '',
      stakeholderIds: [], evidence: [], notes: '', x: 40, y: 60 + k * 100,
    });
    deviate('add', stepId, null, planned);
  }
  const buyerStages = laneStages('buyer');
  if (buyerStages.length > 0 && random.chance(0.3)) deviate('loopBack', null, random.pick(buyerStages).id, addDays(start, 30));

  const outcome = options.outcome ?? random.pick(['open', 'won', 'lost', 'noDecision'] as const);
  const close = addDays(start, stageCount * 10 + 20);
  return {
    plan: {
      id,
      playbookId: playbook.playbook.id,
      account: random.pick(ACCOUNTS),
      opportunity: random.pick(['Platform rollout', 'Team plan', 'Enterprise agreement', 'Pilot']),
      value: random.int(10, 900) * 1_000,
      currency: random.pick(['EUR', 'USD', 'GBP']),
      targetCloseDate: close,
      rep: random.pick(REPS),
      outcome,
      outcomeDate: outcome === 'open' ? null : close,
      outcomeNote: outcome === 'open' ? '' : random.pick(['Chose us for the integration story.', 'Budget moved to next year.', 'Went with the incumbent.']),
      createdAt: at(start),
      updatedAt: at(close),
    },
    steps,
    stakeholders,
    deviations,
  };
}
