import { describe, expect, it } from 'vitest';
import { indexLinks, judgeConnection } from './connection';
import type { Lane } from './playbook';

const lanes: Record<string, Lane> = { b1: 'buyer', b2: 'buyer', s1: 'seller', s2: 'seller' };
const laneOf = (id: string) => lanes[id];
const judge = (sourceId: string, targetId: string, existing = indexLinks([])) => judgeConnection({ sourceId, targetId }, laneOf, existing);

describe('judgeConnection', () => {
  it('joins two steps of one lane as a sequence edge, in the direction drawn', () => {
    expect(judge('b1', 'b2')).toEqual({ ok: true, kind: 'sequence', sourceId: 'b1', targetId: 'b2' });
    expect(judge('s2', 's1')).toEqual({ ok: true, kind: 'sequence', sourceId: 's2', targetId: 's1' });
  });

  it('refuses a sequence edge that is already there, so the canvas never draws two on top of each other', () => {
    const existing = indexLinks([{ kind: 'sequence', sourceId: 'b1', targetId: 'b2' }]);
    expect(judge('b1', 'b2', existing)).toEqual({ ok: false, reason: 'These steps are already connected in sequence.' });
    // A mirror link between other steps does not count as that edge.
    expect(judge('s1', 's2', existing).ok).toBe(true);
  });

  it('stores a mirror link seller → buyer whichever end the user started from', () => {
    expect(judge('s1', 'b1')).toEqual({ ok: true, kind: 'mirror', sourceId: 's1', targetId: 'b1' });
    expect(judge('b1', 's1')).toEqual({ ok: true, kind: 'mirror', sourceId: 's1', targetId: 'b1' });
  });

  it('refuses a second mirror link between the same two steps, from either end', () => {
    const existing = indexLinks([{ kind: 'mirror', sourceId: 's1', targetId: 'b1' }]);
    const refused = { ok: false, reason: 'This seller step already mirrors that buyer step.' };
    expect(judge('s1', 'b1', existing)).toEqual(refused);
    expect(judge('b1', 's1', existing)).toEqual(refused);
  });

  it('refuses a step joined to itself and ends that are not steps of the playbook', () => {
    expect(judge('b1', 'b1')).toEqual({ ok: false, reason: 'A step cannot be linked to itself.' });
    expect(judge('b1', 'elsewhere')).toEqual({ ok: false, reason: 'Both ends must be steps of this playbook.' });
    expect(judge('elsewhere', 's1')).toEqual({ ok: false, reason: 'Both ends must be steps of this playbook.' });
  });
});
