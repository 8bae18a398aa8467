import { readFileSync, writeFileSync } from 'node:fs';

/** Overwrites 4 KB in the middle of a file: the damage a half-finished copy or a bad sector leaves. */
export function overwriteMiddle(file: string) {
  const bytes = readFileSync(file);
  bytes.fill(0x5a, Math.floor(bytes.length / 2) - 2048, Math.floor(bytes.length / 2) + 2048);
  writeFileSync(file, bytes);
}
