import { describe, expect, it } from 'vitest';
import { formatJsonPath } from './jsonPath';

describe('formatJsonPath', () => {
  it('writes names with dots and list positions in brackets', () => {
    expect(formatJsonPath(['playbook', 'steps', 3, 'title'])).toBe('playbook.steps[3].title');
    expect(formatJsonPath([0, 'id'])).toBe('[0].id');
    expect(formatJsonPath(['notes'])).toBe('notes');
  });

  it('quotes a name that is not an identifier', () => {
    expect(formatJsonPath(['extra', 'my key', '__proto__'])).toBe('extra["my key"].__proto__');
    expect(formatJsonPath(['1st'])).toBe('["1st"]');
    expect(formatJsonPath(['say "hi"'])).toBe('["say \\"hi\\""]');
  });

  it('cuts a quoted name after 40 characters', () => {
    const forty = `my key ${'x'.repeat(33)}`;
    expect(formatJsonPath([forty])).toBe(`["${forty}"]`);
    expect(formatJsonPath([`${forty}yz`])).toBe(`["${forty}…"]`);
  });

  it('names the top level when the path is empty', () => {
    expect(formatJsonPath([])).toBe('(top level)');
  });
});
