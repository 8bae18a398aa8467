export interface ExcessNesting {
  depth: number;
  /** Index in the text of the bracket that went too deep. */
  offset: number;
}

/**
 * Finds the first place where arrays and objects nest deeper than `maxDepth`, counting brackets
 * outside strings in one linear pass. It runs before JSON.parse so a file of 100,000 "[" is
 * refused in milliseconds, and everything after parsing may safely recurse. On valid JSON the
 * count is exact; on invalid JSON it may be off, and JSON.parse then refuses the text anyway.
 */
export function findExcessNesting(text: string, maxDepth: number): ExcessNesting | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > maxDepth) return { depth, offset: i };
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return null;
}
