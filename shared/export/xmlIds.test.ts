import { describe, it, expect } from 'vitest';
import { createXmlIdAllocator } from './xmlIds';

describe('createXmlIdAllocator', () => {
  it('makes NCNames, stable per source and unique across sources', () => {
    const ids = createXmlIdAllocator();
    const a = ids.idFor('Task', '1 <a>');
    const b = ids.idFor('Task', '1_<a>');
    expect(a).toBe('Task_1__a_');
    expect(b).toBe('Task_1__a__2');
    expect(ids.idFor('Task', '1 <a>')).toBe(a);
    expect(ids.idFor('Flow', '1 <a>')).not.toBe(a);
    expect(ids.unique('Task_1__a_')).toBe('Task_1__a__3');
    expect(ids.unique('9lives')).toBe('_9lives');
    for (const id of [a, b]) expect(id).toMatch(/^[A-Za-z_][\w.-]*$/);
  });

  it('caps very long ids', () => {
    expect(createXmlIdAllocator().idFor('Task', 'x'.repeat(500)).length).toBeLessThanOrEqual(96);
    expect(createXmlIdAllocator().idFor('Task', 'x'.repeat(500))).toBe(`Task_${'x'.repeat(91)}`);
  });

  it('keeps the characters an NCName allows and replaces each other one', () => {
    const ids = createXmlIdAllocator();
    expect(ids.idFor('Task', 'a.B-9_z')).toBe('Task_a.B-9_z');
    expect(ids.idFor('Task', 'é:a/b')).toBe('Task___a_b');
    expect(ids.unique('_x')).toBe('_x');
    expect(ids.unique('-x')).toBe('_-x');
    expect(ids.unique('.x')).toBe('_.x');
    expect(ids.unique('')).toBe('_');
  });
});
