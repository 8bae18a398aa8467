import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import { Lane, Link, Step } from '../domain/playbook';
import { text } from '../domain/text';

/** Marks clipboard text as Tandem steps, so text copied elsewhere is never taken for them. */
export const CLIPBOARD_KIND = 'tandem/steps';

/** A copied step with what a paste needs to place it in another playbook: its lane, and its stage by name and position. */
export const CopiedStep = z.strictObject({
  step: Step,
  lane: Lane,
  stageName: text().max(LIMITS.nameLength),
  stageOrder: z.int().min(0).max(LIMITS.stagesPerLane),
  /** The card's left edge from its lane's left edge, so a pasted group keeps its shape across stages. */
  laneX: z.number().finite().min(-1_000_000).max(1_000_000),
});
export type CopiedStep = z.infer<typeof CopiedStep>;

/**
 * What Ctrl/Cmd+C puts on the clipboard, as JSON text. On paste it is untrusted text (another
 * program, another version of Tandem, a hand edit): it is parsed with this schema before anything
 * of it is used.
 */
export const ClipboardPayload = z
  .strictObject({
    kind: z.literal(CLIPBOARD_KIND),
    version: z.literal(1),
    steps: z.array(CopiedStep).min(1).max(LIMITS.stepsPerPlaybook),
    links: z.array(Link).max(LIMITS.linksPerPlaybook),
  })
  .superRefine((payload, ctx) => {
    const ids = new Set<string>();
    const lanes = new Map<string, Lane>();
    payload.steps.forEach((c, i) => {
      if (ids.has(c.step.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'step', 'id'], message: 'appears twice' });
      ids.add(c.step.id);
      lanes.set(c.step.id, c.lane);
    });
    payload.links.forEach((link, i) => {
      const from = lanes.get(link.sourceId);
      const to = lanes.get(link.targetId);
      if (!from || !to) ctx.addIssue({ code: 'custom', path: ['links', i], message: 'joins a step that was not copied' });
      else if (link.kind === 'sequence' ? from !== to : from !== 'seller' || to !== 'buyer')
        ctx.addIssue({ code: 'custom', path: ['links', i], message: link.kind === 'sequence' ? 'a sequence edge must stay in one lane' : 'a mirror link must go from a seller step to a buyer step' });
    });
  });
export type ClipboardPayload = z.infer<typeof ClipboardPayload>;

export type ReadResult = { kind: 'steps'; payload: ClipboardPayload } | { kind: 'not-steps' } | { kind: 'invalid'; error: string };

/**
 * Reads clipboard text. Text that is not Tandem steps at all is left to whoever else wants it;
 * text that claims to be steps but fails the schema is refused with one line saying where.
 */
export function readClipboardText(raw: string): ReadResult {
  if (!raw.includes(CLIPBOARD_KIND)) return { kind: 'not-steps' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'not-steps' };
  }
  if (typeof json !== 'object' || json === null || (json as { kind?: unknown }).kind !== CLIPBOARD_KIND) return { kind: 'not-steps' };
  const parsed = ClipboardPayload.safeParse(json);
  if (parsed.success) return { kind: 'steps', payload: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { kind: 'invalid', error: `Not pasted: the copied steps are damaged (${issue.path.join('.') || 'clipboard'}: ${issue.message}).` };
}
