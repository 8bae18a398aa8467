import { describe, expect, it } from 'vitest';
import { samplePlaybook } from '../../test/node/support/samplePlaybook';
import { tandemFileName } from './fileName';

const named = (name: string, version = 1) => {
  const doc = samplePlaybook();
  doc.playbook.name = name;
  doc.playbook.version = version;
  return tandemFileName(doc);
};

describe('tandemFileName', () => {
  it('uses the name and version', () => {
    expect(named('B2B SaaS new logo', 3)).toBe('B2B SaaS new logo v3.tandem');
  });

  it.each([
    ['../../etc/passwd', 'etc passwd v1.tandem'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a b c d e f g h i j v1.tandem'],
    ['line\nbreak\ttab', 'line break tab v1.tandem'],
    ['\u202Egnp.exe', 'gnp.exe v1.tandem'],
    ['...', 'playbook v1.tandem'],
    ['CON', 'CON playbook v1.tandem'],
    ['  .hidden  ', 'hidden v1.tandem'],
    ['lone \uD800 surrogate', 'lone surrogate v1.tandem'],
    ['Q\uDC003 review', 'Q 3 review v1.tandem'],
    ['Report...', 'Report v1.tandem'],
    ['Plan . . ', 'Plan v1.tandem'],
  ])('makes %j safe', (name, expected) => {
    expect(named(name)).toBe(expected);
  });

  it('keeps unicode and caps the length without splitting characters', () => {
    expect(named('Überprüfung 👩‍💻')).toBe('Überprüfung 👩‍💻 v1.tandem');
    const long = named('😀'.repeat(150));
    expect([...long.replace(' v1.tandem', '')]).toHaveLength(100);
    expect(long).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});
