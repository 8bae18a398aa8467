import { describe, expect, it } from 'vitest';
import { parseJsonOffThread } from '../harness/parseJsonOffThread';

describe('the harness parses large request bodies off its serving thread', () => {
  it('gives back what a large body holds, and keeps this thread free meanwhile', async () => {
    const text = '{"a":"\\"quoted\\"","b":[1,2,3]}'.repeat(200_000);
    const body = Buffer.concat([Buffer.from(JSON.stringify({ arg: { text } }))]);
    expect(body.length).toBeGreaterThan(1024 * 1024);
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 1);
    const parsed = (await parseJsonOffThread(body)) as { arg: { text: string } };
    clearInterval(timer);
    expect(parsed.arg.text).toBe(text);
    // Parsing on this thread would have run to the end without letting a single timer fire.
    expect(ticks).toBeGreaterThan(0);
  });

  it('refuses a large body that is not JSON with the parser message, and parses small ones in place', async () => {
    await expect(parseJsonOffThread(Buffer.from(`{"arg": "${'x'.repeat(2 * 1024 * 1024)}`))).rejects.toThrow(/JSON/);
    expect(await parseJsonOffThread(Buffer.from('{"arg":1}'))).toEqual({ arg: 1 });
    expect(await parseJsonOffThread(Buffer.alloc(0))).toBeUndefined();
  });
});
