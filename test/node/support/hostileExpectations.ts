import type { TandemLoadErrorCode } from '../../../shared/file/load';

export type HostileOutcome = 'ok' | TandemLoadErrorCode;

/**
 * Every checked-in hostile file (test/corpus/hostile) and what loading it must give, decided by
 * reading the file, not by running the loader. A file missing here fails hostileCorpus.test.ts.
 */
export const HOSTILE_EXPECTED: Readonly<Record<string, HostileOutcome>> = {
  'empty.tandem': 'not-json',
  'whitespace-only.tandem': 'not-json',
  'truncated.tandem': 'not-json',
  'invalid-trailing-comma.tandem': 'not-json',
  'invalid-single-quotes.tandem': 'not-json',
  'invalid-nan.tandem': 'not-json',
  'invalid-comment.tandem': 'not-json',
  'invalid-utf16.tandem': 'not-json',
  'bom.tandem': 'ok',
  'not-tandem-array.tandem': 'not-tandem',
  'not-tandem-object.tandem': 'not-tandem',
  'not-tandem-other-format.tandem': 'not-tandem',
  'not-tandem-string.tandem': 'not-tandem',
  'newer-version.tandem': 'newer-version',
  'far-future-version.tandem': 'newer-version',
  'version-as-string.tandem': 'invalid',
  'version-missing.tandem': 'invalid',
  'unknown-kind.tandem': 'invalid',
  'unknown-envelope-field.tandem': 'ok',
  'unknown-field-in-step.tandem': 'invalid',
  'wrong-type-steps.tandem': 'invalid',
  'wrong-type-title.tandem': 'invalid',
  'wrong-enum-lane.tandem': 'invalid',
  // Half a character (\ud800) has no UTF-8 form: stored, it would come back as U+FFFD.
  'lone-surrogate.tandem': 'invalid',
  'null-playbook.tandem': 'invalid',
  'bad-id-chars.tandem': 'invalid',
  'blank-name.tandem': 'invalid',
  'huge-label.tandem': 'invalid',
  'huge-number.tandem': 'invalid',
  'too-many-roles.tandem': 'too-many',
  'deep-nesting.tandem': 'too-deep',
  'deep-nesting-unclosed.tandem': 'too-deep',
  'proto-top.tandem': 'invalid',
  'proto-in-step.tandem': 'invalid',
  'proto-in-list.tandem': 'invalid',
  'constructor-prototype.tandem': 'invalid',
  'duplicate-ids.tandem': 'inconsistent',
  'dangling-stage.tandem': 'inconsistent',
  'dangling-link.tandem': 'inconsistent',
  'mirror-wrong-direction.tandem': 'inconsistent',
  'stage-order-gap.tandem': 'inconsistent',
  'script-labels.tandem': 'ok',
  'javascript-links.tandem': 'ok',
};
