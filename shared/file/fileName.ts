import type { PlaybookDoc } from '../domain/playbook';
import { TANDEM_FILE_EXTENSION } from './format';

// Characters Windows, macOS or Linux refuse in a file name, plus controls and bidi overrides.
const UNSAFE = /[<>:"/\\|?*\p{Cc}\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_STEM = 100;

/**
 * A file name for saving a playbook that is safe on every desktop OS: "B2B SaaS new logo v1.tandem".
 * Never contains a path separator, never starts with a dot, never is a reserved device name.
 */
export function tandemFileName(doc: Pick<PlaybookDoc, 'playbook'>): string {
  return `${safeFileStem(doc.playbook.name)} v${doc.playbook.version}${TANDEM_FILE_EXTENSION}`;
}

/** A playbook name made safe to use as the start of a file name on every desktop OS. */
export function safeFileStem(name: string): string {
  const clean = name.replace(LONE_SURROGATE, ' ').normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ');
  const stem = [...clean].slice(0, MAX_STEM).join('').replace(/^[\s.]+|[\s.]+$/g, '');
  if (stem === '') return 'playbook';
  return WINDOWS_RESERVED.test(stem) ? `${stem} playbook` : stem;
}
