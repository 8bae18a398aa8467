import { writeSync } from 'node:fs';
import { openDatabase } from '../../electron/db/database';
import { createPlaybookService } from '../../electron/service/playbookService';
import type { ApiHandlers } from '../../shared/api/contract';
import { randomId } from '../../shared/domain/ids';
import { serializeTandemFile } from '../../shared/file/serialize';
import { findTemplate } from '../../shared/templates/index';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { readKey } from './probe';

// The soak's writer: writes through the real service in a loop until it is killed. Before each
// write it prints `begin <n> {key: [before, after]}`, and `ack <n>` once the service returned, so
// the parent knows what must be there after the kill and what may be half-way.
// Usage: writer.mjs <db file> <first write number> <seed>
const [dbFile, first, seedText] = process.argv.slice(2);
let next = Number(first);
let seed = Number(seedText) >>> 0;
/** mulberry32: the same seed gives the same sequence, so a failure can be replayed. */
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
// Synchronous, so a line is out of the process before the write it announces starts.
const say = (line: string) => writeSync(1, `${line}\n`);

const db = openDatabase(dbFile!);
const api = createPlaybookService(db) as { [K in keyof ApiHandlers]: (arg: Parameters<ApiHandlers[K]>[0]) => Awaited<ReturnType<ApiHandlers[K]>> };
const now = () => new Date().toISOString();
const NAME = 'Soak';

type Write = { keys: Record<string, string>; run: () => unknown };

/** Announces a write with each key's value before and after, runs it, and acknowledges it. */
async function perform(write: Write) {
  const n = next++;
  const keys = Object.fromEntries(Object.entries(write.keys).map(([key, after]) => [key, [readKey(db, key), after]]));
  say(`begin ${n} ${JSON.stringify(keys)}`);
  await write.run();
  say(`ack ${n}`);
}

const rows = (sql: string, ...args: unknown[]) => db.prepare(sql).pluck().all(...args) as string[];
const draft = () => rows("SELECT id FROM playbooks WHERE name = ? AND status = 'draft' ORDER BY version DESC", NAME)[0];
const published = () => rows("SELECT id FROM playbooks WHERE name = ? AND status = 'published' ORDER BY version DESC", NAME)[0];
const plan = () => rows("SELECT id FROM plans WHERE account LIKE 'soak plan %' ORDER BY created_at DESC, rowid DESC")[0];

/** The next write, given what is there: the first run (and a kill during it) sets up a draft, a published version and a plan, as announced writes too. */
function chooseWrite(n: number): Write {
  const draftId = draft();
  const publishedId = published();
  if (!draftId && !publishedId) return { keys: { [`named:${NAME}`]: '1' }, run: () => api.createPlaybook({ templateId: 'transactional-smb', name: NAME }) };
  if (!publishedId) return { keys: { [`status:${draftId}`]: 'published' }, run: () => api.publishPlaybook({ id: draftId! }) };
  if (!draftId) return { keys: { [`version:${publishedId}`]: '1' }, run: () => api.startPlaybookVersion({ id: publishedId }) };
  const planId = plan();
  const account = `soak plan ${n}`;
  if (!planId) return { keys: { [`account:${account}`]: '1' }, run: () => api.createPlan({ playbookId: publishedId, account }) };

  const roll = random();
  const doc = api.getPlaybook({ id: draftId });
  if (roll < 0.35) {
    const step = pick(doc.steps);
    const title = `soak ${n}`;
    return { keys: { [`step:${step.id}`]: `${title}@${step.stageId}` }, run: () => api.putStep({ playbookId: draftId, step: { ...step, title } }) };
  }
  if (roll < 0.55) {
    // A multi-step drag: several steps of one lane into another of its stages, in one call.
    const lane = pick(['buyer', 'seller'] as const);
    const stages = doc.stages.filter((s) => s.lane === lane);
    const target = pick(stages);
    const moving = doc.steps.filter((s) => s.stageId !== target.id && stages.some((st) => st.id === s.stageId)).slice(0, 2 + Math.floor(random() * 3));
    if (moving.length === 0) return chooseWrite(n);
    const steps = moving.map((s, i) => ({ ...s, stageId: target.id, title: `soak ${n}.${i}` }));
    return { keys: Object.fromEntries(steps.map((s) => [`step:${s.id}`, `${s.title}@${target.id}`])), run: () => api.putSteps({ playbookId: draftId, steps }) };
  }
  if (roll < 0.65) {
    const name = `soak import ${n}`;
    const file = instantiateTemplate(findTemplate('b2b-saas-new-logo')!, { newId: randomId, now: now(), name });
    const text = serializeTandemFile(file, { now: now(), appVersion: '0.1.0' });
    return { keys: { [`named:${name}`]: '1' }, run: () => api.importPlaybookFile({ text }) };
  }
  if (roll < 0.7) return { keys: { [`status:${draftId}`]: 'published' }, run: () => api.publishPlaybook({ id: draftId }) };
  if (roll < 0.74) return { keys: { [`account:${account}`]: '1' }, run: () => api.createPlan({ playbookId: publishedId, account }) };
  // A plan edit: the deal's details and one of its steps, two tables in one write.
  const { plan: current } = api.getPlan({ id: planId });
  const step = pick(current.steps);
  const text = `soak ${n}`;
  const edited = { ...current, plan: { ...current.plan, opportunity: text }, steps: current.steps.map((s) => (s.id === step.id ? { ...s, notes: text } : s)) };
  return { keys: { [`opportunity:${planId}`]: text, [`notes:${step.id}`]: text }, run: () => api.putPlan({ doc: edited }) };
}

say('ready');
for (;;) await perform(chooseWrite(next));
